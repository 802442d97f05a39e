// Any byte string in place of one data file: the loader reports problems and never crashes.
// The first byte picks which of the six files the rest replaces.
#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "evaluate.h"
#include "load_data.h"

using namespace tariff;

static const std::vector<DataFile>& shippedFiles() {
  static const std::vector<DataFile> files = [] {
    std::vector<DataFile> out;
    for (const char* name : kDataFileNames) {
      std::ifstream in(std::string(USJP_DATA_DIR) + "/" + name, std::ios::binary);
      std::ostringstream text;
      text << in.rdbuf();
      out.push_back({name, text.str()});
    }
    return out;
  }();
  return files;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* bytes, size_t size) {
  if (size == 0) return 0;
  std::vector<DataFile> files = shippedFiles();
  files[bytes[0] % files.size()].text.assign(reinterpret_cast<const char*>(bytes + 1), size - 1);
  const LoadResult r = loadTradeData(files);
  if (r.ok()) {
    // Whatever loads must evaluate: every preset and the baseline.
    for (const Preset& p : r.data.presets) evaluate(r.data, p.scenario);
    evaluate(r.data, defaultScenario(r.data));
  }
  return 0;
}
