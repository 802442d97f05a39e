// Broken data sets, built by mutating the shipped files as JSON (values, keys, whole records moved
// between files), not as bytes: the loader either refuses with file, pointer and rule, or yields a
// data set whose every preset evaluates to finite figures that keep the model's identities.
// Input: one byte picking the file, then that file's text.
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "evaluate.h"
#include "load_data.h"

using namespace tariff;
using Json = nlohmann::json;

static const std::vector<DataFile>& shippedFiles() {
  static const std::vector<DataFile> files = [] {
    std::vector<DataFile> out;
    for (int f = 0; f < kDataFileCount; ++f) {
    const char* name = dataFileName(f);
      std::ifstream in(std::string(USJP_DATA_DIR) + "/" + name, std::ios::binary);
      std::ostringstream text;
      text << in.rdbuf();
      out.push_back({name, text.str()});
    }
    return out;
  }();
  return files;
}

static const std::vector<Json>& shippedJson() {
  static const std::vector<Json> parsed = [] {
    std::vector<Json> out;
    for (const DataFile& f : shippedFiles()) out.push_back(Json::parse(f.text));
    return out;
  }();
  return parsed;
}

static void require(bool ok) {
  if (!ok) std::abort();
}

// Every node of a document, to pick one at random.
static void collect(Json& j, std::vector<Json*>& out) {
  out.push_back(&j);
  if (j.is_object() || j.is_array())
    for (auto& child : j) collect(child, out);
}

static void mutate(Json& doc, std::mt19937& rng) {
  std::vector<Json*> nodes;
  collect(doc, nodes);
  Json& n = *nodes[rng() % nodes.size()];
  std::uniform_real_distribution<double> u(0, 1);
  switch (rng() % 9) {
    case 0:  // a number somewhere else on the scale, or a special one
      if (n.is_number()) {
        const double choices[] = {0, -1, 1e300, -0.0, 1.5, n.get<double>() * 1000, n.get<double>() / 7, 1e-300};
        n = choices[rng() % 8];
      }
      break;
    case 1:  // a value of another type
      n = (rng() % 2) ? Json("2025-02-30") : Json(nullptr);
      break;
    case 2:  // a key or an element gone
      if (n.is_object() && !n.empty()) n.erase(std::next(n.begin(), static_cast<long>(rng() % n.size())));
      else if (n.is_array() && !n.empty()) n.erase(n.begin() + static_cast<long>(rng() % n.size()));
      break;
    case 3:  // an element twice
      if (n.is_array() && !n.empty()) n.push_back(n[rng() % n.size()]);
      break;
    case 4:  // a string changed: an id mistyped, a date moved, control characters
      if (n.is_string()) {
        static const std::string tails[] = {"x", "\n\x01", "", "-99", std::string(300, 'z')};
        n = n.get<std::string>() + tails[rng() % 5];
      }
      break;
    case 5: {  // a whole record from another file put here
      const std::vector<Json>& all = shippedJson();
      Json other = all[rng() % all.size()];
      std::vector<Json*> pool;
      collect(other, pool);
      Json* donor = pool[rng() % pool.size()];
      if (n.is_array()) n.push_back(*donor);
      else n = *donor;
      break;
    }
    case 6:  // a share or rate to an edge
      if (n.is_number()) n = (rng() % 2) ? 1.0000001 : 0.0;
      break;
    case 7:  // an object emptied
      if (n.is_object()) n = Json::object();
      break;
    default:  // a number nudged
      if (n.is_number()) n = n.get<double>() * (0.5 + u(rng));
      break;
  }
}

extern "C" size_t LLVMFuzzerMutate(uint8_t* data, size_t size, size_t maxSize);

extern "C" size_t LLVMFuzzerCustomMutator(uint8_t* data, size_t size, size_t maxSize, unsigned int seed) {
  std::mt19937 rng(seed);
  const size_t file = size ? data[0] % kDataFileCount : rng() % kDataFileCount;
  Json doc = size > 1 ? Json::parse(std::string(reinterpret_cast<char*>(data + 1), size - 1), nullptr, false)
                      : shippedJson()[file];
  if (doc.is_discarded() || rng() % 16 == 0) return LLVMFuzzerMutate(data, size, maxSize);  // now and then, bytes
  for (unsigned k = 1 + rng() % 3; k > 0; --k) mutate(doc, rng);
  const std::string text = doc.dump();
  if (text.size() + 1 > maxSize) return size;
  data[0] = static_cast<uint8_t>(file);
  std::memcpy(data + 1, text.data(), text.size());
  return text.size() + 1;
}

static void checkIdentities(const TradeData& d, const Scenario& s) {
  const Results r = evaluate(d, s);
  for (double x : {r.deficitAfterUsd, r.importsAfterUsd, r.exportsAfterUsd, r.usBuyerCostUsd, r.exporterCostUsd,
                   r.deadweightUsd, r.tariffRevenueUsd, r.effectiveTariffRatePct})
    require(std::isfinite(x));
  const double scale = 1 + std::fabs(r.importsBeforeUsd) + std::fabs(r.exportsAfterUsd);
  require(std::fabs(r.deficitAfterUsd - (r.importsAfterUsd - r.exportsAfterUsd)) <= 1e-9 * scale);
  require(std::fabs(r.usBuyerCostUsd + r.exporterCostUsd - r.tariffBurdenUsd) <= 1e-9 * scale);
  double waterfall = r.deficitBeforeUsd + r.othersDeficitChangeUsd;
  for (const LayerEffect& e : r.layers) waterfall += e.deficitChangeUsd;
  for (const OfferEffect& e : r.offers) waterfall += e.deficitChangeUsd;
  require(std::fabs(waterfall - r.deficitAfterUsd) <= 1e-6 * scale);
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* bytes, size_t size) {
  if (size == 0) return 0;
  std::vector<DataFile> files = shippedFiles();
  DataFile& target = files[bytes[0] % files.size()];
  target.text.assign(reinterpret_cast<const char*>(bytes + 1), size - 1);
  const LoadResult r = loadTradeData(files);
  if (!r.ok()) {
    // Refused: each record names a file of the set and a rule, on one line.
    for (const DataError& e : r.errors) {
      require(!e.rule.empty());
      bool known = false;
      for (const DataFile& f : files) known = known || e.file == f.name;
      require(known);
      require(e.message().find('\n') == std::string::npos);
    }
    return 0;
  }
  for (const Preset& p : r.data.presets) checkIdentities(r.data, p.scenario);
  checkIdentities(r.data, defaultScenario(r.data));
  return 0;
}
