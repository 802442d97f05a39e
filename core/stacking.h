// How tariff layers combine on one sector (docs/methodology.md §2).
#pragma once
#include "model.h"

namespace tariff {

// For each layer: 1 if it is on and not replaced by another layer that is on.
void markLiveLayers(const TradeData& data, const Scenario& scenario, char* live);

// The share of a sector's 2024 imports a layer reaches on a day: what its lists name, less what
// its exemptions in force take out (methodology §2.1), before other layers' exclusions.
double layerReach(const TradeData& data, const TariffLayer& layer, int sector, Day day, CoverageCase c);

// The total tariff on a sector in percent, MFN included. pointsOut[l] receives the percentage
// points layer l adds to this sector (0 where it adds nothing), so they sum to total - MFN.
double stackSector(const TradeData& data, const Scenario& scenario, const char* live, int sector, double* pointsOut);

// Convenience for tests and tools: the stacked rate without the per-layer split.
double stackedRatePct(const TradeData& data, const Scenario& scenario, int sector);

}  // namespace tariff
