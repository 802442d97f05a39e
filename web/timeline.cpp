// The law over time (methodology §2, "Dates"): the date control that chooses which layers are in
// force, Japan's effective tariff rate as a step line with the events marked, and the tariff cost
// per month to Japanese exporters and US buyers. Every figure comes from core's Timeline
// (App::timeline(), rebuilt only when the assumptions change) or Results; the charts only place it.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "format.h"
#include "panels.h"
#include "test_hook.h"
#include "theme.h"
#include "widgets.h"

namespace usjp {
namespace {

using namespace theme::colour;
using tariff::Day;

const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

std::string monthName(int year, int month) { return std::string(kMonths[month - 1]) + " " + std::to_string(year); }

Day monthStart(int year, int month) { return tariff::dayFromCivil(year, month, 1); }
Day nextMonthStart(int year, int month) {
  return month == 12 ? tariff::dayFromCivil(year + 1, 1, 1) : tariff::dayFromCivil(year, month + 1, 1);
}

const tariff::TimelineStep* stepOn(const tariff::Timeline& t, Day day) {
  for (const tariff::TimelineStep& s : t.steps)
    if (day >= s.from && day <= s.to) return &s;
  return nullptr;
}

// --- The date control ---------------------------------------------------------------------------

void drawEventPicker(App& app) {
  const tariff::TradeData& data = app.data();
  std::string preview = "Jump to an event\u2026";
  for (const tariff::TimelineEvent& e : data.events)
    if (e.date == app.scenario.date) preview = e.label;
  ImGui::SetNextItemWidth(-FLT_MIN);
  if (ImGui::BeginCombo("##events", preview.c_str(), ImGuiComboFlags_HeightLargest)) {
    for (const tariff::TimelineEvent& e : data.events) {
      // A measure signed but starting after the records' date is listed, not chosen: the control ends there.
      const bool scheduled = e.date > app.lastDay();
      const std::string label = tariff::formatDate(e.date) + "  " + e.label + (scheduled ? " (scheduled)" : "");
      if (ImGui::Selectable(label.c_str(), e.date == app.scenario.date,
                            scheduled ? ImGuiSelectableFlags_Disabled : ImGuiSelectableFlags_None))
        app.setDate(e.date);
      test_hook::recordItem("date:", tariff::formatDate(e.date));
      if (const tariff::Source* s = data.source(e.source))
        itemTooltip("Source: " + s->title + " (" + s->publisher + ")");
    }
    ImGui::EndCombo();
  }
  test_hook::recordItem("", "date-combo");
  itemTooltip("The dates on which US tariffs on Japanese goods changed.");
}

// The rule, said where the reader moves the date: the layers follow the law until the reader sets
// one by hand; after that only "Follow the law on this date" puts the law back.
void drawDateRule(App& app) {
  ImGui::PushFont(theme::fonts().small);
  if (app.layersFollowDate()) {
    textDim(
        "The layers below follow the law on this date. Once you tick a layer or change a rate yourself, choosing "
        "a date keeps your choices.");
  } else {
    const char* kept =
        app.layersSetByHand() ? "Your own layer choices are kept;" : "This scenario's own layer choices are kept;";
    const char* button = "Follow the law on this date";
    const float buttonWidth = ImGui::CalcTextSize(button).x + 2 * ImGui::GetStyle().FramePadding.x;
    ImGui::AlignTextToFramePadding();
    textColoured(kWarning, kept);
    if (ImGui::GetContentRegionAvail().x - ImGui::GetItemRectSize().x - theme::px(6) > buttonWidth)
      ImGui::SameLine(0, theme::px(6));
    if (ImGui::SmallButton(button)) app.followLaw();
    test_hook::recordItem("", "follow-law");
    itemTooltip("Switch on exactly the layers the law had in force on " + tariff::formatDate(app.scenario.date) +
                ", at the law's rates. Moving the date then moves the layers again.");
    textDim(app.layersAreTheLaw() ? "They are the law on this date; moving the date will not change them."
                                  : "They differ from the law on this date. The date still decides exemptions "
                                    "(civil aircraft from 2025-09-16).");
  }
  ImGui::PopFont();
}

}  // namespace

void drawDateControl(App& app) {
  const Day first = app.firstDay(), last = app.lastDay();
  const Day date = app.scenario.date;
  ImGui::PushFont(theme::fonts().strong);
  // Say "the law" only when the layers below are the law on that date.
  const std::string heading = (app.layersFollowDate() ? "The law in force on " : "Date: ") + tariff::formatDate(date);
  ImGui::TextUnformatted(heading.c_str());
  ImGui::PopFont();
  itemTooltip(
      "Choosing a date switches on exactly the layers the law had in force that day, at the law's rates. "
      "Japan's offers and the assumptions stay as they are. Once you set a layer yourself, a new date keeps "
      "your layers until you ask for the law again.");
  // [<] [slider with the date] [>]: the arrows move one day, for the days just before and after an event.
  const float arrow = ImGui::GetFrameHeight();
  const float gap = ImGui::GetStyle().ItemInnerSpacing.x;
  if (ImGui::ArrowButton("##prev-day", ImGuiDir_Left) && date > first) app.setDate(std::min(date, last + 1) - 1);
  test_hook::recordItem("", "date-prev");
  itemTooltip("One day earlier");
  ImGui::SameLine(0, gap);
  int day = std::clamp(date, first, last);
  // The date is in the heading above: text inside the track would sit under the grab.
  ImGui::SetNextItemWidth(std::max(ImGui::GetContentRegionAvail().x - arrow - gap, theme::px(80)));
  if (ImGui::SliderInt("##date", &day, first, last, "", ImGuiSliderFlags_NoInput | ImGuiSliderFlags_AlwaysClamp) &&
      day != date)
    app.setDate(day);
  test_hook::recordItem("", "date-slider");
  itemTooltip("Drag to choose a day from " + tariff::formatDate(first) + " to " + tariff::formatDate(last) + ".");
  ImGui::SameLine(0, gap);
  if (ImGui::ArrowButton("##next-day", ImGuiDir_Right) && date < last) app.setDate(std::max(date, first - 1) + 1);
  test_hook::recordItem("", "date-next");
  itemTooltip("One day later");
  drawEventPicker(app);
  drawDateRule(app);
}

namespace {

// --- The charts ------------------------------------------------------------------------------------

// Where a day is across the chart: day d spans [x(d), x(d + 1)). Shared by both charts so that
// their months line up.
struct DayAxis {
  Day first = 0, last = 0;
  float left = 0, right = 0;
  float x(double day) const {
    return left + static_cast<float>((day - first) / double(last + 1 - first)) * (right - left);
  }
  Day dayAt(float px) const {
    const double d = first + std::floor((px - left) / (right - left) * double(last + 1 - first));
    return static_cast<Day>(std::clamp(d, double(first), double(last)));
  }
};

// The gutter for the value axis, wide enough for either chart's labels, so both plots align.
DayAxis dayAxis(const App& app, float left, float width) {
  ImGui::PushFont(theme::fonts().small);
  const float gutter = ImGui::CalcTextSize("$00.0B").x + theme::px(6);
  ImGui::PopFont();
  DayAxis a;
  a.first = app.timeline().first;
  a.last = app.timeline().last;
  a.left = left + gutter;
  a.right = left + width - theme::px(6);
  return a;
}

// Gridline values 0, step, 2 step... up to the first at or above `top`: a 1-2-5 step giving about 4 lines.
double gridStep(double top) {
  if (top <= 0) return 1;
  const double rough = top / 4, magnitude = std::pow(10.0, std::floor(std::log10(rough)));
  for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
    if (m * magnitude >= rough) return m * magnitude;
  return 10 * magnitude;
}

// Months along the bottom: every month a tick; the year at January (and at the start); quarter
// months named where there is room.
void monthAxis(ImDrawList* draw, const DayAxis& a, float y) {
  ImGui::PushFont(theme::fonts().small);
  int year = std::stoi(tariff::formatDate(a.first).substr(0, 4)),
      month = std::stoi(tariff::formatDate(a.first).substr(5, 2));
  const float monthWidth = a.x(a.first + 30) - a.x(a.first);
  const float labelWidth = ImGui::CalcTextSize("Oct").x + theme::px(6);
  const int every = labelWidth <= monthWidth ? 1 : labelWidth <= 3 * monthWidth ? 3 : 6;
  float lastLabelEnd = -1e9f;
  for (Day d = monthStart(year, month); d <= a.last;) {
    const float x = a.x(std::max(d, a.first));
    draw->AddLine(ImVec2(x, y), ImVec2(x, y + theme::px(month == 1 ? 6 : 3)), kTextDim, theme::px(1));
    const bool named = month == 1 || d <= a.first || (month - 1) % every == 0;
    const std::string text = month == 1 || d <= a.first ? std::to_string(year) : kMonths[month - 1];
    if (named && x >= lastLabelEnd) {
      draw->AddText(ImVec2(x + theme::px(2), y + theme::px(1)), kTextDim, text.c_str());
      lastLabelEnd = x + ImGui::CalcTextSize(text.c_str()).x + theme::px(8);
    }
    d = nextMonthStart(year, month);
    year += month == 12;
    month = month % 12 + 1;
  }
  ImGui::PopFont();
}

void valueGrid(ImDrawList* draw, const DayAxis& a, float top, float bottom, double max, double step,
               std::string (*label)(double)) {
  ImGui::PushFont(theme::fonts().small);
  for (double v = 0; v <= max + step * 1e-6; v += step) {
    const float y = bottom - static_cast<float>(v / max) * (bottom - top);
    draw->AddLine(ImVec2(a.left, y), ImVec2(a.right, y), kGrid, theme::px(1));
    const std::string text = label(v);
    const ImVec2 size = ImGui::CalcTextSize(text.c_str());
    draw->AddText(ImVec2(a.left - size.x - theme::px(4), y - size.y * 0.5f), kTextDim, text.c_str());
  }
  ImGui::PopFont();
}

std::string pctLabel(double v) { return tariff::formatPct(v, 0); }
std::string usdLabel(double v) { return tariff::formatUsd(v); }

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
    const float x = a.x(events[e].date), w = ImGui::CalcTextSize(events[e].label.c_str()).x;
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

// The event whose tick is nearest the pointer, within a finger's reach; -1 if none.
int eventNear(const App& app, const DayAxis& a, float px) {
  int best = -1;
  float bestDistance = theme::px(7);
  const auto& events = app.data().events;
  for (size_t e = 0; e < events.size(); ++e) {
    if (events[e].date < a.first || events[e].date > a.last) continue;
    const float d = std::fabs(a.x(events[e].date) - px);
    if (d <= bestDistance) bestDistance = d, best = static_cast<int>(e);
  }
  return best;
}

std::string inForceText(const App& app, Day day) {
  const tariff::TradeData& data = app.data();
  std::string text;
  for (const tariff::TariffLayer& layer : data.layers)
    if (tariff::layerInForce(layer, day))
      text += "\n\u2022 " + layer.name + " (" + tariff::formatPct(layer.ratePct.value, 0) + ")";
  return text.empty() ? "\nNo new US tariffs: the normal (MFN) rates only." : "\nIn force:" + text;
}

std::string stepTooltip(const App& app, const tariff::TimelineStep& s) {
  const std::string span =
      s.from == s.to ? tariff::formatDate(s.from) : tariff::formatDate(s.from) + " to " + tariff::formatDate(s.to);
  std::string text = span + ": effective tariff rate " + tariff::formatPct(s.effectiveRatePct);
  if (s.event >= 0) text += "\nFrom " + tariff::formatDate(s.from) + ": " + app.data().events[s.event].label;
  return text + inForceText(app, s.from);
}

std::string eventTooltip(const App& app, int e) {
  const tariff::TimelineEvent& event = app.data().events[e];
  std::string text = tariff::formatDate(event.date) + ": " + event.label;
  if (const tariff::Source* s = app.data().source(event.source))
    text += "\nSource: " + s->title + " (" + s->publisher + ")";
  if (const tariff::TimelineStep* step = stepOn(app.timeline(), event.date))
    text += "\nEffective tariff rate from that day: " + tariff::formatPct(step->effectiveRatePct);
  return text + inForceText(app, event.date);
}

// Click, tap or drag on a chart to choose that date; near an event's tick, the event's date.
void chooseDateFromChart(App& app, const DayAxis& a) {
  if (!ImGui::IsItemActive() || !ImGui::IsMouseDown(ImGuiMouseButton_Left)) return;
  const float mx = ImGui::GetIO().MousePos.x;
  const int e = eventNear(app, a, mx);
  const Day day = e >= 0 ? app.data().events[e].date : a.dayAt(mx);
  if (day != app.scenario.date) app.setDate(day);
}

// The chosen date across a plot: a vertical vermillion line (dashed, so it differs from the step
// line without colour).
void dateLine(ImDrawList* draw, const DayAxis& a, Day date, float top, float bottom) {
  if (date < a.first || date > a.last) return;
  const float x = a.x(date + 0.5);
  for (float y = top; y < bottom; y += theme::px(6))
    draw->AddLine(ImVec2(x, y), ImVec2(x, std::min(y + theme::px(4), bottom)), kVermillion, theme::px(2));
}

bool isPhoneWidth(float width) { return width < theme::px(560); }

void drawRateChart(App& app) {
  const tariff::Timeline& t = app.timeline();
  if (t.steps.empty()) return;
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetContentRegionAvail().x;
  const DayAxis a = dayAxis(app, origin.x, width);
  ImGui::PushFont(theme::fonts().small);
  const float lineHeight = ImGui::GetTextLineHeight();
  ImGui::PopFont();

  const std::vector<EventLabel> labels = placeEventLabels(app, a, isPhoneWidth(width) ? 2 : 3);
  int rows = 0;
  for (const EventLabel& l : labels) rows = std::max(rows, l.row + 1);
  const float rowHeight = lineHeight + theme::px(2);
  const float plotTop = origin.y + rows * rowHeight + theme::px(8);
  const float plotBottom = plotTop + theme::px(isPhoneWidth(width) ? 150 : 180);
  const float height = plotBottom - origin.y + lineHeight + theme::px(8);

  double top = 0;
  for (const tariff::TimelineStep& s : t.steps) top = std::max(top, s.effectiveRatePct);
  if (!app.layersAreTheLaw()) top = std::max(top, app.results().effectiveTariffRatePct);
  const double step = gridStep(top), max = std::max(step, std::ceil(top / step) * step);
  auto y = [&](double v) { return plotBottom - static_cast<float>(v / max) * (plotBottom - plotTop); };

  ImGui::InvisibleButton("##rate-chart", ImVec2(width, height));
  test_hook::recordItem("", "timeline-rate");
  chooseDateFromChart(app, a);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  valueGrid(draw, a, plotTop, plotBottom, max, step, pctLabel);

  // Events: a light rule through the plot, a tick above it, the name where it fits.
  ImGui::PushFont(theme::fonts().small);
  for (const tariff::TimelineEvent& e : app.data().events) {
    if (e.date < a.first || e.date > a.last) continue;
    const float x = a.x(e.date);
    draw->AddLine(ImVec2(x, plotTop), ImVec2(x, plotBottom), IM_COL32(0, 0, 0, 28), theme::px(1));
    draw->AddTriangleFilled(ImVec2(x - theme::px(4), plotTop - theme::px(6)),
                            ImVec2(x + theme::px(4), plotTop - theme::px(6)), ImVec2(x, plotTop), kText);
  }
  // Leader lines first, then each name on a white ground, so that a line passing behind a lower
  // name does not cross its letters.
  auto labelTop = [&](const EventLabel& l) { return plotTop - theme::px(8) - (l.row + 1) * rowHeight; };
  for (const EventLabel& l : labels) {
    const float x = a.x(app.data().events[l.event].date);
    draw->AddLine(ImVec2(x, labelTop(l)), ImVec2(x, plotTop - theme::px(6)), IM_COL32(0, 0, 0, 100), theme::px(1));
  }
  for (const EventLabel& l : labels) {
    const float top = labelTop(l);
    draw->AddRectFilled(ImVec2(l.x0 - theme::px(1), top), ImVec2(l.x1 + theme::px(1), top + lineHeight),
                        IM_COL32_WHITE);
    draw->AddText(ImVec2(l.x0, top), kText, app.data().events[l.event].label.c_str());
  }
  ImGui::PopFont();

  // The step line, with a light fill under it.
  for (const tariff::TimelineStep& s : t.steps)
    draw->AddRectFilled(ImVec2(a.x(s.from), y(s.effectiveRatePct)), ImVec2(a.x(s.to + 1), plotBottom),
                        IM_COL32(0, 114, 178, 40));
  for (size_t i = 0; i < t.steps.size(); ++i) {
    const tariff::TimelineStep& s = t.steps[i];
    const float yy = y(s.effectiveRatePct);
    draw->AddLine(ImVec2(a.x(s.from), yy), ImVec2(a.x(s.to + 1), yy), kBlue, theme::px(2.5f));
    if (i + 1 < t.steps.size())
      draw->AddLine(ImVec2(a.x(s.to + 1), yy), ImVec2(a.x(s.to + 1), y(t.steps[i + 1].effectiveRatePct)), kBlue,
                    theme::px(2.5f));
  }
  draw->AddLine(ImVec2(a.left, plotBottom), ImVec2(a.right, plotBottom), kTextDim, theme::px(1));
  monthAxis(draw, a, plotBottom);

  // The chosen date: the law's rate on it (a dot on the line) and, when the reader's own layers
  // differ from the law, their rate (a diamond), each with its figure.
  const Day date = app.evaluated().date;
  dateLine(draw, a, date, plotTop, plotBottom);
  ImGui::PushFont(theme::fonts().strong);
  if (const tariff::TimelineStep* s = date >= a.first ? stepOn(t, date) : nullptr) {
    const float x = a.x(date + 0.5), yy = y(s->effectiveRatePct);
    draw->AddCircleFilled(ImVec2(x, yy), theme::px(5), kVermillion);
    draw->AddCircle(ImVec2(x, yy), theme::px(5), IM_COL32_WHITE, 0, theme::px(1.5f));
    const bool yours = !app.layersAreTheLaw();
    const std::string text = (yours ? "law " : "") + tariff::formatPct(s->effectiveRatePct);
    const ImVec2 size = ImGui::CalcTextSize(text.c_str());
    const float tx = x + theme::px(8) + size.x <= a.right ? x + theme::px(8) : x - theme::px(8) - size.x;
    draw->AddText(ImVec2(tx, std::max(plotTop, yy - size.y - theme::px(2))), kText, text.c_str());
    if (yours) {
      const float yr = y(app.results().effectiveTariffRatePct), r = theme::px(6);
      draw->AddQuad(ImVec2(x, yr - r), ImVec2(x + r, yr), ImVec2(x, yr + r), ImVec2(x - r, yr), kBlack, theme::px(2));
      const std::string mine = "yours " + tariff::formatPct(app.results().effectiveTariffRatePct);
      const ImVec2 ms = ImGui::CalcTextSize(mine.c_str());
      const float mx = x + theme::px(10) + ms.x <= a.right ? x + theme::px(10) : x - theme::px(10) - ms.x;
      draw->AddText(ImVec2(mx, std::min(plotBottom - ms.y, yr + theme::px(2))), kText, mine.c_str());
    }
  }
  ImGui::PopFont();

  // What is under the pointer: an event near its tick, otherwise the step; a keyboard focus shows
  // the chosen date's step.
  const bool hovered = ImGui::IsItemHovered();
  const bool focused = ImGui::IsItemFocused() && ImGui::GetIO().NavVisible;
  if (hovered || focused) {
    const float mx = hovered ? ImGui::GetIO().MousePos.x : a.x(std::clamp(date, a.first, a.last) + 0.5);
    const int e = hovered ? eventNear(app, a, mx) : -1;
    const Day day = a.dayAt(mx);
    if (hovered) draw->AddLine(ImVec2(mx, plotTop), ImVec2(mx, plotBottom), IM_COL32(0, 0, 0, 110), theme::px(1));
    if (e >= 0)
      showTooltip(eventTooltip(app, e) + "\n\nClick or tap to choose this date.");
    else if (const tariff::TimelineStep* s = stepOn(t, day))
      showTooltip(stepTooltip(app, *s) +
                  (hovered ? "\n\nClick or tap to choose " + tariff::formatDate(day) + "." : ""));
  }
}

void drawMonthlyCostChart(App& app) {
  const tariff::Timeline& t = app.timeline();
  if (t.months.empty()) return;
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetContentRegionAvail().x;
  const DayAxis a = dayAxis(app, origin.x, width);
  ImGui::PushFont(theme::fonts().small);
  const float lineHeight = ImGui::GetTextLineHeight();
  ImGui::PopFont();
  const float plotTop = origin.y + lineHeight * 0.5f;
  const float plotBottom = plotTop + theme::px(isPhoneWidth(width) ? 130 : 150);
  const float height = plotBottom - origin.y + lineHeight + theme::px(8);

  double top = 0;
  for (const tariff::TimelineMonth& m : t.months) top = std::max({top, m.exporterCostUsd, m.usBuyerCostUsd});
  const double step = gridStep(top), max = std::max(step, std::ceil(top / step) * step);
  auto y = [&](double v) { return plotBottom - static_cast<float>(v / max) * (plotBottom - plotTop); };

  ImGui::InvisibleButton("##cost-chart", ImVec2(width, height));
  test_hook::recordItem("", "timeline-costs");
  chooseDateFromChart(app, a);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  valueGrid(draw, a, plotTop, plotBottom, max, step, usdLabel);

  // Two bars a month: Japanese exporters (orange, hatched) then US buyers (blue, solid).
  const tariff::TimelineMonth* hoveredMonth = nullptr;
  const float mx = ImGui::GetIO().MousePos.x;
  for (const tariff::TimelineMonth& m : t.months) {
    const float x0 = a.x(std::max(monthStart(m.year, m.month), a.first));
    const float x1 = a.x(std::min(nextMonthStart(m.year, m.month), a.last + 1));
    const float gap = std::min(theme::px(2), (x1 - x0) * 0.15f), mid = (x0 + x1) * 0.5f;
    const ImVec2 exMin(x0 + gap, y(m.exporterCostUsd)), exMax(mid, plotBottom);
    const ImVec2 buMin(mid, y(m.usBuyerCostUsd)), buMax(x1 - gap, plotBottom);
    draw->AddRectFilled(exMin, exMax, theme::colour::kExporters);
    hatch(draw, exMin, exMax, IM_COL32(255, 255, 255, 170));
    draw->AddRectFilled(buMin, buMax, theme::colour::kBuyers);
    if (ImGui::IsItemHovered() && mx >= x0 && mx < x1) hoveredMonth = &m;
  }
  draw->AddLine(ImVec2(a.left, plotBottom), ImVec2(a.right, plotBottom), kTextDim, theme::px(1));
  monthAxis(draw, a, plotBottom);
  dateLine(draw, a, app.evaluated().date, plotTop, plotBottom);

  if (hoveredMonth) {
    const tariff::TimelineMonth& m = *hoveredMonth;
    const Day end = nextMonthStart(m.year, m.month) - 1;
    std::string text = monthName(m.year, m.month) + (end > t.last ? " (to " + tariff::formatDate(t.last) + ")" : "") +
                       "\nJapanese exporters: " + tariff::formatUsd(m.exporterCostUsd) +
                       "\nUS buyers: " + tariff::formatUsd(m.usBuyerCostUsd) +
                       "\n\nEach day at the law of that day, with your assumptions.\nClick or tap to choose " +
                       tariff::formatDate(a.dayAt(mx)) + ".";
    showTooltip(text);
  }
}

// US imports from Japan by month: the Census figures (black) and the model under the law of each
// month (sky blue), on the same day axis as the charts above (methodology §6).
void drawObservedChart(App& app) {
  const std::vector<tariff::MonthFit>& path = app.path();
  if (path.empty()) return;
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetContentRegionAvail().x;
  const DayAxis a = dayAxis(app, origin.x, width);
  ImGui::PushFont(theme::fonts().small);
  const float lineHeight = ImGui::GetTextLineHeight();
  ImGui::PopFont();
  const float plotTop = origin.y + lineHeight * 0.5f;
  const float plotBottom = plotTop + theme::px(isPhoneWidth(width) ? 130 : 150);
  const float height = plotBottom - origin.y + lineHeight + theme::px(8);

  double low = 1e300, high = 0;
  for (const tariff::MonthFit& f : path) {
    if (f.baseUsd <= 0) continue;
    low = std::min(low, f.modelUsd);
    high = std::max(high, f.modelUsd);
    if (f.hasObserved) {
      low = std::min(low, f.observedUsd);
      high = std::max(high, f.observedUsd);
    }
  }
  if (high <= 0) return;
  // A value axis from a round number below the lowest month: the months differ by a few percent.
  const double step = gridStep((high - low) * 1.2), base = std::floor(low / step) * step - step;
  const double top = std::ceil(high / step) * step;
  auto y = [&](double v) { return plotBottom - static_cast<float>((v - base) / (top - base)) * (plotBottom - plotTop); };

  ImGui::InvisibleButton("##observed-chart", ImVec2(width, height));
  test_hook::recordItem("", "observed-chart");
  ImDrawList* draw = ImGui::GetWindowDrawList();
  for (double v = base + step; v <= top + 1; v += step) {
    draw->AddLine(ImVec2(a.left, y(v)), ImVec2(a.right, y(v)), kGrid);
    ImGui::PushFont(theme::fonts().small);
    draw->AddText(ImVec2(a.left - ImGui::CalcTextSize(usdLabel(v).c_str()).x - theme::px(4), y(v) - lineHeight * 0.5f),
                  kTextDim, usdLabel(v).c_str());
    ImGui::PopFont();
  }
  ImVec2 lastModel(0, 0), lastObserved(0, 0);
  const tariff::MonthFit* hoveredMonth = nullptr;
  const float mx = ImGui::GetIO().MousePos.x;
  for (const tariff::MonthFit& f : path) {
    if (f.baseUsd <= 0) continue;
    const float x0 = a.x(monthStart(f.year, f.month)), x1 = a.x(nextMonthStart(f.year, f.month));
    const float xm = (x0 + x1) * 0.5f;
    const ImVec2 model(xm, y(f.modelUsd));
    if (lastModel.x > 0) draw->AddLine(lastModel, model, theme::colour::kModel, theme::px(2.5f));
    draw->AddCircleFilled(model, theme::px(2.5f), theme::colour::kModel);
    lastModel = model;
    if (f.hasObserved) {
      const ImVec2 observed(xm, y(f.observedUsd));
      if (lastObserved.x > 0) draw->AddLine(lastObserved, observed, theme::colour::kObserved, theme::px(1.5f));
      draw->AddCircle(observed, theme::px(3.5f), theme::colour::kObserved, 0, theme::px(1.5f));
      lastObserved = observed;
    }
    if (ImGui::IsItemHovered() && mx >= x0 && mx < x1) hoveredMonth = &f;
  }
  draw->AddLine(ImVec2(a.left, plotBottom), ImVec2(a.right, plotBottom), kTextDim, theme::px(1));
  monthAxis(draw, a, plotBottom);
  if (hoveredMonth) {
    const tariff::MonthFit& f = *hoveredMonth;
    showTooltip(monthName(f.year, f.month) + "\nModel: " + tariff::formatUsd(f.modelUsd) + " (" +
                tariff::formatSignedPct(100 * (f.modelRatio - 1)) + " on " + monthName(2024, f.month) + ")" +
                (f.hasObserved ? "\nCensus: " + tariff::formatUsd(f.observedUsd) : std::string("\nCensus: not yet published")) +
                "\nTariff that month: " + tariff::formatPct(f.effectiveRatePct));
  }
}

}  // namespace

void drawTimeline(App& app) {
  sectionTitle("The law over time");
  ImGui::PushFont(theme::fonts().strong);
  textWrapped("Japan's effective tariff rate, day by day");
  ImGui::PopFont();
  textDim(
      "US tariffs on goods from Japan, MFN included, weighted by 2024 imports. Triangles mark the events; the "
      "dashed line is your date. Click or tap the chart to choose a date.");
  drawRateChart(app);
  if (!app.layersAreTheLaw()) {
    ImGui::PushFont(theme::fonts().small);
    textDim("The diamond (\"yours\") is the rate with your own layers on your date; the line is the law.");
    ImGui::PopFont();
  }
  ImGui::Dummy(ImVec2(0, theme::px(4)));
  ImGui::PushFont(theme::fonts().strong);
  textWrapped("Tariff cost per month");
  ImGui::PopFont();
  legendItem(theme::colour::kExporters, true, "Japanese exporters");
  legendItem(theme::colour::kBuyers, false, "US buyers");
  ImGui::NewLine();
  drawMonthlyCostChart(app);
  textDim(
      "Dollars a month with your assumptions: each day's yearly cost at that day's law, summed by month. Offers do "
      "not change tariffs and are left out.");

  ImGui::Dummy(ImVec2(0, theme::px(4)));
  ImGui::PushFont(theme::fonts().strong);
  textWrapped("The model beside what happened: US imports from Japan, by month");
  ImGui::PopFont();
  legendItem(theme::colour::kObserved, false, "Census figures");
  legendItem(theme::colour::kModel, false, "the model, law of each month");
  ImGui::NewLine();
  drawObservedChart(app);
  const tariff::FitSummary fit = tariff::fitSummary(app.path());
  if (fit.available)
    textDim("Since October 2025 the model has stayed within " + tariff::formatPct(fit.maxGapPctSinceQ4_2025) +
            " of the Census figures in every quarter. For 2025 it shows " + tariff::formatSignedPct(fit.modelChange2025Pct) +
            " on 2024 against " + tariff::formatSignedPct(fit.observedChange2025Pct) +
            " observed: goods bought ahead of the April tariffs were still arriving in mid-2025.");
}

}  // namespace usjp
