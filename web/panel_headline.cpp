// The answer first: the US goods deficit with Japan before and after, and who pays. Each figure
// has a tooltip that says in words how core computes it (docs/methodology.md has the equations).
#include <cmath>

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
  const char* key;  // for the test hook
  const char* label;
  std::string figure;
  std::string detail;
  std::string formula;                         // the tooltip
  const tariff::OutputRange* range = nullptr;  // low-high over the assumptions
  bool percent = false;                        // the range is in percent, not dollars
};

// "$41.2B–$63.0B" and "most sensitive to: pass-through": core's range (methodology §5.1).
std::string rangeText(const tariff::OutputRange& r, bool percent = false) {
  if (percent) return "range " + formatPct(r.low) + "\u2013" + formatPct(r.high);
  return "range " + formatUsd(r.low) + "\u2013" + formatUsd(r.high);
}

std::string driverText(const tariff::OutputRange& r) {
  if (r.driver < 0) return "no assumption moves it";
  return std::string("most sensitive to: ") +
         tariff::assumptionGroupName(static_cast<tariff::AssumptionGroup>(r.driver));
}

const char* kRangeHelp =
    "\n\nThe range: the same scenario with each assumption moved to the low and then the high end of its evidence, "
    "one at a time. The one named moves the result most.";

void drawRange(const tariff::OutputRange& r, bool percent) {
  ImGui::PushFont(theme::fonts().small);
  if (r.driver < 0) {
    textDim("the same under every assumption");
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
  ImGui::TextUnformatted(card.figure.c_str());
  ImGui::PopFont();
  if (card.range) drawRange(*card.range, card.percent);
  ImGui::PushFont(theme::fonts().small);
  textDim(card.detail);
  ImGui::PopFont();
  ImGui::EndGroup();
  test_hook::recordItem("headline:", card.key);
  itemTooltip(card.formula + (card.range ? kRangeHelp : ""));
}

void drawObservedBeside(const App& app);

// "Down $20.6B (-30.1%)": the change said in words, not only by its sign.
std::string changeWords(double usd, double pct) {
  if (std::abs(usd) < 0.05e9) return "About the same";
  return std::string(usd < 0 ? "Down " : "Up ") + formatUsd(std::abs(usd)) + " (" + formatSignedPct(pct) + ")";
}

void drawDeficit(const App& app) {
  const tariff::Results& r = app.results();
  const tariff::JapanView& japan = app.data().japanView;
  ImGui::BeginGroup();
  ImGui::PushFont(theme::fonts().small);
  textDim("US goods trade deficit with Japan, a year");
  ImGui::PopFont();
  // The 2024 figure dim, the scenario's in the deficit's colour (the waterfall's first bar).
  ImGui::PushFont(theme::fonts().figure);
  const std::string before = formatUsd(r.deficitBeforeUsd) + " \u2192";
  ImGui::PushStyleColor(ImGuiCol_Text, theme::colour::kTextDim);
  ImGui::TextUnformatted(before.c_str());
  ImGui::PopStyleColor();
  ImGui::SameLine(0, theme::px(8));
  ImGui::PushStyleColor(ImGuiCol_Text, theme::colour::kDeficitText);
  ImGui::TextUnformatted(formatUsd(r.deficitAfterUsd).c_str());
  ImGui::PopStyleColor();
  ImGui::PopFont();
  ImGui::PushFont(theme::fonts().strong);
  textWrapped(changeWords(r.deficitChangeUsd, r.deficitChangePct) + " from 2024 \u00b7 a model estimate");
  ImGui::PopFont();
  const tariff::OutputRange& range = app.ranges().deficitAfterUsd;
  ImGui::PushFont(theme::fonts().small);
  textColoured(theme::colour::kText,
               range.driver < 0 ? std::string("Deficit after: the same under every assumption")
                                : "Deficit after: " + rangeText(range) + " over the assumptions; " + driverText(range));
  ImGui::PopFont();
  ImGui::EndGroup();
  test_hook::recordItem("headline:", "deficit");
  itemTooltip("Deficit = US imports from Japan \u2212 US exports to Japan.\n\n2024 (US Census): imports " +
              formatUsd(r.importsBeforeUsd) + " \u2212 exports " + formatUsd(r.exportsBeforeUsd) +
              ".\nAfter: imports " + formatUsd(r.importsAfterUsd) + " \u2212 exports " + formatUsd(r.exportsAfterUsd) +
              ".\nTrade lost: " + formatUsd(r.tradeLostUsd) + " of Japan's sales, at 2024 prices." +
              "\n\nBuyers switch to other suppliers when Japan's goods cost more than theirs, and to US-made "
              "goods when all imports do. Exports rise by the part of each offer that counts as new trade." +
              std::string(kRangeHelp));
  drawObservedBeside(app);
  ImGui::PushFont(theme::fonts().small);
  textDim("Japan's own count for 2024: a surplus of " + yenFromBillions(japan.surplusJpyBn.value) +
          " (Ministry of Finance).");
  ImGui::PopFont();
  itemTooltip(japan.note + "\n\n" + provenance(app, japan.surplusJpyBn));
  ImGui::PushFont(theme::fonts().small);
  textDim("Not in the model: exchange rates, retaliation by Japan, goods rerouted through other countries.");
  ImGui::PopFont();
  itemTooltip(
      "A one-year estimate, sector by sector, against 2024. It leaves out exchange-rate moves, Japan's "
      "reply, trade rerouted through third countries and effects on the wider economy. The method, every "
      "equation and its evidence: the methodology page; each figure's source: the sources panel below.");
  test_hook::recordItem("headline:", "caveat");
}

// What happened while this scenario's law held, beside the model's year (core observedBeside).
void drawObservedBeside(const App& app) {
  const tariff::ObservedBeside& o = app.observed();
  if (!o.available) return;
  ImGui::PushFont(theme::fonts().small);
  textColoured(theme::colour::kText, "Observed: " + formatUsd(o.deficitUsdPerYear) + " a year (" + o.label + ")");
  ImGui::PopFont();
  test_hook::recordItem("headline:", "observed");
  itemTooltip("US Census figures: imports " + formatUsd(o.importsUsdPerYear) + " and exports " +
              formatUsd(o.exportsUsdPerYear) +
              " a year, each as its change on the same months of 2024 applied to the "
              "2024 year (months differ by season). Over the same months the model's imports are " +
              formatUsd(o.modelImportsUsdPerYear) + ". The validation page compares them quarter by quarter.");
}

std::string shareOf(double part, double whole) {
  return whole > 0 ? formatPct(100.0 * part / whole, 0) : std::string("-");
}

std::vector<Card> cards(const tariff::Results& r, const tariff::HeadlineRanges& ranges) {
  return {
      {"buyers", "Paid by US buyers", formatUsd(r.usBuyerCostUsd),
       shareOf(r.usBuyerCostUsd, r.tariffBurdenUsd) + " of the duty added: higher prices",
       "The part of the tariff rise that US buyers pay in higher prices (the pass-through), on what they still buy. "
       "Paid by US importers and, through prices, by consumers and firms." +
           std::string(
               r.refundUsd > 0 ? "\nNet of " + formatUsd(r.refundUsd) + " of IEEPA duties refunded to importers." : ""),
       &ranges.usBuyerCostUsd},
      {"exporters", "Absorbed by Japanese exporters", formatUsd(r.exporterCostUsd),
       shareOf(r.exporterCostUsd, r.tariffBurdenUsd) + " of the duty added: price cuts",
       "The part of the tariff rise Japanese exporters absorb by cutting their prices, on what they still sell. "
       "Sales lost are counted as trade lost, not as a cost here.",
       &ranges.exporterCostUsd},
      {"deadweight", "Lost to both sides", formatUsd(r.deadweightUsd), "trade that no longer happens",
       "The deadweight loss: what buyers and sellers valued in the trade the tariffs stopped, beyond its price. "
       "Nobody collects it. Half the price wedge times the volume lost, sector by sector.",
       &ranges.deadweightUsd},
      {"rate", "Effective tariff rate", formatPct(r.effectiveTariffRatePct),
       "2024: " + formatPct(r.effectiveTariffRateBeforePct) + "; Treasury " + formatUsd(r.tariffRevenueUsd) + " a year",
       "Each sector's total tariff (MFN plus the layers), weighted by its 2024 imports from Japan. Its range takes "
       "each product list's coverage to the ends of its evidence. The Treasury's duties: every tariff on what is "
       "still imported, net of refunds when counted.",
       &ranges.effectiveRatePct, true},
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
  if (ImGui::Checkbox("Count the court-ordered refunds of IEEPA duties", &app.scenario.countRefunds)) app.edited();
  ImGui::PopFont();
  test_hook::recordItem("", "refunds");
  itemTooltip(
      "After the Supreme Court ruling the Court of International Trade ordered the IEEPA duties paid back to "
      "the importers who paid them (4 March 2026); $128.7 billion of claims were accepted by 31 July 2026. "
      "Counted, they come off the Treasury's revenue and off what US buyers paid; Japanese exporters' price "
      "cuts are not refunded.");
}

void drawHeadline(App& app) {
  drawDeficit(app);
  ImGui::Dummy(ImVec2(0, theme::px(4)));
  ImGui::PushFont(theme::fonts().small);
  const tariff::Results& r = app.results();
  textColoured(theme::colour::kText, "Duty added on Japan's goods: " + formatUsd(r.tariffBurdenUsd) +
                                         " a year = US buyers " + formatUsd(r.usBuyerCostUsd) +
                                         " + Japanese exporters " + formatUsd(r.exporterCostUsd));
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
  const std::string line = "Deficit " + formatUsd(r.deficitBeforeUsd) + " \u2192 " + formatUsd(r.deficitAfterUsd) +
                           " (" + formatSignedPct(r.deficitChangePct) + ")";
  ImGui::TextUnformatted(line.c_str());
  ImGui::PopFont();
  test_hook::recordItem("headline:", "compact");
  ImGui::PushFont(theme::fonts().small);
  textDim("US buyers pay " + formatUsd(r.usBuyerCostUsd) + " \u2022 Japanese exporters " +
          formatUsd(r.exporterCostUsd) + " \u2022 lost to both " + formatUsd(r.deadweightUsd));
  ImGui::PopFont();
}

}  // namespace usjp
