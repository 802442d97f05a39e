#include "validation.h"

#include <cmath>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "format.h"
#include "json_check.h"
#include "ranges.h"
#include "stacking.h"

namespace tariff {

bool loadValidation(const TradeData& data, const std::string& path, ValidationSet& out, DataErrors& errors) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    errors.push_back({path, "", "cannot open the file"});
    return false;
  }
  std::ostringstream text;
  text << in.rdbuf();
  Json root;
  if (!parseJson(path, text.str(), root, errors)) return false;
  std::set<std::string> ids;
  for (const Source& s : data.sources) ids.insert(s.id);
  JsonChecker c(path, errors);
  c.setSourceIds(&ids);
  const size_t before = c.errorCount();
  if (!c.isObject(root, "")) return false;
  c.allowOnly(root, "", {"about", "estimates", "quarters", "car_prices"});
  if (const Json* list = c.array(root, "", "estimates", true)) {
    for (size_t i = 0; i < list->size(); ++i) {
      const std::string at = childPointer("/estimates", i);
      const Json& j = (*list)[i];
      if (!c.isObject(j, at)) continue;
      c.allowOnly(j, at, {"id", "date", "to", "kind", "value", "band_pct_points", "why"});
      IndependentEstimate e;
      c.id(j, at, "id", e.id);
      c.date(j, at, "date", e.date, true);
      e.to = e.date;
      if (j.contains("to")) c.date(j, at, "to", e.to, true);
      if (c.string(j, at, "kind", e.kind, true) && e.kind != "statutory" && e.kind != "realized")
        c.fail(childPointer(at, "kind"), "must be statutory or realized, got " + quoteText(e.kind));
      c.sourced(j, at, "value", 0, 100, e.value, true);
      c.number(j, at, "band_pct_points", 0, 20, e.bandPctPoints, true);
      c.string(j, at, "why", e.why, true);
      out.estimates.push_back(e);
    }
  }
  if (const Json* list = c.array(root, "", "quarters", true)) {
    for (size_t i = 0; i < list->size(); ++i) {
      const std::string at = childPointer("/quarters", i);
      const Json& j = (*list)[i];
      if (!c.isObject(j, at)) continue;
      c.allowOnly(j, at, {"quarter", "band_pct", "why"});
      QuarterNote q;
      c.string(j, at, "quarter", q.quarter, true);
      c.number(j, at, "band_pct", 0, 50, q.bandPct, true);
      c.string(j, at, "why", q.why, true);
      out.quarters.push_back(q);
    }
  }
  if (const Json* list = c.array(root, "", "car_prices", false)) {
    for (size_t i = 0; i < list->size(); ++i) {
      const std::string at = childPointer("/car_prices", i);
      const Json& j = (*list)[i];
      if (!c.isObject(j, at)) continue;
      c.allowOnly(j, at, {"month", "band_pct_points", "why"});
      CarPriceNote n;
      std::string month;
      if (c.string(j, at, "month", month, true)) {
        const auto day = parseDate(month + "-01");
        if (month.size() != 7 || !day)
          c.fail(childPointer(at, "month"), "must be a month written YYYY-MM, got " + quoteText(month));
        else {
          n.year = std::stoi(month.substr(0, 4));
          n.month = std::stoi(month.substr(5, 2));
        }
      }
      c.number(j, at, "band_pct_points", 0, 50, n.bandPctPoints, true);
      c.string(j, at, "why", n.why, true);
      out.carPrices.push_back(n);
    }
  }
  return c.errorCount() == before;
}

double modelCarPriceChangePct(const TradeData& data, int year, int month) {
  const int cars = data.sectorIndex("cars");
  if (cars < 0) return 0.0;
  const Results r = evaluate(data, scenarioForDate(data, dayFromCivil(year, month, 15)));
  return r.sectors[cars].exporterPriceChangePct;
}

static double rateOn(const TradeData& data, Day day, CoverageCase c) {
  Scenario s = scenarioForDate(data, day);
  s.assumptions.coverage = c;
  double weighted = 0, total = 0;
  for (size_t i = 0; i < data.sectors.size(); ++i) {
    weighted += stackedRatePct(data, s, static_cast<int>(i)) * data.sectors[i].importsUsdM.value;
    total += data.sectors[i].importsUsdM.value;
  }
  return total > 0 ? weighted / total : 0.0;
}

ModelRate modelRateFor(const TradeData& data, const IndependentEstimate& e) {
  ModelRate m;
  const int days = e.to - e.date + 1;
  for (Day d = e.date; d <= e.to; ++d) {
    m.central += rateOn(data, d, CoverageCase::Central) / days;
    m.low += rateOn(data, d, CoverageCase::LowTariff) / days;
    m.high += rateOn(data, d, CoverageCase::HighTariff) / days;
  }
  return m;
}

static std::string quarterId(const QuarterFit& q) { return std::to_string(q.year) + "-Q" + std::to_string(q.quarter); }

static const QuarterNote* noteFor(const ValidationSet& v, const std::string& quarter) {
  for (const QuarterNote& n : v.quarters)
    if (n.quarter == quarter) return &n;
  return nullptr;
}

static std::string fixed(double x, int decimals) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, x);
  return buf;
}

std::vector<std::string> checkValidation(const TradeData& data, const ValidationSet& v) {
  std::vector<std::string> out;
  for (const IndependentEstimate& e : v.estimates) {
    const double gap = modelRateFor(data, e).central - e.value.value;
    if (std::fabs(gap) > e.bandPctPoints)
      out.push_back(e.id + ": the model differs by " + fixed(gap, 2) + " points, more than its band of " +
                    fixed(e.bandPctPoints, 1));
  }
  const ObservedSeries* boj = data.series("boj_car_export_price");
  for (const CarPriceNote& n : v.carPrices) {
    const ObservedPoint* p = boj ? boj->at(n.year, n.month) : nullptr;
    if (!p || !p->hasYoy) {
      out.push_back("car prices " + std::to_string(n.year) + "-" + std::to_string(n.month) + ": no BoJ figure");
      continue;
    }
    const double gap = modelCarPriceChangePct(data, n.year, n.month) - p->yoyPct;
    if (std::fabs(gap) > n.bandPctPoints)
      out.push_back("car prices " + std::to_string(n.year) + "-" + std::to_string(n.month) + ": the model differs by " +
                    fixed(gap, 1) + " points, more than its band of " + fixed(n.bandPctPoints, 0));
  }
  for (const QuarterFit& q : byQuarter(modelPath(data, defaultAssumptions(data)))) {
    const QuarterNote* n = noteFor(v, quarterId(q));
    if (!n)
      out.push_back(quarterId(q) + ": observed, but validation.json says nothing about it");
    else if (std::fabs(q.gapPct()) > n->bandPct)
      out.push_back(quarterId(q) + ": the model is " + fixed(q.gapPct(), 1) + "% off, more than its band of " +
                    fixed(n->bandPct, 0) + "%");
  }
  return out;
}

static std::string sourceName(const TradeData& data, const std::string& id) {
  const Source* s = data.source(id);
  return s ? s->publisher + ", " + s->date : id;
}

std::string validationMarkdown(const TradeData& data, const ValidationSet& v, const Language& english) {
  std::string md =
      "# Validation: the model beside independent figures and what happened\n\n"
      "Written by `usjp-tariff --validation` from `data/validation.json`, `data/observed.json` and the model; "
      "do not edit by hand. A CTest (`validation.bands`) fails when the model leaves a band below, and "
      "another (`validation.doc`) when this file no longer matches the tool's output.\n\n"
      "## 1. Japan's effective tariff rate by date\n\n"
      "The model: the statutory rate on each sector under the law of the day, weighted by 2024 imports; the "
      "range takes every product list's coverage to the low and high ends of its evidence (docs/data.md).\n\n"
      "| date | independent figure | what it measures | model (range) | gap | band | why they differ |\n"
      "|---|---|---|---|---|---|---|\n";
  for (const IndependentEstimate& e : v.estimates) {
    const ModelRate m = modelRateFor(data, e);
    const std::string when = e.to == e.date ? formatDate(e.date) : formatDate(e.date) + " to " + formatDate(e.to);
    md += "| " + when + " | " + fixed(e.value.value, 2) + "% (" + sourceName(data, e.value.source) + ") | " + e.kind +
          " | " + fixed(m.central, 2) + "% (" + fixed(m.low, 1) + "-" + fixed(m.high, 1) + ") | " +
          (m.central >= e.value.value ? "+" : "") + fixed(m.central - e.value.value, 2) + " | " +
          fixed(e.bandPctPoints, 1) + " | " + e.why + " |\n";
  }
  const std::vector<MonthFit> path = modelPath(data, defaultAssumptions(data));
  md +=
      "\n## 2. US imports from Japan: the model under the law of each month beside the Census figures\n\n"
      "Model = the same month of 2024 (Census) times the model's change on 2024 under the law of each day of "
      "the month, default assumptions, short run. Observed = Census general imports (`data/observed.json`).\n\n"
      "| quarter | months | tariff (law, average) | model change on 2024 | observed change on 2024 | gap | band | why "
      "|\n"
      "|---|---|---|---|---|---|---|---|\n";
  for (const QuarterFit& q : byQuarter(path)) {
    double rate = 0;
    int n = 0;
    for (const MonthFit& f : path)
      if (f.year == q.year && (f.month - 1) / 3 + 1 == q.quarter && f.hasObserved) {
        rate += f.effectiveRatePct;
        ++n;
      }
    const QuarterNote* note = noteFor(v, quarterId(q));
    md += "| " + quarterId(q) + " | " + std::to_string(q.months) + " | " + fixed(n ? rate / n : 0, 1) + "% | " +
          formatSignedPct(q.modelChangePct()) + " | " + formatSignedPct(q.observedChangePct()) + " | " +
          formatSignedPct(q.gapPct()) + " | " + (note ? fixed(note->bandPct, 0) + "%" : "-") + " | " +
          (note ? note->why : "") + " |\n";
  }
  double model25 = 0, observed25 = 0, base25 = 0;
  for (const MonthFit& f : path)
    if (f.year == 2025 && f.hasObserved) {
      model25 += f.modelUsd;
      observed25 += f.observedUsd;
      base25 += f.baseUsd;
    }
  if (base25 > 0)
    md += "\nFor 2025 as a whole the model's imports from Japan are " + formatSignedPct(100 * (model25 / base25 - 1)) +
          " on 2024 and the Census figures " + formatSignedPct(100 * (observed25 / base25 - 1)) +
          ": the gap is the first half-year's timing (above). From the fourth quarter of 2025 the model follows "
          "the months within a few points.\n";
  md +=
      "\n## 3. Japanese carmakers' export prices\n\n"
      "The Bank of Japan's export price index for passenger cars to North America (contract currency, change on a "
      "year earlier) beside the model's change in the price carmakers receive, under the law in mid-month "
      "(pass-through 0.1 by default).\n\n"
      "| month | BoJ index | model | gap | band | why |\n|---|---|---|---|---|---|\n";
  if (const ObservedSeries* boj = data.series("boj_car_export_price"))
    for (const CarPriceNote& n : v.carPrices) {
      const ObservedPoint* p = boj->at(n.year, n.month);
      if (!p || !p->hasYoy) continue;
      const double model = modelCarPriceChangePct(data, n.year, n.month);
      char month[16];
      std::snprintf(month, sizeof month, "%04d-%02d", n.year, n.month);
      md += std::string("| ") + month + " | " + formatSignedPct(p->yoyPct) + " | " + formatSignedPct(model) + " | " +
            (model >= p->yoyPct ? "+" : "") + fixed(model - p->yoyPct, 1) + " | " + fixed(n.bandPctPoints, 0) + " | " +
            n.why + " |\n";
    }
  md +=
      "\n## 4. Scenarios for periods already observed\n\n"
      "| scenario | model deficit a year (range) | observed | months |\n|---|---|---|---|\n";
  for (const Preset& p : data.presets) {
    const Results r = evaluate(data, p.scenario);
    const ObservedBeside o = observedBeside(data, p.scenario, r, isTheLaw(data, p.scenario),
                                            modelPath(data, p.scenario.assumptions), english);
    if (!o.available) continue;
    RangeWork work;
    HeadlineRanges ranges;
    evaluateRanges(data, p.scenario, r, work, ranges);
    md += "| " + p.name + " | " + formatUsd(r.deficitAfterUsd) + " (" + formatUsd(ranges.deficitAfterUsd.low) + "-" +
          formatUsd(ranges.deficitAfterUsd.high) + ") | " + formatUsd(o.deficitUsdPerYear) + " | " + o.label + " |\n";
  }
  md += "\n## Sources\n\n";
  std::set<std::string> cited;
  for (const IndependentEstimate& e : v.estimates) cited.insert(e.value.source);
  for (const ObservedSeries& s : data.observed) cited.insert(s.source);
  for (const std::string& id : cited)
    if (const Source* s = data.source(id))
      md += "- " + s->title + ". " + s->publisher + ", " + s->date + (s->url.empty() ? "" : ". " + s->url) + "\n";
  return md;
}

}  // namespace tariff
