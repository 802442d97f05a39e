// Results as stable JSON for scripts and the browser's test hook: snake_case, units in names.
#pragma once
#include <nlohmann/json.hpp>

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

}  // namespace tariff
