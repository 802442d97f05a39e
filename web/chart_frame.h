// The frame the charts over time share: a day axis (so their months line up), a plot area with a
// value grid and a month axis, and the gestures on it (hover, click or tap to choose a date). Each
// chart draws only its marks inside. Nothing here computes a figure.
#pragma once
#include <string>

#include "app.h"
#include "imgui.h"

namespace usjp {

// Where a day is across a chart: day d spans [x(d), x(d + 1)).
struct DayAxis {
  tariff::Day first = 0, last = 0;
  float left = 0, right = 0;
  float x(double day) const;
  tariff::Day dayAt(float px) const;  // clamped to [first, last]
};

// A chart over the timeline's days at the cursor, as wide as the column. Construction fixes the
// day axis; reserve() then takes the space as one invisible button (its key for the test hook), so
// hover, focus and clicks belong to the chart, with `aboveRows` lines of labels over the plot.
class TimeChart {
 public:
  explicit TimeChart(const App& app);
  void reserve(const char* key, float plotHeightDesktop, float plotHeightPhone, int aboveRows = 0);

  const DayAxis& axis() const { return axis_; }
  float top() const { return top_; }
  float bottom() const { return bottom_; }
  float rowHeight() const { return rowHeight_; }
  ImDrawList* draw() const { return draw_; }
  bool phone() const { return phone_; }

  // Values from `low` to `high` on the vertical axis, gridlines every `step`, labelled by `label`.
  void setScale(double low, double high, double step, std::string (*label)(double));
  float y(double value) const;
  void drawGrid() const;
  void drawMonthAxis() const;                 // the base line and the months under it
  void drawDateLine(tariff::Day date) const;  // the chosen date: dashed vermillion
  // Click, tap or drag on the chart chooses that date (near an event's tick, the event's date).
  void chooseDate(App& app) const;
  // The pointer's x while hovered; nothing otherwise.
  bool hovered(float* pointerX) const;

 private:
  DayAxis axis_;
  float top_ = 0, bottom_ = 0, rowHeight_ = 0;
  double low_ = 0, high_ = 1, step_ = 1;
  std::string (*label_)(double) = nullptr;
  ImDrawList* draw_ = nullptr;
  bool phone_ = false;
};

// Gridline step 1-2-2.5-5 x 10^n giving about four lines up to `top`.
double gridStep(double top);
// The same for dollar amounts, round in the currency the labels show: in Japanese a round number
// of yen at the scenario's rate (2000億円, not the yen of a round number of dollars).
double moneyGridStep(double topUsd);
// The event whose tick is nearest the pointer, within a finger's reach; -1 if none.
int eventNear(const App& app, const DayAxis& a, float px);
const tariff::TimelineStep* stepOn(const tariff::Timeline& t, tariff::Day day);

}  // namespace usjp
