#include "ranges.h"

#include <algorithm>
#include <cmath>

#include "language.h"

namespace tariff {

std::string assumptionGroupName(AssumptionGroup group, const Language& lang) {
  static const char* const kKeys[kAssumptionGroups] = {
      "core.driver_pass_through", "core.driver_substitution", "core.driver_import_demand", "core.driver_short_run",
      "core.driver_competitors",  "core.driver_coverage",     "core.driver_offers"};
  const int g = static_cast<int>(group);
  return g >= 0 && g < kAssumptionGroups ? std::string(lang.text(kKeys[g])) : std::string();
}

static double shifted(double reader, const Sourced& evidence, bool high, double lo, double hi) {
  if (!evidence.hasRange) return reader;
  const double shift = (high ? evidence.high : evidence.low) - evidence.value;
  return std::min(hi, std::max(lo, reader + shift));
}

void assumptionVariant(const TradeData& data, const Scenario& reader, AssumptionGroup group, bool high, Scenario& out) {
  out = reader;
  Assumptions& a = out.assumptions;
  switch (group) {
    case AssumptionGroup::PassThrough:
      for (size_t i = 0; i < a.sectors.size() && i < data.sectorDefaults.size(); ++i)
        a.sectors[i].passThrough = shifted(a.sectors[i].passThrough, data.sectorDefaults[i].passThrough, high, 0, 1);
      break;
    case AssumptionGroup::Substitution:
      for (size_t i = 0; i < a.sectors.size() && i < data.sectorDefaults.size(); ++i)
        a.sectors[i].substitution =
            shifted(a.sectors[i].substitution, data.sectorDefaults[i].substitution, high, 0, 20);
      break;
    case AssumptionGroup::ImportDemand:
      a.importDemand = shifted(a.importDemand, data.importDemand, high, 0, 10);
      break;
    case AssumptionGroup::Competitors:
      a.competitors = high ? EvidenceCase::High : EvidenceCase::Low;
      break;
    case AssumptionGroup::Coverage:
      a.coverage = high ? CoverageCase::HighTariff : CoverageCase::LowTariff;
      break;
    case AssumptionGroup::ShortRunFactor:
      a.shortRunFactor = shifted(a.shortRunFactor, data.shortRunFactor, high, 0.05, 1);
      break;
    case AssumptionGroup::OfferAdditionality:
      for (size_t o = 0; o < out.offers.size() && o < data.offers.size(); ++o)
        out.offers[o].additionalShare =
            shifted(out.offers[o].additionalShare, data.offers[o].additionalShare, high, 0, 1);
      break;
  }
}

namespace {

struct Tracker {
  OutputRange& range;
  double swing[kAssumptionGroups] = {};
  double groupMin = 0, groupMax = 0;

  void start(double central) { range = OutputRange{central, central, central, -1}; }
  void beginGroup() { groupMin = groupMax = range.central; }
  void add(double value) {
    range.low = std::min(range.low, value);
    range.high = std::max(range.high, value);
    groupMin = std::min(groupMin, value);
    groupMax = std::max(groupMax, value);
  }
  void endGroup(int group) {
    swing[group] = groupMax - groupMin;
    // Only a swing above rounding noise names a driver.
    const double noise = 1e-9 * std::max(1.0, std::fabs(range.central));
    if (swing[group] > noise && (range.driver < 0 || swing[group] > swing[range.driver])) range.driver = group;
  }
};

}  // namespace

void evaluateRanges(const TradeData& data, const Scenario& reader, const Results& central, RangeWork& work,
                    HeadlineRanges& out) {
  Tracker deficit{out.deficitAfterUsd}, exporter{out.exporterCostUsd}, buyer{out.usBuyerCostUsd},
      revenue{out.tariffRevenueUsd}, deadweight{out.deadweightUsd}, rate{out.effectiveRatePct};
  Tracker* all[] = {&deficit, &exporter, &buyer, &revenue, &deadweight, &rate};
  deficit.start(central.deficitAfterUsd);
  exporter.start(central.exporterCostUsd);
  buyer.start(central.usBuyerCostUsd);
  revenue.start(central.tariffRevenueUsd);
  deadweight.start(central.deadweightUsd);
  rate.start(central.effectiveTariffRatePct);
  for (int g = 0; g < kAssumptionGroups; ++g) {
    for (Tracker* t : all) t->beginGroup();
    for (bool high : {false, true}) {
      assumptionVariant(data, reader, static_cast<AssumptionGroup>(g), high, work.variant);
      evaluate(data, work.variant, work.results);
      deficit.add(work.results.deficitAfterUsd);
      exporter.add(work.results.exporterCostUsd);
      buyer.add(work.results.usBuyerCostUsd);
      revenue.add(work.results.tariffRevenueUsd);
      deadweight.add(work.results.deadweightUsd);
      rate.add(work.results.effectiveTariffRatePct);
    }
    for (Tracker* t : all) t->endGroup(g);
  }
}

}  // namespace tariff
