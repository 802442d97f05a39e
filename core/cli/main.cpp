// usjp-tariff: evaluate a scenario from the command line with the same core as the browser.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "../evaluate.h"
#include "../format.h"
#include "../language.h"
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

struct Options {
  bool help = false, listPresets = false, json = false, csv = false, graphic = false, encode = false, observed = false,
       validation = false, where = false;
  std::string preset, file, link, date, dataDir, lang = "en";
};

// The options are described in the language files (cli.usage), which --help reads.
int usage(const std::string& problem) {
  std::fprintf(stderr, "usjp-tariff: %s (usjp-tariff --help lists the options)\n", problem.c_str());
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
    if (a == "--help" || a == "-h")
      o.help = true;
    else if (a == "--list-presets")
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
             (a == "--data" && value(o.dataDir)) || (a == "--lang" && value(o.lang)))
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

void printPresets(const TradeData& data, const Language& lang) {
  for (const Preset& p : data.presets)
    std::printf("%-10s  %s\n            %s\n", p.id.c_str(), lang.name("preset", p.id, p.name).c_str(),
                lang.name("preset_description", p.id, p.description).c_str());
}

// "US goods deficit with Japan   $68.5B -> ...": the labels padded to one column in any script.
void printLines(const std::vector<std::pair<std::string, std::string>>& lines) {
  size_t width = 0;
  for (const auto& line : lines) width = std::max(width, displayWidth(line.first));
  for (const auto& [label, value] : lines)
    std::printf("  %s%s\n", padTo(label, std::max<size_t>(width + 3, 30)).c_str(), value.c_str());
}

// At most `columns` wide, cut at a character boundary (long English names; the Japanese fit).
std::string cut(const std::string& text, size_t columns) {
  std::string out;
  for (size_t i = 0, next = 0; i < text.size(); i = next) {
    nextCodePoint(text, next);
    const std::string ch = text.substr(i, next - i);
    if (displayWidth(out + ch) > columns) break;
    out += ch;
  }
  return out;
}

// Money as the language's readers expect it (core Money): dollars in English; in Japanese yen first
// (at the scenario's rate) with the dollars beside, or yen alone in the table's narrow columns.
void printTable(const TradeData& data, const Language& lang, const Scenario& s, const Results& r) {
  const Money money{lang, s.assumptions.yenPerUsd};
  const auto t = [&](const char* key) { return std::string(lang.text(key)); };
  const int p = data.presetIndex(s.presetId);
  const std::string id = s.presetId.empty() ? t("cli.custom") : s.presetId;
  const std::string name = p < 0 ? t("cli.custom") : lang.name("preset", s.presetId, data.presets[p].name);
  std::printf("%s\n",
              fillIn(t("cli.heading"),
                     {{"id", id},
                      {"name", name},
                      {"date", formatDay(lang, s.date)},
                      {"horizon", t(s.assumptions.horizon == Horizon::ShortRun ? "cli.short_run" : "cli.long_run")},
                      {"rate", formatted("%.2f", s.assumptions.yenPerUsd)}})
                  .c_str());
  auto deficit = money.values({{"before", r.deficitBeforeUsd}, {"after", r.deficitAfterUsd}});
  money.add(deficit, "change", r.deficitChangeUsd, true);
  deficit.push_back({"pct", formatSignedPct(lang, r.deficitChangePct)});
  auto revenue = money.values({{"value", r.tariffRevenueUsd}});
  money.add(revenue, "more", r.addedTariffRevenueUsd, true);
  std::vector<std::pair<std::string, std::string>> lines = {
      {t("cli.deficit"), fillIn(t("cli.deficit_value"), deficit)},
      {t("cli.duty"), fillIn(t("cli.duty_value"), money.values({{"total", r.tariffBurdenUsd},
                                                                {"buyers", r.usBuyerCostUsd},
                                                                {"exporters", r.exporterCostUsd}}))},
      {t("cli.deadweight"), fillIn(t("cli.deadweight_value"), money.values({{"value", r.deadweightUsd}}))},
      {t("cli.trade_lost"), fillIn(t("cli.trade_lost_value"), money.values({{"value", r.tradeLostUsd}}))}};
  if (s.countRefunds)
    lines.push_back({t("cli.refunds"), fillIn(t("cli.refunds_value"), money.values({{"value", r.refundUsd}}))});
  lines.push_back({t("cli.revenue"), fillIn(t("cli.revenue_value"), revenue)});
  lines.push_back(
      {t("cli.rate"), fillIn(t("cli.rate_value"), {{"value", formatPct(r.effectiveTariffRatePct, 2)},
                                                   {"before", formatPct(r.effectiveTariffRateBeforePct, 2)}})});
  printLines(lines);
  if (!t("cli.amounts").empty())
    std::printf("  %s\n", fillIn(t("cli.amounts"), {{"rate", formatted("%.2f", s.assumptions.yenPerUsd)}}).c_str());
  std::printf("\n");

  // Columns as wide as their header in the language (Japanese headers are wider than the figures).
  const char* headers[] = {"cli.col_tariff", "cli.col_imports", "cli.col_after", "cli.col_exporter", "cli.col_buyer"};
  size_t widths[5];
  for (int c = 0; c < 5; ++c) widths[c] = std::max<size_t>(c == 0 ? 7 : 10, displayWidth(t(headers[c])));
  size_t nameWidth = 44;
  for (const ImportSector& sector : data.sectors)
    nameWidth = std::max(nameWidth, displayWidth(lang.name("sector", sector.id, "")));
  std::string header = "  " + padTo(t("cli.col_sector"), nameWidth);
  for (int c = 0; c < 5; ++c) header += " " + padTo(t(headers[c]), widths[c], true);
  std::printf("%s\n", header.c_str());
  for (size_t i = 0; i < data.sectors.size(); ++i) {
    const SectorResult& x = r.sectors[i];
    const std::string sectorName = cut(lang.name("sector", data.sectors[i].id, data.sectors[i].name), 44);
    const std::string cells[] = {formatted("%.1f%%", x.tariffPct), money.column(x.importsBeforeUsd),
                                 money.column(x.importsAfterUsd), money.column(x.exporterCostUsd),
                                 money.column(x.buyerCostUsd)};
    std::string row = "  " + padTo(sectorName, nameWidth);
    for (int c = 0; c < 5; ++c) row += " " + padTo(cells[c], widths[c], true);
    std::printf("%s\n", row.c_str());
    if (data.sectors[i].hasUnits && x.unitsBefore > 0) {
      auto units = money.values({{"cost", x.exporterPriceCostPerUnitUsd}});
      units.push_back({"before", formatCount(x.unitsBefore)});
      units.push_back({"after", formatCount(x.unitsAfter)});
      std::printf("  %s %s\n", padTo("", nameWidth).c_str(), fillIn(t("cli.units"), units).c_str());
    }
  }
  std::printf("\n  %s\n", t("cli.by_measure").c_str());
  size_t measureWidth = 52;
  for (const TariffLayer& l : data.layers)
    measureWidth = std::max(measureWidth, displayWidth(lang.name("layer", l.id, "")));
  for (const Offer& o : data.offers) measureWidth = std::max(measureWidth, displayWidth(lang.name("offer", o.id, "")));
  const size_t valueWidth = money.japanese() ? 22 : 10;
  for (size_t l = 0; l < data.layers.size(); ++l)
    if (r.layers[l].applied)
      std::printf("    %s %s\n",
                  padTo(cut(lang.name("layer", data.layers[l].id, data.layers[l].name), 52), measureWidth).c_str(),
                  padTo(money(r.layers[l].deficitChangeUsd, true), valueWidth, true).c_str());
  for (size_t o = 0; o < data.offers.size(); ++o)
    if (s.offers[o].on)
      std::printf("    %s %s  %s\n",
                  padTo(cut(lang.name("offer", data.offers[o].id, data.offers[o].name), 52), measureWidth).c_str(),
                  padTo(money(r.offers[o].deficitChangeUsd, true), valueWidth, true).c_str(),
                  fillIn(t("cli.pledged"), money.values({{"pledged", r.offers[o].pledgedUsdPerYear}})).c_str());
}

void printObservedJson(const std::vector<MonthFit>& path, const std::vector<QuarterFit>& quarters) {
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
}

void printObserved(const TradeData& data, const Scenario& s, bool json, const Language& lang) {
  const std::vector<MonthFit> path = modelPath(data, s.assumptions);
  const std::vector<QuarterFit> quarters = byQuarter(path);
  if (json) {
    printObservedJson(path, quarters);
    return;
  }
  const auto t = [&](const char* key) { return std::string(lang.text(key)); };
  // Dollars, as the Census counts them (in Japanese as the press writes dollars: 126億ドル).
  const auto usd = [&](double v) { return formatDollars(lang, v); };
  std::printf("%s\n%s\n\n", t("cli.observed_title").c_str(), t("cli.observed_formula").c_str());
  const auto row = [](const std::vector<std::string>& cells, const std::vector<size_t>& widths) {
    std::string line = " ";
    for (size_t c = 0; c < cells.size(); ++c) line += " " + padTo(cells[c], widths[c], c > 0);
    std::printf("%s\n", line.c_str());
  };
  // Columns as wide as their header or their widest figure, in any script.
  const auto widths = [](const std::vector<std::vector<std::string>>& rows) {
    std::vector<size_t> w(rows[0].size(), 0);
    for (const auto& r : rows)
      for (size_t c = 0; c < r.size(); ++c) w[c] = std::max(w[c], displayWidth(r[c]));
    return w;
  };
  std::vector<std::vector<std::string>> months = {{t("cli.observed_month"), t("cli.observed_tariff"),
                                                   t("cli.observed_2024"), t("cli.observed_model"),
                                                   t("cli.observed"), t("cli.observed_gap")}};
  for (const MonthFit& f : path)
    months.push_back({fillIn(t("cli.observed_month_label"), {{"year", std::to_string(f.year)},
                                                             {"mm", (f.month < 10 ? "0" : "") + std::to_string(f.month)},
                                                             {"m", std::to_string(f.month)}}),
                      formatted("%.1f%%", f.effectiveRatePct), usd(f.baseUsd), usd(f.modelUsd),
                      f.hasObserved ? usd(f.observedUsd) : "-",
                      f.hasObserved ? formatSignedPct(lang, 100.0 * (f.modelUsd - f.observedUsd) / f.observedUsd) : ""});
  const std::vector<size_t> monthWidths = widths(months);
  for (const auto& r : months) row(r, monthWidths);
  std::printf("\n%s\n", t("cli.observed_by_quarter").c_str());
  std::vector<std::vector<std::string>> qs = {{t("cli.observed_quarter"), t("cli.observed_months"),
                                               t("cli.observed_2024"), t("cli.observed_model"), t("cli.observed"),
                                               t("cli.observed_gap")}};
  for (const QuarterFit& q : quarters)
    qs.push_back({fillIn(t("cli.observed_quarter_label"), {{"year", std::to_string(q.year)},
                                                           {"quarter", std::to_string(q.quarter)},
                                                           {"first", std::to_string(3 * q.quarter - 2)},
                                                           {"last", std::to_string(3 * q.quarter)}}),
                  std::to_string(q.months), usd(q.baseUsd), formatSignedPct(lang, q.modelChangePct()),
                  formatSignedPct(lang, q.observedChangePct()), formatSignedPct(lang, q.gapPct())});
  const std::vector<size_t> quarterWidths = widths(qs);
  for (const auto& r : qs) row(r, quarterWidths);
}

int printValidation(const TradeData& data, const std::string& dir, const Language& english) {
  ValidationSet v;
  DataErrors errors;
  if (!loadValidation(data, dir + "/validation.json", v, errors)) {
    for (const DataError& e : errors) std::fprintf(stderr, "%s\n", e.message().c_str());
    return kDataError;
  }
  std::fputs(validationMarkdown(data, v, english).c_str(), stdout);
  const std::vector<std::string> outside = checkValidation(data, v);
  for (const std::string& line : outside) std::fprintf(stderr, "usjp-tariff: outside its band: %s\n", line.c_str());
  return outside.empty() ? kOk : kOutsideBand;
}

// --help: cli.usage from the language file alone (no data needed), so that it also helps when the
// data is broken; a one-line usage when even that file cannot be read.
int printHelp(const std::string& dataDir, const std::string& code) {
  const std::string known = isLanguageCode(code) ? code : "en";
  const std::string path = dataDir + "/i18n/" + known + ".json";
  std::string text;
  DataErrors errors;
  Language lang;
  if (!readDataFile(path, text, errors) || !parseLanguage(path, text, known, lang, errors)) {
    for (const DataError& e : errors) std::fprintf(stderr, "%s\n", e.message().c_str());
    std::printf("usage: usjp-tariff [--data DIR] [--lang en|ja] [--preset NAME | --link STRING | --file PATH]\n"
                "       [--date YYYY-MM-DD] [--json | --csv | --graphic | --encode | --observed | --validation]\n"
                "       (the full help is in %s, which could not be read)\n", path.c_str());
    return kDataError;
  }
  std::fputs(fillIn(std::string(lang.text("cli.usage")), {{"installed", USJP_DATA_FROM_BIN}}).c_str(), stdout);
  return kOk;
}

// `words` gives the reader's language, loaded when a link's notices need it (nullptr: it did not load).
template <class Words>
int buildScenario(const TradeData& data, const Options& o, const Words& words, Scenario& s) {
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
    const Language* lang = words();
    if (!lang) return kDataError;
    DecodedLink d = decodeScenario(data, o.link, *lang);
    for (const std::string& why : d.ignored)
      std::fprintf(stderr, "usjp-tariff: %s\n",
                   fillIn(std::string(lang->text("core.cli_link_ignored")), {{"why", why}}).c_str());
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
  if (o.help) return printHelp(dataDir, o.lang);

  const LoadResult loaded = loadTradeDataFromDir(dataDir);
  if (!loaded.ok()) {
    for (const DataError& e : loaded.errors) std::fprintf(stderr, "%s\n", e.message().c_str());
    std::fprintf(stderr, "usjp-tariff: %zu problem(s) in the data; nothing was computed\n", loaded.errors.size());
    return kDataError;
  }
  const TradeData& data = loaded.data;
  // The words of everything printed (data/i18n), read once, when first needed: English alone for
  // English output, another language checked against English. Field names in JSON and CSV are the
  // same in every language; names, notices and labels are in the language asked for.
  if (!isLanguageCode(o.lang)) return usage("--lang takes en or ja, got " + o.lang);
  std::vector<Language> languages;
  bool wordsRead = false, wordsOk = false;
  const auto words = [&](const std::string& code) -> const Language* {
    if (!wordsRead) {
      wordsRead = true;
      DataErrors errors;
      if (o.lang == "en") {
        const std::string path = dataDir + "/i18n/en.json";
        std::string text;
        languages.resize(1);
        wordsOk = readDataFile(path, text, errors) && parseLanguage(path, text, "en", languages[0], errors);
      } else {
        wordsOk = loadLanguages(dataDir, data, languages, errors);
      }
      for (const DataError& e : errors) std::fprintf(stderr, "%s\n", e.message().c_str());
      if (!wordsOk)
        std::fprintf(stderr, "usjp-tariff: %zu problem(s) in the language files; nothing was printed\n", errors.size());
    }
    return wordsOk ? findLanguage(languages, code) : nullptr;
  };
  const auto language = [&] { return words(o.lang); };
  if (o.listPresets) {
    const Language* lang = language();
    if (!lang) return kDataError;
    printPresets(data, *lang);
    return kOk;
  }
  if (o.validation) {
    const Language* english = words("en");  // docs/validation.md is in English
    return english ? printValidation(data, dataDir, *english) : kDataError;
  }
  Scenario s;
  if (int rc = buildScenario(data, o, language, s); rc != kOk) return rc;
  if (o.encode) {
    std::printf("%s\n", encodeScenario(data, s).c_str());
    return kOk;
  }
  const Language* lang = language();
  if (!lang) return kDataError;
  if (const std::string notice = lawNotice(data, s.date, *lang); !notice.empty())
    std::fprintf(stderr, "usjp-tariff: %s\n",
                 fillIn(std::string(lang->text("core.cli_note")), {{"notice", notice}}).c_str());
  if (o.observed) {
    printObserved(data, s, o.json, *lang);
    return kOk;
  }
  const Results r = evaluate(data, s);
  if (o.graphic) {
    std::printf("%s\n", graphicJson(data, s, r, *lang).dump(2).c_str());
    return kOk;
  }
  if (o.json || o.csv) {
    RangeWork work;
    HeadlineRanges ranges;
    evaluateRanges(data, s, r, work, ranges);
    const ObservedBeside observed =
        observedBeside(data, s, r, isTheLaw(data, s), modelPath(data, s.assumptions), *lang);
    const nlohmann::json report = reportJson(data, s, r, ranges, observed, *lang);
    if (o.csv)
      std::fputs(reportCsv(report, *lang).c_str(), stdout);
    else
      std::printf("%s\n", report.dump(2).c_str());
  } else {
    printTable(data, *lang, s, r);
  }
  return kOk;
}
