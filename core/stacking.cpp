#include "stacking.h"

#include <algorithm>
#include <vector>

namespace tariff {

void markLiveLayers(const TradeData& data, const Scenario& s, char* live) {
  const size_t n = data.layers.size();
  for (size_t l = 0; l < n; ++l) live[l] = l < s.layers.size() && s.layers[l].on;
  // A layer switched on supersedes the ones it replaces (the deal's 15% replaces 10% + 14%).
  for (size_t l = 0; l < n; ++l) {
    if (!(l < s.layers.size() && s.layers[l].on)) continue;
    for (int r : data.layers[l].replaces) live[r] = 0;
  }
}

// The low-tariff case takes the low end of what a layer names and the high end of what it exempts.
static double pick(const Share& share, CoverageCase c, bool exemption) {
  if (c == CoverageCase::Central) return share.value;
  const bool low = (c == CoverageCase::LowTariff) != exemption;
  return low ? share.low : share.high;
}

double layerReach(const TradeData& data, const TariffLayer& layer, int sector, Day day, CoverageCase c) {
  double reach = pick(layer.coverage[sector], c, false);
  for (const Exemption& e : layer.exemptions)
    if (day >= e.from && day <= e.to) reach -= pick(data.lists[e.list].bySector[sector], c, true);
  return std::min(1.0, std::max(0.0, reach));
}

// Percentage points a layer adds on the share of a sector it reaches (§2, rules 3 and 4).
static double layerPoints(const TariffLayer& layer, double ratePct, double mfnPct, double reach) {
  const double rate = std::max(0.0, ratePct);
  if (layer.stacking == Stacking::Additive) return rate * reach;
  // "Inclusive of MFN": the good pays max(MFN, rate), so the layer adds only the gap (EO 14345).
  return std::max(0.0, rate - mfnPct) * reach;
}

double stackSector(const TradeData& data, const Scenario& s, const char* live, int sector, double* points) {
  const double mfn = data.sectors[sector].mfnPct.value;
  const CoverageCase c = s.assumptions.coverage;
  double reachedBy[kAuthorities] = {0, 0, 0, 0};
  double added = 0;
  // First the layers that stand on their own (Section 232 and the like), noting the share of the
  // sector each authority reaches; then the layers that skip goods another authority reaches:
  // goods under Section 232 pay no reciprocal tariff and no Section 122 surcharge (rule 2).
  for (int pass = 0; pass < 2; ++pass) {
    for (size_t l = 0; l < data.layers.size(); ++l) {
      const TariffLayer& layer = data.layers[l];
      if (layer.notOn.empty() != (pass == 0)) continue;
      points[l] = 0;
      if (!live[l]) continue;
      double reach = layerReach(data, layer, sector, s.date, c);
      for (Authority a : layer.notOn) reach -= reachedBy[static_cast<int>(a)];
      if (reach <= 0) continue;
      points[l] = layerPoints(layer, s.layers[l].ratePct, mfn, reach);
      added += points[l];
      double& reached = reachedBy[static_cast<int>(layer.authority)];
      reached = std::min(1.0, reached + reach);
    }
  }
  return mfn + added;
}

double stackedRatePct(const TradeData& data, const Scenario& s, int sector) {
  std::vector<char> live(data.layers.size());
  std::vector<double> points(data.layers.size());
  markLiveLayers(data, s, live.data());
  return stackSector(data, s, live.data(), sector, points.data());
}

}  // namespace tariff
