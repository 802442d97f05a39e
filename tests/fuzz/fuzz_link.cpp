// Any byte string as a shared link: no crash, and whatever it decodes to survives a round trip.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "load_data.h"
#include "scenario_link.h"

using namespace tariff;

static const TradeData& data() {
  static const TradeData d = [] {
    LoadResult r = loadTradeDataFromDir(USJP_DATA_DIR);
    if (!r.ok()) std::abort();
    return r.data;
  }();
  return d;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* bytes, size_t size) {
  const std::string link(reinterpret_cast<const char*>(bytes), size);
  const DecodedLink first = decodeScenario(data(), link);
  const DecodedLink again = decodeScenario(data(), encodeScenario(data(), first.scenario));
  if (!again.ignored.empty() || !(again.scenario == first.scenario)) std::abort();
  return 0;
}
