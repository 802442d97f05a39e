// Arranges the panels for the space there is: two columns (controls left, results right) from
// 900 CSS pixels, one stacked column below that with the deficit kept in view at the top.
#include <algorithm>

#include "format.h"
#include "imgui_internal.h"  // ClosePopupsOverWindow
#include "panels.h"
#include "platform.h"
#include "test_hook.h"
#include "theme.h"
#include "widgets.h"
#include "words.h"

namespace usjp {
namespace {

constexpr float kTwoColumnsFromPx = 900;
constexpr float kSubtitleFromHeightPx = 520;  // a short iframe keeps its height for the calculator
// NavFlattened: Tab and the arrow keys go through the columns as through one page (keyboard users).
constexpr ImGuiWindowFlags kColumnFlags = ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NavFlattened;

// "30 Nov 2026" / 2026年11月30日.
std::string longDay(int day) { return japanese() ? dayText(day) : tariff::formatDayLong(day); }

// When the law was last checked, and a way to every source; a later date is said plainly.
void drawAsOfLine(App& app) {
  ImGui::PushFont(theme::fonts().small);
  alignWithLinks();
  textDim(trf("layout.tariffs_as_of", {{"date", longDay(app.data().lawAsOf)}}));
  ImGui::SameLine(0, theme::px(4));
  // The ids after ###: the same links whatever the language says on them.
  if (linkButton((std::string(tr("links.data_sources")) + "###data-sources").c_str())) app.requestSources();
  test_hook::recordItem("", "as-of-sources");
  ImGui::SameLine(0, theme::px(4));
  textDim(tr("layout.separator"));
  ImGui::SameLine(0, theme::px(4));
  if (linkButton((std::string(tr("links.methodology")) + "###methodology").c_str()))
    platform::openUrl(platform::pageAddress() + "methodology.html");
  test_hook::recordItem("", "as-of-methodology");
  if (!app.lawNotice().empty()) textColoured(theme::colour::kWarning, app.lawNotice());
  ImGui::PopFont();
}

void drawTitle(App& app, bool withSubtitle) {
  ImGui::PushFont(theme::fonts().heading);
  ImGui::TextUnformatted(tr("layout.title"));
  ImGui::PopFont();
  test_hook::recordItem("", "title");
  drawShareBar(app);
  if (platform::compactView()) return;  // the compact graphic ends with its credit line instead
  drawAsOfLine(app);
  if (!withSubtitle) return;
  ImGui::PushFont(theme::fonts().small);
  textDim(tr("layout.subtitle"));
  ImGui::PopFont();
}

// Parts of a shared link that could not be used: said plainly, never silently dropped.
void drawNotices(App& app) {
  if (!app.languageProblem().empty()) {
    textColoured(theme::colour::kWarning, app.languageProblem());
    // The ids after ###: the same buttons whatever the language says on them.
    if (actionButton((std::string(tr("notices.dismiss")) + "###language-dismiss").c_str()))
      app.languageProblem().clear();
    test_hook::recordItem("", "language-dismiss");
  }
  std::vector<std::string>& notices = app.notices();
  if (notices.empty()) return;
  ImGui::PushStyleColor(ImGuiCol_Text, theme::colour::kWarning);
  textWrapped(tr("notices.link_parts_unused"));
  for (const std::string& n : notices) {
    ImGui::Bullet();
    textWrapped(n);
  }
  ImGui::PopStyleColor();
  if (actionButton((std::string(tr("notices.dismiss")) + "###notices-dismiss").c_str())) notices.clear();
  test_hook::recordItem("", "notices-dismiss");
  ImGui::Separator();
}

void drawControls(App& app) {
  drawPresetPicker(app);
  drawLayersPanel(app);
  drawOffersPanel(app);
  drawAssumptionsPanel(app);
}

void drawResults(App& app) {
  drawWaterfall(app);
  drawTimeline(app);
  drawExporterCostChart(app);
  drawSectorTable(app);
  drawVehicles(app);
  drawSourcesPanel(app);
}

void twoColumns(App& app) {
  const float width = ImGui::GetContentRegionAvail().x;
  const float left = std::clamp(width * 0.36f, theme::px(340), theme::px(500));
  ImGui::BeginChild("controls", ImVec2(left, 0), ImGuiChildFlags_None, kColumnFlags);
  drawControls(app);
  drawShareFooter(app);
  ImGui::EndChild();
  ImGui::SameLine(0, theme::px(16));
  ImGui::BeginChild("results", ImVec2(0, 0), ImGuiChildFlags_None, kColumnFlags);
  app.refresh();  // this frame's edits on the left show on the right in the same frame
  drawHeadline(app);
  drawResults(app);
  ImGui::EndChild();
}

void oneColumn(App& app) {
  drawCompactHeadline(app);
  ImGui::Separator();
  ImGui::BeginChild("page", ImVec2(0, 0), ImGuiChildFlags_None, kColumnFlags);
  drawPresetPicker(app);
  sectionTitle(tr("layout.result_heading"));
  drawHeadline(app);
  drawLayersPanel(app);
  drawOffersPanel(app);
  drawResults(app);
  drawAssumptionsPanel(app);
  drawShareFooter(app);
  ImGui::EndChild();
}

}  // namespace

void drawCalculator(App& app) {
  test_hook::beginFrame();
  // Tab leaves an open list (a preset or event picker) rather than cycling inside it.
  if (ImGui::IsKeyPressed(ImGuiKey_Tab, false) && ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId))
    ImGui::ClosePopupsOverWindow(nullptr, false);
  app.refresh();
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->WorkPos);
  ImGui::SetNextWindowSize(viewport->WorkSize);
  const ImGuiWindowFlags flags =
      ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
      ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse |
      ImGuiWindowFlags_NoBackground;  // the platform clears to white: no second full-screen fill
  ImGui::Begin("US-Japan tariff calculator", nullptr, flags);
  const bool compact = platform::compactView();
  drawTitle(app, !compact && viewport->WorkSize.y >= theme::px(kSubtitleFromHeightPx));
  drawNotices(app);
  if (compact)
    drawCompactView(app);
  else if (viewport->WorkSize.x >= theme::px(kTwoColumnsFromPx))
    twoColumns(app);
  else
    oneColumn(app);
  ImGui::End();
}

}  // namespace usjp
