// Low / central / high for the headline results over the assumptions' evidence ranges (methodology §5.1).
#pragma once
#include "evaluate.h"

namespace tariff {

enum class AssumptionGroup {
  PassThrough,
  Substitution,
  ImportDemand,
  ShortRunFactor,
  Competitors,
  Coverage,
  OfferAdditionality
};
constexpr int kAssumptionGroups = 7;
// What a group is, in words in `lang` ("who absorbs the tariff"): a range's driver, for its
// "mostly" line and the report.
std::string assumptionGroupName(AssumptionGroup group, const Language& lang);

struct OutputRange {
  double low = 0, central = 0, high = 0;
  int driver = -1;  // the AssumptionGroup that moves this result most; -1 when nothing moves it
};

struct HeadlineRanges {
  OutputRange deficitAfterUsd, exporterCostUsd, usBuyerCostUsd, tariffRevenueUsd, deadweightUsd, effectiveRatePct;
};

// Scratch space reused between calls so that ranges are recomputed without allocating.
struct RangeWork {
  Scenario variant;
  Results results;
};

// The reader's scenario with one group of assumptions moved to the low or high end of its
// evidence range: each value shifts by (data low - data central), resp. high, and is clamped.
void assumptionVariant(const TradeData& data, const Scenario& reader, AssumptionGroup group, bool high, Scenario& out);

// One-at-a-time: each group at its low and at its high end, the others central. The range is the
// hull of those results and the central one (some results are not monotone in an assumption).
void evaluateRanges(const TradeData& data, const Scenario& reader, const Results& central, RangeWork& work,
                    HeadlineRanges& out);

}  // namespace tariff
