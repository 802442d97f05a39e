// The scenario in words, for readers who cannot see the canvas: a screen reader reads it from a
// visually hidden live region that the platform updates when the results change.
#pragma once
#include <string>

#include "app.h"

namespace usjp {

// "Scenario: September 2025 deal, the law on 2025-09-16. US tariff layers on: ... Japan's offers
// on: ... Assumptions: the defaults." Then the notices about a shared link, if any.
std::string describeScenario(App& app);

}  // namespace usjp
