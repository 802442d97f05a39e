#include "observed.h"

#include <algorithm>
#include <cmath>

#include "date.h"
#include "format.h"
#include "language.h"
#include "timeline.h"

namespace tariff {

std::vector<MonthFit> modelPath(const TradeData& data, const Assumptions& assumptions) {
  std::vector<MonthFit> out;
  const ObservedSeries* imports = data.series("us_imports");
  if (!imports || imports->points.empty()) return out;
  const ObservedPoint& last = imports->points.back();
  const Day first = firstOfMonth(2025, 1), end = firstOfNextMonth(last.year, last.month) - 1;
  Scenario s = defaultScenario(data);
  s.assumptions = assumptions;
  const Timeline t = buildTimeline(data, s, first, end);
  for (int y = 2025, m = 1; firstOfMonth(y, m) <= end; y += m == 12, m = m == 12 ? 1 : m + 1) {
    MonthFit f;
    f.year = y;
    f.month = m;
    const Day from = firstOfMonth(y, m), to = firstOfNextMonth(y, m) - 1;
    double ratio = 0, rate = 0;
    for (const TimelineStep& st : t.steps) {
      const Day a = std::max(st.from, from), b = std::min(st.to, to);
      if (b < a) continue;
      const double w = static_cast<double>(b - a + 1) / (to - from + 1);
      ratio += w * st.importsRatio;
      rate += w * st.effectiveRatePct;
    }
    f.modelRatio = ratio;
    f.effectiveRatePct = rate;
    if (const ObservedPoint* base = imports->at(2024, m); base && base->hasValue) {
      f.baseUsd = base->value * 1e6;
      f.modelUsd = f.baseUsd * ratio;
    }
    if (const ObservedPoint* o = imports->at(y, m); o && o->hasValue) {
      f.observedUsd = o->value * 1e6;
      f.hasObserved = true;
    }
    out.push_back(f);
  }
  return out;
}

std::vector<QuarterFit> byQuarter(const std::vector<MonthFit>& months) {
  std::vector<QuarterFit> out;
  for (const MonthFit& f : months) {
    if (!f.hasObserved || f.baseUsd <= 0) continue;
    const int q = (f.month - 1) / 3 + 1;
    if (out.empty() || out.back().year != f.year || out.back().quarter != q) out.push_back({f.year, q, 0, 0, 0, 0});
    QuarterFit& x = out.back();
    ++x.months;
    x.observedUsd += f.observedUsd;
    x.modelUsd += f.modelUsd;
    x.baseUsd += f.baseUsd;
  }
  return out;
}

FitSummary fitSummary(const std::vector<MonthFit>& path) {
  FitSummary out;
  for (const QuarterFit& q : byQuarter(path)) {
    if (q.months < 3 || q.year * 4 + q.quarter < 2025 * 4 + 4) continue;
    out.maxGapPctSinceQ4_2025 = std::max(out.maxGapPctSinceQ4_2025, std::fabs(q.gapPct()));
    ++out.quartersSinceQ4_2025;
  }
  double model = 0, observed = 0, base = 0;
  for (const MonthFit& f : path)
    if (f.year == 2025 && f.hasObserved && f.baseUsd > 0) {
      model += f.modelUsd;
      observed += f.observedUsd;
      base += f.baseUsd;
    }
  if (base > 0) {
    out.modelChange2025Pct = 100 * (model / base - 1);
    out.observedChange2025Pct = 100 * (observed / base - 1);
  }
  out.available = out.quartersSinceQ4_2025 > 0;
  return out;
}

ObservedBeside observedBeside(const TradeData& data, const Scenario& s, const Results& r, bool scenarioIsTheLaw,
                              const std::vector<MonthFit>& path, const Language& lang) {
  ObservedBeside out;
  const ObservedSeries* imports = data.series("us_imports");
  const ObservedSeries* exports = data.series("us_exports");
  const bool anyLayer = std::any_of(s.layers.begin(), s.layers.end(), [](const LayerChoice& l) { return l.on; });
  if (!scenarioIsTheLaw || !anyLayer || !imports || !exports || imports->points.empty()) return out;
  const CivilDate date = civilFromDay(s.date);
  int y = date.year, m = date.month;
  // The first full month after the date.
  if (date.day != 1) {
    y += m == 12;
    m = m == 12 ? 1 : m + 1;
  }
  // A date after the last observed month: the latest observed months (up to twelve, ending with the
  // last) whose law was within a point of this scenario's, the nearest evidence there is.
  const ObservedPoint& last = imports->points.back();
  const bool after = y * 12 + m > last.year * 12 + last.month;
  if (after) {
    int n = 0;
    for (auto f = path.rbegin(); f != path.rend() && n < 12; ++f, ++n)
      if (!f->hasObserved || std::fabs(f->effectiveRatePct - r.effectiveTariffRatePct) > 1.0) break;
    y = last.year;
    m = last.month;
    for (int k = 1; k < n; ++k) {
      y -= m == 1;
      m = m == 1 ? 12 : m - 1;
    }
  }
  double imp = 0, exp = 0, imp24 = 0, exp24 = 0, model = 0;
  for (int n = 0; n < 12; ++n, y += m == 12, m = m == 12 ? 1 : m + 1) {
    const ObservedPoint *i = imports->at(y, m), *e = exports->at(y, m);
    const ObservedPoint *i24 = imports->at(2024, m), *e24 = exports->at(2024, m);
    if (y < 2025 || !i || !e || !i24 || !e24 || !i->hasValue || !e->hasValue || !i24->hasValue || !e24->hasValue) break;
    const auto f =
        std::find_if(path.begin(), path.end(), [&](const MonthFit& x) { return x.year == y && x.month == m; });
    if (f == path.end() || std::fabs(f->effectiveRatePct - r.effectiveTariffRatePct) > 1.0) break;
    if (out.months == 0) {
      out.fromYear = y;
      out.fromMonth = m;
    }
    out.toYear = y;
    out.toMonth = m;
    ++out.months;
    imp += i->value;
    exp += e->value;
    imp24 += i24->value;
    exp24 += e24->value;
    model += f->modelUsd / 1e6;
  }
  if (out.months < 3) return out;  // too short a stretch to set beside a year
  // Against the same months of 2024, scaled to the 2024 year: months differ by season.
  out.available = true;
  out.importsUsdPerYear = r.importsBeforeUsd * imp / imp24;
  out.exportsUsdPerYear = r.exportsBeforeUsd * exp / exp24;
  out.deficitUsdPerYear = out.importsUsdPerYear - out.exportsUsdPerYear;
  out.modelImportsUsdPerYear = r.importsBeforeUsd * model / imp24;
  out.label = fillIn(
      std::string(lang.text(after ? "core.observed_latest_months" : "core.observed_months")),
      {{"from", formatMonth(lang, out.fromYear, out.fromMonth)}, {"to", formatMonth(lang, out.toYear, out.toMonth)}});
  return out;
}

}  // namespace tariff
