// The law over time: Japan's effective tariff rate step by step, and the tariff cost per month
// (methodology §2 "Dates" and §3), for the timeline chart.
#pragma once
#include <vector>

#include "evaluate.h"

namespace tariff {

struct TimelineStep {
  Day from = 0, to = 0;  // inclusive
  double effectiveRatePct = 0;
  double importsRatio = 1;  // the model's imports from Japan against 2024's
  double exporterCostUsdPerYear = 0;
  double usBuyerCostUsdPerYear = 0;
  int event = -1;  // index into TradeData::events of an event on `from`, or -1
};

struct TimelineMonth {
  int year = 0, month = 0;
  double exporterCostUsd = 0;
  double usBuyerCostUsd = 0;
};

struct Timeline {
  Day first = 0, last = 0;
  std::vector<TimelineStep> steps;
  std::vector<TimelineMonth> months;
};

// The day the layer records state the law up to (layers.json "law_as_of"): the date control and
// the timeline end there; a later date gets a notice (lawNotice) rather than a silent extrapolation.
Day lastRecordDay(const TradeData& data);

// Steps between every change in the law from `first` to `last`, evaluated with the reader's
// assumptions (offers do not change tariffs and are ignored). Monthly costs are the yearly
// figures of each step pro rata by day.
Timeline buildTimeline(const TradeData& data, const Scenario& reader, Day first, Day last);

}  // namespace tariff
