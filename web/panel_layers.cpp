// The left column's top: which scenario (presets, then timeline.cpp's date control) and the US
// tariff layers, grouped by the legal authority behind them.
#include <algorithm>

#include "format.h"
#include "panels.h"
#include "test_hook.h"
#include "theme.h"
#include "widgets.h"

namespace usjp {
namespace {

using tariff::Authority;

struct AuthorityText {
  Authority authority;
  const char* key;  // for the test hook
  const char* title;
  const char* about;
};

const AuthorityText kAuthorities[] = {
    {Authority::Ieepa, "ieepa", "IEEPA (emergency powers): \"reciprocal\" tariffs",
     "Executive orders under the International Emergency Economic Powers Act: the country rates, the part the US "
     "negotiated with Japan. Goods under Section 232 do not pay them."},
    {Authority::Section232, "s232", "Section 232: tariffs by product",
     "Proclamations under Section 232 of the Trade Expansion Act of 1962 (national security): metals, cars and "
     "parts, trucks, lumber, chips, medicines, for every country, some with a lower rate for Japan. The Supreme "
     "Court ruling did not touch them."},
    {Authority::Section122, "s122", "Section 122: balance-of-payments surcharge",
     "Section 122 of the Trade Act of 1974: a surcharge of up to 15% for at most 150 days."},
    {Authority::Section301, "s301", "Section 301: trade practices",
     "Section 301 of the Trade Act of 1974: duties after an investigation of another country's trade practices; "
     "since 24 July 2026, 12.5% in all on most of Japan's goods."},
};

// A preset's name only while the scenario is exactly that preset (core presetOf).
std::string presetLabel(const App& app) {
  const tariff::Preset* p = tariff::presetOf(app.data(), app.scenario);
  return p ? p->name : std::string("Your own settings");
}

std::string dateSpan(tariff::Day from, tariff::Day to) {
  return tariff::formatDate(from) + " \u2192 " +
         (to == tariff::kNoEnd ? std::string("no end date") : tariff::formatDate(to));
}

std::string layerDates(const tariff::TariffLayer& layer) {
  std::string text = dateSpan(layer.start, layer.end);
  for (const tariff::DateSpan& pause : layer.pauses) text += "; paused " + dateSpan(pause.from, pause.to);
  if (layer.retroactiveTo != tariff::kNoEnd) text += "; retroactive to " + tariff::formatDate(layer.retroactiveTo);
  return text;
}

// What the layer reaches and how it stacks: the switch's tooltip (cut at three lines) and, whole,
// the "more" text under the layer.
std::string layerCoverage(const App& app, const tariff::TariffLayer& layer) {
  const tariff::TradeData& data = app.data();
  std::string text = "Applies to: ";
  if (layer.allGoods) {
    text += "all goods";
  } else {
    // The sectors it reaches, with the share of each sector's 2024 imports its product lists name.
    bool first = true;
    for (size_t i = 0; i < data.sectors.size(); ++i) {
      const double share = layer.coverage[i].value;
      if (share < 0.005) continue;
      text += (first ? "" : ", ") + data.sectors[i].name;
      if (share < 0.995) text += " (" + tariff::formatPct(share * 100, 0) + ")";
      first = false;
    }
  }
  for (const tariff::Exemption& e : layer.exemptions)
    text += ";\nexcept " + data.lists[e.list].name + " from " + tariff::formatDate(e.from);
  text += layer.stacking == tariff::Stacking::InclusiveOfMfn
              ? ".\nIncludes the normal tariff: a good whose normal tariff is already at or above the rate pays "
                "nothing more."
              : ".\nOn top of the normal tariff.";
  for (int r : layer.replaces) text += "\nReplaces \"" + data.layers[r].name + "\" when both are on.";
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
  itemTooltip("The layer's rate: drag, use the arrow keys, or Ctrl+click to type it. The law's rate (the mark): " +
              tariff::formatPct(law) + ".");
  ImGui::SameLine(0, theme::px(8));
  ImGui::TextUnformatted(tariff::formatPct(choice.ratePct).c_str());
}

void drawLayerEffect(const App& app, size_t l) {
  const tariff::LayerChoice& choice = app.evaluated().layers[l];
  const tariff::LayerEffect& effect = app.results().layers[l];
  ImGui::PushFont(theme::fonts().small);
  if (choice.on && !effect.applied) {
    textColoured(theme::colour::kWarning,
                 "On, but adds nothing in this scenario: replaced by another layer, excluded "
                 "(Section 232 goods) or exempt on this date.");
  } else if (effect.applied) {
    textColoured(theme::colour::kText, "Deficit " + tariff::formatSignedUsd(effect.deficitChangeUsd) +
                                           "; duty it adds " + tariff::formatUsd(effect.tariffBurdenUsd));
  }
  ImGui::PopFont();
}

void drawLayer(App& app, size_t l) {
  const tariff::TariffLayer& layer = app.data().layers[l];
  tariff::LayerChoice& choice = app.scenario.layers[l];
  ImGui::PushID(static_cast<int>(l));
  bool on = choice.on;
  if (toggleSwitch("switch", layer.name, &on, theme::colour::kLayer)) {
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
    textDim(layer.explanation);
    moreText(app, layer.id, coverage, layer.ratePct.source);
  } else {
    ImGui::PushFont(theme::fonts().small);
    textDim(dates);
    ImGui::PopFont();
    moreText(app, layer.id, layer.explanation + "\n" + coverage, layer.ratePct.source);
  }
  drawLayerEffect(app, l);
  ImGui::Unindent(switchIndent());
  ImGui::Dummy(ImVec2(0, theme::px(4)));
  ImGui::PopID();
}

}  // namespace

void drawPresetPicker(App& app) {
  sectionTitle("Scenario");
  const std::string current = presetLabel(app);
  ImGui::SetNextItemWidth(-FLT_MIN);
  if (ImGui::BeginCombo("##preset", current.c_str(), ImGuiComboFlags_HeightLargest)) {
    for (size_t p = 0; p < app.data().presets.size(); ++p) {
      const tariff::Preset& preset = app.data().presets[p];
      if (ImGui::Selectable(preset.name.c_str(), preset.id == app.scenario.presetId))
        app.applyPreset(static_cast<int>(p));
      test_hook::recordItem("preset:", preset.id);
      itemTooltip(preset.description);
    }
    ImGui::EndCombo();
  }
  test_hook::recordItem("", "preset-combo");
  if (const tariff::Preset* p = tariff::presetOf(app.data(), app.scenario)) textDim(p->description);
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
  ImGui::SeparatorText(group.title);
  ImGui::PopFont();
  itemTooltip(group.about);
  int foldedCount = 0;
  for (size_t l = 0; l < app.data().layers.size(); ++l) {
    if (app.data().layers[l].authority != group.authority) continue;
    if (folded(app, l))
      ++foldedCount;
    else
      drawLayer(app, l);
  }
  if (foldedCount == 0) return;
  ImGui::PushID(group.title);
  ImGuiStorage* state = ImGui::GetStateStorage();
  const ImGuiID id = ImGui::GetID("folded");
  const bool open = state->GetBool(id, false);
  ImGui::PushFont(theme::fonts().small);
  const std::string what = std::to_string(foldedCount) + (foldedCount == 1 ? " measure" : " measures") +
                           " not in force on " + tariff::formatDate(app.scenario.date);
  const std::string label = (open ? "Hide the " : "Show the ") + what + "###fold";
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
  sectionTitle("US tariffs on goods from Japan");
  textDim(
      "Switch a tariff on to apply it; drag its rate. Every good also pays its normal tariff, the one the US "
      "charges all trading partners (\"most favored nation\", MFN).");
  for (const AuthorityText& group : kAuthorities) drawGroup(app, group);
}

}  // namespace usjp
