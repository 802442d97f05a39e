// evaluate(): the whole model, a pure function of (data, scenario). docs/methodology.md explains
// every equation; section numbers are cited next to the code that implements them.
#pragma once
#include <vector>

#include "model.h"

namespace tariff {

struct SectorResult {
  double mfnPct = 0;
  double tariffPct = 0;         // all layers stacked, MFN included
  double othersAddedPct = 0;    // the added tariff on other foreign suppliers of these goods (§3.2)
  double importsBeforeUsd = 0;  // 2024 customs value
  double importsAfterUsd = 0;
  double buyerPriceChangePct = 0;     // duty-paid price paid by US buyers
  double exporterPriceChangePct = 0;  // price received by Japanese exporters
  double volumeChangePct = 0;
  double dutiesBeforeUsd = 0;
  double dutiesAfterUsd = 0;
  // Who pays (§3.4): the duty added on what still trades is paid by US buyers through higher prices
  // and by Japanese exporters through lower prices; the two always add up to it.
  double tariffBurdenUsd = 0;
  double buyerCostUsd = 0;          // US importers and consumers: higher prices on what they still buy
  double exporterPriceCostUsd = 0;  // Japanese exporters: price cuts on what they still sell
  double exporterCostUsd = 0;       // = exporterPriceCostUsd: lost sales are trade lost, not a cost
  double tradeLostUsd = 0;          // the fall in volume at 2024 prices (negative: trade gained)
  double deadweightUsd = 0;         // the welfare triangles: lost to both sides, collected by nobody
  double refundUsd = 0;             // IEEPA duties paid back to US importers, when refunds are counted
  double unitsBefore = 0;           // vehicles only; 0 elsewhere
  double unitsAfter = 0;
  double exporterPriceCostPerUnitUsd = 0;  // price cut per vehicle still sold
  double buyerCostPerUnitUsd = 0;          // extra paid per vehicle still bought
};

struct LayerEffect {
  bool applied = false;         // on, not replaced, and reaching at least one sector
  double deficitChangeUsd = 0;  // this layer's share of the fall in imports
  double tariffBurdenUsd = 0;
};

struct OfferEffect {
  double pledgedUsdPerYear = 0;  // the reader's share of the pledge, per year
  double countedUsdPerYear = 0;  // the part that shows up as US exports
  double deficitChangeUsd = 0;
};

// A carmaker's share of its sector's exporter cost, allocated by 2024 units (§3.7).
struct CarmakerResult {
  double unitsBefore = 0, unitsAfter = 0;
  double exporterCostUsd = 0;
  double exporterCostJpy = 0;
  double priceCutPerCarUsd = 0;  // the sector's average price cut per car still sold
};

struct Results {
  double importsBeforeUsd = 0, importsAfterUsd = 0;
  double exportsBeforeUsd = 0, exportsAfterUsd = 0;
  double deficitBeforeUsd = 0, deficitAfterUsd = 0;
  double deficitChangeUsd = 0, deficitChangePct = 0;
  double exporterCostUsd = 0, exporterPriceCostUsd = 0;
  double usBuyerCostUsd = 0;   // net of refunds when they are counted
  double tariffBurdenUsd = 0;  // added duty on what still trades, net of refunds: buyers + exporters
  double tradeLostUsd = 0;     // at 2024 prices
  double deadweightUsd = 0;
  double refundUsd = 0;         // IEEPA duties paid back to US importers (countRefunds)
  double tariffRevenueUsd = 0;  // all duties kept on goods from Japan (net of refunds)
  // The change in imports from Japan that other suppliers' tariffs alone would bring (§3.5):
  // negative deficit change where Japan gains sales because its rivals pay more.
  double othersDeficitChangeUsd = 0;
  double addedTariffRevenueUsd = 0;         // duties collected minus 2024's
  double effectiveTariffRatePct = 0;        // trade-weighted by 2024 imports
  double effectiveTariffRateBeforePct = 0;  // MFN only

  std::vector<SectorResult> sectors;
  std::vector<LayerEffect> layers;
  std::vector<OfferEffect> offers;
  std::vector<double> exportsAfterUsd_byCategory;
  std::vector<CarmakerResult> carmakers;

  // Scratch space so that evaluate() never allocates once sized.
  std::vector<double> layerPoints;
  std::vector<char> layerLive;
};

// Size `out` for this data set. evaluate() does it too, but calling it once up front keeps
// the hot path free of allocations.
void prepareResults(const TradeData& data, Results& out);

void evaluate(const TradeData& data, const Scenario& scenario, Results& out);
Results evaluate(const TradeData& data, const Scenario& scenario);

// Offer amount in US dollars per year before the reader's share (docs/methodology.md §4).
double offerPledgeUsdPerYear(const Offer& offer, const OfferChoice& choice, double yenPerUsd);
// The pledged total converted to dollars, ignoring years and shares.
double offerAmountUsd(const Offer& offer, double yenPerUsd);
// The same in yen, so a front end can show both currencies without converting.
double offerAmountJpy(const Offer& offer, double yenPerUsd);

}  // namespace tariff
