// The graphic "Download image" saves (and usjp-desktop --export-png writes): the title, the
// scenario in words, the headline, who pays, the waterfall, the as-of date, the sources and the
// link, drawn by the same panels as the page, so that the browser and the desktop save the same
// picture. The platforms render it into an offscreen framebuffer of its own size.
#include <algorithm>
#include <map>
#include <vector>

#include "describe.h"
#include "format.h"
#include "panels.h"
#include "platform.h"
#include "theme.h"
#include "widgets.h"
#include "words.h"

namespace usjp {
namespace {

constexpr float kExportWidthCss = 960;

// The sources of the figures a reader of the image sees first: the trade figures, Japan's own
// count and the law (the publisher most of the layers' rates cite); every other source is listed
// on the methodology page.
std::string mainSources(const tariff::TradeData& data) {
  std::vector<std::string> publishers;
  auto add = [&](const std::string& id) {
    const tariff::Source* s = data.source(id);
    const std::string name = s ? nameOf("publisher", s->publisher, s->publisher) : std::string();
    if (s && std::find(publishers.begin(), publishers.end(), name) == publishers.end()) publishers.push_back(name);
  };
  add(data.totals.deficitUsdM.source);
  add(data.japanView.surplusJpyBn.source);
  std::map<std::string, std::string> lawSources;  // publisher -> the layers' source citing it last
  std::map<std::string, int> lawPublishers;        // publisher -> how many layers cite it
  for (const tariff::TariffLayer& layer : data.layers)
    if (const tariff::Source* s = data.source(layer.ratePct.source)) {
      ++lawPublishers[s->publisher];
      lawSources[s->publisher] = s->id;
    }
  const auto law = std::max_element(lawPublishers.begin(), lawPublishers.end(),
                                    [](const auto& a, const auto& b) { return a.second < b.second; });
  if (law != lawPublishers.end()) add(lawSources[law->first]);
  std::string text;
  for (const std::string& p : publishers) text += (text.empty() ? "" : tr("export.source_separator")) + p;
  return text;
}

}  // namespace

float drawExportGraphic(App& app) {
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(ImVec2(theme::px(kExportWidthCss), ImGui::GetIO().DisplaySize.y));
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings |
                                 ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_NoInputs | ImGuiWindowFlags_NoNav |
                                 ImGuiWindowFlags_NoFocusOnAppearing;
  ImGui::Begin("##export", nullptr, flags);
  ImGui::PushFont(theme::fonts().heading);
  ImGui::TextUnformatted(tr("export.title"));
  ImGui::PopFont();
  ImGui::PushFont(theme::fonts().small);
  textDim(describeScenario(app));
  ImGui::PopFont();
  ImGui::Dummy(ImVec2(0, theme::px(4)));
  drawCompactResult(app);
  drawWhoPaysBar(app);
  ImGui::Dummy(ImVec2(0, theme::px(4)));
  drawCompactWaterfall(app);
  ImGui::Dummy(ImVec2(0, theme::px(4)));
  ImGui::PushFont(theme::fonts().small);
  const tariff::Day asOf = app.data().lawAsOf;  // the long form in English: "16 September 2025"
  textDim(trf("export.as_of", {{"date", japanese() ? dayText(asOf) : tariff::formatDayLong(asOf)},
                               {"url", platform::pageAddress() + "methodology.html"}}));
  textDim(trf("export.sources",
              {{"sources", mainSources(app.data())}, {"url", platform::pageAddress() + "methodology.html#sources"}}));
  // The link has no spaces: ImGui's own wrapping breaks it where the line ends.
  ImGui::PushStyleColor(ImGuiCol_Text, theme::colour::kTextDim);
  ImGui::TextWrapped("%s", trf("export.scenario_link", {{"url", platform::pageAddress() + "#" + app.link()}}).c_str());
  ImGui::PopStyleColor();
  ImGui::PopFont();
  const float used = ImGui::GetCursorPosY() + ImGui::GetStyle().WindowPadding.y;
  ImGui::End();
  return used;
}

int exportWidth() { return static_cast<int>(theme::px(kExportWidthCss) + 0.5f); }

}  // namespace usjp
