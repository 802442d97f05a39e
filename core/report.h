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

}  // namespace tariff
