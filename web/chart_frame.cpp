#include "chart_frame.h"

#include <algorithm>
#include <cmath>

#include "format.h"
#include "test_hook.h"
#include "theme.h"
#include "words.h"

namespace usjp {

using namespace theme::colour;
using tariff::Day;

float DayAxis::x(double day) const {
  return left + static_cast<float>((day - first) / double(last + 1 - first)) * (right - left);
}

Day DayAxis::dayAt(float px) const {
  const double d = first + std::floor((px - left) / (right - left) * double(last + 1 - first));
  return static_cast<Day>(std::clamp(d, double(first), double(last)));
}

// The gutter for the value axis is wide enough for any chart's labels, so all plots align.
TimeChart::TimeChart(const App& app) {
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetContentRegionAvail().x;
  ImGui::PushFont(theme::fonts().small);
  // The widest value label: "$00.0B", or in yen alone "0,000億円".
  const float gutter = ImGui::CalcTextSize(japanese() ? "0,000\u5104\u5186" : "$00.0B").x + theme::px(6);
  rowHeight_ = ImGui::GetTextLineHeight() + theme::px(2);
  ImGui::PopFont();
  axis_.first = app.timeline().first;
  axis_.last = app.timeline().last;
  axis_.left = origin.x + gutter;
  axis_.right = origin.x + width - theme::px(6);
  phone_ = width < theme::px(560);
  top_ = bottom_ = origin.y;
}

void TimeChart::reserve(const char* key, float plotHeightDesktop, float plotHeightPhone, int aboveRows) {
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetContentRegionAvail().x;
  top_ = origin.y + (aboveRows > 0 ? aboveRows * rowHeight_ + theme::px(8) : rowHeight_ * 0.5f);
  bottom_ = top_ + theme::px(phone_ ? plotHeightPhone : plotHeightDesktop);
  const float height = bottom_ - origin.y + rowHeight_ + theme::px(6);
  ImGui::InvisibleButton((std::string("##") + key).c_str(), ImVec2(width, height));
  test_hook::recordItem("", key);
  draw_ = ImGui::GetWindowDrawList();
}

void TimeChart::setScale(double low, double high, double step, std::string (*label)(double)) {
  low_ = low;
  high_ = high > low ? high : low + step;
  step_ = step > 0 ? step : 1;
  label_ = label;
}

float TimeChart::y(double value) const {
  return bottom_ - static_cast<float>((value - low_) / (high_ - low_)) * (bottom_ - top_);
}

void TimeChart::drawGrid() const {
  ImGui::PushFont(theme::fonts().small);
  for (double v = low_; v <= high_ + step_ * 1e-6; v += step_) {
    const float yy = y(v);
    draw_->AddLine(ImVec2(axis_.left, yy), ImVec2(axis_.right, yy), kGrid, theme::px(1));
    if (!label_) continue;
    const std::string text = label_(v);
    const ImVec2 size = ImGui::CalcTextSize(text.c_str());
    draw_->AddText(ImVec2(axis_.left - size.x - theme::px(4), yy - size.y * 0.5f), kTextDim, text.c_str());
  }
  ImGui::PopFont();
}

// A month under the axis: "Sep" / "9月"; at January and at the start the year: "2026" / "2026年1月".
static std::string monthLabel(int year, int month, bool yearLabel) {
  const std::string m = std::to_string(month);
  return yearLabel ? trf("chart.axis_year", {{"year", std::to_string(year)}, {"m", m}})
                   : trf("chart.axis_month", {{"abbr", tariff::monthAbbreviation(month)}, {"m", m}});
}

// Every month a tick; the year at January (and at the start); other months named where there is
// room (every month, every quarter or every half year).
void TimeChart::drawMonthAxis() const {
  const DayAxis& a = axis_;
  draw_->AddLine(ImVec2(a.left, bottom_), ImVec2(a.right, bottom_), kTextDim, theme::px(1));
  ImGui::PushFont(theme::fonts().small);
  const tariff::CivilDate start = tariff::civilFromDay(a.first);
  const float monthWidth = a.x(a.first + 30) - a.x(a.first);
  // Room for a month's name: "Oct" in English, the widest "12月" in Japanese.
  const float labelWidth = ImGui::CalcTextSize(monthLabel(0, japanese() ? 12 : 10, false).c_str()).x + theme::px(6);
  const int every = labelWidth <= monthWidth ? 1 : labelWidth <= 3 * monthWidth ? 3 : 6;
  float lastLabelEnd = -1e9f;
  for (int year = start.year, month = start.month;;) {
    const Day d = tariff::firstOfMonth(year, month);
    if (d > a.last) break;
    const float x = a.x(std::max(d, a.first));
    draw_->AddLine(ImVec2(x, bottom_), ImVec2(x, bottom_ + theme::px(month == 1 ? 6 : 3)), kTextDim, theme::px(1));
    const bool yearLabel = month == 1 || d <= a.first;
    const std::string text = monthLabel(year, month, yearLabel);
    if ((yearLabel || (month - 1) % every == 0) && x >= lastLabelEnd) {
      draw_->AddText(ImVec2(x + theme::px(2), bottom_ + theme::px(1)), kTextDim, text.c_str());
      lastLabelEnd = x + ImGui::CalcTextSize(text.c_str()).x + theme::px(8);
    }
    year += month == 12;
    month = month % 12 + 1;
  }
  ImGui::PopFont();
}

// Dashed, so that it differs from a step line without colour.
void TimeChart::drawDateLine(Day date) const {
  if (date < axis_.first || date > axis_.last) return;
  const float x = axis_.x(date + 0.5);
  for (float yy = top_; yy < bottom_; yy += theme::px(6))
    draw_->AddLine(ImVec2(x, yy), ImVec2(x, std::min(yy + theme::px(4), bottom_)), kVermillion, theme::px(2));
}

void TimeChart::chooseDate(App& app) const {
  if (!ImGui::IsItemActive() || !ImGui::IsMouseDown(ImGuiMouseButton_Left)) return;
  const float mx = ImGui::GetIO().MousePos.x;
  const int e = eventNear(app, axis_, mx);
  const Day day = e >= 0 ? app.data().events[e].date : axis_.dayAt(mx);
  if (day != app.scenario.date) app.setDate(day);
}

bool TimeChart::hovered(float* pointerX) const {
  if (!ImGui::IsItemHovered()) return false;
  *pointerX = ImGui::GetIO().MousePos.x;
  return true;
}

double gridStep(double top) {
  if (top <= 0) return 1;
  const double rough = top / 4, magnitude = std::pow(10.0, std::floor(std::log10(rough)));
  for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
    if (m * magnitude >= rough) return m * magnitude;
  return 10 * magnitude;
}

double moneyGridStep(double topUsd) {
  const double perUsd = shownPerUsd();
  return gridStep(topUsd * perUsd) / perUsd;
}

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

const tariff::TimelineStep* stepOn(const tariff::Timeline& t, Day day) {
  for (const tariff::TimelineStep& s : t.steps)
    if (day >= s.from && day <= s.to) return &s;
  return nullptr;
}

}  // namespace usjp
