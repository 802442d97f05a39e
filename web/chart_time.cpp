// The law over time (methodology §2 and §6): Japan's effective tariff rate as a step line with the
// events marked, the tariff cost per month to Japanese exporters and US buyers, and US imports by
// month beside the Census figures. Every figure comes from core's Timeline and model path (rebuilt
// only when the assumptions change) or Results; the charts only place them in a TimeChart frame.
#include <algorithm>
#include <cmath>

#include "chart_frame.h"
#include "format.h"
#include "panels.h"
#include "theme.h"
#include "widgets.h"
#include "words.h"

namespace usjp {
namespace {

using namespace theme::colour;
using tariff::Day;

std::string pctLabel(double v) { return tariff::formatPct(v, 0); }
std::string usdLabel(double v) { return money(v, false, true); }

// "Sep 2025" / "2025年9月".
std::string monthText(int year, int month) {
  return trf(
      "chart.month_year",
      {{"abbr", tariff::monthAbbreviation(month)}, {"year", std::to_string(year)}, {"m", std::to_string(month)}});
}

// An event's label in the reader's language (data/i18n names it by the event's date).
const std::string& eventName(const App& app, int e) {
  const tariff::TimelineEvent& event = app.data().events[e];
  return nameOf("event", tariff::formatDate(event.date), event.label);
}

// Event names above the plot where they fit without overlapping (up to three rows); every event
// keeps its tick and its tooltip.
struct EventLabel {
  int event = -1, row = 0;
  float x0 = 0, x1 = 0;
};

std::vector<EventLabel> placeEventLabels(const App& app, const DayAxis& a, int maxRows) {
  std::vector<EventLabel> placed;
  const auto& events = app.data().events;
  ImGui::PushFont(theme::fonts().small);
  for (size_t e = 0; e < events.size(); ++e) {
    if (events[e].date < a.first || events[e].date > a.last) continue;
    const float x = a.x(events[e].date), w = ImGui::CalcTextSize(eventName(app, static_cast<int>(e)).c_str()).x;
    // Just right of its tick (the leader line runs along its left edge), or left of it near the right edge.
    const float x0 = x + theme::px(3) + w <= a.right ? x + theme::px(3) : x - theme::px(3) - w, x1 = x0 + w;
    if (x0 < a.left - theme::px(30)) continue;
    for (int row = 0; row < maxRows; ++row) {
      const bool clear = std::none_of(placed.begin(), placed.end(), [&](const EventLabel& p) {
        return p.row == row && x0 < p.x1 + theme::px(8) && p.x0 < x1 + theme::px(8);
      });
      if (clear) {
        placed.push_back({static_cast<int>(e), row, x0, x1});
        break;
      }
    }
  }
  ImGui::PopFont();
  return placed;
}

// "13 US measures in force": the layers themselves are listed under the date control once the
// reader chooses the date (a tooltip has three lines at most).
std::string inForceText(const App& app, Day day) {
  int count = 0;
  for (const tariff::TariffLayer& layer : app.data().layers) count += tariff::layerInForce(layer, day) ? 1 : 0;
  if (count == 0) return tr("timeline.in_force_none");
  return trf(count == 1 ? "timeline.in_force_one" : "timeline.in_force_many", {{"count", std::to_string(count)}});
}

std::string stepTooltip(const App& app, const tariff::TimelineStep& s) {
  const std::string span =
      s.from == s.to ? dayText(s.from) : trf("timeline.span", {{"from", dayText(s.from)}, {"to", dayText(s.to)}});
  std::string text = trf("timeline.step_rate", {{"span", span}, {"rate", tariff::formatPct(s.effectiveRatePct)}});
  if (s.event >= 0)
    text += "\n" + trf("timeline.step_event", {{"date", dayText(s.from)}, {"event", eventName(app, s.event)}});
  return text + "\n" + inForceText(app, s.from);
}

std::string eventTooltip(const App& app, int e) {
  const tariff::TimelineEvent& event = app.data().events[e];
  std::string text = trf("timeline.event", {{"date", dayText(event.date)}, {"event", eventName(app, e)}});
  if (const tariff::TimelineStep* step = stepOn(app.timeline(), event.date))
    text += "\n" + trf("timeline.event_rate", {{"rate", tariff::formatPct(step->effectiveRatePct)}});
  return text + "\n" + inForceText(app, event.date);
}

// Events: a light rule through the plot, a tick above it, the name where it fits; leader lines
// first, then each name on a white ground, so that a line behind a lower name does not cross it.
void drawEvents(const App& app, const TimeChart& c, const std::vector<EventLabel>& labels) {
  ImDrawList* draw = c.draw();
  const DayAxis& a = c.axis();
  for (const tariff::TimelineEvent& e : app.data().events) {
    if (e.date < a.first || e.date > a.last) continue;
    const float x = a.x(e.date);
    draw->AddLine(ImVec2(x, c.top()), ImVec2(x, c.bottom()), withAlpha(kInk, 28), theme::px(1));
    draw->AddTriangleFilled(ImVec2(x - theme::px(4), c.top() - theme::px(6)),
                            ImVec2(x + theme::px(4), c.top() - theme::px(6)), ImVec2(x, c.top()), kText);
  }
  auto labelTop = [&](const EventLabel& l) { return c.top() - theme::px(8) - (l.row + 1) * c.rowHeight(); };
  for (const EventLabel& l : labels) {
    const float x = a.x(app.data().events[l.event].date);
    draw->AddLine(ImVec2(x, labelTop(l)), ImVec2(x, c.top() - theme::px(6)), withAlpha(kInk, 100), theme::px(1));
  }
  ImGui::PushFont(theme::fonts().small);
  for (const EventLabel& l : labels) {
    const float top = labelTop(l);
    draw->AddRectFilled(ImVec2(l.x0 - theme::px(1), top),
                        ImVec2(l.x1 + theme::px(1), top + c.rowHeight() - theme::px(2)), kPaper);
    draw->AddText(ImVec2(l.x0, top), kText, eventName(app, l.event).c_str());
  }
  ImGui::PopFont();
}

// The step line, with a light fill under it.
void drawSteps(const tariff::Timeline& t, const TimeChart& c) {
  ImDrawList* draw = c.draw();
  const DayAxis& a = c.axis();
  for (const tariff::TimelineStep& s : t.steps)
    draw->AddRectFilled(ImVec2(a.x(s.from), c.y(s.effectiveRatePct)), ImVec2(a.x(s.to + 1), c.bottom()),
                        IM_COL32(0, 114, 178, 40));
  for (size_t i = 0; i < t.steps.size(); ++i) {
    const tariff::TimelineStep& s = t.steps[i];
    const float yy = c.y(s.effectiveRatePct);
    draw->AddLine(ImVec2(a.x(s.from), yy), ImVec2(a.x(s.to + 1), yy), kBlue, theme::px(2.5f));
    if (i + 1 < t.steps.size())
      draw->AddLine(ImVec2(a.x(s.to + 1), yy), ImVec2(a.x(s.to + 1), c.y(t.steps[i + 1].effectiveRatePct)), kBlue,
                    theme::px(2.5f));
  }
}

// The chosen date: the law's rate on it (a dot on the line) and, when the reader's own layers
// differ from the law, their rate (a diamond), each with its figure.
void drawChosenRate(const App& app, const TimeChart& c, Day date) {
  const tariff::TimelineStep* s = date >= c.axis().first ? stepOn(app.timeline(), date) : nullptr;
  if (!s) return;
  ImDrawList* draw = c.draw();
  const float right = c.axis().right;
  ImGui::PushFont(theme::fonts().strong);
  const float x = c.axis().x(date + 0.5), yy = c.y(s->effectiveRatePct);
  draw->AddCircleFilled(ImVec2(x, yy), theme::px(5), kVermillion);
  draw->AddCircle(ImVec2(x, yy), theme::px(5), kPaper, 0, theme::px(1.5f));
  const bool yours = !app.layersAreTheLaw();
  const std::string rate = tariff::formatPct(s->effectiveRatePct);
  const std::string text = yours ? trf("timeline.law_rate", {{"rate", rate}}) : rate;
  const ImVec2 size = ImGui::CalcTextSize(text.c_str());
  const float tx = x + theme::px(8) + size.x <= right ? x + theme::px(8) : x - theme::px(8) - size.x;
  draw->AddText(ImVec2(tx, std::max(c.top(), yy - size.y - theme::px(2))), kText, text.c_str());
  if (yours) {
    const float yr = c.y(app.results().effectiveTariffRatePct), r = theme::px(6);
    draw->AddQuad(ImVec2(x, yr - r), ImVec2(x + r, yr), ImVec2(x, yr + r), ImVec2(x - r, yr), kInk, theme::px(2));
    const std::string mine =
        trf("timeline.your_rate", {{"rate", tariff::formatPct(app.results().effectiveTariffRatePct)}});
    const ImVec2 ms = ImGui::CalcTextSize(mine.c_str());
    const float mx = x + theme::px(10) + ms.x <= right ? x + theme::px(10) : x - theme::px(10) - ms.x;
    draw->AddText(ImVec2(mx, std::min(c.bottom() - ms.y, yr + theme::px(2))), kText, mine.c_str());
  }
  ImGui::PopFont();
}

void drawRateChart(App& app) {
  const tariff::Timeline& t = app.timeline();
  if (t.steps.empty()) return;
  TimeChart c(app);
  const std::vector<EventLabel> labels = placeEventLabels(app, c.axis(), c.phone() ? 2 : 3);
  int rows = 0;
  for (const EventLabel& l : labels) rows = std::max(rows, l.row + 1);
  c.reserve("timeline-rate", 180, 150, rows);
  c.chooseDate(app);

  double top = 0;
  for (const tariff::TimelineStep& s : t.steps) top = std::max(top, s.effectiveRatePct);
  if (!app.layersAreTheLaw()) top = std::max(top, app.results().effectiveTariffRatePct);
  const double step = gridStep(top);
  c.setScale(0, std::max(step, std::ceil(top / step) * step), step, pctLabel);
  c.drawGrid();
  drawEvents(app, c, labels);
  drawSteps(t, c);
  c.drawMonthAxis();
  const Day date = app.evaluated().date;
  c.drawDateLine(date);
  drawChosenRate(app, c, date);

  // What is under the pointer: an event near its tick, otherwise the step; a keyboard focus shows
  // the chosen date's step.
  const DayAxis& a = c.axis();
  float mx = 0;
  const bool hovered = c.hovered(&mx);
  const bool focused = ImGui::IsItemFocused() && ImGui::GetIO().NavVisible;
  if (!hovered && !focused) return;
  if (!hovered) mx = a.x(std::clamp(date, a.first, a.last) + 0.5);
  const int e = hovered ? eventNear(app, a, mx) : -1;
  const Day day = a.dayAt(mx);
  if (hovered) c.draw()->AddLine(ImVec2(mx, c.top()), ImVec2(mx, c.bottom()), withAlpha(kInk, 110), theme::px(1));
  if (e >= 0)
    showTooltip(trf("timeline.event_click", {{"text", eventTooltip(app, e)}}), false);
  else if (const tariff::TimelineStep* s = stepOn(t, day))
    showTooltip(trf(hovered ? "timeline.step_click" : "timeline.step_focused", {{"text", stepTooltip(app, *s)}}),
                false);
}

// Two bars a month: Japanese exporters (hatched) then US buyers (solid).
void drawMonthlyCostChart(App& app) {
  const tariff::Timeline& t = app.timeline();
  if (t.months.empty()) return;
  TimeChart c(app);
  c.reserve("timeline-costs", 150, 130);
  c.chooseDate(app);
  double top = 0;
  for (const tariff::TimelineMonth& m : t.months) top = std::max({top, m.exporterCostUsd, m.usBuyerCostUsd});
  const double step = moneyGridStep(top);
  c.setScale(0, std::max(step, std::ceil(top / step) * step), step, usdLabel);
  c.drawGrid();

  const DayAxis& a = c.axis();
  float mx = 0;
  const bool hovered = c.hovered(&mx);
  const tariff::TimelineMonth* hoveredMonth = nullptr;
  for (const tariff::TimelineMonth& m : t.months) {
    const float x0 = a.x(std::max(tariff::firstOfMonth(m.year, m.month), a.first));
    const float x1 = a.x(std::min(tariff::firstOfNextMonth(m.year, m.month), a.last + 1));
    const float gap = std::min(theme::px(2), (x1 - x0) * 0.15f), mid = (x0 + x1) * 0.5f;
    const ImVec2 exMin(x0 + gap, c.y(m.exporterCostUsd)), exMax(mid, c.bottom());
    c.draw()->AddRectFilled(exMin, exMax, kExporters);
    hatch(c.draw(), exMin, exMax, IM_COL32(255, 255, 255, 170));
    c.draw()->AddRectFilled(ImVec2(mid, c.y(m.usBuyerCostUsd)), ImVec2(x1 - gap, c.bottom()), kBuyers);
    if (hovered && mx >= x0 && mx < x1) hoveredMonth = &m;
  }
  c.drawMonthAxis();
  c.drawDateLine(app.evaluated().date);
  if (!hoveredMonth) return;
  const tariff::TimelineMonth& m = *hoveredMonth;
  const Day end = tariff::firstOfNextMonth(m.year, m.month) - 1;
  const std::string month = monthText(m.year, m.month);
  showTooltip((end > t.last ? trf("timeline.month_until", {{"month", month}, {"date", dayText(t.last)}}) : month) +
                  "\n" +
                  trf("timeline.month_costs", {{"exporters", money(m.exporterCostUsd, false, true)},
                                               {"buyers", money(m.usBuyerCostUsd, false, true)}}) +
                  "\n" + trf("timeline.month_click", {{"date", dayText(a.dayAt(mx))}}),
              false);
}

// US imports from Japan by month: the Census figures (black rings) and the model under the law of
// each month (sky blue), on the same day axis as the charts above (methodology §6).
void drawObservedChart(App& app) {
  const std::vector<tariff::MonthFit>& path = app.path();
  double low = 1e300, high = 0;
  for (const tariff::MonthFit& f : path) {
    if (f.baseUsd <= 0) continue;
    low = std::min({low, f.modelUsd, f.hasObserved ? f.observedUsd : f.modelUsd});
    high = std::max({high, f.modelUsd, f.hasObserved ? f.observedUsd : f.modelUsd});
  }
  if (high <= 0) return;
  TimeChart c(app);
  c.reserve("observed-chart", 150, 130);
  // A value axis from a round number below the lowest month: the months differ by a few percent.
  const double step = moneyGridStep((high - low) * 1.2);
  c.setScale(std::floor(low / step) * step - step, std::ceil(high / step) * step, step, usdLabel);
  c.drawGrid();

  const DayAxis& a = c.axis();
  float mx = 0;
  const bool hovered = c.hovered(&mx);
  ImVec2 lastModel(0, 0), lastObserved(0, 0);
  const tariff::MonthFit* hoveredMonth = nullptr;
  for (const tariff::MonthFit& f : path) {
    if (f.baseUsd <= 0) continue;
    const float x0 = a.x(tariff::firstOfMonth(f.year, f.month)), x1 = a.x(tariff::firstOfNextMonth(f.year, f.month));
    const ImVec2 model((x0 + x1) * 0.5f, c.y(f.modelUsd));
    if (lastModel.x > 0) c.draw()->AddLine(lastModel, model, kModel, theme::px(2.5f));
    c.draw()->AddCircleFilled(model, theme::px(2.5f), kModel);
    lastModel = model;
    if (f.hasObserved) {
      const ImVec2 observed(model.x, c.y(f.observedUsd));
      if (lastObserved.x > 0) c.draw()->AddLine(lastObserved, observed, kObserved, theme::px(1.5f));
      c.draw()->AddCircle(observed, theme::px(3.5f), kObserved, 0, theme::px(1.5f));
      lastObserved = observed;
    }
    if (hovered && mx >= x0 && mx < x1) hoveredMonth = &f;
  }
  c.drawMonthAxis();
  if (!hoveredMonth) return;
  const tariff::MonthFit& f = *hoveredMonth;
  showTooltip(
      trf("timeline.observed_tooltip_month",
          {{"month", monthText(f.year, f.month)}, {"rate", tariff::formatPct(f.effectiveRatePct)}}) +
          "\n" +
          trf("timeline.observed_tooltip_model", {{"value", money(f.modelUsd, false, true)},
                                                  {"change", signedPct(100 * (f.modelRatio - 1))},
                                                  {"base", monthText(2024, f.month)}}) +
          "\n" +
          (f.hasObserved ? trf("timeline.observed_tooltip_census", {{"value", money(f.observedUsd, false, true)}})
                         : std::string(tr("timeline.observed_tooltip_unpublished"))),
      false);
}

}  // namespace

void drawTimeline(App& app) {
  sectionTitle(tr("timeline.title"));
  ImGui::PushFont(theme::fonts().strong);
  textWrapped(tr("timeline.rate_title"));
  ImGui::PopFont();
  textDim(tr("timeline.rate_note"));
  drawRateChart(app);
  if (!app.layersAreTheLaw()) {
    ImGui::PushFont(theme::fonts().small);
    textDim(tr("timeline.diamond_note"));
    ImGui::PopFont();
  }
  ImGui::Dummy(ImVec2(0, theme::px(4)));
  ImGui::PushFont(theme::fonts().strong);
  textWrapped(tr("timeline.costs_title"));
  ImGui::PopFont();
  legendItem(theme::colour::kExporters, true, tr("timeline.legend_exporters"));
  legendItem(theme::colour::kBuyers, false, tr("timeline.legend_buyers"));
  ImGui::NewLine();
  drawMonthlyCostChart(app);
  textDim(tr("timeline.costs_note"));

  ImGui::Dummy(ImVec2(0, theme::px(4)));
  ImGui::PushFont(theme::fonts().strong);
  textWrapped(tr("timeline.observed_title"));
  ImGui::PopFont();
  legendItem(theme::colour::kObserved, false, tr("timeline.observed_legend_census"));
  legendItem(theme::colour::kModel, false, tr("timeline.observed_legend_model"));
  ImGui::NewLine();
  drawObservedChart(app);
  const tariff::FitSummary fit = tariff::fitSummary(app.path());
  if (fit.available)
    textDim(trf("timeline.observed_fit_note", {{"gap", tariff::formatPct(fit.maxGapPctSinceQ4_2025)},
                                               {"model", signedPct(fit.modelChange2025Pct)},
                                               {"observed", signedPct(fit.observedChange2025Pct)}}));
}

}  // namespace usjp
