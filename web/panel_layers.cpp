// The left column's top: which scenario (presets, then timeline.cpp's date control) and the US
// tariff layers, grouped by the legal authority behind them.
#include <algorithm>

#include "format.h"
#include "panels.h"
#include "test_hook.h"
#include "theme.h"
#include "widgets.h"
#include "words.h"

namespace usjp {
namespace {

using tariff::Authority;

struct AuthorityText {
  Authority authority;
  const char* key;    // for the test hook and the fold's ImGui id
  const char* title;  // keys of the words (tr)
  const char* about;
};

const AuthorityText kAuthorities[] = {
    {Authority::Ieepa, "ieepa", "layers.ieepa_title", "layers.ieepa_about"},
    {Authority::Section232, "s232", "layers.s232_title", "layers.s232_about"},
    {Authority::Section122, "s122", "layers.s122_title", "layers.s122_about"},
    {Authority::Section301, "s301", "layers.s301_title", "layers.s301_about"},
};

// A preset's name only while the scenario is exactly that preset (core presetOf).
std::string presetLabel(const App& app) {
  const tariff::Preset* p = tariff::presetOf(app.data(), app.scenario);
  return p ? nameOf("preset", p->id, p->name) : std::string(tr("scenario.own_settings"));
}

std::string dateSpan(tariff::Day from, tariff::Day to) {
  return trf("layers.date_span",
             {{"from", dayText(from)}, {"to", to == tariff::kNoEnd ? std::string(tr("layers.no_end")) : dayText(to)}});
}

std::string layerDates(const tariff::TariffLayer& layer) {
  std::string text = dateSpan(layer.start, layer.end);
  for (const tariff::DateSpan& pause : layer.pauses)
    text += trf("layers.paused", {{"span", dateSpan(pause.from, pause.to)}});
  if (layer.retroactiveTo != tariff::kNoEnd)
    text += trf("layers.retroactive", {{"date", dayText(layer.retroactiveTo)}});
  return text;
}

// What the layer reaches and how it stacks: the switch's tooltip (cut at three lines) and, whole,
// the "more" text under the layer.
std::string layerCoverage(const App& app, const tariff::TariffLayer& layer) {
  const tariff::TradeData& data = app.data();
  std::string what;
  if (layer.allGoods) {
    what = tr("layers.all_goods");
  } else {
    // The sectors it reaches, with the share of each sector's 2024 imports its product lists name.
    bool first = true;
    for (size_t i = 0; i < data.sectors.size(); ++i) {
      const double share = layer.coverage[i].value;
      if (share < 0.005) continue;
      const tariff::ImportSector& sector = data.sectors[i];
      const std::string& name = nameOf("sector", sector.id, sector.name);
      if (!first) what += tr("layers.list_separator");
      what += share < 0.995 ? trf("layers.sector_share", {{"sector", name}, {"pct", tariff::formatPct(share * 100, 0)}})
                            : name;
      first = false;
    }
  }
  std::string text = trf("layers.applies_to", {{"what", what}});
  for (const tariff::Exemption& e : layer.exemptions) {
    const tariff::ProductList& list = data.lists[e.list];
    text += trf("layers.except", {{"list", nameOf("list", list.id, list.name)}, {"date", dayText(e.from)}});
  }
  text += tr(layer.stacking == tariff::Stacking::InclusiveOfMfn ? "layers.includes_mfn" : "layers.on_top_of_mfn");
  for (int r : layer.replaces)
    text += trf("layers.replaces", {{"layer", nameOf("layer", data.layers[r].id, data.layers[r].name)}});
  return text;
}

// The rate on a slider from 0 to 100% with a tick every 10 points and a mark at the law's rate; its
// value beside it, where the handle cannot cover it.
void drawRateSlider(App& app, size_t l) {
  tariff::LayerChoice& choice = app.scenario.layers[l];
  const double law = app.data().layers[l].ratePct.value;
  double rate = choice.ratePct;
  ImGui::SetNextItemWidth(std::min(theme::px(180), ImGui::GetContentRegionAvail().x * 0.6f));
  if (tickedSlider("##rate", rate, 0, 100, 10, law, "%.1f%%")) {
    choice.ratePct = std::clamp(rate, 0.0, 200.0);  // an input bound, not a figure
    app.layersEdited();
  }
  test_hook::recordItem("layer-rate:", app.data().layers[l].id);
  itemTooltip(trf("layers.rate_tooltip", {{"rate", tariff::formatPct(law)}}));
  ImGui::SameLine(0, theme::px(8));
  ImGui::TextUnformatted(tariff::formatPct(choice.ratePct).c_str());
}

void drawLayerEffect(const App& app, size_t l) {
  const tariff::LayerChoice& choice = app.evaluated().layers[l];
  const tariff::LayerEffect& effect = app.results().layers[l];
  ImGui::PushFont(theme::fonts().small);
  if (choice.on && !effect.applied) {
    textColoured(theme::colour::kWarning, tr("layers.adds_nothing"));
  } else if (effect.applied) {
    textColoured(theme::colour::kText, trf("layers.effect", {{"deficit", money(effect.deficitChangeUsd, true)},
                                                             {"duty", money(effect.tariffBurdenUsd)}}));
  }
  ImGui::PopFont();
}

void drawLayer(App& app, size_t l) {
  const tariff::TariffLayer& layer = app.data().layers[l];
  tariff::LayerChoice& choice = app.scenario.layers[l];
  ImGui::PushID(static_cast<int>(l));
  bool on = choice.on;
  if (toggleSwitch("switch", nameOf("layer", layer.id, layer.name), &on, theme::colour::kLayer)) {
    choice.on = on;
    app.layersEdited();
  }
  test_hook::recordItem("layer:", layer.id);
  const std::string coverage = layerCoverage(app, layer);
  itemTooltip(coverage);

  // A layer that is off shows its dates only (its explanation is under "more"): 25 layers in full
  // would make the column several screens long on a phone.
  ImGui::Indent(switchIndent());
  const std::string dates = layerDates(layer);
  const std::string& explanation = nameOf("layer_explanation", layer.id, layer.explanation);
  if (choice.on) {
    drawRateSlider(app, l);
    // The dates beside the rate when they fit, under it on a phone.
    ImGui::PushFont(theme::fonts().small);
    const float datesWidth = ImGui::CalcTextSize(dates.c_str()).x;
    const float used = ImGui::GetItemRectMax().x - ImGui::GetCursorScreenPos().x;  // slider and value
    if (ImGui::GetContentRegionAvail().x - used - theme::px(12) > datesWidth) {
      ImGui::SameLine(0, theme::px(12));
      ImGui::AlignTextToFramePadding();  // centred on the slider beside it
    }
    textDim(dates);
    ImGui::PopFont();
    textDim(explanation);
    moreText(app, layer.id, coverage, layer.ratePct.source);
  } else {
    ImGui::PushFont(theme::fonts().small);
    textDim(dates);
    ImGui::PopFont();
    moreText(app, layer.id, explanation + "\n" + coverage, layer.ratePct.source);
  }
  drawLayerEffect(app, l);
  ImGui::Unindent(switchIndent());
  ImGui::Dummy(ImVec2(0, theme::px(4)));
  ImGui::PopID();
}

}  // namespace

void drawPresetPicker(App& app) {
  sectionTitle(tr("scenario.heading"));
  const std::string current = presetLabel(app);
  ImGui::SetNextItemWidth(-FLT_MIN);
  if (ImGui::BeginCombo("##preset", current.c_str(), ImGuiComboFlags_HeightLargest)) {
    for (size_t p = 0; p < app.data().presets.size(); ++p) {
      const tariff::Preset& preset = app.data().presets[p];
      // The id after ###: the same item whatever the language shows.
      const std::string label = nameOf("preset", preset.id, preset.name) + "###" + preset.id;
      if (ImGui::Selectable(label.c_str(), preset.id == app.scenario.presetId)) app.applyPreset(static_cast<int>(p));
      test_hook::recordItem("preset:", preset.id);
      itemTooltip(nameOf("preset_description", preset.id, preset.description));
    }
    ImGui::EndCombo();
  }
  test_hook::recordItem("", "preset-combo");
  if (const tariff::Preset* p = tariff::presetOf(app.data(), app.scenario))
    textDim(nameOf("preset_description", p->id, p->description));
  ImGui::Dummy(ImVec2(0, theme::px(2)));
  drawDateControl(app);
}

namespace {

// Layers that are off and not in force on the scenario's date fold under one line per group: the
// date's law stays in view, the rest one click away. A layer the reader turned off stays where it is.
bool folded(const App& app, size_t l) {
  return !app.scenario.layers[l].on && !tariff::layerInForce(app.data().layers[l], app.scenario.date);
}

void drawGroup(App& app, const AuthorityText& group) {
  ImGui::Dummy(ImVec2(0, theme::px(2)));
  ImGui::PushFont(theme::fonts().strong);
  ImGui::SeparatorText(tr(group.title));
  ImGui::PopFont();
  itemTooltip(tr(group.about));
  int foldedCount = 0;
  for (size_t l = 0; l < app.data().layers.size(); ++l) {
    if (app.data().layers[l].authority != group.authority) continue;
    if (folded(app, l))
      ++foldedCount;
    else
      drawLayer(app, l);
  }
  if (foldedCount == 0) return;
  ImGui::PushID(group.key);
  ImGuiStorage* state = ImGui::GetStateStorage();
  const ImGuiID id = ImGui::GetID("folded");
  const bool open = state->GetBool(id, false);
  ImGui::PushFont(theme::fonts().small);
  const char* key = open ? (foldedCount == 1 ? "layers.fold_hide_one" : "layers.fold_hide")
                         : (foldedCount == 1 ? "layers.fold_show_one" : "layers.fold_show");
  const std::string label =
      trf(key, {{"n", std::to_string(foldedCount)}, {"date", dayText(app.scenario.date)}}) + "###fold";
  if (linkButton(label.c_str())) state->SetBool(id, !open);
  test_hook::recordItem("layers-fold:", group.key);
  ImGui::PopFont();
  ImGui::Dummy(ImVec2(0, theme::px(2)));
  if (open)
    for (size_t l = 0; l < app.data().layers.size(); ++l)
      if (app.data().layers[l].authority == group.authority && folded(app, l)) drawLayer(app, l);
  ImGui::PopID();
}

}  // namespace

void drawLayersPanel(App& app) {
  sectionTitle(tr("layers.heading"));
  textDim(tr("layers.intro"));
  for (const AuthorityText& group : kAuthorities) drawGroup(app, group);
}

}  // namespace usjp
