// Two charts drawn with ImDrawList (ImPlot is not available here): the deficit's waterfall and the
// cost to exporters by sector. Bars are geometry; every label is a figure from core, formatted by
// core/format.h. Colours are Okabe-Ito and always come with a text label or a hatch pattern.
#include <algorithm>
#include <cmath>
#include <numeric>

#include "format.h"
#include "imgui_internal.h"  // RenderTextEllipsis
#include "panels.h"
#include "report.h"
#include "test_hook.h"
#include "theme.h"
#include "widgets.h"
#include "words.h"

namespace usjp {
namespace {

using namespace theme::colour;

enum class StepKind { Total, Layer, Others, Offer };

// Low and high ends of a result over the assumptions, drawn as an error bar on its bar.
struct Whisker {
  bool shown = false;
  double low = 0, high = 0;
};

struct Step {
  std::string label, value, tooltip;
  StepKind kind = StepKind::Total;
  double from = 0, to = 0;  // bar ends in dollars: positions on the axis, not figures shown
  Whisker whisker;
};

ImU32 stepColour(StepKind kind) {
  return kind == StepKind::Total    ? theme::colour::kDeficit
         : kind == StepKind::Layer  ? theme::colour::kLayer
         : kind == StepKind::Others ? theme::colour::kOthers
                                    : theme::colour::kOffer;
}

std::vector<Step> waterfallSteps(const App& app) {
  const tariff::TradeData& data = app.data();
  const tariff::Results& r = app.results();
  std::vector<Step> steps;
  steps.push_back({tr("waterfall.before"), money(r.deficitBeforeUsd, false, true), tr("waterfall.before_tooltip"),
                   StepKind::Total, 0, r.deficitBeforeUsd, Whisker{}});
  double running = r.deficitBeforeUsd;
  if (std::fabs(r.othersDeficitChangeUsd) >= 5e6) {  // shown from $5M: below that it would print as $0M
    steps.push_back({tr("waterfall.others"), money(r.othersDeficitChangeUsd, true, true),
                     tr("waterfall.others_tooltip"), StepKind::Others, running, running + r.othersDeficitChangeUsd,
                     Whisker{}});
    running += r.othersDeficitChangeUsd;
  }
  for (size_t l = 0; l < data.layers.size(); ++l) {
    const tariff::LayerEffect& e = r.layers[l];
    if (!e.applied) continue;
    // The short name keeps the label on one line; the whole name opens the tooltip.
    const tariff::TariffLayer& layer = data.layers[l];
    steps.push_back({nameOf("layer_short", layer.id, layer.shortName), money(e.deficitChangeUsd, true, true),
                     trf("waterfall.layer_tooltip", {{"name", nameOf("layer", layer.id, layer.name)},
                                                     {"fall", money(-e.deficitChangeUsd)},
                                                     {"duty", money(e.tariffBurdenUsd)}}),
                     StepKind::Layer, running, running + e.deficitChangeUsd, Whisker{}});
    running += e.deficitChangeUsd;
  }
  for (size_t o = 0; o < data.offers.size(); ++o) {
    if (!app.evaluated().offers[o].on) continue;
    const tariff::OfferEffect& e = r.offers[o];
    steps.push_back({nameOf("offer", data.offers[o].id, data.offers[o].name), money(e.deficitChangeUsd, true, true),
                     trf("waterfall.offer_tooltip",
                         {{"pledged", money(e.pledgedUsdPerYear)}, {"counted", money(e.countedUsdPerYear)}}),
                     StepKind::Offer, running, running + e.deficitChangeUsd, Whisker{}});
    running += e.deficitChangeUsd;
  }
  const tariff::OutputRange& range = app.ranges().deficitAfterUsd;
  const bool ranged = range.high > range.low;
  steps.push_back(
      {tr("waterfall.after"), money(r.deficitAfterUsd, false, true),
       trf("waterfall.after_tooltip",
           {{"change", money(r.deficitChangeUsd, true)}, {"pct", signedPct(r.deficitChangePct)}}) +
           (ranged ? "\n" + trf("waterfall.whisker_tooltip", {{"low", money(range.low)}, {"high", money(range.high)}})
                   : std::string()),
       StepKind::Total, 0, r.deficitAfterUsd, Whisker{ranged, range.low, range.high}});
  return steps;
}

// The compact graphic's waterfall (core compactWaterfall: all tariff layers as one bar, all
// offers as one), with the same tooltips and the whisker on the deficit after.
std::vector<Step> compactSteps(const App& app) {
  static const StepKind kKinds[] = {StepKind::Total, StepKind::Others, StepKind::Layer, StepKind::Offer};
  const std::vector<tariff::WaterfallBar> bars =
      tariff::compactWaterfall(app.data(), app.evaluated(), app.results(), language());
  std::vector<Step> steps;
  for (size_t i = 0; i < bars.size(); ++i) {
    const tariff::WaterfallBar& b = bars[i];
    const double change = b.toUsd - b.fromUsd;
    Step step{b.label,   b.kind == tariff::BarKind::Deficit ? money(b.toUsd, false, true) : money(change, true, true),
              "",        kKinds[static_cast<int>(b.kind)],
              b.fromUsd, b.toUsd,
              Whisker{}};
    switch (b.kind) {
      case tariff::BarKind::Deficit:
        step.tooltip = tr(i == 0 ? "waterfall.before_tooltip" : "waterfall.compact_after_tooltip");
        break;
      case tariff::BarKind::Others:
        step.tooltip = tr("waterfall.compact_others_tooltip");
        break;
      case tariff::BarKind::Tariffs:
        step.tooltip = trf("waterfall.compact_tariffs_tooltip", {{"fall", money(-change)}});
        break;
      case tariff::BarKind::Offers:
        step.tooltip = tr("waterfall.compact_offers_tooltip");
        break;
    }
    steps.push_back(step);
  }
  const tariff::OutputRange& range = app.ranges().deficitAfterUsd;
  if (range.high > range.low) steps.back().whisker = Whisker{true, range.low, range.high};
  return steps;
}

// Where labels go: beside the bars on a wide screen, above them on a phone.
struct ChartLayout {
  bool labelsAbove = false;
  float labelWidth = 0, barLeft = 0, barRight = 0, rowHeight = 0, barHeight = 0;
  double lo = 0, hi = 1;
  float x(double v) const { return barLeft + static_cast<float>((v - lo) / (hi - lo)) * (barRight - barLeft); }
};

ChartLayout chartLayout(double lo, double hi, float widestValuePx, bool tight = false) {
  ChartLayout c;
  const float width = ImGui::GetContentRegionAvail().x;
  const float left = ImGui::GetCursorScreenPos().x;
  c.labelsAbove = width < theme::px(560);
  c.labelWidth = c.labelsAbove ? 0 : std::min(width * 0.38f, theme::px(280));
  c.barLeft = left + c.labelWidth + (c.labelsAbove ? 0 : theme::px(8));
  // Room on the right for the value labels.
  c.barRight = left + width - widestValuePx - theme::px(8);
  c.barHeight = ImGui::GetTextLineHeight() + theme::px(tight ? 0 : 4);
  c.rowHeight =
      c.barHeight + theme::px(tight ? 4 : 6) + (c.labelsAbove ? ImGui::GetTextLineHeight() + theme::px(2) : 0);
  c.lo = std::min(0.0, lo);
  c.hi = std::max(hi, c.lo + 1);
  return c;
}

// An error bar across the bar's end: a line from low to high with end caps, in black over a white
// halo so it reads on the bar and beside it.
void whiskerAt(ImDrawList* draw, const ChartLayout& c, const Whisker& w, float barTop, float barHeight) {
  const float x0 = c.x(w.low), x1 = c.x(w.high), mid = barTop + barHeight * 0.5f, cap = barHeight * 0.35f;
  for (const auto& [colour, thickness] :
       {std::pair{withAlpha(kPaper, 220), theme::px(4.5f)}, std::pair{kInk, theme::px(1.8f)}}) {
    draw->AddLine(ImVec2(x0, mid), ImVec2(x1, mid), colour, thickness);
    draw->AddLine(ImVec2(x0, mid - cap), ImVec2(x0, mid + cap), colour, thickness);
    draw->AddLine(ImVec2(x1, mid - cap), ImVec2(x1, mid + cap), colour, thickness);
  }
}

// One row: the label (ellipsised beside the bar, full above it), the bar, the value after it (and
// after the whisker, when there is one).
void chartRow(const ChartLayout& c, const std::string& label, const std::string& value, double from, double to,
              ImU32 colour, bool hatched, const std::string& tooltip, const std::string& hookId,
              const Whisker& whisker = {}) {
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 top = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetContentRegionAvail().x;
  float barTop = top.y;
  if (c.labelsAbove) {
    draw->AddText(top, kText, label.c_str());
    barTop += ImGui::GetTextLineHeight() + theme::px(2);
  } else {
    const ImVec2 textPos(top.x, top.y + (c.barHeight - ImGui::GetTextLineHeight()) * 0.5f);
    ImGui::RenderTextEllipsis(draw, textPos, ImVec2(top.x + c.labelWidth, textPos.y + c.barHeight),
                              top.x + c.labelWidth, top.x + c.labelWidth, label.c_str(), nullptr, nullptr);
  }
  const float x0 = c.x(std::min(from, to)), x1 = std::max(c.x(std::max(from, to)), x0 + theme::px(1));
  const ImVec2 barMin(x0, barTop), barMax(x1, barTop + c.barHeight);
  draw->AddRectFilled(barMin, barMax, colour, theme::px(2));
  if (hatched) hatch(draw, barMin, barMax, IM_COL32(255, 255, 255, 150));
  float valueX = x1 + theme::px(6);
  if (whisker.shown) {
    whiskerAt(draw, c, whisker, barTop, c.barHeight);
    valueX = std::max(valueX, c.x(whisker.high) + theme::px(6));
  }
  draw->AddText(ImVec2(valueX, barTop + (c.barHeight - ImGui::GetTextLineHeight()) * 0.5f), kText, value.c_str());
  ImGui::Dummy(ImVec2(width, c.rowHeight));
  if (!hookId.empty()) test_hook::recordItem("chart:", hookId);
  itemTooltip(trf("chart.row_tooltip", {{"label", label}, {"value", value}, {"tooltip", tooltip}}));
}

}  // namespace

namespace {

// `tight`: the compact graphic's rows, closer together and without the legend (its labels name
// the colours: "2024 deficit", "US tariffs", "Japan's offers").
void drawSteps(const std::vector<Step>& steps, bool tight) {
  double lo = 0, hi = 0;
  float widest = 0;
  for (const Step& s : steps) {
    lo = std::min({lo, s.from, s.to, s.whisker.shown ? s.whisker.low : 0.0});
    hi = std::max({hi, s.from, s.to, s.whisker.shown ? s.whisker.high : 0.0});
    widest = std::max(widest, ImGui::CalcTextSize(s.value.c_str()).x);
  }
  bool layers = false, offers = false, others = false;
  for (const Step& s : steps)
    layers |= s.kind == StepKind::Layer, offers |= s.kind == StepKind::Offer, others |= s.kind == StepKind::Others;
  if (!tight) {
    legendItem(theme::colour::kDeficit, false, tr("waterfall.legend_deficit"));
    if (others) legendItem(theme::colour::kOthers, false, tr("waterfall.legend_others"));
    if (layers) legendItem(theme::colour::kLayer, false, tr("waterfall.legend_layers"));
    if (offers) legendItem(theme::colour::kOffer, true, tr("waterfall.legend_offers"));
    ImGui::NewLine();
  }
  const ChartLayout c = chartLayout(lo, hi, widest, tight);
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  for (size_t i = 0; i < steps.size(); ++i) {
    const Step& s = steps[i];
    chartRow(c, s.label, s.value, s.from, s.to, stepColour(s.kind), s.kind == StepKind::Offer, s.tooltip,
             i == 0 ? "waterfall-first" : (i + 1 == steps.size() ? "waterfall-last" : ""), s.whisker);
  }
  // The zero line, so that bars read as lengths from zero.
  const float zero = c.x(0);
  ImGui::GetWindowDrawList()->AddLine(ImVec2(zero, origin.y - theme::px(2)),
                                      ImVec2(zero, ImGui::GetCursorScreenPos().y), kGrid, theme::px(1));
}

}  // namespace

void drawWaterfall(App& app) {
  sectionTitle(tr("waterfall.title"));
  drawSteps(waterfallSteps(app), false);
  textDim(tr("waterfall.note"));
  const tariff::OutputRange& range = app.ranges().deficitAfterUsd;
  if (range.high > range.low)
    textDim(trf("waterfall.whisker_note",
                {{"low", money(range.low)},
                 {"high", money(range.high)},
                 {"driver", tariff::assumptionGroupName(static_cast<tariff::AssumptionGroup>(std::max(range.driver, 0)),
                                                        language())}}));
}

void drawCompactWaterfall(App& app) { drawSteps(compactSteps(app), true); }

void drawExporterCostChart(App& app) {
  sectionTitle(tr("sector_chart.title"));
  const tariff::TradeData& data = app.data();
  const tariff::Results& r = app.results();
  std::vector<size_t> order(data.sectors.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return r.sectors[a].tariffBurdenUsd > r.sectors[b].tariffBurdenUsd; });
  double hi = 1;
  float widest = 0;
  for (const tariff::SectorResult& s : r.sectors) {
    hi = std::max(hi, s.tariffBurdenUsd);
    widest = std::max(widest, ImGui::CalcTextSize(money(s.tariffBurdenUsd, false, true).c_str()).x);
  }
  legendItem(theme::colour::kExporters, true, tr("sector_chart.legend_exporters"));
  legendItem(theme::colour::kBuyers, false, tr("sector_chart.legend_buyers"));
  ImGui::NewLine();
  const ChartLayout c = chartLayout(0, hi, widest);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  for (size_t i : order) {
    const tariff::SectorResult& s = r.sectors[i];
    if (s.tariffBurdenUsd <= 0) continue;
    const ImVec2 top = ImGui::GetCursorScreenPos();
    // One bar, the duty added: exporters' part (hatched) first, then buyers' part.
    const float barTop = top.y + (c.labelsAbove ? ImGui::GetTextLineHeight() + theme::px(2) : 0);
    const float xCut = c.x(s.exporterPriceCostUsd);
    chartRow(c, nameOf("sector", data.sectors[i].id, data.sectors[i].name), money(s.tariffBurdenUsd, false, true), 0,
             s.tariffBurdenUsd, theme::colour::kBuyers, false,
             trf("sector_chart.row_tooltip", {{"exporters", money(s.exporterPriceCostUsd)},
                                              {"buyers", money(s.buyerCostUsd)},
                                              {"lost", money(s.tradeLostUsd)}}),
             "exporters:" + data.sectors[i].id);
    if (s.exporterPriceCostUsd > 0) {
      const ImVec2 a(c.x(0), barTop), b(xCut, barTop + c.barHeight);
      draw->AddRectFilled(a, b, theme::colour::kExporters, theme::px(2));
      hatch(draw, a, b, theme::colour::kInk);
    }
  }
  textDim(tr("sector_chart.note"));
}

}  // namespace usjp
