// Sector by sector: imports before and after, the tariff, duties and who pays; sortable by any
// column. Vehicles also in units and per vehicle.
#include <algorithm>
#include <numeric>

#include "format.h"
#include "panels.h"
#include "test_hook.h"
#include "theme.h"
#include "widgets.h"

namespace usjp {
namespace {

using tariff::formatUsd;

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
    if (spec.ColumnIndex == kSector) return ascending ? names[a].name < names[b].name : names[b].name < names[a].name;
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
    draw->AddText(p, theme::colour::kTextDim, "no extra duty");
  }
  ImGui::Dummy(ImVec2(width, ImGui::GetTextLineHeight()));
  itemTooltip("Extra duty on what is still imported: US buyers pay " + formatUsd(s.buyerCostUsd) +
              " (purple, left), Japanese exporters absorb " + formatUsd(s.exporterPriceCostUsd) +
              " in price cuts (orange, hatched, right).");
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
  textWrapped(sector.name);
  const float nameBottom = ImGui::GetItemRectMax().y;
  test_hook::recordItem("sector:", sector.id);
  itemTooltip(sector.name + (sector.hs.empty() ? "" : " (" + sector.hs + ")") + "\n\nImports 2024: " +
              provenance(app, sector.importsUsdM) + "\n\nNormal (MFN) tariff: " + provenance(app, sector.mfnPct));
  ImGui::TableNextColumn();
  cell(tariff::formatPct(s.tariffPct));
  itemTooltip("Normal (MFN) tariff " + tariff::formatPct(s.mfnPct) + " plus the layers that reach this sector.");
  ImGui::TableNextColumn();
  cell(formatUsd(s.importsBeforeUsd));
  ImGui::TableNextColumn();
  cell(formatUsd(s.importsAfterUsd));
  itemTooltip("Volume " + tariff::formatSignedPct(s.volumeChangePct) + ", exporters' price " +
              tariff::formatSignedPct(s.exporterPriceChangePct) + ", US buyers' price " +
              tariff::formatSignedPct(s.buyerPriceChangePct) + ".");
  ImGui::TableNextColumn();
  cell(formatUsd(s.dutiesAfterUsd));
  itemTooltip("All duties collected after the tariffs, the normal tariff included; 2024: " +
              formatUsd(s.dutiesBeforeUsd) + ".");
  ImGui::TableNextColumn();
  cell(formatUsd(s.exporterCostUsd));
  itemTooltip("Price cuts on what Japanese exporters still sell. Trade lost: " + formatUsd(s.tradeLostUsd) +
              " at 2024 prices; other suppliers' added tariff on these goods: " + tariff::formatPct(s.othersAddedPct) +
              ".");
  ImGui::TableNextColumn();
  cell(formatUsd(s.buyerCostUsd));
  ImGui::TableNextColumn();
  whoPaysBar(s);
  return nameBottom;
}

}  // namespace

void drawSectorTable(App& app) {
  sectionTitle("By sector");
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
  ImGui::TableSetupColumn(
      "Sector",
      ImGuiTableColumnFlags_NoHide | (sideways ? ImGuiTableColumnFlags_WidthFixed : ImGuiTableColumnFlags_WidthStretch),
      sideways ? theme::px(140) : 1.0f);
  ImGui::TableSetupColumn("Tariff", ImGuiTableColumnFlags_PreferSortDescending);
  ImGui::TableSetupColumn("Imports 2024", ImGuiTableColumnFlags_PreferSortDescending);
  ImGui::TableSetupColumn("Imports after", ImGuiTableColumnFlags_PreferSortDescending);
  ImGui::TableSetupColumn("All duties", ImGuiTableColumnFlags_PreferSortDescending);
  ImGui::TableSetupColumn("Exporters pay",
                          ImGuiTableColumnFlags_PreferSortDescending | ImGuiTableColumnFlags_DefaultSort);
  ImGui::TableSetupColumn("US buyers pay", ImGuiTableColumnFlags_PreferSortDescending);
  ImGui::TableSetupColumn("Who pays", ImGuiTableColumnFlags_PreferSortDescending | ImGuiTableColumnFlags_WidthFixed,
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
  textDim("Dollars a year. Hover a figure for how it is made; click a column title to sort.");
}

namespace {

// On a phone, a sentence per vehicle sector reads better than five squeezed columns.
void vehicleSentences(const App& app) {
  const tariff::TradeData& data = app.data();
  for (size_t i = 0; i < data.sectors.size(); ++i) {
    if (!data.sectors[i].hasUnits) continue;
    const tariff::SectorResult& s = app.results().sectors[i];
    ImGui::PushFont(theme::fonts().strong);
    textWrapped(data.sectors[i].name);
    ImGui::PopFont();
    textWrapped(tariff::formatCount(s.unitsBefore) + " \u2192 " + tariff::formatCount(s.unitsAfter) + " vehicles (" +
                tariff::formatSignedPct(s.volumeChangePct) + "). Per vehicle: Japanese makers absorb " +
                formatUsd(s.exporterPriceCostPerUnitUsd) + ", US buyers pay " + formatUsd(s.buyerCostPerUnitUsd) +
                " more.");
    itemTooltip("Units 2024: " + provenance(app, data.sectors[i].units));
  }
}

void vehicleTable(const App& app) {
  const tariff::TradeData& data = app.data();
  const tariff::Results& r = app.results();
  const ImGuiTableFlags flags =
      ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("vehicles", 5, flags)) return;
  ImGui::TableSetupColumn("Sector", ImGuiTableColumnFlags_WidthStretch, 1.4f);
  ImGui::TableSetupColumn("Vehicles 2024", ImGuiTableColumnFlags_WidthStretch, 1.0f);
  ImGui::TableSetupColumn("After", ImGuiTableColumnFlags_WidthStretch, 1.0f);
  ImGui::TableSetupColumn("Exporters absorb, per vehicle", ImGuiTableColumnFlags_WidthStretch, 1.2f);
  ImGui::TableSetupColumn("US buyers pay, per vehicle", ImGuiTableColumnFlags_WidthStretch, 1.2f);
  headerRow(5);
  for (size_t i = 0; i < data.sectors.size(); ++i) {
    if (!data.sectors[i].hasUnits) continue;
    const tariff::SectorResult& s = r.sectors[i];
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    textWrapped(data.sectors[i].name);
    itemTooltip("Units 2024: " + provenance(app, data.sectors[i].units));
    ImGui::TableNextColumn();
    cell(tariff::formatCount(s.unitsBefore));
    ImGui::TableNextColumn();
    cell(tariff::formatCount(s.unitsAfter));
    itemTooltip("Volume " + tariff::formatSignedPct(s.volumeChangePct) + " on 2024.");
    ImGui::TableNextColumn();
    cell(formatUsd(s.exporterPriceCostPerUnitUsd));
    itemTooltip("Price cut absorbed by Japanese makers per vehicle still sold.");
    ImGui::TableNextColumn();
    cell(formatUsd(s.buyerCostPerUnitUsd));
    itemTooltip("Extra paid by US buyers per vehicle still bought.");
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
  ImGui::TextUnformatted("Who pays, by carmaker");
  ImGui::PopFont();
  const bool narrow = ImGui::GetContentRegionAvail().x < theme::px(560);
  const ImGuiTableFlags flags =
      ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
  const int columns = narrow ? 3 : 5;
  if (!ImGui::BeginTable("carmakers", columns, flags)) return;
  if (narrow) {
    ImGui::TableSetupColumn("Maker, cars 2024", ImGuiTableColumnFlags_WidthStretch, 1.3f);
    ImGui::TableSetupColumn("Cost to the maker", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn("Absorbed per car", ImGuiTableColumnFlags_WidthStretch, 0.9f);
  } else {
    ImGui::TableSetupColumn("Maker", ImGuiTableColumnFlags_WidthStretch, 1.5f);
    ImGui::TableSetupColumn("Cars to the US, 2024", ImGuiTableColumnFlags_WidthStretch, 1.1f);
    ImGui::TableSetupColumn("Cost to the maker", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn("In yen", ImGuiTableColumnFlags_WidthStretch, 0.9f);
    ImGui::TableSetupColumn("Absorbed per car sold", ImGuiTableColumnFlags_WidthStretch, 1.1f);
  }
  headerRow(columns);
  const std::string costHelp =
      "Its share of the passenger-car sector's cost to exporters (price cuts plus lost sales), in "
      "proportion to its 2024 cars; yen at the scenario's rate.";
  const std::string perCarHelp =
      "The price cut Japanese makers absorb on each car still sold: the sector's average, "
      "the same for every maker (an estimate: makers' prices and pricing differ).";
  for (size_t m = 0; m < data.carmakers.size(); ++m) {
    const tariff::Carmaker& maker = data.carmakers[m];
    const tariff::CarmakerResult& c = r.carmakers[m];
    const std::string unitsHelp = data.sectors[maker.sector].name + ", units 2024: " + provenance(app, maker.units);
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    textWrapped(maker.name);
    test_hook::recordItem("carmaker:", maker.id);
    itemTooltip(unitsHelp);
    if (narrow) {
      ImGui::PushFont(theme::fonts().small);
      textDim(tariff::formatCount(c.unitsBefore) + " cars");
      ImGui::PopFont();
      itemTooltip(unitsHelp);
    } else {
      ImGui::TableNextColumn();
      cell(tariff::formatCount(c.unitsBefore));
      itemTooltip(unitsHelp);
    }
    ImGui::TableNextColumn();
    cell(formatUsd(c.exporterCostUsd));
    itemTooltip(costHelp);
    if (narrow) {
      ImGui::PushFont(theme::fonts().small);
      const std::string yen = tariff::formatYen(c.exporterCostJpy);
      alignRight(yen);
      textDim(yen);
      ImGui::PopFont();
    } else {
      ImGui::TableNextColumn();
      cell(tariff::formatYen(c.exporterCostJpy));
      itemTooltip(costHelp);
    }
    ImGui::TableNextColumn();
    cell(formatUsd(c.priceCutPerCarUsd));
    itemTooltip(perCarHelp);
  }
  ImGui::EndTable();
  // Where the units come from, in view rather than only in tooltips.
  std::vector<std::string> sources;
  for (const tariff::Carmaker& maker : data.carmakers) {
    const tariff::Source* s = data.source(maker.units.source);
    const std::string title = s ? s->title : maker.units.source;
    if (std::find(sources.begin(), sources.end(), title) == sources.end()) sources.push_back(title);
  }
  std::string note = "Cars: ";
  for (size_t i = 0; i < sources.size(); ++i) note += (i ? "; " : "") + sources[i];
  note += ".";
  for (const tariff::Carmaker& maker : data.carmakers)  // the rows derived from another source say how
    if (maker.units.source != data.carmakers.front().units.source) note += " " + maker.name + ": " + maker.units.method;
  textDim(note +
          " Costs are shared by cars, at the sector's average price and the share of the tariff its buyers pay.");
}

}  // namespace

void drawVehicles(App& app) {
  sectionTitle("Vehicles");
  if (ImGui::GetContentRegionAvail().x < theme::px(560))
    vehicleSentences(app);
  else
    vehicleTable(app);
  carmakerTable(app);
}

}  // namespace usjp
