// Results as stable JSON for scripts and the browser's test hook: snake_case, units in names.
#pragma once
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "evaluate.h"
#include "observed.h"
#include "ranges.h"

namespace tariff {

// Field names are the same in every language; what is written in words (names, notices, the
// observed months, what drives a range) is in `lang`.
nlohmann::json resultsToJson(const TradeData& data, const Scenario& scenario, const Results& results,
                             const Language& lang);
nlohmann::json rangesToJson(const HeadlineRanges& ranges, const Language& lang);
nlohmann::json observedToJson(const ObservedBeside& observed);
// Everything a front end shows for a scenario: the results, their ranges and what was observed.
// The command-line tool's --json and the browser's test hook print this one object.
nlohmann::json reportJson(const TradeData& data, const Scenario& scenario, const Results& results,
                          const HeadlineRanges& ranges, const ObservedBeside& observed, const Language& lang);

// The waterfall at a glance (the compact graphic, the exported image, the static page): the 2024
// deficit, other suppliers' tariffs (from $5M), all US tariffs as one bar, all offers as one, the
// deficit after. Amounts in dollars a year; bars run from `fromUsd` to `toUsd`; labels in `lang`.
enum class BarKind { Deficit, Others, Tariffs, Offers };
struct WaterfallBar {
  std::string label;
  BarKind kind = BarKind::Deficit;
  double fromUsd = 0, toUsd = 0;
  int measures = 0;  // layers or offers in a Tariffs or Offers bar
};
std::vector<WaterfallBar> compactWaterfall(const TradeData& data, const Scenario& scenario, const Results& results,
                                           const Language& lang);

// The static graphic (shown while the calculator loads, and drawn into the page where it cannot
// run): every text in `lang` (amounts in yen first in Japanese, the bars' in yen alone), bar ends as
// shares of the axis; docs/embedding.md.
nlohmann::json graphicJson(const TradeData& data, const Scenario& scenario, const Results& results,
                           const Language& lang);

// The same report as CSV for spreadsheets: a header "field,value", then one row per figure, the
// field a JSON pointer into the report ("/sectors/0/imports_after_usd"), the value as JSON has it
// (numbers in the shortest text that reads back exactly). Same fields, same figures; the header in `lang`.
std::string reportCsv(const nlohmann::json& report, const Language& lang);

}  // namespace tariff
