#include "evaluate.h"

#include <algorithm>
#include <cmath>

#include "stacking.h"

namespace tariff {

constexpr double kUsdPerMillion = 1e6;
constexpr double kYenPerBillion = 1e9;

void prepareResults(const TradeData& data, Results& out) {
  out.sectors.resize(data.sectors.size());
  out.layers.resize(data.layers.size());
  out.offers.resize(data.offers.size());
  out.exportsAfterUsd_byCategory.resize(data.categories.size());
  out.carmakers.resize(data.carmakers.size());
  out.layerPoints.resize(data.layers.size());
  out.layerLive.resize(data.layers.size());
}

double offerAmountUsd(const Offer& offer, double yenPerUsd) {
  if (offer.currency == Currency::Jpy) return offer.amount.value * kYenPerBillion / yenPerUsd;
  return offer.amount.value * kUsdPerMillion;
}

double offerAmountJpy(const Offer& offer, double yenPerUsd) {
  if (offer.currency == Currency::Jpy) return offer.amount.value * kYenPerBillion;
  return offer.amount.value * kUsdPerMillion * yenPerUsd;
}

double offerPledgeUsdPerYear(const Offer& offer, const OfferChoice& choice, double yenPerUsd) {
  const double years = offer.perYear ? 1.0 : std::max(choice.spreadYears, 1e-9);
  return offerAmountUsd(offer, yenPerUsd) / years;
}

static double clamp01(double x) { return std::min(1.0, std::max(0.0, x)); }

// methodology §3: prices, volume and who pays for one sector.
static void evaluateSector(const ImportSector& sector, const SectorAssumption& a, double tariffPct,
                           double horizonFactor, SectorResult& r) {
  const double m = sector.mfnPct.value / 100.0;
  const double t = tariffPct / 100.0;
  const double dt = t - m;
  const double p = clamp01(a.passThrough);
  const double elasticity = std::max(0.0, a.elasticity) * horizonFactor;
  const double v0 = sector.importsUsdM.value * kUsdPerMillion;

  const double buyerRatio = 1.0 + p * dt / (1.0 + m);           // duty-paid price, after / before
  const double exporterRatio = (1.0 + m + p * dt) / (1.0 + t);  // exporter's own price, after / before
  const double volumeRatio = std::pow(buyerRatio, -elasticity);
  const double tradedAtOldPrice = v0 * volumeRatio;

  r.mfnPct = sector.mfnPct.value;
  r.tariffPct = tariffPct;
  r.importsBeforeUsd = v0;
  r.importsAfterUsd = tradedAtOldPrice * exporterRatio;
  r.buyerPriceChangePct = (buyerRatio - 1.0) * 100.0;
  r.exporterPriceChangePct = (exporterRatio - 1.0) * 100.0;
  r.volumeChangePct = (volumeRatio - 1.0) * 100.0;
  r.dutiesBeforeUsd = m * v0;
  r.dutiesAfterUsd = t * r.importsAfterUsd;
  r.exporterPriceCostUsd = tradedAtOldPrice * (1.0 - exporterRatio);
  r.buyerCostUsd = tradedAtOldPrice * p * dt;
  // Identity (§3.4): the extra duty on what still trades is paid by buyers and exporters together.
  r.tariffBurdenUsd = r.buyerCostUsd + r.exporterPriceCostUsd;
  r.exporterLostSalesUsd = v0 - tradedAtOldPrice;
  r.exporterCostUsd = r.exporterPriceCostUsd + r.exporterLostSalesUsd;
  r.unitsBefore = sector.hasUnits ? sector.units.value : 0.0;
  r.unitsAfter = r.unitsBefore * volumeRatio;
  r.exporterPriceCostPerUnitUsd = r.unitsAfter > 0 ? r.exporterPriceCostUsd / r.unitsAfter : 0.0;
  r.buyerCostPerUnitUsd = r.unitsAfter > 0 ? r.buyerCostUsd / r.unitsAfter : 0.0;
}

static void resetTotals(Results& out) {
  out.importsBeforeUsd = out.importsAfterUsd = out.exportsBeforeUsd = out.exportsAfterUsd = 0;
  out.exporterCostUsd = out.exporterPriceCostUsd = out.exporterLostSalesUsd = 0;
  out.usBuyerCostUsd = out.tariffBurdenUsd = out.tariffRevenueUsd = out.addedTariffRevenueUsd = 0;
  out.effectiveTariffRatePct = out.effectiveTariffRateBeforePct = 0;
  for (LayerEffect& e : out.layers) e = LayerEffect{};
}

// §2 and §3: stack each sector's layers, then price and volume; split the fall in imports
// across layers by the points each adds, so the waterfall's bars add up exactly.
static void evaluateImports(const TradeData& data, const Scenario& s, Results& out) {
  const Assumptions& a = s.assumptions;
  const double horizonFactor = a.horizon == Horizon::ShortRun ? a.shortRunFactor : 1.0;
  char* live = out.layerLive.data();
  double* points = out.layerPoints.data();
  markLiveLayers(data, s, live);
  for (size_t i = 0; i < data.sectors.size(); ++i) {
    const double tariffPct = stackSector(data, s, live, static_cast<int>(i), points);
    const SectorAssumption assumption = i < a.sectors.size() ? a.sectors[i] : SectorAssumption{};
    SectorResult& r = out.sectors[i];
    evaluateSector(data.sectors[i], assumption, tariffPct, horizonFactor, r);

    const double addedPoints = tariffPct - r.mfnPct;
    for (size_t l = 0; l < data.layers.size() && addedPoints > 0; ++l) {
      if (points[l] <= 0) continue;
      const double share = points[l] / addedPoints;
      out.layers[l].applied = true;
      out.layers[l].deficitChangeUsd += share * (r.importsAfterUsd - r.importsBeforeUsd);
      out.layers[l].tariffBurdenUsd += share * r.tariffBurdenUsd;
    }
    out.importsBeforeUsd += r.importsBeforeUsd;
    out.importsAfterUsd += r.importsAfterUsd;
    out.exporterCostUsd += r.exporterCostUsd;
    out.exporterPriceCostUsd += r.exporterPriceCostUsd;
    out.exporterLostSalesUsd += r.exporterLostSalesUsd;
    out.usBuyerCostUsd += r.buyerCostUsd;
    out.tariffBurdenUsd += r.tariffBurdenUsd;
    out.tariffRevenueUsd += r.dutiesAfterUsd;
    out.addedTariffRevenueUsd += r.dutiesAfterUsd - r.dutiesBeforeUsd;
    out.effectiveTariffRatePct += tariffPct * r.importsBeforeUsd;
    out.effectiveTariffRateBeforePct += r.mfnPct * r.importsBeforeUsd;
  }
  if (out.importsBeforeUsd > 0) {
    out.effectiveTariffRatePct /= out.importsBeforeUsd;
    out.effectiveTariffRateBeforePct /= out.importsBeforeUsd;
  }
}

// §4: offers add to US exports: pledge x reader's share x additional share, per year.
static void evaluateOffers(const TradeData& data, const Scenario& s, Results& out) {
  for (size_t c = 0; c < data.categories.size(); ++c) {
    const double v = data.categories[c].exportsUsdM.value * kUsdPerMillion;
    out.exportsAfterUsd_byCategory[c] = v;
    out.exportsBeforeUsd += v;
  }
  out.exportsAfterUsd = out.exportsBeforeUsd;
  for (size_t o = 0; o < data.offers.size(); ++o) {
    OfferEffect& e = out.offers[o];
    e = OfferEffect{};
    if (o >= s.offers.size() || !s.offers[o].on) continue;
    const OfferChoice& choice = s.offers[o];
    const Offer& offer = data.offers[o];
    e.pledgedUsdPerYear = offerPledgeUsdPerYear(offer, choice, s.assumptions.yenPerUsd) * choice.sharePct / 100.0;
    e.countedUsdPerYear = e.pledgedUsdPerYear * choice.additionalShare;
    e.deficitChangeUsd = -e.countedUsdPerYear;
    for (const OfferTarget& target : offer.addsTo)
      out.exportsAfterUsd_byCategory[target.category] += e.countedUsdPerYear * target.share.value;
    out.exportsAfterUsd += e.countedUsdPerYear;
  }
}

// §3.7: each maker bears its sector's cost in proportion to its 2024 units (same average price).
static void evaluateCarmakers(const TradeData& data, const Scenario& s, Results& out) {
  for (size_t i = 0; i < data.carmakers.size(); ++i) {
    const Carmaker& m = data.carmakers[i];
    const SectorResult& sector = out.sectors[m.sector];
    const double share = sector.unitsBefore > 0 ? m.units.value / sector.unitsBefore : 0.0;
    CarmakerResult& r = out.carmakers[i];
    r.unitsBefore = m.units.value;
    r.unitsAfter = sector.unitsAfter * share;
    r.exporterCostUsd = sector.exporterCostUsd * share;
    r.exporterCostJpy = r.exporterCostUsd * s.assumptions.yenPerUsd;
    r.priceCutPerCarUsd = sector.exporterPriceCostPerUnitUsd;
  }
}

void evaluate(const TradeData& data, const Scenario& s, Results& out) {
  prepareResults(data, out);
  resetTotals(out);
  evaluateImports(data, s, out);
  evaluateOffers(data, s, out);
  evaluateCarmakers(data, s, out);
  out.deficitBeforeUsd = out.importsBeforeUsd - out.exportsBeforeUsd;
  out.deficitAfterUsd = out.importsAfterUsd - out.exportsAfterUsd;
  out.deficitChangeUsd = out.deficitAfterUsd - out.deficitBeforeUsd;
  out.deficitChangePct = out.deficitBeforeUsd != 0 ? 100.0 * out.deficitChangeUsd / out.deficitBeforeUsd : 0.0;
}

Results evaluate(const TradeData& data, const Scenario& s) {
  Results r;
  evaluate(data, s, r);
  return r;
}

}  // namespace tariff
