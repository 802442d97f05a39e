// Japan's offers: each can be switched on, a slider sets how much of the pledge is carried out, and
// under "Counted as new US exports" the reader sees, and can change, how much of it would show up in
// US export statistics and over how many years, with the reasoning from data/offers.json (§4).
#include <cmath>
#include <cstdio>

#include "format.h"
#include "panels.h"
#include "test_hook.h"
#include "theme.h"
#include "widgets.h"
#include "words.h"

namespace usjp {
namespace {

// "¥1.00T ($6.6B), once" or "$8.0B (¥1.21T) a year": the pledge in its own currency first; in
// Japanese yen first always, dollars beside.
std::string pledgeText(const App& app, const tariff::Offer& offer) {
  const double yenPerUsd = app.scenario.assumptions.yenPerUsd;
  const std::string usd = dollars(tariff::offerAmountUsd(offer, yenPerUsd));
  const double yen = tariff::offerAmountJpy(offer, yenPerUsd);
  const std::string jpy = tariff::formatYen(yen);
  const std::string amount = japanese() ? tariff::formatYenJa(yen) + "\uFF08" + usd + "\uFF09"
                             : offer.currency == tariff::Currency::Jpy ? jpy + " (" + usd + ")"
                                                                       : usd + " (" + jpy + ")";
  // An illustrative amount is the calculator's assumption, never called a pledge.
  const char* key = offer.illustrative ? (offer.perYear ? "offers.assumed_per_year" : "offers.assumed_in_all")
                                       : (offer.perYear ? "offers.pledged_per_year" : "offers.pledged_in_all");
  return trf(key, {{"amount", amount}});
}

// Where the amount and the share come from: "more" under the offer (the explanation is above it).
std::string offerDetails(const App& app, const tariff::Offer& offer, const tariff::OfferChoice& choice) {
  std::string text = trf("offers.amount_source", {{"source", provenance(app, offer.amount)}});
  text += "\n\n" + trf("offers.share_source", {{"pct", tariff::formatPct(choice.additionalShare * 100, 0)},
                                               {"source", provenance(app, offer.additionalShare)}});
  if (!offer.perYear) text += "\n\n" + trf("offers.years_source", {{"source", provenance(app, offer.spreadYears)}});
  return text;
}

void drawShareSlider(App& app, size_t o) {
  tariff::OfferChoice& choice = app.scenario.offers[o];
  double share = choice.sharePct;
  const double lo = 0, hi = 100;
  ImGui::SetNextItemWidth(-FLT_MIN);
  // "%.0f" makes ImGui round the value to whole percent, so a shared link reproduces it exactly.
  // An offer that is off shows its slider grey: moving it switches the offer on.
  if (!choice.on) ImGui::PushStyleColor(ImGuiCol_SliderGrab, theme::colour::kTextDim);
  bool changed = ImGui::SliderScalar("##share", ImGuiDataType_Double, &share, &lo, &hi, tr("offers.share_format"));
  if (!choice.on) ImGui::PopStyleColor();
  changed = sliderArrowKeys(share, lo, hi, 5) || changed;
  if (changed) {
    choice.sharePct = share;
    choice.on = true;  // moving the slider of an offer that is off means the reader wants it
    app.edited();
  }
  test_hook::recordItem("offer-share:", app.data().offers[o].id);
  itemTooltip(tr("offers.share_tooltip"));
}

// The years a one-off amount is spread over, as precise as the data states them (3.4 for the $550B).
bool wholeYears(const tariff::Offer& offer) { return offer.spreadYears.value == std::floor(offer.spreadYears.value); }

std::string yearsText(const tariff::Offer& offer, double years) {
  char buf[32];
  std::snprintf(buf, sizeof buf, wholeYears(offer) ? "%.0f" : "%.1f", years);
  return trf(years == 1 ? "offers.one_year" : "offers.years", {{"n", buf}});
}

// "Counted as new US exports: 30% of the pledge, over 1 year": always in view, the reasoning and
// the controls folded under it.
std::string realismTitle(const tariff::Offer& offer, const tariff::OfferChoice& choice) {
  const std::string pct = tariff::formatPct(choice.additionalShare * 100, 0);
  if (offer.perYear) return trf("offers.counted_title", {{"pct", pct}});
  return trf("offers.counted_title_years", {{"pct", pct}, {"years", yearsText(offer, choice.spreadYears)}});
}

// A value line ("Counted as new US exports: 30%") with, when the reader moved it, a reset to the
// cited default on the same line where it fits. Returns true when the reset was pressed.
bool valueLine(const std::string& text, const char* resetId, bool differs, const std::string& resetTo,
               const char* hookPrefix, const std::string& hookId) {
  ImGui::AlignTextToFramePadding();
  textColoured(theme::colour::kText, text);
  if (!differs) return false;
  // "###reset": the same item whatever the language and the value say (PushID(resetId) below).
  const std::string label = trf("offers.reset_to", {{"value", resetTo}}) + "###reset";
  const float width = ImGui::CalcTextSize(label.c_str(), nullptr, true).x + 2 * ImGui::GetStyle().FramePadding.x;
  if (ImGui::GetContentRegionAvail().x - ImGui::GetItemRectSize().x - theme::px(8) > width)
    ImGui::SameLine(0, theme::px(8));
  ImGui::PushID(resetId);
  const bool pressed = linkButton(label.c_str());
  ImGui::PopID();
  test_hook::recordItem(hookPrefix, hookId);
  return pressed;
}

// A slider whose value is said on the line above: its own text would sit under the grab. The
// format is kept (drawn transparent) because ImGui rounds the value to it, so that a shared link
// reproduces the value exactly.
bool quietSlider(const char* id, double& value, double lo, double hi, const char* format) {
  ImGui::SetNextItemWidth(-FLT_MIN);
  ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(0, 0, 0, 0));
  bool changed = ImGui::SliderScalar(id, ImGuiDataType_Double, &value, &lo, &hi, format, ImGuiSliderFlags_AlwaysClamp);
  ImGui::PopStyleColor();
  return sliderArrowKeys(value, lo, hi, (hi - lo) / 20) || changed;
}

void drawRealism(App& app, size_t o) {
  const tariff::Offer& offer = app.data().offers[o];
  tariff::OfferChoice& choice = app.scenario.offers[o];
  ImGui::PushFont(theme::fonts().small);
  // The full title where it fits on one line (tree node labels do not wrap), a short one on a phone.
  std::string title = realismTitle(offer, choice);
  const float room = ImGui::GetContentRegionAvail().x - ImGui::GetTreeNodeToLabelSpacing();
  if (ImGui::CalcTextSize(title.c_str()).x > room) {
    const std::string pct = tariff::formatPct(choice.additionalShare * 100, 0);
    title = offer.perYear
                ? trf("offers.counted_short", {{"pct", pct}})
                : trf("offers.counted_short_years", {{"pct", pct}, {"years", yearsText(offer, choice.spreadYears)}});
  }
  const bool open = ImGui::TreeNodeEx((title + "###realism").c_str(), ImGuiTreeNodeFlags_SpanAvailWidth);
  test_hook::recordItem("offer-realism:", offer.id);
  itemTooltip(trf("offers.counted_tooltip", {{"title", realismTitle(offer, choice)}}));
  if (!open) {
    ImGui::PopFont();
    return;
  }
  // The counted share, 0-100%, with the reasoning and its reset to the cited default.
  textWrapped(trf("offers.why", {{"pct", tariff::formatPct(offer.additionalShare.value * 100, 0)},
                                 {"method", methodText(offer.additionalShare)}}));
  if (offer.additionalShare.hasRange)
    textDim(trf("offers.range", {{"low", tariff::formatPct(offer.additionalShare.low * 100, 0)},
                                 {"high", tariff::formatPct(offer.additionalShare.high * 100, 0)}}));
  if (valueLine(trf("offers.counted_value", {{"pct", tariff::formatPct(choice.additionalShare * 100, 0)}}), "reset-add",
                choice.additionalShare != offer.additionalShare.value,
                tariff::formatPct(offer.additionalShare.value * 100, 0), "offer-additional-reset:", offer.id)) {
    choice.additionalShare = offer.additionalShare.value;
    app.edited();
  }
  double pct = choice.additionalShare * 100;
  if (quietSlider("##add", pct, 0, 100, "%.0f")) {
    choice.additionalShare = pct / 100;  // the slider's percent back to the model's share
    choice.on = true;                    // like the pledge slider: moving it means the reader wants the offer
    app.edited();
  }
  test_hook::recordItem("offer-additional:", offer.id);
  itemTooltip(trf("offers.counted_slider_tooltip", {{"source", provenance(app, offer.additionalShare)}}));
  // A one-off amount is spread over years: the yearly effect is the amount divided by them.
  if (!offer.perYear) {
    ImGui::Dummy(ImVec2(0, theme::px(2)));
    if (!offer.spreadYears.method.empty())
      textWrapped(trf("offers.years_why", {{"method", methodText(offer.spreadYears)}}));
    if (valueLine(trf("offers.spread_over", {{"years", yearsText(offer, choice.spreadYears)}}), "reset-years",
                  choice.spreadYears != offer.spreadYears.value, yearsText(offer, offer.spreadYears.value),
                  "offer-years-reset:", offer.id)) {
      choice.spreadYears = offer.spreadYears.value;
      app.edited();
    }
    double years = choice.spreadYears;
    if (quietSlider("##years", years, 1, 20, wholeYears(offer) ? "%.0f" : "%.1f")) {
      choice.spreadYears = years;
      choice.on = true;
      app.edited();
    }
    test_hook::recordItem("offer-years:", offer.id);
    itemTooltip(trf("offers.years_slider_tooltip", {{"source", provenance(app, offer.spreadYears)}}));
  }
  ImGui::TreePop();
  ImGui::PopFont();
}

void drawOfferEffect(const App& app, size_t o) {
  if (!app.evaluated().offers[o].on) return;
  const tariff::OfferEffect& effect = app.results().offers[o];
  ImGui::PushFont(theme::fonts().small);
  textColoured(theme::colour::kText, trf("offers.effect", {{"pledged", money(effect.pledgedUsdPerYear)},
                                                           {"counted", money(effect.countedUsdPerYear)},
                                                           {"deficit", money(effect.deficitChangeUsd, true)}}));
  ImGui::PopFont();
  itemTooltip(tr("offers.effect_tooltip"));
}

void drawOffer(App& app, size_t o) {
  const tariff::Offer& offer = app.data().offers[o];
  tariff::OfferChoice& choice = app.scenario.offers[o];
  ImGui::PushID(static_cast<int>(o));
  bool on = choice.on;
  if (toggleSwitch("switch", nameOf("offer", offer.id, offer.name), &on, theme::colour::kOffer)) {
    choice.on = on;
    app.edited();
  }
  test_hook::recordItem("offer:", offer.id);
  itemTooltip(tr(on ? "offers.on_tooltip" : "offers.off_tooltip"));

  const float indent = switchIndent();
  ImGui::Indent(indent);
  textDim(nameOf("offer_explanation", offer.id, offer.explanation));
  moreText(app, offer.id, offerDetails(app, offer, choice), offer.amount.source);
  ImGui::PushFont(theme::fonts().small);
  textColoured(theme::colour::kText, pledgeText(app, offer));
  ImGui::PopFont();
  drawShareSlider(app, o);
  drawRealism(app, o);
  drawOfferEffect(app, o);
  ImGui::Unindent(indent);
  ImGui::Dummy(ImVec2(0, theme::px(4)));
  ImGui::PopID();
}

}  // namespace

void drawOffersPanel(App& app) {
  sectionTitle(tr("offers.heading"));
  textDim(tr("offers.intro"));
  for (size_t o = 0; o < app.data().offers.size(); ++o) drawOffer(app, o);
}

}  // namespace usjp
