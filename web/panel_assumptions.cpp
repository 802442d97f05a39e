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
#include "words.h"

namespace usjp {
namespace {

std::string rangeText(const tariff::Sourced& s, const char* format) {
  if (!s.hasRange) return trf("assumptions.default", {{"value", formatted(format, s.value)}});
  return trf(
      "assumptions.default_range",
      {{"value", formatted(format, s.value)}, {"low", formatted(format, s.low)}, {"high", formatted(format, s.high)}});
}

// A sector's name in the reader's language.
const std::string& sectorName(const tariff::ImportSector& sector) { return nameOf("sector", sector.id, sector.name); }

// A button's label in the reader's language with an id that stays the same in every language.
std::string labelWithId(const char* key, const char* id) { return std::string(tr(key)) + "###" + id; }

bool sliderDouble(const char* id, double& value, double lo, double hi, const char* format) {
  ImGui::SetNextItemWidth(-FLT_MIN);
  const bool dragged = ImGui::SliderScalar(id, ImGuiDataType_Double, &value, &lo, &hi, format);
  return sliderArrowKeys(value, lo, hi, (hi - lo) / 20) || dragged;
}

void drawHorizon(App& app) {
  tariff::Assumptions& a = app.scenario.assumptions;
  ImGui::TextUnformatted(tr("assumptions.horizon"));
  itemTooltip(trf("assumptions.horizon_help", {{"factor", formatted("%.2g", a.shortRunFactor)},
                                               {"source", provenance(app, app.data().shortRunFactor)}}));
  if (segmentButton(labelWithId("assumptions.short_run", "horizon-short").c_str(),
                    a.horizon == tariff::Horizon::ShortRun)) {
    a.horizon = tariff::Horizon::ShortRun;
    app.edited();
  }
  test_hook::recordItem("", "horizon-short");
  ImGui::SameLine(0, 0);
  if (segmentButton(labelWithId("assumptions.long_run", "horizon-long").c_str(),
                    a.horizon == tariff::Horizon::LongRun)) {
    a.horizon = tariff::Horizon::LongRun;
    app.edited();
  }
  test_hook::recordItem("", "horizon-long");
}

void drawYenRate(App& app) {
  tariff::Assumptions& a = app.scenario.assumptions;
  ImGui::TextUnformatted(tr("assumptions.yen_per_usd"));
  itemTooltip(tr("assumptions.yen_per_usd_help"));
  if (sliderDouble("##yen", a.yenPerUsd, 100, 200, tr("assumptions.yen_format"))) app.edited();
  test_hook::recordItem("", "yen-per-usd");
  for (const tariff::NamedRate& rate : app.data().yenRates) {
    const std::string label = trf("assumptions.yen_rate_choice", {{"rate", formatted("%.2f", rate.yenPerUsd.value)},
                                                                  {"date", dataDateText(rate.yenPerUsd.asOf)}});
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
  ImGui::TextUnformatted(tr("assumptions.import_demand"));
  itemTooltip(trf("assumptions.import_demand_help", {{"range", rangeText(app.data().importDemand, "%.1f")},
                                                     {"source", provenance(app, app.data().importDemand)}}));
  if (sliderDouble("##import-demand", a.importDemand, 0, 4, "%.1f")) app.edited();
  test_hook::recordItem("", "import-demand");
}

void drawSectorAssumptions(App& app) {
  const tariff::TradeData& data = app.data();
  tariff::Assumptions& a = app.scenario.assumptions;
  ImGui::TextUnformatted(tr("assumptions.by_sector"));
  const ImGuiTableFlags flags =
      ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("sector-assumptions", 3, flags)) return;
  // Each title ends in a ###id: the header's ImGui id stays the same in every language.
  ImGui::TableSetupColumn(labelWithId("assumptions.col_sector", "sector").c_str(), ImGuiTableColumnFlags_WidthStretch,
                          1.2f);
  ImGui::TableSetupColumn(labelWithId("assumptions.col_buyers_share", "buyers-share").c_str(),
                          ImGuiTableColumnFlags_WidthStretch, 1.0f);
  ImGui::TableSetupColumn(labelWithId("assumptions.col_switching", "switching").c_str(),
                          ImGuiTableColumnFlags_WidthStretch, 1.0f);
  ImGui::TableHeadersRow();
  for (size_t i = 0; i < data.sectors.size() && i < a.sectors.size(); ++i) {
    const tariff::SectorDefaults& defaults = data.sectorDefaults[i];
    ImGui::PushID(static_cast<int>(i));
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    textWrapped(sectorName(data.sectors[i]));
    ImGui::TableNextColumn();
    if (sliderDouble("##pt", a.sectors[i].passThrough, 0, 1, "%.2f")) app.edited();
    test_hook::recordItem("pass-through:", data.sectors[i].id);
    itemTooltip(trf("assumptions.pass_through_help", {{"range", rangeText(defaults.passThrough, "%.2f")},
                                                      {"source", provenance(app, defaults.passThrough)}}));
    ImGui::TableNextColumn();
    if (sliderDouble("##el", a.sectors[i].substitution, 0, 10, "%.1f")) app.edited();
    test_hook::recordItem("substitution:", data.sectors[i].id);
    itemTooltip(trf("assumptions.substitution_help", {{"range", rangeText(defaults.substitution, "%.1f")},
                                                      {"source", provenance(app, defaults.substitution)}}));
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
    it->sectors += (it->sectors.empty() ? "" : tr("assumptions.sector_separator")) + sectorName(data.sectors[i]);
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
    textColoured(theme::colour::kText,
                 trf("assumptions.evidence_line", {{"sectors", g.sectors}, {"range", rangeText(*g.figure, format)}}));
    const tariff::Source* source = data.source(g.figure->source);
    textDim(trf("assumptions.evidence_source",
                {{"source", source ? nameOf("source", source->id, source->title) : g.figure->source},
                 {"estimate", g.figure->estimate ? std::string(tr("assumptions.our_estimate")) : std::string()}}));
    for (const std::string& m : g.methods) textDim(nameOf("method", m, m));
    ImGui::EndGroup();
  }
  ImGui::PopFont();
}

}  // namespace

void drawAssumptionsPanel(App& app) {
  ImGui::Dummy(ImVec2(0, theme::px(6)));
  ImGui::PushFont(theme::fonts().heading);
  // The same id in every language.
  const bool open = ImGui::CollapsingHeader(labelWithId("assumptions.title", "Assumptions").c_str());
  ImGui::PopFont();
  test_hook::recordItem("", "assumptions");
  if (!open) return;
  if (actionButton(labelWithId("assumptions.reset", "assumptions-reset").c_str())) app.resetAssumptions();
  test_hook::recordItem("", "assumptions-reset");
  textDim(tr("assumptions.sources_note"));
  drawHorizon(app);
  drawYenRate(app);
  drawImportDemand(app);
  drawSectorAssumptions(app);
  ImGui::Dummy(ImVec2(0, theme::px(4)));
  drawEvidence(app, "pass-through", tr("assumptions.evidence_pass_through"), &tariff::SectorDefaults::passThrough,
               "%.2f");
  drawEvidence(app, "substitution", tr("assumptions.evidence_substitution"), &tariff::SectorDefaults::substitution,
               "%.1f");
  textDim(tr("assumptions.offers_note"));
}

}  // namespace usjp
