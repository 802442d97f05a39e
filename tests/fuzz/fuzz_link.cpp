// Any byte string as a shared link: no crash; the notices keep their rules; the decoded scenario
// evaluates to finite figures inside the bounds a reader can reach; it survives a round trip.
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "evaluate.h"
#include "language.h"
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

// Both languages: the same parts are ignored whichever language says so.
static const std::vector<Language>& languages() {
  static const std::vector<Language> l = [] {
    std::vector<Language> out;
    DataErrors errors;
    if (!loadLanguages(USJP_DATA_DIR, data(), out, errors)) std::abort();
    return out;
  }();
  return l;
}

static void require(bool ok) {
  if (!ok) std::abort();
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* bytes, size_t size) {
  const std::string link(reinterpret_cast<const char*>(bytes), size);
  const DecodedLink first = decodeScenario(data(), link, languages()[0]);
  // Notices: at most 20 and a closing line, each short and printable, in every language.
  require(first.ignored.size() <= 21);
  for (const Language& lang : languages()) {
    const DecodedLink inLang = lang.code == "en" ? first : decodeScenario(data(), link, lang);
    require(inLang.ignored.size() == first.ignored.size() && inLang.scenario == first.scenario);
    for (const std::string& n : inLang.ignored) {
      require(n.size() < 300);
      for (char c : n) require(static_cast<unsigned char>(c) >= 32 || c < 0);
    }
  }
  // Whatever it decodes to is something a reader could have set, and evaluates to finite figures.
  const Scenario& s = first.scenario;
  for (size_t l = 0; l < s.layers.size(); ++l) require(s.layers[l].ratePct >= 0 && s.layers[l].ratePct <= 1000);
  for (size_t o = 0; o < s.offers.size(); ++o) {
    require(s.offers[o].additionalShare <= maxAdditionalShare(data().offers[o]) + 1e-12);
    require(s.offers[o].spreadYears >= kMinSpreadYears && s.offers[o].spreadYears <= kMaxSpreadYears);
  }
  const Results r = evaluate(data(), s);
  for (double x : {r.deficitAfterUsd, r.importsAfterUsd, r.usBuyerCostUsd, r.exporterCostUsd, r.deadweightUsd,
                   r.tariffRevenueUsd, r.effectiveTariffRatePct})
    require(std::isfinite(x));
  require(r.importsAfterUsd >= 0 && r.deficitAfterUsd > -1e12 && r.deficitAfterUsd < 1e12);
  require(std::fabs(r.deficitAfterUsd - (r.importsAfterUsd - r.exportsAfterUsd)) < 1);
  // A preset's name only on that preset.
  require(s.presetId.empty() || presetOf(data(), s) != nullptr);
  // The round trip: the link the page would write reads back as the same scenario, silently.
  const DecodedLink again = decodeScenario(data(), encodeScenario(data(), s), languages()[0]);
  require(again.ignored.empty() && again.scenario == s);
  return 0;
}
