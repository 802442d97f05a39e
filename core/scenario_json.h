// Scenario records in JSON: the presets in data/presets.json and scenario files given to the
// command-line tool share one format (docs/data.md).
#pragma once
#include "json_check.h"
#include "model.h"

namespace tariff {

// Fills `out` (starting from the default scenario) from a scenario record at `pointer`.
// Returns false, with errors recorded, if any part is invalid.
bool readScenario(JsonChecker& check, const TradeData& data, const Json& record, const std::string& pointer,
                  Scenario& out);

// A scenario file or text for the command-line tool.
bool scenarioFromJsonText(const TradeData& data, const std::string& file, const std::string& text, Scenario& out,
                          DataErrors& errors);

}  // namespace tariff
