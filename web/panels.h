// Everything the reader sees, one function per part, each drawing from the App's data and results.
// layout.cpp arranges them: two columns on a desktop, one stacked column on a phone.
#pragma once
#include "app.h"

namespace usjp {

void drawCalculator(App& app);  // layout.cpp: the whole UI for one frame

void drawPresetPicker(App& app);       // panel_layers.cpp: presets, then the date control
void drawDateControl(App& app);        // panel_date.cpp: the date (slider, days, events) and its rule
void drawLayersPanel(App& app);        // panel_layers.cpp: tariff layers by legal authority
void drawOffersPanel(App& app);        // panel_offers.cpp: Japan's offers and their shares
void drawAssumptionsPanel(App& app);   // panel_assumptions.cpp: pass-through, elasticity, yen, horizon
void drawHeadline(App& app);           // panel_headline.cpp: deficit before -> after, who pays
void drawCompactHeadline(App& app);    // panel_headline.cpp: one line kept in view on a phone
void drawWaterfall(App& app);          // chart_bars.cpp: deficit step by step
void drawCompactWaterfall(App& app);   // chart_bars.cpp: the same with tariffs and offers as one bar each
void drawTimeline(App& app);           // chart_time.cpp: effective rate by day, cost by month, imports beside Census
void drawExporterCostChart(App& app);  // chart_bars.cpp: cost to exporters by sector
void drawSectorTable(App& app);        // panel_sectors.cpp: per-sector figures, sortable
void drawVehicles(App& app);           // panel_sectors.cpp: cars and trucks in units and per vehicle
void drawSourcesPanel(App& app);       // panel_sources.cpp: every source and every figure's origin
void drawShareBar(App& app);           // panel_share.cpp: copy link, copy embed code (after the title)
void drawShareFooter(App& app);        // panel_share.cpp: those that did not fit beside the title
void drawOpenFullButton(App& app, const char* key);  // panel_share.cpp: the full calculator, new tab
// panel_share.cpp: a saved file's name, for what it holds and the scenario's date
// ("usjp-tariff-2026-11-30.csv").
std::string downloadName(const App& app, const char* extension);
void drawCompactView(App& app);    // panel_compact.cpp: the embed for narrow columns (?view=compact)
void drawCompactResult(App& app);  // panel_compact.cpp: deficit before -> after, large
void drawWhoPaysBar(App& app);     // panel_compact.cpp: the duty added, split between who pays it
// export_graphic.cpp: the graphic "Download image" saves, as one window at the top left of a frame
// of its own; returns the height it used (ImGui units). exportWidth(): the image's width in pixels.
float drawExportGraphic(App& app);
int exportWidth();

}  // namespace usjp
