// The model's assumptions, folded away by default: who pays a tariff (pass-through), how readily
// buyers switch to other suppliers and to US-made goods, the yen rate, the horizon, and how much of
// each offer is new trade.
#include <algorithm>
#include <cstdio>
#include <vector>

#include "format.h"
#include "panels.h"
#include "test_hook.h"
#include "theme.h"
#include "widgets.h"

namespace usjp {
namespace {

std::string rangeText(const tariff::Sourced& s, const char* format) {
  std::string text = "Default " + formatted(format, s.value);
  if (s.hasRange) text += " (range " + formatted(format, s.low) + " to " + formatted(format, s.high) + ")";
  return text;
}

bool sliderDouble(const char* id, double& value, double lo, double hi, const char* format) {
  ImGui::SetNextItemWidth(-FLT_MIN);
  const bool dragged = ImGui::SliderScalar(id, ImGuiDataType_Double, &value, &lo, &hi, format);
  return sliderArrowKeys(value, lo, hi, (hi - lo) / 20) || dragged;
}

void drawHorizon(App& app) {
  tariff::Assumptions& a = app.scenario.assumptions;
  ImGui::TextUnformatted("Time horizon");
  itemTooltip(
      "Buyers switch less in the first year than over several years. Short run: each switching "
      "figure times " +
      formatted("%.2g", a.shortRunFactor) + ".\n" + provenance(app, app.data().shortRunFactor));
  if (segmentButton("Short run (about a year)", a.horizon == tariff::Horizon::ShortRun)) {
    a.horizon = tariff::Horizon::ShortRun;
    app.edited();
  }
  test_hook::recordItem("", "horizon-short");
  ImGui::SameLine(0, 0);
  if (segmentButton("Long run", a.horizon == tariff::Horizon::LongRun)) {
    a.horizon = tariff::Horizon::LongRun;
    app.edited();
  }
  test_hook::recordItem("", "horizon-long");
}

void drawYenRate(App& app) {
  tariff::Assumptions& a = app.scenario.assumptions;
  ImGui::TextUnformatted("Yen per dollar");
  itemTooltip("Converts the yen amounts (the chip purchases) to dollars.");
  if (sliderDouble("##yen", a.yenPerUsd, 100, 200, "%.2f yen")) app.edited();
  test_hook::recordItem("", "yen-per-usd");
  for (const tariff::NamedRate& rate : app.data().yenRates) {
    const std::string label = formatted("%.2f", rate.yenPerUsd.value) + " (" + rate.yenPerUsd.asOf + ")";
    if (actionButton(label.c_str())) {
      a.yenPerUsd = rate.yenPerUsd.value;
      app.edited();
    }
    itemTooltip(provenance(app, rate.yenPerUsd));
    ImGui::SameLine();
  }
  ImGui::NewLine();
}

void drawImportDemand(App& app) {
  tariff::Assumptions& a = app.scenario.assumptions;
  ImGui::TextUnformatted("Switching to US-made goods");
  itemTooltip(
      "How much all imports of a sector fall when they cost more than US-made goods (long run; a 1% "
      "rise cuts them by this many %).\n" +
      rangeText(app.data().importDemand, "%.1f") + ". " + provenance(app, app.data().importDemand));
  if (sliderDouble("##import-demand", a.importDemand, 0, 4, "%.1f")) app.edited();
  test_hook::recordItem("", "import-demand");
}

void drawSectorAssumptions(App& app) {
  const tariff::TradeData& data = app.data();
  tariff::Assumptions& a = app.scenario.assumptions;
  ImGui::TextUnformatted("By sector");
  const ImGuiTableFlags flags =
      ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("sector-assumptions", 3, flags)) return;
  ImGui::TableSetupColumn("Sector", ImGuiTableColumnFlags_WidthStretch, 1.2f);
  ImGui::TableSetupColumn("Buyers' share", ImGuiTableColumnFlags_WidthStretch, 1.0f);
  ImGui::TableSetupColumn("Switching", ImGuiTableColumnFlags_WidthStretch, 1.0f);
  ImGui::TableHeadersRow();
  for (size_t i = 0; i < data.sectors.size() && i < a.sectors.size(); ++i) {
    const tariff::SectorDefaults& defaults = data.sectorDefaults[i];
    ImGui::PushID(static_cast<int>(i));
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    textWrapped(data.sectors[i].name);
    ImGui::TableNextColumn();
    if (sliderDouble("##pt", a.sectors[i].passThrough, 0, 1, "%.2f")) app.edited();
    test_hook::recordItem("pass-through:", data.sectors[i].id);
    itemTooltip("Pass-through: the share of a tariff rise that US buyers pay; Japanese exporters absorb the rest.\n" +
                rangeText(defaults.passThrough, "%.2f") + ". " + provenance(app, defaults.passThrough));
    ImGui::TableNextColumn();
    if (sliderDouble("##el", a.sectors[i].substitution, 0, 10, "%.1f")) app.edited();
    test_hook::recordItem("substitution:", data.sectors[i].id);
    itemTooltip(
        "How readily buyers switch between Japan and other foreign suppliers when one costs more (long "
        "run).\n" +
        rangeText(defaults.substitution, "%.1f") + ". " + provenance(app, defaults.substitution));
    ImGui::PopID();
  }
  ImGui::EndTable();
}

// Which evidence each sector's default comes from, said once per piece of evidence: the sectors it
// covers, the default and its range, the source's title and the method (data/assumptions.json).
struct EvidenceGroup {
  const tariff::Sourced* figure = nullptr;
  std::string sectors;
  std::vector<std::string> methods;
};

void drawEvidence(App& app, const char* key, const char* title, tariff::Sourced tariff::SectorDefaults::*member,
                  const char* format) {
  const tariff::TradeData& data = app.data();
  std::vector<EvidenceGroup> groups;
  for (size_t i = 0; i < data.sectorDefaults.size() && i < data.sectors.size(); ++i) {
    const tariff::Sourced& f = data.sectorDefaults[i].*member;
    auto same = [&](const EvidenceGroup& g) {
      return g.figure->source == f.source && g.figure->value == f.value && g.figure->low == f.low &&
             g.figure->high == f.high;
    };
    auto it = std::find_if(groups.begin(), groups.end(), same);
    if (it == groups.end()) it = groups.insert(groups.end(), EvidenceGroup{&f, "", {}});
    it->sectors += (it->sectors.empty() ? "" : ", ") + data.sectors[i].name;
    if (!f.method.empty() && std::find(it->methods.begin(), it->methods.end(), f.method) == it->methods.end())
      it->methods.push_back(f.method);
  }
  ImGui::PushFont(theme::fonts().strong);
  textWrapped(title);
  ImGui::PopFont();
  test_hook::recordItem("evidence:", key);
  ImGui::PushFont(theme::fonts().small);
  for (const EvidenceGroup& g : groups) {
    ImGui::Bullet();
    ImGui::BeginGroup();
    textColoured(theme::colour::kText, g.sectors + ": " + rangeText(*g.figure, format) + ".");
    const tariff::Source* source = data.source(g.figure->source);
    textDim("Evidence: " + (source ? source->title : g.figure->source) +
            (g.figure->estimate ? " (our reading: an estimate)" : "") + ".");
    for (const std::string& m : g.methods) textDim(m);
    ImGui::EndGroup();
  }
  ImGui::PopFont();
}

}  // namespace

void drawAssumptionsPanel(App& app) {
  ImGui::Dummy(ImVec2(0, theme::px(6)));
  ImGui::PushFont(theme::fonts().heading);
  const bool open = ImGui::CollapsingHeader("Assumptions");
  ImGui::PopFont();
  test_hook::recordItem("", "assumptions");
  if (!open) return;
  if (actionButton("Reset to the cited defaults")) app.resetAssumptions();
  test_hook::recordItem("", "assumptions-reset");
  textDim("Each default has a source: hover or focus a control to see it.");
  drawHorizon(app);
  drawYenRate(app);
  drawImportDemand(app);
  drawSectorAssumptions(app);
  ImGui::Dummy(ImVec2(0, theme::px(4)));
  drawEvidence(app, "pass-through", "Where the defaults come from: who pays (buyers' share)",
               &tariff::SectorDefaults::passThrough, "%.2f");
  drawEvidence(app, "substitution", "Where the defaults come from: switching between suppliers",
               &tariff::SectorDefaults::substitution, "%.1f");
  textDim(
      "How much of each of Japan's offers counts as new US exports is set with each offer, under \"Counted as new "
      "US exports\".");
}

}  // namespace usjp
