// The model beside what happened (methodology §6): US imports from Japan month by month under the
// law of each month, against the Census figures in data/observed.json.
#pragma once
#include <string>
#include <vector>

#include "evaluate.h"

namespace tariff {

struct MonthFit {
  int year = 0, month = 0;
  double effectiveRatePct = 0;  // the law's, averaged over the month's days
  double modelRatio = 1;        // the model's imports against 2024, day-weighted over the month
  double baseUsd = 0;           // observed imports in the same month of 2024
  double modelUsd = 0;          // baseUsd x modelRatio
  double observedUsd = 0;
  bool hasObserved = false;
};

struct QuarterFit {
  int year = 0, quarter = 0, months = 0;  // months with an observation
  double observedUsd = 0, modelUsd = 0, baseUsd = 0;
  double gapPct() const { return observedUsd > 0 ? 100.0 * (modelUsd - observedUsd) / observedUsd : 0.0; }
  double observedChangePct() const { return baseUsd > 0 ? 100.0 * (observedUsd / baseUsd - 1.0) : 0.0; }
  double modelChangePct() const { return baseUsd > 0 ? 100.0 * (modelUsd / baseUsd - 1.0) : 0.0; }
};

// Every month from January 2025 to the last observed month, evaluated with `assumptions` (the
// reader's or the defaults) on the law of each day. Empty when the data hold no import series.
std::vector<MonthFit> modelPath(const TradeData& data, const Assumptions& assumptions);
std::vector<QuarterFit> byQuarter(const std::vector<MonthFit>& months);

// How closely the model follows the Census figures, for a one-line reading: the largest quarterly
// gap from the fourth quarter of 2025 on (full quarters only), and 2025 as a whole.
struct FitSummary {
  bool available = false;
  double maxGapPctSinceQ4_2025 = 0;
  int quartersSinceQ4_2025 = 0;
  double modelChange2025Pct = 0, observedChange2025Pct = 0;
};
FitSummary fitSummary(const std::vector<MonthFit>& path);

// What was observed while a scenario's law held, for its headline: the months from the first full
// month after its date while the law's effective rate stayed within a point of the scenario's, at
// most twelve; each series as its change on the same months of 2024, applied to the 2024 year
// (months differ by season). Only for a scenario whose layers are the law on its date.
struct ObservedBeside {
  bool available = false;
  int fromYear = 0, fromMonth = 0, toYear = 0, toMonth = 0, months = 0;
  double importsUsdPerYear = 0, exportsUsdPerYear = 0, deficitUsdPerYear = 0;
  double modelImportsUsdPerYear = 0;  // the model's path over the same months, for the same comparison
  std::string label;                  // "Oct 2025–Apr 2026 against the same months of 2024", in the language
};
// `path` is modelPath() for the scenario's assumptions (a caller that evaluates often keeps it);
// the label is in `lang`.
ObservedBeside observedBeside(const TradeData& data, const Scenario& scenario, const Results& results,
                              bool scenarioIsTheLaw, const std::vector<MonthFit>& path, const Language& lang);

}  // namespace tariff
