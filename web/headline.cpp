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
};

void drawCard(const Card& card) {
  ImGui::BeginGroup();
  ImGui::PushFont(theme::fonts().small);
  textDim(card.label);
  ImGui::PopFont();
  ImGui::PushFont(theme::fonts().heading);
  ImGui::TextUnformatted(card.figure.c_str());
  ImGui::PopFont();
  ImGui::PushFont(theme::fonts().small);
  textDim(card.detail);
  ImGui::PopFont();
  ImGui::EndGroup();
  test_hook::recordItem("headline:", card.key);
  itemTooltip(card.formula);
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
  ImGui::EndGroup();
  test_hook::recordItem("headline:", "deficit");
  itemTooltip("Deficit = US imports from Japan \u2212 US exports to Japan.\n\n2024 (US Census): imports " +
              formatUsd(r.importsBeforeUsd) + " \u2212 exports " + formatUsd(r.exportsBeforeUsd) + ".\nAfter: imports " +
              formatUsd(r.importsAfterUsd) + " \u2212 exports " + formatUsd(r.exportsAfterUsd) +
              ".\n\nImports fall sector by sector as tariffs raise what US buyers pay (by the sector's pass-through) "
              "and buyers buy less (by its elasticity). Exports rise by the part of each offer that counts as new "
              "US exports.");

  ImGui::PushFont(theme::fonts().small);
  textDim("Japan's own count for 2024: a surplus of " + yenFromBillions(japan.surplusJpyBn.value) +
          " (Ministry of Finance).");
  ImGui::PopFont();
  itemTooltip(japan.note + "\n\n" + provenance(app, japan.surplusJpyBn));
}

std::vector<Card> cards(const tariff::Results& r) {
  return {
      {"exporters", "Cost to Japanese exporters", formatUsd(r.exporterCostUsd),
       "price cuts " + formatUsd(r.exporterPriceCostUsd) + " + lost sales " + formatUsd(r.exporterLostSalesUsd),
       "Price cuts: the part of each tariff rise that US buyers do not pay (1 \u2212 pass-through), on what is still "
       "sold.\nLost sales: the fall in sales volume, valued at 2024 prices.\nSummed over sectors."},
      {"buyers", "Cost to US buyers", formatUsd(r.usBuyerCostUsd), "higher prices on what they still buy",
       "Pass-through \u00d7 the tariff rise \u00d7 what is still imported, summed over sectors. Paid by US importers "
       "and, through prices, by consumers and firms."},
      {"revenue", "US tariff revenue", formatUsd(r.tariffRevenueUsd),
       formatSignedUsd(r.addedTariffRevenueUsd) + " on 2024",
       "Each sector's total tariff (normal MFN rate plus the layers) \u00d7 its imports after the tariffs, summed. "
       "The second line compares it with the duties collected in 2024."},
      {"rate", "Effective tariff rate", formatPct(r.effectiveTariffRatePct), "2024: " + formatPct(r.effectiveTariffRateBeforePct),
       "Each sector's total tariff, weighted by its 2024 imports from Japan."},
  };
}

}  // namespace

void drawHeadline(App& app) {
  drawDeficit(app);
  ImGui::Dummy(ImVec2(0, theme::px(4)));
  const std::vector<Card> all = cards(app.results());
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
