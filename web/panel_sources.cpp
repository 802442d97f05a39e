// Where every number comes from: the list of sources with their dates, then each figure in data/
// with its source, the date it describes and, for estimates, how it was made.
#include <cstdio>
#include <functional>

#include "format.h"
#include "panels.h"
#include "platform.h"
#include "test_hook.h"
#include "theme.h"
#include "widgets.h"

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
  textWrapped(source.title);
  ImGui::PopFont();
  test_hook::recordItem("source:", source.id);
  ImGui::PushFont(theme::fonts().small);
  textDim(source.publisher + (source.date.empty() ? "" : ", " + source.date));
  if (!source.url.empty()) {
    // The site's name: a whole address does not wrap and would run out of a phone's column.
    const std::string label = "Open at " + siteOf(source.url);
    if (linkButton(label.c_str())) platform::openUrl(source.url);
    itemTooltip("Opens the source in a new tab.");
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
  textWrapped(what + ": " + value);
  ImGui::Indent(ImGui::GetTreeNodeToLabelSpacing());
  ImGui::PushFont(theme::fonts().small);
  textDim(provenance(app, s));
  ImGui::PopFont();
  ImGui::Unindent(ImGui::GetTreeNodeToLabelSpacing());
}

void group(const char* title, const std::function<void()>& body) {
  if (!ImGui::TreeNode(title)) return;
  body();
  ImGui::TreePop();
}

void drawFigures(const App& app) {
  const tariff::TradeData& d = app.data();
  group("US goods trade with Japan, 2024", [&] {
    figure(app, "Imports from Japan", usdFromMillions(d.totals.importsUsdM.value), d.totals.importsUsdM);
    figure(app, "Exports to Japan", usdFromMillions(d.totals.exportsUsdM.value), d.totals.exportsUsdM);
    figure(app, "Deficit", usdFromMillions(d.totals.deficitUsdM.value), d.totals.deficitUsdM);
    figure(app, "Japan's count: exports to the US", yenFromBillions(d.japanView.exportsJpyBn.value),
           d.japanView.exportsJpyBn);
    figure(app, "Japan's count: imports from the US", yenFromBillions(d.japanView.importsJpyBn.value),
           d.japanView.importsJpyBn);
    figure(app, "Japan's count: surplus", yenFromBillions(d.japanView.surplusJpyBn.value), d.japanView.surplusJpyBn);
    for (const tariff::NamedRate& rate : d.yenRates)
      figure(app, "Yen per dollar (" + rate.yenPerUsd.asOf + ")", formatted("%.2f", rate.yenPerUsd.value),
             rate.yenPerUsd);
  });
  group("Imports from Japan by sector", [&] {
    for (const tariff::ImportSector& s : d.sectors) {
      figure(app, s.name + ", imports 2024", usdFromMillions(s.importsUsdM.value), s.importsUsdM);
      figure(app, s.name + ", normal (MFN) tariff", tariff::formatPct(s.mfnPct.value, 2), s.mfnPct);
      if (s.hasUnits) figure(app, s.name + ", vehicles 2024", tariff::formatCount(s.units.value), s.units);
    }
  });
  group("US exports to Japan by category", [&] {
    for (const tariff::ExportCategory& c : d.categories) {
      figure(app, c.name + ", exports 2024", usdFromMillions(c.exportsUsdM.value), c.exportsUsdM);
      if (c.hasUnits) figure(app, c.name + ", units 2024", tariff::formatCount(c.units.value), c.units);
    }
  });
  group("Tariff layers", [&] {
    for (const tariff::TariffLayer& l : d.layers) {
      figure(app, l.name + ", rate", tariff::formatPct(l.ratePct.value), l.ratePct);
    }
  });
  group("Product lists: what each layer covers", [&] {
    for (const tariff::ProductList& list : d.lists) {
      for (const tariff::ListEntry& e : list.entries) {
        const std::string where =
            e.line >= 0 ? "HS " + d.lines[e.line].hs + " " + d.lines[e.line].name : d.sectors[e.sector].name;
        figure(app, list.name + ": " + where, formatted("%.0f%%", e.share.value * 100), e.share);
      }
    }
  });
  group("Japan's offers", [&] {
    for (const tariff::Offer& o : d.offers) {
      const std::string amount =
          o.currency == tariff::Currency::Jpy ? yenFromBillions(o.amount.value) : usdFromMillions(o.amount.value);
      figure(app, o.name + ", amount", amount + (o.perYear ? " a year" : " in all"), o.amount);
      figure(app, o.name + ", share that is new US exports", formatted("%.2f", o.additionalShare.value),
             o.additionalShare);
      if (!o.perYear)
        figure(app, o.name + ", years spread over", formatted("%.0f", o.spreadYears.value), o.spreadYears);
    }
  });
  group("Assumptions", [&] {
    figure(app, "Switching in the first year, as a share of the long run", formatted("%.2f", d.shortRunFactor.value),
           d.shortRunFactor);
    figure(app, "Switching to US-made goods", formatted("%.1f", d.importDemand.value), d.importDemand);
    for (size_t i = 0; i < d.sectors.size() && i < d.sectorDefaults.size(); ++i) {
      figure(app, d.sectors[i].name + ", share of the tariff US buyers pay (pass-through)",
             formatted("%.2f", d.sectorDefaults[i].passThrough.value), d.sectorDefaults[i].passThrough);
      figure(app, d.sectors[i].name + ", switching between suppliers",
             formatted("%.1f", d.sectorDefaults[i].substitution.value), d.sectorDefaults[i].substitution);
    }
  });
}

}  // namespace

void drawSourcesPanel(App& app) {
  ImGui::Dummy(ImVec2(0, theme::px(6)));
  const std::string title = "Sources (" + std::to_string(app.data().sources.size()) + ")";
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
  const bool figuresOpen = ImGui::CollapsingHeader("Where each figure comes from");
  ImGui::PopFont();
  test_hook::recordItem("", "figures");
  if (figuresOpen) drawFigures(app);
}

}  // namespace usjp
