// The answer first: the US goods deficit with Japan before and after, and who pays. Each figure
// has a tooltip that says in words how core computes it (docs/methodology.md has the equations).
#include "format.h"
#include "panels.h"
#include "test_hook.h"
#include "theme.h"
#include "widgets.h"

namespace usjp {
namespace {

using tariff::formatPct;
using tariff::formatSignedPct;
using tariff::formatSignedUsd;
using tariff::formatUsd;

struct Card {
  const char* key;    // for the test hook
  const char* label;
  std::string figure;
  std::string detail;
  std::string formula;  // the tooltip
  const tariff::OutputRange* range = nullptr;  // low-high over the assumptions; none for the law's rate
};

// "$41.2B–$63.0B" and "most sensitive to: pass-through": core's range (methodology §5.1).
std::string rangeText(const tariff::OutputRange& r) {
  return "range " + formatUsd(r.low) + "\u2013" + formatUsd(r.high);
}

std::string driverText(const tariff::OutputRange& r) {
  if (r.driver < 0) return "no assumption moves it";
  return std::string("most sensitive to: ") + tariff::assumptionGroupName(static_cast<tariff::AssumptionGroup>(r.driver));
}

const char* kRangeHelp =
    "\n\nThe range: the same scenario with each group of assumptions (pass-through, import elasticity, the short-run "
    "factor, the share of offers counted) moved to the low and then the high end of its evidence, one group at a "
    "time. The assumption named is the one whose two ends are furthest apart. One at a time understates what could "
    "happen if they moved together.";

void drawRange(const tariff::OutputRange& r) {
  ImGui::PushFont(theme::fonts().small);
  if (r.driver < 0) {
    textDim("the same under every assumption");
  } else {
    textColoured(theme::colour::kText, rangeText(r));
    textDim(driverText(r));
  }
  ImGui::PopFont();
}

void drawCard(const Card& card) {
  ImGui::BeginGroup();
  ImGui::PushFont(theme::fonts().small);
  textDim(card.label);
  ImGui::PopFont();
  ImGui::PushFont(theme::fonts().heading);
  ImGui::TextUnformatted(card.figure.c_str());
  ImGui::PopFont();
  if (card.range) drawRange(*card.range);
  ImGui::PushFont(theme::fonts().small);
  textDim(card.detail);
  ImGui::PopFont();
  ImGui::EndGroup();
  test_hook::recordItem("headline:", card.key);
  itemTooltip(card.formula + (card.range ? kRangeHelp : ""));
}

void drawDeficit(const App& app) {
  const tariff::Results& r = app.results();
  const tariff::JapanView& japan = app.data().japanView;
  ImGui::BeginGroup();
  ImGui::PushFont(theme::fonts().small);
  textDim("US goods trade deficit with Japan, a year");
  ImGui::PopFont();
  ImGui::PushFont(theme::fonts().figure);
  const std::string figure = formatUsd(r.deficitBeforeUsd) + " \u2192 " + formatUsd(r.deficitAfterUsd);
  ImGui::TextUnformatted(figure.c_str());
  ImGui::PopFont();
  ImGui::PushFont(theme::fonts().strong);
  const std::string change = formatSignedUsd(r.deficitChangeUsd) + " (" + formatSignedPct(r.deficitChangePct) + ")";
  ImGui::TextUnformatted(change.c_str());
  ImGui::PopFont();
  const tariff::OutputRange& range = app.ranges().deficitAfterUsd;
  ImGui::PushFont(theme::fonts().small);
  textColoured(theme::colour::kText, range.driver < 0 ? std::string("Deficit after: the same under every assumption")
                                                     : "Deficit after: " + rangeText(range) + " over the assumptions; " +
                                                           driverText(range));
  ImGui::PopFont();
  ImGui::EndGroup();
  test_hook::recordItem("headline:", "deficit");
  itemTooltip("Deficit = US imports from Japan \u2212 US exports to Japan.\n\n2024 (US Census): imports " +
              formatUsd(r.importsBeforeUsd) + " \u2212 exports " + formatUsd(r.exportsBeforeUsd) + ".\nAfter: imports " +
              formatUsd(r.importsAfterUsd) + " \u2212 exports " + formatUsd(r.exportsAfterUsd) +
              ".\n\nImports fall sector by sector as tariffs raise what US buyers pay (by the sector's pass-through) "
              "and buyers buy less (by its elasticity). Exports rise by the part of each offer that counts as new "
              "US exports." + std::string(kRangeHelp));

  ImGui::PushFont(theme::fonts().small);
  textDim("Japan's own count for 2024: a surplus of " + yenFromBillions(japan.surplusJpyBn.value) +
          " (Ministry of Finance).");
  ImGui::PopFont();
  itemTooltip(japan.note + "\n\n" + provenance(app, japan.surplusJpyBn));
}

std::vector<Card> cards(const tariff::Results& r, const tariff::HeadlineRanges& ranges) {
  return {
      {"exporters", "Cost to Japanese exporters", formatUsd(r.exporterCostUsd),
       "price cuts " + formatUsd(r.exporterPriceCostUsd) + " + lost sales " + formatUsd(r.exporterLostSalesUsd),
       "Price cuts: the part of each tariff rise that US buyers do not pay (1 \u2212 pass-through), on what is still "
       "sold.\nLost sales: the fall in sales volume, valued at 2024 prices.\nSummed over sectors.",
       &ranges.exporterCostUsd},
      {"buyers", "Cost to US buyers", formatUsd(r.usBuyerCostUsd), "higher prices on what they still buy",
       "Pass-through \u00d7 the tariff rise \u00d7 what is still imported, summed over sectors. Paid by US importers "
       "and, through prices, by consumers and firms.",
       &ranges.usBuyerCostUsd},
      {"revenue", "US tariff revenue", formatUsd(r.tariffRevenueUsd),
       formatSignedUsd(r.addedTariffRevenueUsd) + " on 2024",
       "Each sector's total tariff (normal MFN rate plus the layers) \u00d7 its imports after the tariffs, summed. "
       "The second line compares it with the duties collected in 2024.",
       &ranges.tariffRevenueUsd},
      {"rate", "Effective tariff rate", formatPct(r.effectiveTariffRatePct), "2024: " + formatPct(r.effectiveTariffRateBeforePct),
       "Each sector's total tariff, weighted by its 2024 imports from Japan. The law's rates: no assumption "
       "moves it, so it has no range."},
  };
}

}  // namespace

void drawHeadline(App& app) {
  drawDeficit(app);
  ImGui::Dummy(ImVec2(0, theme::px(4)));
  const std::vector<Card> all = cards(app.results(), app.ranges());
  // Four across where there is room, two by two on a phone.
  const int columns = ImGui::GetContentRegionAvail().x >= theme::px(620) ? 4 : 2;
  if (!ImGui::BeginTable("headline", columns, ImGuiTableFlags_SizingStretchSame | ImGuiTableFlags_BordersInnerV)) return;
  for (const Card& card : all) {
    ImGui::TableNextColumn();
    drawCard(card);
  }
  ImGui::EndTable();
}

void drawCompactHeadline(App& app) {
  const tariff::Results& r = app.results();
  ImGui::PushFont(theme::fonts().strong);
  const std::string line = "Deficit " + formatUsd(r.deficitBeforeUsd) + " \u2192 " + formatUsd(r.deficitAfterUsd) + " (" +
                           formatSignedPct(r.deficitChangePct) + ")";
  ImGui::TextUnformatted(line.c_str());
  ImGui::PopFont();
  test_hook::recordItem("headline:", "compact");
  ImGui::PushFont(theme::fonts().small);
  textDim("Exporters pay " + formatUsd(r.exporterCostUsd) + " \u2022 US buyers " + formatUsd(r.usBuyerCostUsd) +
          " \u2022 tariff revenue " + formatUsd(r.tariffRevenueUsd));
  ImGui::PopFont();
}

}  // namespace usjp
