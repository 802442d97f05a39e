// Results as stable JSON for scripts and the browser's test hook: snake_case, units in names.
#pragma once
#include <nlohmann/json.hpp>
#include <string>

#include "evaluate.h"
#include "observed.h"
#include "ranges.h"

namespace tariff {

nlohmann::json resultsToJson(const TradeData& data, const Scenario& scenario, const Results& results);
nlohmann::json rangesToJson(const HeadlineRanges& ranges);
nlohmann::json observedToJson(const ObservedBeside& observed);
// Everything a front end shows for a scenario: the results, their ranges and what was observed.
// The command-line tool's --json and the browser's test hook print this one object.
nlohmann::json reportJson(const TradeData& data, const Scenario& scenario, const Results& results,
                          const HeadlineRanges& ranges, const ObservedBeside& observed);

// The same report as CSV for spreadsheets: a header "field,value", then one row per figure, the
// field a JSON pointer into the report ("/sectors/0/imports_after_usd"), the value as JSON has it
// (numbers in the shortest text that reads back exactly). Same fields, same figures.
std::string reportCsv(const nlohmann::json& report);

}  // namespace tariff
