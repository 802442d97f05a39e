// The compact embed (?view=compact) for a narrow article column: the answer, then only the controls
// a reader of the article reaches for (the preset, the tariff layers as one switch each, Japan's
// offers), and the way to the full calculator for everything else.
#include "format.h"
#include "panels.h"
#include "test_hook.h"
#include "theme.h"
#include "widgets.h"

namespace usjp {
namespace {

// One line per layer: a switch and its rate; the details stay in the tooltip.
void drawLayerSwitches(App& app) {
  sectionTitle("US tariffs on goods from Japan");
  const tariff::TradeData& data = app.data();
  for (size_t l = 0; l < data.layers.size(); ++l) {
    const tariff::TariffLayer& layer = data.layers[l];
    tariff::LayerChoice& choice = app.scenario.layers[l];
    ImGui::PushID(static_cast<int>(l));
    bool on = choice.on;
    if (ImGui::Checkbox(layer.name.c_str(), &on)) {
      choice.on = on;
      app.layersEdited();  // as in the full view: the date no longer resets the layers
    }
    test_hook::recordItem("layer:", layer.id);
    itemTooltip(layer.explanation + "\n\nRate here: " + tariff::formatPct(choice.ratePct) +
                " (change it in the full calculator).");
    ImGui::PopID();
  }
}

}  // namespace

void drawCompactView(App& app) {
  drawCompactHeadline(app);
  ImGui::Separator();
  // NavFlattened: Tab and the arrows go through the child as if it were part of the page.
  ImGui::BeginChild("compact", ImVec2(0, 0), ImGuiChildFlags_None,
                    ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NavFlattened);
  drawPresetPicker(app);
  sectionTitle("The result");
  drawHeadline(app);
  drawLayerSwitches(app);
  drawOffersPanel(app);
  ImGui::Separator();
  textDim(
      "The full calculator also has the charts, the sector table, the assumptions behind the figures and every "
      "source.");
  drawOpenFullButton(app, "full-end");
  drawShareFooter(app);
  ImGui::EndChild();
}

}  // namespace usjp
