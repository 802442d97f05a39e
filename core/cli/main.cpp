// usjp-tariff: evaluate a scenario from the command line with the same core as the browser.
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "../evaluate.h"
#include "../format.h"
#include "../load_data.h"
#include "../observed.h"
#include "../ranges.h"
#include "../report.h"
#include "../scenario_json.h"
#include "../scenario_link.h"
#include "../validation.h"

// Where the data is when neither --data nor $USJP_DATA_DIR says: beside the installed program
// (USJP_DATA_FROM_BIN, relative to the executable's directory), else the source tree it was built from.
#ifndef USJP_DATA_FROM_BIN
#define USJP_DATA_FROM_BIN "../share/usjp-tariff/data"
#endif
#ifndef USJP_DATA_DIR
#define USJP_DATA_DIR "data"
#endif

using namespace tariff;

namespace {

enum Exit { kOk = 0, kDataError = 1, kUsage = 2, kScenarioError = 3, kOutsideBand = 4 };

const char* kUsageText =
    "usage: usjp-tariff [options]\n"
    "Evaluate a US-Japan tariff scenario: the US goods deficit with Japan and who pays.\n\n"
    "  --list-presets       list the named scenarios and exit\n"
    "  --preset NAME        start from a preset (default: the 2024 baseline)\n"
    "  --file PATH          a scenario file in the presets' JSON format (docs/data.md)\n"
    "  --link STRING        a shared link or its fragment (v=1&l=...)\n"
    "  --date YYYY-MM-DD    switch on exactly the layers in force that day\n"
    "  --json               print results as JSON (fields documented in docs/cli.md)\n"
    "  --csv                the same fields and figures as CSV (field as a JSON pointer, value)\n"
    "  --graphic            the static graphic's texts and bars as JSON (the page's no-WebGL view)\n"
    "  --encode             print the scenario's link fragment and exit\n"
    "  --validation         print docs/validation.md: the model beside independent figures and\n"
    "                       what happened; exit 4 if a figure leaves its band\n"
    "  --observed           the model beside what happened: US imports from Japan by month and\n"
    "                       quarter under the law of each month (the scenario's assumptions)\n"
    "  --data DIR           data directory (default: $USJP_DATA_DIR, else " USJP_DATA_FROM_BIN
    "\n"
    "                       beside this program, else the source tree's data/)\n"
    "  --where              print the data directory in use and exit\n"
    "  --help               this text\n";

struct Options {
  bool listPresets = false, json = false, csv = false, graphic = false, encode = false, observed = false,
       validation = false, where = false;
  std::string preset, file, link, date, dataDir;
};

int usage(const std::string& problem) {
  std::fprintf(stderr, "usjp-tariff: %s\n\n%s", problem.c_str(), kUsageText);
  return kUsage;
}

bool parseArgs(int argc, char** argv, Options& o, int& exitCode) {
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    auto value = [&](std::string& out) {
      if (i + 1 >= argc) return false;
      out = argv[++i];
      return true;
    };
    if (a == "--help" || a == "-h") {
      std::fputs(kUsageText, stdout);
      exitCode = kOk;
      return false;
    } else if (a == "--list-presets")
      o.listPresets = true;
    else if (a == "--json")
      o.json = true;
    else if (a == "--csv")
      o.csv = true;
    else if (a == "--graphic")
      o.graphic = true;
    else if (a == "--encode")
      o.encode = true;
    else if (a == "--observed")
      o.observed = true;
    else if (a == "--validation")
      o.validation = true;
    else if (a == "--where")
      o.where = true;
    else if ((a == "--preset" && value(o.preset)) || (a == "--file" && value(o.file)) ||
             (a == "--link" && value(o.link)) || (a == "--date" && value(o.date)) ||
             (a == "--data" && value(o.dataDir)))
      continue;
    else {
      exitCode =
          usage(a.rfind("--", 0) == 0 ? "option " + a + " is unknown or needs a value" : "unexpected argument " + a);
      return false;
    }
  }
  return true;
}

// The running program's own path (Linux: /proc/self/exe), so that an installed copy finds its data
// wherever the prefix was put or moved; argv[0] where /proc is missing.
std::filesystem::path programPath(const char* argv0) {
  std::error_code error;
  const std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", error);
  if (!error) return self;
  return std::filesystem::absolute(argv0, error);
}

std::string dataDirectory(const Options& o, const char* argv0) {
  if (!o.dataDir.empty()) return o.dataDir;
  if (const char* env = std::getenv("USJP_DATA_DIR"); env && *env) return env;
  std::error_code error;
  const std::filesystem::path installed = programPath(argv0).parent_path() / USJP_DATA_FROM_BIN;
  if (std::filesystem::is_regular_file(installed / "layers.json", error)) return installed.lexically_normal().string();
  return USJP_DATA_DIR;
}

void printPresets(const TradeData& data) {
  for (const Preset& p : data.presets)
    std::printf("%-10s  %s\n            %s\n", p.id.c_str(), p.name.c_str(), p.description.c_str());
}

void printTable(const TradeData& data, const Scenario& s, const Results& r) {
  std::printf("Scenario %s (date %s, %s, %.2f yen per dollar)\n", s.presetId.empty() ? "(custom)" : s.presetId.c_str(),
              formatDate(s.date).c_str(), s.assumptions.horizon == Horizon::ShortRun ? "short run" : "long run",
              s.assumptions.yenPerUsd);
  std::printf("  US goods deficit with Japan   %s -> %s  (%s, %s)\n", formatUsd(r.deficitBeforeUsd).c_str(),
              formatUsd(r.deficitAfterUsd).c_str(), formatSignedUsd(r.deficitChangeUsd).c_str(),
              formatSignedPct(r.deficitChangePct).c_str());
  std::printf("  Duty added on Japan's goods   %s  = US buyers %s + Japanese exporters %s\n",
              formatUsd(r.tariffBurdenUsd).c_str(), formatUsd(r.usBuyerCostUsd).c_str(),
              formatUsd(r.exporterCostUsd).c_str());
  std::printf("  Lost to both sides            %s  (deadweight loss)\n", formatUsd(r.deadweightUsd).c_str());
  std::printf("  Trade lost                    %s  (at 2024 prices)\n", formatUsd(r.tradeLostUsd).c_str());
  if (s.countRefunds)
    std::printf("  Refunded to US importers      %s  (IEEPA duties, court order)\n", formatUsd(r.refundUsd).c_str());
  std::printf("  US tariff revenue             %s  (%s more than 2024)\n", formatUsd(r.tariffRevenueUsd).c_str(),
              formatSignedUsd(r.addedTariffRevenueUsd).c_str());
  std::printf("  Effective tariff rate         %s  (2024: %s)\n\n", formatPct(r.effectiveTariffRatePct, 2).c_str(),
              formatPct(r.effectiveTariffRateBeforePct, 2).c_str());

  std::printf("  %-44s %7s %10s %10s %10s %10s\n", "sector", "tariff", "imports", "after", "exporter", "US buyer");
  for (size_t i = 0; i < data.sectors.size(); ++i) {
    const SectorResult& x = r.sectors[i];
    std::printf("  %-44.44s %6.1f%% %10s %10s %10s %10s\n", data.sectors[i].name.c_str(), x.tariffPct,
                formatUsd(x.importsBeforeUsd).c_str(), formatUsd(x.importsAfterUsd).c_str(),
                formatUsd(x.exporterCostUsd).c_str(), formatUsd(x.buyerCostUsd).c_str());
    if (data.sectors[i].hasUnits && x.unitsBefore > 0)
      std::printf("  %-44s units %s -> %s, cost to exporters per vehicle %s\n", "", formatCount(x.unitsBefore).c_str(),
                  formatCount(x.unitsAfter).c_str(), formatUsd(x.exporterPriceCostPerUnitUsd).c_str());
  }
  std::printf("\n  Deficit change by measure:\n");
  for (size_t l = 0; l < data.layers.size(); ++l)
    if (r.layers[l].applied)
      std::printf("    %-52.52s %10s\n", data.layers[l].name.c_str(),
                  formatSignedUsd(r.layers[l].deficitChangeUsd).c_str());
  for (size_t o = 0; o < data.offers.size(); ++o)
    if (s.offers[o].on)
      std::printf("    %-52.52s %10s  (of %s pledged a year)\n", data.offers[o].name.c_str(),
                  formatSignedUsd(r.offers[o].deficitChangeUsd).c_str(),
                  formatUsd(r.offers[o].pledgedUsdPerYear).c_str());
}

void printObserved(const TradeData& data, const Scenario& s, bool json) {
  const std::vector<MonthFit> path = modelPath(data, s.assumptions);
  const std::vector<QuarterFit> quarters = byQuarter(path);
  if (json) {
    nlohmann::json months = nlohmann::json::array(), qs = nlohmann::json::array();
    for (const MonthFit& f : path)
      months.push_back({{"month", std::to_string(f.year) + "-" + (f.month < 10 ? "0" : "") + std::to_string(f.month)},
                        {"effective_tariff_rate_pct", f.effectiveRatePct},
                        {"model_ratio_to_2024", f.modelRatio},
                        {"imports_2024_usd", f.baseUsd},
                        {"model_imports_usd", f.modelUsd},
                        {"observed_imports_usd", f.hasObserved ? nlohmann::json(f.observedUsd) : nlohmann::json()}});
    for (const QuarterFit& q : quarters)
      qs.push_back({{"quarter", std::to_string(q.year) + "-Q" + std::to_string(q.quarter)},
                    {"months", q.months},
                    {"imports_2024_usd", q.baseUsd},
                    {"model_imports_usd", q.modelUsd},
                    {"observed_imports_usd", q.observedUsd},
                    {"gap_pct", q.gapPct()}});
    std::printf("%s\n", nlohmann::json({{"months", months}, {"quarters", qs}}).dump(2).c_str());
    return;
  }
  std::printf("US imports from Japan: the model under the law of each month beside the Census figures\n");
  std::printf("(model = the same month of 2024 x the model's change; docs/methodology.md section 6)\n\n");
  std::printf("  %-8s %8s %10s %10s %10s %7s\n", "month", "tariff", "2024", "model", "observed", "gap");
  for (const MonthFit& f : path)
    std::printf("  %04d-%02d %7.1f%% %10s %10s %10s %7s\n", f.year, f.month, f.effectiveRatePct,
                formatUsd(f.baseUsd).c_str(), formatUsd(f.modelUsd).c_str(),
                f.hasObserved ? formatUsd(f.observedUsd).c_str() : "-",
                f.hasObserved ? formatSignedPct(100.0 * (f.modelUsd - f.observedUsd) / f.observedUsd).c_str() : "");
  std::printf("\n  %-8s %6s %12s %12s %12s %7s\n", "quarter", "months", "2024 change", "model", "observed", "gap");
  for (const QuarterFit& q : quarters)
    std::printf("  %d-Q%d %6d %12s %12s %12s %7s\n", q.year, q.quarter, q.months, formatUsd(q.baseUsd).c_str(),
                formatSignedPct(q.modelChangePct()).c_str(), formatSignedPct(q.observedChangePct()).c_str(),
                formatSignedPct(q.gapPct()).c_str());
}

int printValidation(const TradeData& data, const std::string& dir) {
  ValidationSet v;
  DataErrors errors;
  if (!loadValidation(data, dir + "/validation.json", v, errors)) {
    for (const DataError& e : errors) std::fprintf(stderr, "%s\n", e.message().c_str());
    return kDataError;
  }
  std::fputs(validationMarkdown(data, v).c_str(), stdout);
  const std::vector<std::string> outside = checkValidation(data, v);
  for (const std::string& line : outside) std::fprintf(stderr, "usjp-tariff: outside its band: %s\n", line.c_str());
  return outside.empty() ? kOk : kOutsideBand;
}

int buildScenario(const TradeData& data, const Options& o, Scenario& s) {
  const int given = !o.preset.empty() + !o.file.empty() + !o.link.empty();
  if (given > 1) return usage("give at most one of --preset, --file and --link");
  s = defaultScenario(data);
  if (!o.preset.empty()) {
    const int p = data.presetIndex(o.preset);
    if (p < 0) {
      std::fprintf(stderr, "usjp-tariff: unknown preset \"%s\"; --list-presets shows them\n", o.preset.c_str());
      return kScenarioError;
    }
    s = data.presets[p].scenario;
  } else if (!o.file.empty()) {
    std::string text;
    DataErrors errors;
    if (!readDataFile(o.file, text, errors) || !scenarioFromJsonText(data, o.file, text, s, errors)) {
      for (const DataError& e : errors) std::fprintf(stderr, "%s\n", e.message().c_str());
      return kScenarioError;
    }
  } else if (!o.link.empty()) {
    DecodedLink d = decodeScenario(data, o.link);
    for (const std::string& why : d.ignored) std::fprintf(stderr, "usjp-tariff: link: ignored %s\n", why.c_str());
    s = d.scenario;
  }
  if (!o.date.empty()) {
    const auto day = parseDate(o.date);
    if (!day) return usage("--date needs a calendar date YYYY-MM-DD, got " + o.date);
    applyDate(data, *day, s);
  }
  return kOk;
}

}  // namespace

int main(int argc, char** argv) {
  Options o;
  int exitCode = kOk;
  if (!parseArgs(argc, argv, o, exitCode)) return exitCode;
  const std::string dataDir = dataDirectory(o, argc > 0 ? argv[0] : "usjp-tariff");
  if (o.where) {
    std::printf("%s\n", dataDir.c_str());
    return kOk;
  }

  const LoadResult loaded = loadTradeDataFromDir(dataDir);
  if (!loaded.ok()) {
    for (const DataError& e : loaded.errors) std::fprintf(stderr, "%s\n", e.message().c_str());
    std::fprintf(stderr, "usjp-tariff: %zu problem(s) in the data; nothing was computed\n", loaded.errors.size());
    return kDataError;
  }
  const TradeData& data = loaded.data;
  if (o.listPresets) {
    printPresets(data);
    return kOk;
  }
  if (o.validation) return printValidation(data, dataDir);
  Scenario s;
  if (int rc = buildScenario(data, o, s); rc != kOk) return rc;
  if (o.encode) {
    std::printf("%s\n", encodeScenario(data, s).c_str());
    return kOk;
  }
  if (const std::string notice = lawNotice(data, s.date); !notice.empty())
    std::fprintf(stderr, "usjp-tariff: note: %s\n", notice.c_str());
  if (o.observed) {
    printObserved(data, s, o.json);
    return kOk;
  }
  const Results r = evaluate(data, s);
  if (o.graphic) {
    std::printf("%s\n", graphicJson(data, s, r).dump(2).c_str());
    return kOk;
  }
  if (o.json || o.csv) {
    RangeWork work;
    HeadlineRanges ranges;
    evaluateRanges(data, s, r, work, ranges);
    const ObservedBeside observed = observedBeside(data, s, r, isTheLaw(data, s), modelPath(data, s.assumptions));
    const nlohmann::json report = reportJson(data, s, r, ranges, observed);
    if (o.csv)
      std::fputs(reportCsv(report).c_str(), stdout);
    else
      std::printf("%s\n", report.dump(2).c_str());
  } else
    printTable(data, s, r);
  return kOk;
}
