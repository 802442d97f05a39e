// Japan's offers: each can be switched on, and a slider sets how much of the pledge is carried out.
#include "format.h"
#include "panels.h"
#include "test_hook.h"
#include "theme.h"
#include "widgets.h"

namespace usjp {
namespace {

// "¥1.00T ($6.6B), once" or "$8.0B (¥1.21T) a year": the pledge in its own currency first.
std::string pledgeText(const App& app, const tariff::Offer& offer) {
  const double yenPerUsd = app.scenario.assumptions.yenPerUsd;
  const std::string usd = tariff::formatUsd(tariff::offerAmountUsd(offer, yenPerUsd));
  const std::string jpy = tariff::formatYen(tariff::offerAmountJpy(offer, yenPerUsd));
  const std::string amount = offer.currency == tariff::Currency::Jpy ? jpy + " (" + usd + ")" : usd + " (" + jpy + ")";
  return "Pledged: " + amount + (offer.perYear ? " a year" : " in all");
}

std::string offerDetails(const App& app, const tariff::Offer& offer, const tariff::OfferChoice& choice) {
  std::string text = offer.explanation + "\n\nAmount: " + provenance(app, offer.amount);
  text += "\n\nShare that would be new US exports (" + tariff::formatPct(choice.additionalShare * 100, 0) +
          "; change it under Assumptions): " + provenance(app, offer.additionalShare);
  if (!offer.perYear) text += "\n\nA one-off amount, spread over years: " + provenance(app, offer.spreadYears);
  return text;
}

void drawShareSlider(App& app, size_t o) {
  tariff::OfferChoice& choice = app.scenario.offers[o];
  double share = choice.sharePct;
  const double lo = 0, hi = 100;
  ImGui::SetNextItemWidth(-FLT_MIN);
  // "%.0f" makes ImGui round the value to whole percent, so a shared link reproduces it exactly.
  if (ImGui::SliderScalar("##share", ImGuiDataType_Double, &share, &lo, &hi, "%.0f%% of the pledge")) {
    choice.sharePct = share;
    choice.on = true;  // moving the slider of an offer that is off means the reader wants it
    app.edited();
  }
  test_hook::recordItem("offer-share:", app.data().offers[o].id);
  itemTooltip("How much of the pledged amount is carried out.");
}

void drawOfferEffect(const App& app, size_t o) {
  if (!app.evaluated().offers[o].on) return;
  const tariff::OfferEffect& effect = app.results().offers[o];
  ImGui::PushFont(theme::fonts().small);
  textColoured(theme::colour::kText, tariff::formatUsd(effect.pledgedUsdPerYear) + " a year, of which " +
                                         tariff::formatUsd(effect.countedUsdPerYear) +
                                         " counts as new US exports: deficit " +
                                         tariff::formatSignedUsd(effect.deficitChangeUsd));
  ImGui::PopFont();
  itemTooltip("Only the part that would not have been bought anyway and is made in the US adds to US exports. "
              "Shares are set under Assumptions.");
}

void drawOffer(App& app, size_t o) {
  const tariff::Offer& offer = app.data().offers[o];
  tariff::OfferChoice& choice = app.scenario.offers[o];
  ImGui::PushID(static_cast<int>(o));
  bool on = choice.on;
  if (ImGui::Checkbox(offer.name.c_str(), &on)) {
    choice.on = on;
    app.edited();
  }
  test_hook::recordItem("offer:", offer.id);
  itemTooltip(offerDetails(app, offer, choice));

  const float indent = ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x;
  ImGui::Indent(indent);
  textDim(offer.explanation);
  ImGui::PushFont(theme::fonts().small);
  textColoured(theme::colour::kText, pledgeText(app, offer));
  ImGui::PopFont();
  drawShareSlider(app, o);
  drawOfferEffect(app, o);
  ImGui::Unindent(indent);
  ImGui::Dummy(ImVec2(0, theme::px(4)));
  ImGui::PopID();
}

}  // namespace

void drawOffersPanel(App& app) {
  sectionTitle("Japan's offers");
  textDim("What Japan offered in May-June 2025 and committed to in September 2025. The slider sets how much of "
          "each pledge is carried out.");
  for (size_t o = 0; o < app.data().offers.size(); ++o) drawOffer(app, o);
}

}  // namespace usjp
