// Where every number comes from: the list of sources with their dates, then each figure in data/
// with its source, the date it describes and, for estimates, how it was made.
#include <cstdio>
#include <functional>
#include <vector>

#include "format.h"
#include "panels.h"
#include "platform.h"
#include "test_hook.h"
#include "theme.h"
#include "widgets.h"
#include "words.h"

namespace usjp {
namespace {

// "www.federalregister.gov" from "https://www.federalregister.gov/d/2025-06063" (the loader only
// accepts http and https addresses).
std::string siteOf(const std::string& url) {
  const size_t start = url.find("://");
  const size_t from = start == std::string::npos ? 0 : start + 3;
  return url.substr(from, url.find('/', from) - from);
}

// `focused`: the source a "more" link asked for, marked by a bar in the link colour beside it.
void drawSource(const tariff::Source& source, bool focused, bool scrollTo) {
  ImGui::PushID(source.id.c_str());
  const ImVec2 top = ImGui::GetCursorScreenPos();
  if (scrollTo) ImGui::SetScrollHereY(0.15f);
  ImGui::BeginGroup();
  ImGui::PushFont(theme::fonts().strong);
  textWrapped(nameOf("source", source.id, source.title));
  ImGui::PopFont();
  test_hook::recordItem("source:", source.id);
  ImGui::PushFont(theme::fonts().small);
  const std::string& publisher = nameOf("publisher", source.publisher, source.publisher);
  textDim(source.date.empty() ? publisher
                              : trf("sources.publisher_date", {{"publisher", publisher}, {"date", dataDateText(source.date)}}));
  if (!source.url.empty()) {
    // The site's name: a whole address does not wrap and would run out of a phone's column.
    const std::string label = trf("sources.open_at", {{"site", siteOf(source.url)}}) + "###open";
    if (linkButton(label.c_str())) platform::openUrl(source.url);
    itemTooltip(tr("sources.open_tooltip"));
  }
  ImGui::PopFont();
  ImGui::EndGroup();
  if (focused) test_hook::recordItem("", "source-marked");
  if (focused)
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(top.x - theme::px(8), top.y),
                                              ImVec2(top.x - theme::px(5), ImGui::GetItemRectMax().y),
                                              theme::colour::kLink);
  ImGui::Dummy(ImVec2(0, theme::px(2)));
  ImGui::PopID();
}

// One figure: what it is and its value, then its provenance in small dim text.
void figure(const App& app, const std::string& what, const std::string& value, const tariff::Sourced& s) {
  ImGui::Bullet();
  textWrapped(trf("sources.figure", {{"what", what}, {"value", value}}));
  ImGui::Indent(ImGui::GetTreeNodeToLabelSpacing());
  ImGui::PushFont(theme::fonts().small);
  textDim(provenance(app, s));
  ImGui::PopFont();
  ImGui::Unindent(ImGui::GetTreeNodeToLabelSpacing());
}

// `key`: the title's words, and (after ###) the tree node's id in every language.
void group(const char* key, const std::function<void()>& body) {
  const bool open = ImGui::TreeNode((std::string(tr(key)) + "###" + key).c_str());
  test_hook::recordItem("figures-group:", key);
  if (!open) return;
  body();
  ImGui::TreePop();
}

void drawFigures(const App& app) {
  const tariff::TradeData& d = app.data();
  group("sources.group_trade", [&] {
    figure(app, tr("sources.imports"), usdFromMillions(d.totals.importsUsdM.value), d.totals.importsUsdM);
    figure(app, tr("sources.exports"), usdFromMillions(d.totals.exportsUsdM.value), d.totals.exportsUsdM);
    figure(app, tr("sources.deficit"), usdFromMillions(d.totals.deficitUsdM.value), d.totals.deficitUsdM);
    figure(app, tr("sources.japan_exports"), yenFromBillions(d.japanView.exportsJpyBn.value), d.japanView.exportsJpyBn);
    figure(app, tr("sources.japan_imports"), yenFromBillions(d.japanView.importsJpyBn.value), d.japanView.importsJpyBn);
    figure(app, tr("sources.japan_surplus"), yenFromBillions(d.japanView.surplusJpyBn.value), d.japanView.surplusJpyBn);
    for (const tariff::NamedRate& rate : d.yenRates)
      figure(app, trf("sources.yen_per_dollar", {{"as_of", dataDateText(rate.yenPerUsd.asOf)}}),
             formatted("%.2f", rate.yenPerUsd.value), rate.yenPerUsd);
  });
  group("sources.group_sectors", [&] {
    for (const tariff::ImportSector& s : d.sectors) {
      const std::string& name = nameOf("sector", s.id, s.name);
      figure(app, trf("sources.sector_imports", {{"name", name}}), usdFromMillions(s.importsUsdM.value), s.importsUsdM);
      figure(app, trf("sources.sector_mfn", {{"name", name}}), tariff::formatPct(s.mfnPct.value, 2), s.mfnPct);
      if (s.hasUnits)
        figure(app, trf("sources.sector_vehicles", {{"name", name}}), tariff::formatCount(s.units.value), s.units);
    }
  });
  group("sources.group_exports", [&] {
    for (const tariff::ExportCategory& c : d.categories) {
      const std::string& name = nameOf("category", c.id, c.name);
      figure(app, trf("sources.category_exports", {{"name", name}}), usdFromMillions(c.exportsUsdM.value),
             c.exportsUsdM);
      if (c.hasUnits)
        figure(app, trf("sources.category_units", {{"name", name}}), tariff::formatCount(c.units.value), c.units);
    }
  });
  group("sources.group_layers", [&] {
    for (const tariff::TariffLayer& l : d.layers) {
      figure(app, trf("sources.layer_rate", {{"name", nameOf("layer", l.id, l.name)}}),
             tariff::formatPct(l.ratePct.value), l.ratePct);
    }
  });
  group("sources.group_lists", [&] {
    // A line by its HS code with its English description, or (in Japanese, which has no names for
    // the 103 lines) with its sector's name; the per-line reasoning stays in English, and says so.
    std::vector<int> sectorOfLine(d.lines.size(), 0);
    for (size_t s = 0; s < d.sectors.size(); ++s)
      for (int l : d.sectors[s].lines) sectorOfLine[static_cast<size_t>(l)] = static_cast<int>(s);
    const auto sectorName = [&](size_t s) { return nameOf("sector", d.sectors[s].id, d.sectors[s].name); };
    if (*tr("sources.lists_note")) textDim(tr("sources.lists_note"));
    for (const tariff::ProductList& list : d.lists) {
      for (const tariff::ListEntry& e : list.entries) {
        const std::string where =
            e.line >= 0 ? trf("sources.hs_line", {{"hs", d.lines[e.line].hs},
                                                  {"name", d.lines[e.line].name},
                                                  {"sector", sectorName(sectorOfLine[e.line])}})
                        : sectorName(e.sector);
        figure(app, trf("sources.list_entry", {{"list", nameOf("list", list.id, list.name)}, {"where", where}}),
               formatted("%.0f%%", e.share.value * 100), e.share);
      }
    }
  });
  group("sources.group_offers", [&] {
    for (const tariff::Offer& o : d.offers) {
      const std::string& name = nameOf("offer", o.id, o.name);
      const std::string amount =
          o.currency == tariff::Currency::Jpy ? yenFromBillions(o.amount.value) : usdFromMillions(o.amount.value);
      figure(app, trf("sources.offer_amount", {{"name", name}}),
             trf(o.perYear ? "sources.amount_per_year" : "sources.amount_in_all", {{"amount", amount}}), o.amount);
      figure(app, trf("sources.offer_new_share", {{"name", name}}), formatted("%.2f", o.additionalShare.value),
             o.additionalShare);
      if (!o.perYear)
        figure(app, trf("sources.offer_years", {{"name", name}}), formatted("%.0f", o.spreadYears.value),
               o.spreadYears);
    }
  });
  group("sources.group_assumptions", [&] {
    figure(app, tr("sources.short_run"), formatted("%.2f", d.shortRunFactor.value), d.shortRunFactor);
    figure(app, tr("sources.import_demand"), formatted("%.1f", d.importDemand.value), d.importDemand);
    for (size_t i = 0; i < d.sectors.size() && i < d.sectorDefaults.size(); ++i) {
      const std::string& name = nameOf("sector", d.sectors[i].id, d.sectors[i].name);
      figure(app, trf("sources.pass_through", {{"name", name}}),
             formatted("%.2f", d.sectorDefaults[i].passThrough.value), d.sectorDefaults[i].passThrough);
      figure(app, trf("sources.substitution", {{"name", name}}),
             formatted("%.1f", d.sectorDefaults[i].substitution.value), d.sectorDefaults[i].substitution);
    }
  });
}

}  // namespace

void drawSourcesPanel(App& app) {
  ImGui::Dummy(ImVec2(0, theme::px(6)));
  const std::string title = trf("sources.title", {{"count", std::to_string(app.data().sources.size())}}) + "###sources";
  const bool requested = app.takeSourcesRequest();
  if (requested) ImGui::SetNextItemOpen(true);
  ImGui::PushFont(theme::fonts().heading);
  const bool open = ImGui::CollapsingHeader(title.c_str());
  const std::string& focus = app.focusedSource();
  if (requested && focus.empty()) ImGui::SetScrollHereY(0.0f);
  ImGui::PopFont();
  test_hook::recordItem("", "sources");
  if (open) {
    for (const tariff::Source& source : app.data().sources)
      drawSource(source, source.id == focus, requested && source.id == focus);
  }
  ImGui::PushFont(theme::fonts().heading);
  const bool figuresOpen = ImGui::CollapsingHeader((std::string(tr("sources.figures_title")) + "###figures").c_str());
  ImGui::PopFont();
  test_hook::recordItem("", "figures");
  if (figuresOpen) drawFigures(app);
}

}  // namespace usjp
