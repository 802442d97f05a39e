// Speed of the core, in figures (not asserted): a scenario change must recompute in microseconds.
// Run: build/native-release/tests/usjp_bench
#include <benchmark/benchmark.h>

#include "evaluate.h"
#include "language.h"
#include "load_data.h"
#include "scenario_link.h"

using namespace tariff;

static const TradeData& data() {
  static const TradeData d = loadTradeDataFromDir(USJP_DATA_DIR).data;
  return d;
}

static const Language& english() {
  static const Language en = [] {
    std::vector<Language> languages;
    DataErrors errors;
    loadLanguages(USJP_DATA_DIR, data(), languages, errors);
    return languages.empty() ? Language{"en", {}, {}} : languages.front();
  }();
  return en;
}

static void BM_EvaluatePreset(benchmark::State& state) {
  const TradeData& d = data();
  const Scenario s = d.presets[d.presetIndex("sep2025")].scenario;
  Results r;
  prepareResults(d, r);
  for (auto _ : state) {
    evaluate(d, s, r);
    benchmark::DoNotOptimize(r.deficitAfterUsd);
  }
}
BENCHMARK(BM_EvaluatePreset);

// A reader dragging a slider: the scenario changes every time.
static void BM_EvaluateWhileDragging(benchmark::State& state) {
  const TradeData& d = data();
  Scenario s = d.presets[d.presetIndex("may_offer")].scenario;
  Results r;
  prepareResults(d, r);
  double share = 0;
  for (auto _ : state) {
    share = share >= 100 ? 0 : share + 1;
    s.offers[d.offerIndex("chips")].sharePct = share;
    evaluate(d, s, r);
    benchmark::DoNotOptimize(r.deficitAfterUsd);
  }
}
BENCHMARK(BM_EvaluateWhileDragging);

static void BM_EncodeLink(benchmark::State& state) {
  const TradeData& d = data();
  const Scenario s = d.presets[d.presetIndex("sep2025")].scenario;
  for (auto _ : state) benchmark::DoNotOptimize(encodeScenario(d, s));
}
BENCHMARK(BM_EncodeLink);

static void BM_DecodeLink(benchmark::State& state) {
  const TradeData& d = data();
  const std::string link = encodeScenario(d, d.presets[d.presetIndex("sep2025")].scenario);
  for (auto _ : state) benchmark::DoNotOptimize(decodeScenario(d, link, english()));
}
BENCHMARK(BM_DecodeLink);

static void BM_LoadAndValidateData(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(loadTradeDataFromDir(USJP_DATA_DIR));
}
BENCHMARK(BM_LoadAndValidateData)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
