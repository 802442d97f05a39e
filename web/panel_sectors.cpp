// Sector by sector: imports before and after, the tariff, duties and who pays; sortable by any
// column. Vehicles also in units and per vehicle.
#include <algorithm>
#include <numeric>

#include "format.h"
#include "panels.h"
#include "test_hook.h"
#include "theme.h"
#include "widgets.h"
#include "words.h"

namespace usjp {
namespace {

// Yen as the language writes it: ¥1.00T in English, 1.00兆円 in Japanese.
std::string yenText(double yen) { return japanese() ? tariff::formatYenJa(yen) : tariff::formatYen(yen); }

// A sector's name in the reader's language.
const std::string& sectorName(const tariff::ImportSector& sector) { return nameOf("sector", sector.id, sector.name); }

enum Column { kSector, kTariff, kBefore, kAfter, kDuties, kExporters, kBuyers, kWhoPays, kColumns };

// The value a column sorts by; the who-pays column sorts by what buyers pay.
double sortValue(const tariff::SectorResult& s, int column) {
  switch (column) {
    case kTariff:
      return s.tariffPct;
    case kBefore:
      return s.importsBeforeUsd;
    case kAfter:
      return s.importsAfterUsd;
    case kDuties:
      return s.dutiesAfterUsd;
    case kExporters:
      return s.exporterCostUsd;
    case kBuyers:
    case kWhoPays:
      return s.buyerCostUsd;
    default:
      return 0;
  }
}

void sortRows(const App& app, std::vector<size_t>& order, const ImGuiTableSortSpecs* specs) {
  std::iota(order.begin(), order.end(), 0);
  if (!specs || specs->SpecsCount == 0) return;
  const ImGuiTableColumnSortSpecs& spec = specs->Specs[0];
  const bool ascending = spec.SortDirection == ImGuiSortDirection_Ascending;
  const auto& sectors = app.results().sectors;
  const auto& names = app.data().sectors;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    if (spec.ColumnIndex == kSector) {
      // Japanese names in code-point order would read as random (kanji have no alphabet order):
      // there the names keep the data's order, which groups the sectors by kind (vehicles, machinery,
      // chemicals, metals, ...).
      if (japanese()) return ascending ? a < b : b < a;
      const std::string &x = sectorName(names[a]), &y = sectorName(names[b]);
      return ascending ? x < y : y < x;
    }
    const double x = sortValue(sectors[a], spec.ColumnIndex), y = sortValue(sectors[b], spec.ColumnIndex);
    return ascending ? x < y : y < x;
  });
}

// Who bears the extra duty on what still trades: US buyers (purple, solid) and Japanese exporters
// (orange, hatched) as the two parts of one bar; the tooltip gives the dollars.
void whoPaysBar(const tariff::SectorResult& s) {
  const float width = std::max(ImGui::GetContentRegionAvail().x, theme::px(40));
  const float height = ImGui::GetTextLineHeight() * 0.75f;
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const float y = p.y + (ImGui::GetTextLineHeight() - height) * 0.5f;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const double total = s.tariffBurdenUsd;  // core: buyers' part plus exporters' price cuts
  if (total > 0) {
    const float split = p.x + width * static_cast<float>(s.buyerCostUsd / total);
    draw->AddRectFilled(ImVec2(p.x, y), ImVec2(split, y + height), theme::colour::kBuyers);
    draw->AddRectFilled(ImVec2(split, y), ImVec2(p.x + width, y + height), theme::colour::kExporters);
    draw->PushClipRect(ImVec2(split, y), ImVec2(p.x + width, y + height), true);
    for (float x = split - height; x < p.x + width; x += theme::px(4))
      draw->AddLine(ImVec2(x, y + height), ImVec2(x + height, y), IM_COL32(255, 255, 255, 170), theme::px(1));
    draw->PopClipRect();
  } else {
    draw->AddText(p, theme::colour::kTextDim, tr("sectors.no_extra_duty"));
  }
  ImGui::Dummy(ImVec2(width, ImGui::GetTextLineHeight()));
  itemTooltip(
      trf("sectors.who_pays_help", {{"buyers", money(s.buyerCostUsd)}, {"exporters", money(s.exporterPriceCostUsd)}}));
}

void cell(const std::string& text) {
  alignRight(text);
  ImGui::TextUnformatted(text.c_str());
}

// A header over a column of figures sits right, like the figures; if it needs two lines, it wraps.
void figureHeader(const char* title) {
  if (ImGui::CalcTextSize(title).x <= ImGui::GetContentRegionAvail().x)
    cell(title);
  else
    textWrapped(title);
}

void headerRow(int columns) {
  ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
  for (int column = 0; column < columns; ++column) {
    ImGui::TableSetColumnIndex(column);
    if (column == 0)
      textWrapped(ImGui::TableGetColumnName(column));
    else
      figureHeader(ImGui::TableGetColumnName(column));
  }
}

// Draws one row; returns the bottom of its sector name (screen y), the row's tallest cell.
float sectorRow(const App& app, size_t i) {
  const tariff::ImportSector& sector = app.data().sectors[i];
  const tariff::SectorResult& s = app.results().sectors[i];
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  textWrapped(sectorName(sector));
  const float nameBottom = ImGui::GetItemRectMax().y;
  test_hook::recordItem("sector:", sector.id);
  itemTooltip(
      trf("sectors.sector_help", {{"name", sectorName(sector)},
                                  {"hs", sector.hs.empty() ? std::string() : trf("sectors.hs", {{"hs", sector.hs}})},
                                  {"imports", provenance(app, sector.importsUsdM)},
                                  {"mfn", provenance(app, sector.mfnPct)}}));
  ImGui::TableNextColumn();
  cell(tariff::formatPct(s.tariffPct));
  itemTooltip(trf("sectors.tariff_help", {{"mfn", tariff::formatPct(s.mfnPct)}}));
  ImGui::TableNextColumn();
  cell(money(s.importsBeforeUsd, false, true));
  ImGui::TableNextColumn();
  cell(money(s.importsAfterUsd, false, true));
  itemTooltip(trf("sectors.after_help", {{"volume", signedPct(s.volumeChangePct)},
                                         {"exporter_price", signedPct(s.exporterPriceChangePct)},
                                         {"buyer_price", signedPct(s.buyerPriceChangePct)}}));
  ImGui::TableNextColumn();
  cell(money(s.dutiesAfterUsd, false, true));
  itemTooltip(trf("sectors.duties_help", {{"before", money(s.dutiesBeforeUsd)}}));
  ImGui::TableNextColumn();
  cell(money(s.exporterCostUsd, false, true));
  itemTooltip(trf("sectors.exporters_help",
                  {{"lost", money(s.tradeLostUsd)}, {"others", tariff::formatPct(s.othersAddedPct)}}));
  ImGui::TableNextColumn();
  cell(money(s.buyerCostUsd, false, true));
  ImGui::TableNextColumn();
  whoPaysBar(s);
  return nameBottom;
}

}  // namespace

void drawSectorTable(App& app) {
  sectionTitle(tr("sectors.title"));
  static std::vector<size_t> order;
  static int sortedFor = -1;  // App::evaluations() the order was sorted for
  order.resize(app.data().sectors.size());
  // On a narrow screen the table scrolls sideways with the sector names frozen. A scrolling table
  // needs its exact height, all its rows (the page scrolls, not the table); names wrap, so the
  // height is measured from the previous frame, starting from a one-line-per-row estimate.
  const bool sideways = ImGui::GetContentRegionAvail().x < theme::px(760);
  ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                          ImGuiTableFlags_BordersOuterH | ImGuiTableFlags_SizingFixedFit;
  static float measuredHeight = 0;
  float height = 0;
  if (sideways) {
    flags |= ImGuiTableFlags_ScrollX;
    const float rows = static_cast<float>(order.size() + 1);
    const float estimate = rows * (ImGui::GetTextLineHeight() + 2 * ImGui::GetStyle().CellPadding.y);
    height = std::max(estimate, measuredHeight) + ImGui::GetStyle().ScrollbarSize + theme::px(4);
  }
  const float top = ImGui::GetCursorScreenPos().y;
  if (!ImGui::BeginTable("sectors", kColumns, flags, ImVec2(0, height))) return;
  ImGui::TableSetupScrollFreeze(1, 1);
  // Names wrap in their column: it takes what the figures leave (desktop) or a fixed share (phone).
  // Each title ends in a ###id: the header's ImGui id stays the same in every language.
  auto title = [](const char* key, const char* id) { return std::string(tr(key)) + "###" + id; };
  ImGui::TableSetupColumn(
      title("sectors.col_sector", "sector").c_str(),
      ImGuiTableColumnFlags_NoHide | (sideways ? ImGuiTableColumnFlags_WidthFixed : ImGuiTableColumnFlags_WidthStretch),
      sideways ? theme::px(140) : 1.0f);
  ImGui::TableSetupColumn(title("sectors.col_tariff", "tariff").c_str(), ImGuiTableColumnFlags_PreferSortDescending);
  ImGui::TableSetupColumn(title("sectors.col_imports_2024", "imports-2024").c_str(),
                          ImGuiTableColumnFlags_PreferSortDescending);
  ImGui::TableSetupColumn(title("sectors.col_imports_after", "imports-after").c_str(),
                          ImGuiTableColumnFlags_PreferSortDescending);
  ImGui::TableSetupColumn(title("sectors.col_duties", "duties").c_str(), ImGuiTableColumnFlags_PreferSortDescending);
  ImGui::TableSetupColumn(title("sectors.col_exporters", "exporters").c_str(),
                          ImGuiTableColumnFlags_PreferSortDescending | ImGuiTableColumnFlags_DefaultSort);
  ImGui::TableSetupColumn(title("sectors.col_buyers", "buyers").c_str(), ImGuiTableColumnFlags_PreferSortDescending);
  ImGui::TableSetupColumn(title("sectors.col_who_pays", "who-pays").c_str(),
                          ImGuiTableColumnFlags_PreferSortDescending | ImGuiTableColumnFlags_WidthFixed,
                          theme::px(120));
  ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
  for (int column = 0; column < kColumns; ++column) {
    if (!ImGui::TableSetColumnIndex(column)) continue;
    ImGui::TableHeader(ImGui::TableGetColumnName(column));
    test_hook::recordItem("sector-header:", std::to_string(column));
  }
  if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs();
      specs && (specs->SpecsDirty || sortedFor != app.evaluations())) {
    sortRows(app, order, specs);
    specs->SpecsDirty = false;
    sortedFor = app.evaluations();
  }
  float bottom = top;
  for (size_t i : order) bottom = std::max(bottom, sectorRow(app, i));
  ImGui::EndTable();
  measuredHeight = bottom + ImGui::GetStyle().CellPadding.y - top;
  // In Japanese the cells are yen: the note gives the rate they are converted at.
  textDim(trf("sectors.note", {{"rate", formatted("%.2f", app.evaluated().assumptions.yenPerUsd)}}));
}

namespace {

// On a phone, a sentence per vehicle sector reads better than five squeezed columns.
void vehicleSentences(const App& app) {
  const tariff::TradeData& data = app.data();
  for (size_t i = 0; i < data.sectors.size(); ++i) {
    if (!data.sectors[i].hasUnits) continue;
    const tariff::SectorResult& s = app.results().sectors[i];
    ImGui::PushFont(theme::fonts().strong);
    textWrapped(sectorName(data.sectors[i]));
    ImGui::PopFont();
    textWrapped(trf("sectors.vehicle_sentence", {{"before", tariff::formatCount(s.unitsBefore)},
                                                 {"after", tariff::formatCount(s.unitsAfter)},
                                                 {"change", signedPct(s.volumeChangePct)},
                                                 {"absorb", money(s.exporterPriceCostPerUnitUsd)},
                                                 {"pay", money(s.buyerCostPerUnitUsd)}}));
    itemTooltip(trf("sectors.units_help", {{"source", provenance(app, data.sectors[i].units)}}));
  }
}

void vehicleTable(const App& app) {
  const tariff::TradeData& data = app.data();
  const tariff::Results& r = app.results();
  const ImGuiTableFlags flags =
      ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("vehicles", 5, flags)) return;
  ImGui::TableSetupColumn(tr("sectors.col_sector"), ImGuiTableColumnFlags_WidthStretch, 1.4f);
  ImGui::TableSetupColumn(tr("sectors.col_vehicles_2024"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
  ImGui::TableSetupColumn(tr("sectors.col_vehicles_after"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
  ImGui::TableSetupColumn(tr("sectors.col_absorb_per_vehicle"), ImGuiTableColumnFlags_WidthStretch, 1.2f);
  ImGui::TableSetupColumn(tr("sectors.col_pay_per_vehicle"), ImGuiTableColumnFlags_WidthStretch, 1.2f);
  headerRow(5);
  for (size_t i = 0; i < data.sectors.size(); ++i) {
    if (!data.sectors[i].hasUnits) continue;
    const tariff::SectorResult& s = r.sectors[i];
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    textWrapped(sectorName(data.sectors[i]));
    itemTooltip(trf("sectors.units_help", {{"source", provenance(app, data.sectors[i].units)}}));
    ImGui::TableNextColumn();
    cell(tariff::formatCount(s.unitsBefore));
    ImGui::TableNextColumn();
    cell(tariff::formatCount(s.unitsAfter));
    itemTooltip(trf("sectors.volume_help", {{"change", signedPct(s.volumeChangePct)}}));
    ImGui::TableNextColumn();
    cell(money(s.exporterPriceCostPerUnitUsd, false, true));
    itemTooltip(tr("sectors.absorb_per_vehicle_help"));
    ImGui::TableNextColumn();
    cell(money(s.buyerCostPerUnitUsd, false, true));
    itemTooltip(tr("sectors.pay_per_vehicle_help"));
  }
  ImGui::EndTable();
}

// Who pays among Japan's carmakers: each maker's share of its sector's cost, by 2024 units (core,
// methodology §3.7). Five columns on a wide screen; three on a phone, units under the name and yen
// under dollars.
void carmakerTable(const App& app) {
  const tariff::TradeData& data = app.data();
  const tariff::Results& r = app.results();
  if (data.carmakers.empty() || r.carmakers.size() != data.carmakers.size()) return;
  ImGui::Dummy(ImVec2(0, theme::px(4)));
  ImGui::PushFont(theme::fonts().strong);
  ImGui::TextUnformatted(tr("sectors.carmakers_title"));
  ImGui::PopFont();
  const bool narrow = ImGui::GetContentRegionAvail().x < theme::px(560);
  const ImGuiTableFlags flags =
      ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
  const int columns = narrow ? 3 : 5;
  if (!ImGui::BeginTable("carmakers", columns, flags)) return;
  if (narrow) {
    ImGui::TableSetupColumn(tr("sectors.col_maker_cars"), ImGuiTableColumnFlags_WidthStretch, 1.3f);
    ImGui::TableSetupColumn(tr("sectors.col_maker_cost"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn(tr("sectors.col_absorbed_per_car"), ImGuiTableColumnFlags_WidthStretch, 0.9f);
  } else {
    ImGui::TableSetupColumn(tr("sectors.col_maker"), ImGuiTableColumnFlags_WidthStretch, 1.5f);
    ImGui::TableSetupColumn(tr("sectors.col_cars_2024"), ImGuiTableColumnFlags_WidthStretch, 1.1f);
    ImGui::TableSetupColumn(tr("sectors.col_maker_cost"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn(tr("sectors.col_in_yen"), ImGuiTableColumnFlags_WidthStretch, 0.9f);
    ImGui::TableSetupColumn(tr("sectors.col_absorbed_per_car_sold"), ImGuiTableColumnFlags_WidthStretch, 1.1f);
  }
  headerRow(columns);
  const std::string costHelp = tr("sectors.maker_cost_help");
  const std::string perCarHelp = tr("sectors.per_car_help");
  for (size_t m = 0; m < data.carmakers.size(); ++m) {
    const tariff::Carmaker& maker = data.carmakers[m];
    const tariff::CarmakerResult& c = r.carmakers[m];
    const std::string unitsHelp = trf("sectors.maker_units_help", {{"sector", sectorName(data.sectors[maker.sector])},
                                                                   {"source", provenance(app, maker.units)}});
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    textWrapped(nameOf("carmaker", maker.id, maker.name));
    test_hook::recordItem("carmaker:", maker.id);
    itemTooltip(unitsHelp);
    if (narrow) {
      ImGui::PushFont(theme::fonts().small);
      textDim(trf("sectors.cars_count", {{"count", tariff::formatCount(c.unitsBefore)}}));
      ImGui::PopFont();
      itemTooltip(unitsHelp);
    } else {
      ImGui::TableNextColumn();
      cell(tariff::formatCount(c.unitsBefore));
      itemTooltip(unitsHelp);
    }
    // Dollars here and yen beside them (the next column, or under them on a phone) in every language.
    ImGui::TableNextColumn();
    cell(dollars(c.exporterCostUsd));
    itemTooltip(costHelp);
    if (narrow) {
      ImGui::PushFont(theme::fonts().small);
      const std::string yen = yenText(c.exporterCostJpy);
      alignRight(yen);
      textDim(yen);
      ImGui::PopFont();
    } else {
      ImGui::TableNextColumn();
      cell(yenText(c.exporterCostJpy));
      itemTooltip(costHelp);
    }
    ImGui::TableNextColumn();
    cell(money(c.priceCutPerCarUsd, false, true));
    itemTooltip(perCarHelp);
  }
  ImGui::EndTable();
  // Where the units come from, in view rather than only in tooltips.
  std::vector<std::string> sources;
  for (const tariff::Carmaker& maker : data.carmakers) {
    const tariff::Source* s = data.source(maker.units.source);
    const std::string title = s ? nameOf("source", s->id, s->title) : maker.units.source;
    if (std::find(sources.begin(), sources.end(), title) == sources.end()) sources.push_back(title);
  }
  std::string list;
  for (size_t i = 0; i < sources.size(); ++i) list += (i ? tr("sectors.source_separator") : "") + sources[i];
  std::string derived;
  for (const tariff::Carmaker& maker : data.carmakers)  // the rows derived from another source say how
    if (maker.units.source != data.carmakers.front().units.source)
      derived += trf("sectors.derived_units",
                     {{"maker", nameOf("carmaker", maker.id, maker.name)}, {"method", methodText(maker.units)}});
  textDim(trf("sectors.cars_note", {{"sources", list}, {"derived", derived}}));
}

}  // namespace

void drawVehicles(App& app) {
  sectionTitle(tr("sectors.vehicles_title"));
  if (ImGui::GetContentRegionAvail().x < theme::px(560))
    vehicleSentences(app);
  else
    vehicleTable(app);
  carmakerTable(app);
}

}  // namespace usjp
