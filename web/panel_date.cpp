// The date control (methodology §2, "Dates"): a day slider with arrows for single days, the events
// to jump to, and the rule said where the reader moves the date: the layers follow the law until
// the reader sets one by hand; after that only "Follow the law on this date" puts the law back.
#include <algorithm>

#include "format.h"
#include "panels.h"
#include "test_hook.h"
#include "theme.h"
#include "widgets.h"

namespace usjp {
namespace {

using namespace theme::colour;
using tariff::Day;

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

void drawDateRule(App& app) {
  ImGui::PushFont(theme::fonts().small);
  if (app.layersFollowDate()) {
    textDim(
        "The layers below follow the law on this date. Once you switch a layer or change a rate yourself, choosing "
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
    if (actionButton(button)) app.followLaw();
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
  bool moved =
      ImGui::SliderInt("##date", &day, first, last, "", ImGuiSliderFlags_NoInput | ImGuiSliderFlags_AlwaysClamp);
  double keyed = day;
  if (sliderArrowKeys(keyed, first, last, 1)) day = static_cast<int>(keyed), moved = true;
  if (moved && day != date) app.setDate(day);
  test_hook::recordItem("", "date-slider");
  itemTooltip("Drag to choose a day from " + tariff::formatDate(first) + " to " + tariff::formatDate(last) + ".");
  ImGui::SameLine(0, gap);
  if (ImGui::ArrowButton("##next-day", ImGuiDir_Right) && date < last) app.setDate(std::max(date, first - 1) + 1);
  test_hook::recordItem("", "date-next");
  itemTooltip("One day later");
  drawEventPicker(app);
  drawDateRule(app);
}

}  // namespace usjp
