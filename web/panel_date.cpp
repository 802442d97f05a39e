// The date control (methodology §2, "Dates"): a day slider with arrows for single days, the events
// to jump to, and the rule said where the reader moves the date: the layers follow the law until
// the reader sets one by hand; after that only "Follow the law on this date" puts the law back.
#include <algorithm>

#include "format.h"
#include "panels.h"
#include "test_hook.h"
#include "theme.h"
#include "widgets.h"
#include "words.h"

namespace usjp {
namespace {

using namespace theme::colour;
using tariff::Day;

void drawEventPicker(App& app) {
  const tariff::TradeData& data = app.data();
  std::string preview = tr("date.jump_to_event");
  for (const tariff::TimelineEvent& e : data.events)
    if (e.date == app.scenario.date) preview = nameOf("event", tariff::formatDate(e.date), e.label);
  ImGui::SetNextItemWidth(-FLT_MIN);
  if (ImGui::BeginCombo("##events", preview.c_str(), ImGuiComboFlags_HeightLargest)) {
    for (const tariff::TimelineEvent& e : data.events) {
      // A measure signed but starting after the records' date is listed, not chosen: the control ends there.
      const bool scheduled = e.date > app.lastDay();
      // The id after ###: the same item whatever the language shows.
      const std::string label =
          trf(scheduled ? "date.event_scheduled" : "date.event",
              {{"date", dayText(e.date)}, {"event", nameOf("event", tariff::formatDate(e.date), e.label)}}) +
          "###" + tariff::formatDate(e.date) + e.label;
      if (ImGui::Selectable(label.c_str(), e.date == app.scenario.date,
                            scheduled ? ImGuiSelectableFlags_Disabled : ImGuiSelectableFlags_None))
        app.setDate(e.date);
      test_hook::recordItem("date:", tariff::formatDate(e.date));
      if (const tariff::Source* s = data.source(e.source))
        itemTooltip(
            trf("date.event_source", {{"title", nameOf("source", s->id, s->title)}, {"publisher", s->publisher}}));
    }
    ImGui::EndCombo();
  }
  test_hook::recordItem("", "date-combo");
  itemTooltip(tr("date.events_tooltip"));
}

void drawDateRule(App& app) {
  ImGui::PushFont(theme::fonts().small);
  if (app.layersFollowDate()) {
    textDim(tr("date.follows_law"));
  } else {
    const char* kept = tr(app.layersSetByHand() ? "date.own_choices_kept" : "date.scenario_choices_kept");
    // "###follow-law": the same button whatever the language says on it.
    const std::string button = std::string(tr("date.follow_law")) + "###follow-law";
    const float buttonWidth =
        ImGui::CalcTextSize(button.c_str(), nullptr, true).x + 2 * ImGui::GetStyle().FramePadding.x;
    ImGui::AlignTextToFramePadding();
    textColoured(kWarning, kept);
    if (ImGui::GetContentRegionAvail().x - ImGui::GetItemRectSize().x - theme::px(6) > buttonWidth)
      ImGui::SameLine(0, theme::px(6));
    if (actionButton(button.c_str())) app.followLaw();
    test_hook::recordItem("", "follow-law");
    itemTooltip(trf("date.follow_law_tooltip", {{"date", dayText(app.scenario.date)}}));
    textDim(tr(app.layersAreTheLaw() ? "date.choices_are_law" : "date.choices_differ"));
  }
  ImGui::PopFont();
}

}  // namespace

void drawDateControl(App& app) {
  const Day first = app.firstDay(), last = app.lastDay();
  const Day date = app.scenario.date;
  ImGui::PushFont(theme::fonts().strong);
  // Say "the law" only when the layers below are the law on that date.
  const std::string heading =
      trf(app.layersFollowDate() ? "date.law_in_force_on" : "date.heading_date", {{"date", dayText(date)}});
  ImGui::TextUnformatted(heading.c_str());
  ImGui::PopFont();
  itemTooltip(tr("date.heading_tooltip"));
  // [<] [slider with the date] [>]: the arrows move one day, for the days just before and after an event.
  const float arrow = ImGui::GetFrameHeight();
  const float gap = ImGui::GetStyle().ItemInnerSpacing.x;
  if (ImGui::ArrowButton("##prev-day", ImGuiDir_Left) && date > first) app.setDate(std::min(date, last + 1) - 1);
  test_hook::recordItem("", "date-prev");
  itemTooltip(tr("date.day_earlier"));
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
  itemTooltip(trf("date.slider_tooltip", {{"first", dayText(first)}, {"last", dayText(last)}}));
  ImGui::SameLine(0, gap);
  if (ImGui::ArrowButton("##next-day", ImGuiDir_Right) && date < last) app.setDate(std::max(date, first - 1) + 1);
  test_hook::recordItem("", "date-next");
  itemTooltip(tr("date.day_later"));
  drawEventPicker(app);
  drawDateRule(app);
}

}  // namespace usjp
