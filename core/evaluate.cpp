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

// The added tariff on other foreign suppliers of a sector on the scenario's date (§3.2): Japan's
// added tariff under the law that day times the group's ratio. It follows the date, not the
// reader's layers: switching Japan's tariffs off leaves its rivals' in place.
static double othersAddedPct(const TradeData& data, const Scenario& s, int sector) {
  if (sector >= static_cast<int>(data.sectorGroup.size()) || data.sectorGroup[sector] < 0) return 0.0;
  const CompetitorGroup& g = data.groups[data.sectorGroup[sector]];
  const CompetitionStep* step = nullptr;
  for (const CompetitionStep& st : g.steps)
    if (st.from <= s.date) step = &st;
  if (!step) return 0.0;
  const Sourced& r = step->ratio;
  const EvidenceCase c = s.assumptions.competitors;
  const double ratio = (!r.hasRange || c == EvidenceCase::Central) ? r.value : c == EvidenceCase::Low ? r.low : r.high;
  return std::max(0.0, data.lawAddedPctOn(sector, s.date)) * ratio;
}

static double japanShareOf(const TradeData& data, int sector) {
  if (sector >= static_cast<int>(data.sectorGroup.size()) || data.sectorGroup[sector] < 0) return 1.0;
  return clamp01(data.groups[data.sectorGroup[sector]].japanShare.value);
}

// §3.2: the price index of a sector's imports from all foreign suppliers, relative to 2024 (CES).
static double importPriceIndex(double japanShare, double japanPrice, double othersPrice, double sigma) {
  if (std::fabs(1.0 - sigma) < 1e-9)
    return std::exp(japanShare * std::log(japanPrice) + (1.0 - japanShare) * std::log(othersPrice));
  const double sum =
      japanShare * std::pow(japanPrice, 1.0 - sigma) + (1.0 - japanShare) * std::pow(othersPrice, 1.0 - sigma);
  return std::pow(sum, 1.0 / (1.0 - sigma));
}

struct SectorInputs {
  double tariffPct = 0;       // Japan's, MFN included
  double othersAddedPct = 0;  // other suppliers', above MFN
  double japanShare = 1;      // of the sector's 2024 US imports
  double horizonFactor = 1;
  double importDemand = 1;  // long run
};

// methodology §3: prices, volume and who pays for one sector.
static void evaluateSector(const ImportSector& sector, const SectorAssumption& a, const SectorInputs& in,
                           SectorResult& r) {
  const double m = sector.mfnPct.value / 100.0;
  const double t = in.tariffPct / 100.0;
  const double dt = t - m;
  const double p = clamp01(a.passThrough);
  const double sigma = std::max(0.0, a.substitution) * in.horizonFactor;
  const double eta = std::max(0.0, in.importDemand) * in.horizonFactor;
  const double v0 = sector.importsUsdM.value * kUsdPerMillion;

  // §3.1 prices: buyers pay the pass-through share of the added duty, exporters absorb the rest.
  const double buyerRatio = 1.0 + p * dt / (1.0 + m);           // Japan's duty-paid price, after / before
  const double exporterRatio = (1.0 + m + p * dt) / (1.0 + t);  // exporter's own price, after / before
  const double othersRatio = 1.0 + p * (in.othersAddedPct / 100.0) / (1.0 + m);
  // §3.2 volume: Japan's share moves with its price against other suppliers (sigma); all imports
  // of the sector move with their price index against US-made goods (eta).
  const double index = importPriceIndex(in.japanShare, buyerRatio, othersRatio, sigma);
  const double volumeRatio = std::pow(buyerRatio / index, -sigma) * std::pow(index, -eta);
  const double traded = v0 * volumeRatio;  // what still trades, at 2024 prices

  r.mfnPct = sector.mfnPct.value;
  r.tariffPct = in.tariffPct;
  r.othersAddedPct = in.othersAddedPct;
  r.importsBeforeUsd = v0;
  r.importsAfterUsd = traded * exporterRatio;
  r.buyerPriceChangePct = (buyerRatio - 1.0) * 100.0;
  r.exporterPriceChangePct = (exporterRatio - 1.0) * 100.0;
  r.volumeChangePct = (volumeRatio - 1.0) * 100.0;
  r.dutiesBeforeUsd = m * v0;
  r.dutiesAfterUsd = t * r.importsAfterUsd;
  // §3.4 who pays: one basis, what still trades.
  r.exporterPriceCostUsd = traded * (1.0 - exporterRatio);
  r.buyerCostUsd = traded * p * dt;
  r.tariffBurdenUsd = r.buyerCostUsd + r.exporterPriceCostUsd;
  r.exporterCostUsd = r.exporterPriceCostUsd;
  r.tradeLostUsd = v0 - traded;
  // The two Harberger triangles on the trade lost; where Japan gains sales because its rivals pay
  // more, no triangle is counted on this side.
  r.deadweightUsd = 0.5 * (p * dt + (1.0 - exporterRatio)) * std::max(0.0, r.tradeLostUsd);
  r.refundUsd = 0;
  r.unitsBefore = sector.hasUnits ? sector.units.value : 0.0;
  r.unitsAfter = r.unitsBefore * volumeRatio;
  r.exporterPriceCostPerUnitUsd = r.unitsAfter > 0 ? r.exporterPriceCostUsd / r.unitsAfter : 0.0;
  r.buyerCostPerUnitUsd = r.unitsAfter > 0 ? r.buyerCostUsd / r.unitsAfter : 0.0;
}

static void resetTotals(Results& out) {
  out.importsBeforeUsd = out.importsAfterUsd = out.exportsBeforeUsd = out.exportsAfterUsd = 0;
  out.exporterCostUsd = out.exporterPriceCostUsd = 0;
  out.usBuyerCostUsd = out.tariffBurdenUsd = out.tariffRevenueUsd = out.addedTariffRevenueUsd = 0;
  out.tradeLostUsd = out.deadweightUsd = out.refundUsd = out.othersDeficitChangeUsd = 0;
  out.effectiveTariffRatePct = out.effectiveTariffRateBeforePct = 0;
  for (LayerEffect& e : out.layers) e = LayerEffect{};
}

// §3.5: the court-ordered refunds of a sector's duties under refunded layers, when counted.
static double refundOf(const TradeData& data, const Scenario& s, const double* points, const SectorResult& r) {
  if (!s.countRefunds) return 0.0;
  double refunded = 0;
  for (size_t l = 0; l < data.layers.size(); ++l)
    if (points[l] > 0 && data.layers[l].refund.ordered) refunded += points[l] / 100.0 * r.importsAfterUsd;
  return refunded;
}

// §2 and §3: stack each sector's layers, then price and volume; split the fall in imports
// across layers by the points each adds, so the waterfall's bars add up exactly.
static void evaluateImports(const TradeData& data, const Scenario& s, Results& out) {
  const Assumptions& a = s.assumptions;
  SectorInputs in;
  in.horizonFactor = a.horizon == Horizon::ShortRun ? a.shortRunFactor : 1.0;
  in.importDemand = a.importDemand;
  char* live = out.layerLive.data();
  double* points = out.layerPoints.data();
  markLiveLayers(data, s, live);
  for (size_t i = 0; i < data.sectors.size(); ++i) {
    const int sector = static_cast<int>(i);
    in.tariffPct = stackSector(data, s, live, sector, points);
    in.othersAddedPct = othersAddedPct(data, s, sector);
    in.japanShare = japanShareOf(data, sector);
    const SectorAssumption assumption = i < a.sectors.size() ? a.sectors[i] : SectorAssumption{};
    SectorResult& r = out.sectors[i];
    evaluateSector(data.sectors[i], assumption, in, r);
    r.refundUsd = refundOf(data, s, points, r);
    r.buyerCostUsd -= r.refundUsd;  // the importers who paid get it back
    r.tariffBurdenUsd -= r.refundUsd;

    // What other suppliers' tariffs alone would do to Japan's sales here (Japan at MFN): their own
    // bar in the waterfall; the rest of the change is split across Japan's layers by their points.
    SectorResult alone;
    SectorInputs othersOnly = in;
    othersOnly.tariffPct = r.mfnPct;
    evaluateSector(data.sectors[i], assumption, othersOnly, alone);
    const double othersChange = alone.importsAfterUsd - alone.importsBeforeUsd;
    out.othersDeficitChangeUsd += othersChange;
    const double layersChange = r.importsAfterUsd - r.importsBeforeUsd - othersChange;
    const double addedPoints = in.tariffPct - r.mfnPct;
    if (addedPoints <= 0) out.othersDeficitChangeUsd += layersChange;  // no layer to carry a rounding remainder
    for (size_t l = 0; l < data.layers.size() && addedPoints > 0; ++l) {
      if (points[l] <= 0) continue;
      const double share = points[l] / addedPoints;
      out.layers[l].applied = true;
      out.layers[l].deficitChangeUsd += share * layersChange;
      out.layers[l].tariffBurdenUsd += share * r.tariffBurdenUsd;
    }
    out.importsBeforeUsd += r.importsBeforeUsd;
    out.importsAfterUsd += r.importsAfterUsd;
    out.exporterCostUsd += r.exporterCostUsd;
    out.exporterPriceCostUsd += r.exporterPriceCostUsd;
    out.usBuyerCostUsd += r.buyerCostUsd;
    out.tariffBurdenUsd += r.tariffBurdenUsd;
    out.tradeLostUsd += r.tradeLostUsd;
    out.deadweightUsd += r.deadweightUsd;
    out.refundUsd += r.refundUsd;
    out.tariffRevenueUsd += r.dutiesAfterUsd - r.refundUsd;
    out.addedTariffRevenueUsd += r.dutiesAfterUsd - r.refundUsd - r.dutiesBeforeUsd;
    out.effectiveTariffRatePct += in.tariffPct * r.importsBeforeUsd;
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
