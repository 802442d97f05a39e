#include "stacking.h"

#include <algorithm>
#include <vector>

namespace tariff {

static bool contains(const std::vector<int>& v, int x) { return std::find(v.begin(), v.end(), x) != v.end(); }

void markLiveLayers(const TradeData& data, const Scenario& s, char* live) {
  const size_t n = data.layers.size();
  for (size_t l = 0; l < n; ++l) live[l] = l < s.layers.size() && s.layers[l].on;
  // A layer switched on supersedes the ones it replaces (the deal's 15% replaces 10% + 14%).
  for (size_t l = 0; l < n; ++l) {
    if (!(l < s.layers.size() && s.layers[l].on)) continue;
    for (int r : data.layers[l].replaces) live[r] = 0;
  }
}

static bool exemptOn(const TariffLayer& layer, int sector, Day day) {
  for (const Exemption& e : layer.exemptions)
    if (day >= e.from && contains(e.sectors, sector)) return true;
  return false;
}

static bool reaches(const TariffLayer& layer, int sector, Day day) {
  return contains(layer.sectors, sector) && !exemptOn(layer, sector, day);
}

// Section 232 goods pay no reciprocal tariff (EO 14257): a sector wholly covered by a live layer
// of a given authority is skipped by layers that list that authority in not_on.
static bool fullyCoveredBy(const TradeData& data, const char* live, Authority authority, int sector, Day day) {
  for (size_t l = 0; l < data.layers.size(); ++l) {
    const TariffLayer& layer = data.layers[l];
    if (live[l] && layer.authority == authority && layer.coverageShare.value >= 1.0 && reaches(layer, sector, day))
      return true;
  }
  return false;
}

double stackSector(const TradeData& data, const Scenario& s, const char* live, int sector, double* points) {
  const double mfn = data.sectors[sector].mfnPct.value;
  double additive = 0;
  double inclusiveRate = -1;
  int inclusiveLayer = -1;
  double inclusiveCoverage = 0;
  for (size_t l = 0; l < data.layers.size(); ++l) {
    points[l] = 0;
    const TariffLayer& layer = data.layers[l];
    if (!live[l] || !reaches(layer, sector, s.date)) continue;
    bool excluded = false;
    for (Authority a : layer.notOn) excluded = excluded || fullyCoveredBy(data, live, a, sector, s.date);
    if (excluded) continue;
    const double rate = std::max(0.0, s.layers[l].ratePct);
    const double coverage = layer.coverageShare.value;
    if (layer.stacking == Stacking::Additive) {
      points[l] = rate * coverage;
      additive += points[l];
    } else if (rate > inclusiveRate) {
      inclusiveRate = rate;
      inclusiveLayer = static_cast<int>(l);
      inclusiveCoverage = coverage;
    }
  }
  // "Inclusive of MFN": the good pays max(MFN, rate), so the layer adds only the gap (EO 14345).
  if (inclusiveLayer >= 0) {
    points[inclusiveLayer] = std::max(0.0, inclusiveRate - mfn) * inclusiveCoverage;
    additive += points[inclusiveLayer];
  }
  return mfn + additive;
}

double stackedRatePct(const TradeData& data, const Scenario& s, int sector) {
  std::vector<char> live(data.layers.size());
  std::vector<double> points(data.layers.size());
  markLiveLayers(data, s, live.data());
  return stackSector(data, s, live.data(), sector, points.data());
}

}  // namespace tariff
