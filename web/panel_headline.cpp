// The answer first: the US goods deficit with Japan before and after, and who pays. Each figure
// has a tooltip that says in words how core computes it (docs/methodology.md has the equations).
#include <cmath>

#include "format.h"
#include "panels.h"
#include "test_hook.h"
#include "theme.h"
#include "widgets.h"
#include "words.h"

namespace usjp {
namespace {

using tariff::formatPct;

struct Card {
  const char* key;  // for the test hook
  const char* label;
  std::string figure;
  std::string detail;
  std::string formula;                         // the tooltip
  const tariff::OutputRange* range = nullptr;  // low-high over the assumptions
  bool percent = false;                        // the range is in percent, not dollars
};

// "$41.2B–$63.0B" and "most sensitive to: pass-through": core's range (methodology §5.1).
// The ends of a range: percentages, or amounts in their compact form (yen alone in Japanese).
std::string rangeLow(const tariff::OutputRange& r, bool percent) {
  return percent ? formatPct(r.low) : money(r.low, false, true);
}
std::string rangeHigh(const tariff::OutputRange& r, bool percent) {
  return percent ? formatPct(r.high) : money(r.high, false, true);
}

std::string rangeText(const tariff::OutputRange& r, bool percent = false) {
  return trf("headline.range", {{"low", rangeLow(r, percent)}, {"high", rangeHigh(r, percent)}});
}

std::string driverText(const tariff::OutputRange& r) {
  if (r.driver < 0) return tr("headline.no_driver");
  return trf("headline.driver",
             {{"group", tariff::assumptionGroupName(static_cast<tariff::AssumptionGroup>(r.driver), language())}});
}

std::string rangeHelp() { return std::string("\n\n") + tr("headline.range_help"); }

void drawRange(const tariff::OutputRange& r, bool percent) {
  ImGui::PushFont(theme::fonts().small);
  if (r.driver < 0) {
    textDim(tr("headline.same_every_assumption"));
  } else {
    textColoured(theme::colour::kText, rangeText(r, percent));
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
  textWrapped(card.figure);  // in Japanese yen and dollars may take two lines in a narrow card
  ImGui::PopFont();
  if (card.range) drawRange(*card.range, card.percent);
  ImGui::PushFont(theme::fonts().small);
  textDim(card.detail);
  ImGui::PopFont();
  ImGui::EndGroup();
  test_hook::recordItem("headline:", card.key);
  itemTooltip(card.formula + (card.range ? rangeHelp() : std::string()));
}

void drawObservedBeside(const App& app);

// "Down $20.6B (-30.1%) from 2024": the change said in words, not only by its sign.
std::string changeWords(double usd, double pct) {
  if (std::abs(usd) < 0.05e9) return tr("headline.change_same");
  return trf(usd < 0 ? "headline.change_down" : "headline.change_up",
             {{"amount", money(std::abs(usd))}, {"pct", signedPct(pct)}});
}

void drawDeficit(const App& app) {
  const tariff::Results& r = app.results();
  const tariff::JapanView& japan = app.data().japanView;
  ImGui::BeginGroup();
  ImGui::PushFont(theme::fonts().small);
  textDim(tr("headline.deficit_label"));
  ImGui::PopFont();
  // The 2024 figure dim, the scenario's in the deficit's colour (the waterfall's first bar).
  ImGui::PushFont(theme::fonts().figure);
  // The figure font holds figures and their units only: amounts in their compact form here.
  const std::string before = money(r.deficitBeforeUsd, false, true) + " \u2192";
  ImGui::PushStyleColor(ImGuiCol_Text, theme::colour::kTextDim);
  ImGui::TextUnformatted(before.c_str());
  ImGui::PopStyleColor();
  ImGui::SameLine(0, theme::px(8));
  ImGui::PushStyleColor(ImGuiCol_Text, theme::colour::kDeficitText);
  ImGui::TextUnformatted(money(r.deficitAfterUsd, false, true).c_str());
  ImGui::PopStyleColor();
  ImGui::PopFont();
  // The same figures in dollars where the language shows yen above (nothing in English).
  const std::string inDollars = trf("headline.deficit_dollars", {{"before", dollars(r.deficitBeforeUsd)},
                                                               {"after", dollars(r.deficitAfterUsd)}});
  if (!inDollars.empty()) {
    ImGui::PushFont(theme::fonts().small);
    textDim(inDollars);
    ImGui::PopFont();
  }
  ImGui::PushFont(theme::fonts().strong);
  textWrapped(changeWords(r.deficitChangeUsd, r.deficitChangePct));
  ImGui::PopFont();
  const tariff::OutputRange& range = app.ranges().deficitAfterUsd;
  ImGui::PushFont(theme::fonts().small);
  textColoured(theme::colour::kText, range.driver < 0
                                         ? std::string(tr("headline.deficit_after_same"))
                                         : trf("headline.deficit_after_range", {{"low", rangeLow(range, false)},
                                                                                {"high", rangeHigh(range, false)},
                                                                                {"driver", driverText(range)}}));
  ImGui::PopFont();
  ImGui::EndGroup();
  test_hook::recordItem("headline:", "deficit");
  itemTooltip(trf("headline.deficit_help", {{"imports_before", money(r.importsBeforeUsd)},
                                            {"exports_before", money(r.exportsBeforeUsd)},
                                            {"imports_after", money(r.importsAfterUsd)},
                                            {"exports_after", money(r.exportsAfterUsd)},
                                            {"trade_lost", money(r.tradeLostUsd)}}) +
              rangeHelp());
  drawObservedBeside(app);
  ImGui::PushFont(theme::fonts().small);
  // Japan's own statistics, stored in yen: said as Japan's figure, not the US one above.
  const double surplusJpyBn = japan.surplusJpyBn.value;
  textDim(trf("headline.japan_surplus",
              {{"surplus", japanese() ? tariff::formatYenJa(surplusJpyBn * 1e9) : yenFromBillions(surplusJpyBn)}}));
  ImGui::PopFont();
  itemTooltip(japan.note + "\n\n" + provenance(app, japan.surplusJpyBn));
  ImGui::PushFont(theme::fonts().small);
  textDim(tr("headline.not_in_model"));
  ImGui::PopFont();
  itemTooltip(tr("headline.not_in_model_help"));
  test_hook::recordItem("headline:", "caveat");
}

// What happened while this scenario's law held, beside the model's year (core observedBeside).
void drawObservedBeside(const App& app) {
  const tariff::ObservedBeside& o = app.observed();
  if (!o.available) return;
  ImGui::PushFont(theme::fonts().small);
  textColoured(theme::colour::kText,
               trf("headline.observed", {{"amount", money(o.deficitUsdPerYear)}, {"label", o.label}}));
  ImGui::PopFont();
  test_hook::recordItem("headline:", "observed");
  itemTooltip(trf("headline.observed_help", {{"imports", money(o.importsUsdPerYear)},
                                             {"exports", money(o.exportsUsdPerYear)},
                                             {"model_imports", money(o.modelImportsUsdPerYear)}}));
}

std::string shareOf(double part, double whole) {
  return whole > 0 ? formatPct(100.0 * part / whole, 0) : std::string("-");
}

std::vector<Card> cards(const tariff::Results& r, const tariff::HeadlineRanges& ranges) {
  return {
      {"buyers", tr("headline.buyers_label"), money(r.usBuyerCostUsd),
       trf("headline.buyers_detail", {{"share", shareOf(r.usBuyerCostUsd, r.tariffBurdenUsd)}}),
       tr("headline.buyers_help") + (r.refundUsd > 0
                                         ? "\n" + trf("headline.buyers_refund_net", {{"refund", money(r.refundUsd)}})
                                         : std::string()),
       &ranges.usBuyerCostUsd},
      {"exporters", tr("headline.exporters_label"), money(r.exporterCostUsd),
       trf("headline.exporters_detail", {{"share", shareOf(r.exporterCostUsd, r.tariffBurdenUsd)}}),
       tr("headline.exporters_help"), &ranges.exporterCostUsd},
      {"deadweight", tr("headline.deadweight_label"), money(r.deadweightUsd), tr("headline.deadweight_detail"),
       tr("headline.deadweight_help"), &ranges.deadweightUsd},
      {"rate", tr("headline.rate_label"), formatPct(r.effectiveTariffRatePct),
       trf("headline.rate_detail",
           {{"before", formatPct(r.effectiveTariffRateBeforePct)}, {"revenue", money(r.tariffRevenueUsd)}}),
       tr("headline.rate_help"), &ranges.effectiveRatePct, true},
  };
}

}  // namespace

// The refunds ordered in March 2026: a switch, shown when a refunded layer reaches the scenario.
void drawRefundsSwitch(App& app) {
  bool refunded = false;
  for (size_t l = 0; l < app.data().layers.size(); ++l)
    refunded = refunded || (app.results().layers[l].applied && app.data().layers[l].refund.ordered);
  if (!refunded) return;
  ImGui::PushFont(theme::fonts().small);
  const std::string label = std::string(tr("headline.refunds_switch")) + "###refunds";
  if (ImGui::Checkbox(label.c_str(), &app.scenario.countRefunds)) app.edited();
  ImGui::PopFont();
  test_hook::recordItem("", "refunds");
  itemTooltip(tr("headline.refunds_help"));
}

void drawHeadline(App& app) {
  drawDeficit(app);
  ImGui::Dummy(ImVec2(0, theme::px(4)));
  ImGui::PushFont(theme::fonts().small);
  const tariff::Results& r = app.results();
  textColoured(theme::colour::kText, trf("headline.duty_added", {{"total", money(r.tariffBurdenUsd)},
                                                                 {"buyers", money(r.usBuyerCostUsd)},
                                                                 {"exporters", money(r.exporterCostUsd)}}));
  ImGui::PopFont();
  test_hook::recordItem("headline:", "duty-added");
  drawRefundsSwitch(app);
  const std::vector<Card> all = cards(app.results(), app.ranges());
  // Four across where there is room, two by two on a phone.
  const int columns = ImGui::GetContentRegionAvail().x >= theme::px(620) ? 4 : 2;
  if (!ImGui::BeginTable("headline", columns, ImGuiTableFlags_SizingStretchSame | ImGuiTableFlags_BordersInnerV))
    return;
  for (const Card& card : all) {
    ImGui::TableNextColumn();
    drawCard(card);
  }
  ImGui::EndTable();
}

void drawCompactHeadline(App& app) {
  const tariff::Results& r = app.results();
  ImGui::PushFont(theme::fonts().strong);
  const std::string line = trf("headline.compact_deficit", {{"before", money(r.deficitBeforeUsd, false, true)},
                                                            {"after", money(r.deficitAfterUsd, false, true)},
                                                            {"pct", signedPct(r.deficitChangePct)}});
  ImGui::TextUnformatted(line.c_str());
  ImGui::PopFont();
  test_hook::recordItem("headline:", "compact");
  ImGui::PushFont(theme::fonts().small);
  textDim(trf("headline.compact_who_pays", {{"buyers", money(r.usBuyerCostUsd, false, true)},
                                            {"exporters", money(r.exporterCostUsd, false, true)},
                                            {"deadweight", money(r.deadweightUsd, false, true)}}));
  ImGui::PopFont();
}

}  // namespace usjp
