#include "app.h"

#include <algorithm>
#include <cmath>

#include "format.h"
#include "scenario_link.h"
#include "words.h"

namespace usjp {

// One line per problem, as the platforms show them.
static std::vector<std::string> messages(const tariff::DataErrors& errors) {
  std::vector<std::string> lines;
  for (const tariff::DataError& e : errors) lines.push_back(e.message());
  return lines;
}

std::vector<std::string> App::use(tariff::LoadResult loaded) {
  std::vector<std::string> problems = messages(loaded.errors);
  if (problems.empty()) {
    data_ = std::move(loaded.data);
    tariff::prepareResults(data_, results_);
    tariff::prepareResults(data_, rangeWork_.results);
    firstDay_ = tariff::dayFromCivil(2025, 1, 1);  // the date control and the timeline start here
    lastDay_ = std::max(firstDay_, tariff::lastRecordDay(data_));
    timelineBuilt_ = false;
  }
  return problems;
}

std::vector<std::string> App::addLanguage(const std::string& code, const std::string& file, const std::string& text) {
  tariff::DataErrors errors;
  tariff::Language language;
  if (!tariff::isLanguageCode(code))
    errors.push_back({file, "", "is for " + code + ", a language the calculator does not have"});
  else if (tariff::parseLanguage(file, text, code, language, errors))
    return addLanguage(std::move(language), file);
  return messages(errors);
}

std::vector<std::string> App::addLanguage(tariff::Language words, const std::string& file) {
  tariff::DataErrors errors;
  const std::string code = words.code;
  if (!tariff::isLanguageCode(code))
    errors.push_back({file, "", "is for " + code + ", a language the calculator does not have"});
  else if (languages_.empty() && code != "en")
    errors.push_back({file, "", "arrived before English (en.json), which every language is checked against"});
  else if (code != "en")
    tariff::checkLanguage(*languages_.front(), englishFile_, words, file, data_, errors);
  std::vector<std::string> problems = messages(errors);
  if (!problems.empty()) return problems;
  auto language = std::make_unique<tariff::Language>(std::move(words));
  if (code == "en") englishFile_ = file;
  for (auto& existing : languages_)
    if (existing->code == code) {
      existing = std::move(language);
      if (languageCode_ == code) setLanguage(code);
      return problems;
    }
  languages_.push_back(std::move(language));
  if (languages_.size() == 1) setLanguage("en");
  return problems;
}

App::~App() {
  for (const auto& l : languages_)
    if (&language() == l.get()) useLanguage(nullptr);
}

bool App::hasLanguage(const std::string& code) const {
  for (const auto& l : languages_)
    if (l->code == code) return true;
  return false;
}

bool App::setLanguage(const std::string& code) {
  for (const auto& l : languages_) {
    if (l->code != code) continue;
    useLanguage(l.get());
    if (languageCode_ != code) ++languageChanges_;
    languageCode_ = code;
    // What core wrote in words follows the language too: the observed months, the law notice, and
    // the link's notices (again from the link, unless the reader dismissed them).
    if (!notices_.empty()) notices_ = tariff::decodeScenario(data_, startLink_, language()).ignored;
    if (everEvaluated_) writeWords();
    return true;
  }
  return false;
}

void App::start(const std::string& link) {
  notices_.clear();
  std::string fragment = link;
  if (!fragment.empty() && fragment[0] == '#') fragment.erase(0, 1);
  startLink_ = fragment;
  if (fragment.empty()) {
    const int preset = data_.presetIndex(kStartPresetId);
    scenario = preset >= 0 ? data_.presets[preset].scenario : tariff::defaultScenario(data_);
  } else {
    tariff::DecodedLink decoded = tariff::decodeScenario(data_, fragment, language());
    scenario = std::move(decoded.scenario);
    notices_ = std::move(decoded.ignored);
  }
  layersFollowDate_ = isTheLaw(scenario);
  layersByHand_ = false;
  everEvaluated_ = false;
  start_ = scenario;
  refresh();
}

void App::applyPreset(int preset) {
  if (preset < 0 || preset >= static_cast<int>(data_.presets.size())) return;
  scenario = data_.presets[preset].scenario;
  layersFollowDate_ = isTheLaw(scenario);
  layersByHand_ = false;
  start_ = scenario;
}

void App::setDate(tariff::Day day) {
  if (layersFollowDate_) {
    tariff::applyDate(data_, day, scenario);
  } else {
    scenario.date = day;
    edited();
  }
}

void App::followLaw() {
  tariff::applyDate(data_, scenario.date, scenario);
  layersFollowDate_ = true;
  layersByHand_ = false;
}

void App::layersEdited() {
  layersFollowDate_ = false;
  layersByHand_ = true;
  edited();
}

bool App::isTheLaw(const tariff::Scenario& s) const { return tariff::isTheLaw(data_, s); }

void App::resetAssumptions() {
  scenario.assumptions = tariff::defaultAssumptions(data_);
  edited();
}

std::vector<size_t> App::mainLayers(size_t n) const {
  const tariff::Day date = evaluated_.date;
  if (rankedDate_ != date) {
    tariff::Scenario law = tariff::scenarioForDate(data_, date);
    law.assumptions = evaluated_.assumptions;
    tariff::Results r;
    tariff::prepareResults(data_, r);
    tariff::evaluate(data_, law, r);
    lawRanking_.clear();
    for (size_t l = 0; l < data_.layers.size(); ++l)
      if (law.layers[l].on) lawRanking_.push_back(l);
    std::stable_sort(lawRanking_.begin(), lawRanking_.end(), [&](size_t a, size_t b) {
      return std::fabs(r.layers[a].deficitChangeUsd) > std::fabs(r.layers[b].deficitChangeUsd);
    });
    rankedDate_ = date;
  }
  std::vector<size_t> layers;
  for (size_t l = 0; l < start_.layers.size() && l < data_.layers.size(); ++l)
    if (start_.layers[l].on && std::find(lawRanking_.begin(), lawRanking_.end(), l) == lawRanking_.end())
      layers.push_back(l);
  for (size_t l : lawRanking_) layers.push_back(l);
  if (layers.size() > n) layers.resize(n);
  return layers;
}

bool App::anyOfferOn() const {
  return std::any_of(scenario.offers.begin(), scenario.offers.end(), [](const auto& o) { return o.on; });
}

void App::setOffers(bool on) {
  const bool startHadOffers =
      std::any_of(start_.offers.begin(), start_.offers.end(), [](const auto& o) { return o.on; });
  const tariff::Scenario defaults = tariff::defaultScenario(data_);
  for (size_t o = 0; o < scenario.offers.size(); ++o)
    scenario.offers[o].on = on && (startHadOffers ? start_.offers[o].on : defaults.offers[o].on);
  edited();
}

// One line a screen reader announces and the test hook reads; every figure from core.
std::string App::summaryOf(const tariff::Results& r) {
  using namespace tariff;
  return trf("summary.line", {{"before", money(r.deficitBeforeUsd)},
                              {"after", money(r.deficitAfterUsd)},
                              {"change", money(r.deficitChangeUsd, true)},
                              {"pct", signedPct(r.deficitChangePct)},
                              {"exporters", money(r.exporterCostUsd)},
                              {"buyers", money(r.usBuyerCostUsd)},
                              {"revenue", money(r.tariffRevenueUsd)},
                              {"rate", formatPct(r.effectiveTariffRatePct)}});
}

bool App::refresh() {
  if (everEvaluated_ && scenario == evaluated_) return false;
  tariff::evaluate(data_, scenario, results_);
  evaluated_ = scenario;
  useYenPerUsd(evaluated_.assumptions.yenPerUsd);
  everEvaluated_ = true;
  ++evaluations_;
  tariff::evaluateRanges(data_, evaluated_, results_, rangeWork_, ranges_);
  evaluatedIsTheLaw_ = isTheLaw(evaluated_);

  if (!timelineBuilt_ || timelineAssumptions_ != evaluated_.assumptions) {
    timeline_ = tariff::buildTimeline(data_, evaluated_, firstDay_, lastDay_);
    path_ = tariff::modelPath(data_, evaluated_.assumptions);
    timelineAssumptions_ = evaluated_.assumptions;
    timelineBuilt_ = true;
  }
  link_ = tariff::encodeScenario(data_, evaluated_);
  writeWords();
  return true;
}

void App::writeWords() {
  observed_ = tariff::observedBeside(data_, evaluated_, results_, evaluatedIsTheLaw_, path_, language());
  lawNotice_ = tariff::lawNotice(data_, evaluated_.date, language());
  summary_ = summaryOf(results_);
}

}  // namespace usjp
