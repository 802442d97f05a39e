// The compact graphic (?view=compact), the view the embed code shows in an article column: the
// headline with who pays, the waterfall with tariffs and offers as one bar each, at most six
// switches, the way to the full calculator and a credit line. It fits a 640 x 480 frame and a
// 360 px phone without scrolling, and reports its height so that the embed script sizes the frame
// to it (web/js/library.js, docs/embedding.md).
#include <algorithm>

#include "format.h"
#include "panels.h"
#include "platform.h"
#include "test_hook.h"
#include "theme.h"
#include "widgets.h"
#include "words.h"

namespace usjp {
namespace {

constexpr size_t kMaxLayerSwitches = 5;  // and one for Japan's offers: six in all

// "30 Nov 2026" / 2026年11月30日.
std::string longDay(int day) { return japanese() ? dayText(day) : tariff::formatDayLong(day); }

}  // namespace

void drawCompactResult(App& app) {
  const tariff::Results& r = app.results();
  ImGui::PushFont(theme::fonts().small);
  textDim(tr("compact.deficit_label"));
  ImGui::PopFont();
  ImGui::PushFont(theme::fonts().figure);
  // Compact amounts (yen alone in Japanese): the large figures must fit a phone's width on one line.
  const std::string figure = trf("compact.before_after", {{"before", money(r.deficitBeforeUsd, false, true)},
                                                          {"after", money(r.deficitAfterUsd, false, true)}});
  ImGui::TextUnformatted(figure.c_str());
  ImGui::PopFont();
  ImGui::PushFont(theme::fonts().strong);
  const std::string change = trf("compact.change", {{"change", money(r.deficitChangeUsd, true, true)},
                                                    {"pct", signedPct(r.deficitChangePct)}});
  sameLineIfFits(ImGui::CalcTextSize(change.c_str()).x, theme::px(10));
  if (ImGui::GetCursorPosX() > ImGui::GetStyle().WindowPadding.x + 1)  // beside the figures: on their baseline
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + theme::fonts().figure->Ascent - theme::fonts().strong->Ascent);
  textColoured(theme::colour::kLink, change);  // the deficit's blue, dark enough (or light enough) for text
  ImGui::PopFont();
  test_hook::recordItem("headline:", "compact");
  itemTooltip(trf("compact.range_tooltip", {{"low", money(app.ranges().deficitAfterUsd.low)},
                                            {"high", money(app.ranges().deficitAfterUsd.high)}}));
}

// "Who pays the $15.0B of duty added" over one bar split between the two who pay it, each part
// named inside it where it fits, beside the bar otherwise.
void drawWhoPaysBar(App& app) {
  const tariff::Results& r = app.results();
  if (r.tariffBurdenUsd <= 0) return;
  ImGui::PushFont(theme::fonts().strong);
  textWrapped(trf("compact.who_pays", {{"duty", money(r.tariffBurdenUsd)}}));
  ImGui::PopFont();
  // Inside the bar: compact amounts (yen alone in Japanese).
  const std::string buyers = trf("compact.buyers", {{"amount", money(r.usBuyerCostUsd, false, true)}});
  const std::string exporters = trf("compact.exporters", {{"amount", money(r.exporterCostUsd, false, true)}});
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetContentRegionAvail().x, height = ImGui::GetTextLineHeight() + theme::px(6);
  const float split = pos.x + width * static_cast<float>(std::clamp(r.usBuyerCostUsd / r.tariffBurdenUsd, 0.0, 1.0));
  const float pad = theme::px(6);
  const bool inside = ImGui::CalcTextSize(buyers.c_str()).x + 2 * pad <= split - pos.x &&
                      ImGui::CalcTextSize(exporters.c_str()).x + 2 * pad <= pos.x + width - split;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(pos, ImVec2(split, pos.y + height), theme::colour::kBuyers);
  draw->AddRectFilled(ImVec2(split, pos.y), ImVec2(pos.x + width, pos.y + height), theme::colour::kExporters);
  if (inside) {
    const float textY = pos.y + theme::px(3);
    draw->AddText(ImVec2(pos.x + pad, textY), theme::colour::kOnColour, buyers.c_str());
    draw->AddText(ImVec2(pos.x + width - pad - ImGui::CalcTextSize(exporters.c_str()).x, textY),
                  theme::colour::kOnColour, exporters.c_str());
  } else {
    hatch(draw, ImVec2(split, pos.y), ImVec2(pos.x + width, pos.y + height), IM_COL32(255, 255, 255, 170));
  }
  ImGui::Dummy(ImVec2(width, height));
  if (!inside) {
    legendItem(theme::colour::kBuyers, false, buyers.c_str());
    legendItem(theme::colour::kExporters, true, exporters.c_str());
    ImGui::NewLine();
  }
  test_hook::recordItem("headline:", "who-pays");
  itemTooltip(trf("compact.who_pays_tooltip", {{"deadweight", money(r.deadweightUsd)}}));
}

namespace {

// The switches: the measures that matter most on this date, then Japan's offers.
void drawSwitches(App& app) {
  ImGui::PushFont(theme::fonts().strong);
  textWrapped(tr("compact.switches_heading"));
  ImGui::PopFont();
  const tariff::TradeData& data = app.data();
  const std::vector<size_t> layers = app.mainLayers(kMaxLayerSwitches);
  // Two columns when there is room for labels of about 30 characters each.
  const int columns = ImGui::GetContentRegionAvail().x >= theme::px(560) ? 2 : 1;
  if (!ImGui::BeginTable("switches", columns, ImGuiTableFlags_SizingStretchSame)) return;
  for (size_t l : layers) {
    ImGui::TableNextColumn();
    tariff::LayerChoice& choice = app.scenario.layers[l];
    bool on = choice.on;
    const std::string& label = nameOf("layer_short", data.layers[l].id, data.layers[l].shortName);
    if (toggleSwitch(data.layers[l].id.c_str(), label, &on, theme::colour::kLayer)) {
      choice.on = on;
      app.layersEdited();  // as in the full view: a new date no longer resets the layers
    }
    test_hook::recordItem("layer:", data.layers[l].id);
    itemTooltip(nameOf("layer_explanation", data.layers[l].id, data.layers[l].explanation));
  }
  ImGui::TableNextColumn();
  bool offers = app.anyOfferOn();
  if (toggleSwitch("offers", tr("compact.offers_switch"), &offers, theme::colour::kOffer)) app.setOffers(offers);
  test_hook::recordItem("", "offers-switch");
  itemTooltip(tr("compact.offers_tooltip"));
  ImGui::EndTable();
}

// Who made it, how, from what, and as of when; each a way to more.
void drawCredit(App& app) {
  ImGui::PushFont(theme::fonts().small);
  alignWithLinks();
  textDim(tr("compact.credit"));
  ImGui::SameLine(0, theme::px(4));
  // The ids after ###: the same links whatever the language says on them.
  if (linkButton((std::string(tr("links.methodology")) + "###methodology").c_str()))
    platform::openUrl(platform::pageAddress() + "methodology.html");
  test_hook::recordItem("", "credit-methodology");
  ImGui::SameLine(0, theme::px(4));
  textDim(tr("layout.separator"));
  ImGui::SameLine(0, theme::px(4));
  if (linkButton((std::string(tr("links.sources")) + "###sources").c_str()))
    platform::openUrl(platform::pageAddress() + "methodology.html#sources");
  test_hook::recordItem("", "credit-sources");
  const std::string asOf = trf("compact.data_as_of", {{"date", longDay(app.data().lawAsOf)}});
  sameLineIfFits(ImGui::CalcTextSize(asOf.c_str()).x, theme::px(4));
  textDim(asOf);
  ImGui::PopFont();
}

}  // namespace

void drawCompactView(App& app) {
  const float top = ImGui::GetCursorPosY();
  // Scrolls only in a frame too short for it (an embed without the embed script); NavFlattened:
  // Tab and the arrows go through it as through the page.
  // Not drawn at all (a canvas of no height while the frame is being laid out): ImGui skips the
  // items, and the height measured would be the title's alone, which would shrink the frame.
  const bool drawn = ImGui::BeginChild("compact", ImVec2(0, 0), ImGuiChildFlags_None,
                                       ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NavFlattened);
  drawCompactResult(app);
  drawWhoPaysBar(app);
  ImGui::Dummy(ImVec2(0, theme::px(2)));
  drawCompactWaterfall(app);
  drawSwitches(app);
  drawShareFooter(app);
  drawCredit(app);
  // What the whole graphic needs, for the frame's height (docs/embedding.md).
  const float content = ImGui::GetCursorPosY();
  const bool scrolls = ImGui::GetScrollMaxY() > 0;
  ImGui::EndChild();
  if (drawn) platform::reportContentHeight(top + content + ImGui::GetStyle().WindowPadding.y, scrolls);
}

}  // namespace usjp
