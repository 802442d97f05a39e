#include "test_support.h"

#include <gtest/gtest.h>

#include <stdexcept>

namespace tariff::test {

const TradeData& shippedData() {
  static const TradeData data = [] {
    LoadResult r = loadTradeDataFromDir(USJP_DATA_DIR);
    if (!r.ok()) throw std::runtime_error("shipped data does not load: " + r.errors.front().message());
    return r.data;
  }();
  return data;
}

static int must(int index, const std::string& what, const std::string& id) {
  if (index < 0) throw std::runtime_error("no " + what + " \"" + id + "\" in the data");
  return index;
}

int sector(const TradeData& d, const std::string& id) { return must(d.sectorIndex(id), "sector", id); }
int layer(const TradeData& d, const std::string& id) { return must(d.layerIndex(id), "layer", id); }
int offer(const TradeData& d, const std::string& id) { return must(d.offerIndex(id), "offer", id); }

Scenario withLayers(const TradeData& d, std::initializer_list<const char*> ids, const char* date) {
  Scenario s = defaultScenario(d);
  s.date = *parseDate(date);
  for (const char* id : ids) s.layers[layer(d, id)].on = true;
  return s;
}

}  // namespace tariff::test
