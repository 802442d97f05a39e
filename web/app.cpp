#include "app.h"

#include "embedded.h"
#include "format.h"
#include "scenario_link.h"

namespace usjp {

std::vector<std::string> App::use(tariff::LoadResult loaded) {
  std::vector<std::string> problems;
  for (const tariff::DataError& e : loaded.errors) problems.push_back(e.message());
  if (problems.empty()) {
    data_ = std::move(loaded.data);
    tariff::prepareResults(data_, results_);
  }
  return problems;
}

std::vector<std::string> App::loadEmbedded() {
  std::vector<tariff::DataFile> files;
  for (int i = 0; i < kDataFilesCount; ++i)
    files.push_back({kDataFiles[i].name, std::string(reinterpret_cast<const char*>(kDataFiles[i].bytes), kDataFiles[i].size)});
  return use(tariff::loadTradeData(files));
}

void App::start(const std::string& link) {
  std::string fragment = link;
  if (!fragment.empty() && fragment[0] == '#') fragment.erase(0, 1);
  if (fragment.empty()) {
    const int preset = data_.presetIndex(kStartPresetId);
    scenario = preset >= 0 ? data_.presets[preset].scenario : tariff::defaultScenario(data_);
  } else {
    tariff::DecodedLink decoded = tariff::decodeScenario(data_, fragment);
    scenario = std::move(decoded.scenario);
    notices_ = std::move(decoded.ignored);
  }
  everEvaluated_ = false;
  refresh();
}

void App::applyPreset(int preset) {
  if (preset < 0 || preset >= static_cast<int>(data_.presets.size())) return;
  scenario = data_.presets[preset].scenario;
}

void App::applyDate(tariff::Day day) { tariff::applyDate(data_, day, scenario); }

void App::resetAssumptions() {
  scenario.assumptions = tariff::defaultAssumptions(data_);
  edited();
}

// One line a screen reader announces and the test hook reads; every figure from core.
static std::string summaryOf(const tariff::Results& r) {
  using namespace tariff;
  return "US goods deficit with Japan: " + formatUsd(r.deficitBeforeUsd) + " before, " + formatUsd(r.deficitAfterUsd) +
         " after (" + formatSignedUsd(r.deficitChangeUsd) + ", " + formatSignedPct(r.deficitChangePct) +
         "). Cost to Japanese exporters " + formatUsd(r.exporterCostUsd) + "; cost to US buyers " +
         formatUsd(r.usBuyerCostUsd) + "; US tariff revenue " + formatUsd(r.tariffRevenueUsd) +
         "; effective tariff rate " + formatPct(r.effectiveTariffRatePct) + ".";
}

bool App::refresh() {
  if (everEvaluated_ && scenario == evaluated_) return false;
  tariff::evaluate(data_, scenario, results_);
  evaluated_ = scenario;
  everEvaluated_ = true;
  ++evaluations_;
  link_ = tariff::encodeScenario(data_, evaluated_);
  summary_ = summaryOf(results_);
  return true;
}

}  // namespace usjp
