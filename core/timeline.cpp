#include "timeline.h"

#include <algorithm>

namespace tariff {

Day lastRecordDay(const TradeData& data) { return data.lawAsOf; }

// Every day on which some layer starts, stops, pauses, resumes or gains an exemption, and every event.
static std::vector<Day> changeDays(const TradeData& data, Day first, Day last) {
  std::vector<Day> days{first};
  auto add = [&](Day d) {
    if (d > first && d <= last) days.push_back(d);
  };
  for (const TariffLayer& l : data.layers) {
    add(l.start);
    if (l.end != kNoEnd) add(l.end + 1);
    for (const DateSpan& p : l.pauses) {
      add(p.from);
      add(p.to + 1);
    }
    for (const Exemption& e : l.exemptions) {
      add(e.from);
      if (e.to != kNoEnd) add(e.to + 1);
    }
  }
  for (const TimelineEvent& e : data.events) add(e.date);  // a ruling or an announcement gets its own step
  std::sort(days.begin(), days.end());
  days.erase(std::unique(days.begin(), days.end()), days.end());
  return days;
}

static void addMonths(const TradeData& data, Timeline& t) {
  (void)data;
  const CivilDate start = civilFromDay(t.first);
  int year = start.year, month = start.month;
  for (;;) {
    const Day monthStart = firstOfMonth(year, month);
    if (monthStart > t.last) break;
    const Day nextStart = firstOfNextMonth(year, month);
    TimelineMonth m{year, month, 0, 0};
    for (const TimelineStep& s : t.steps) {
      const Day from = std::max({s.from, monthStart, t.first});
      const Day to = std::min({s.to, nextStart - 1, t.last});
      if (to < from) continue;
      const double yearShare = (to - from + 1) / 365.0;
      m.exporterCostUsd += s.exporterCostUsdPerYear * yearShare;
      m.usBuyerCostUsd += s.usBuyerCostUsdPerYear * yearShare;
    }
    t.months.push_back(m);
    year += month == 12;
    month = month == 12 ? 1 : month + 1;
  }
}

Timeline buildTimeline(const TradeData& data, const Scenario& reader, Day first, Day last) {
  Timeline t;
  t.first = first;
  t.last = std::max(first, last);
  const std::vector<Day> days = changeDays(data, t.first, t.last);
  Scenario s = reader;
  Results r;
  prepareResults(data, r);
  for (size_t i = 0; i < days.size(); ++i) {
    applyDate(data, days[i], s);
    evaluate(data, s, r);
    TimelineStep step;
    step.from = days[i];
    step.to = i + 1 < days.size() ? days[i + 1] - 1 : t.last;
    step.effectiveRatePct = r.effectiveTariffRatePct;
    step.importsRatio = r.importsBeforeUsd > 0 ? r.importsAfterUsd / r.importsBeforeUsd : 1.0;
    step.exporterCostUsdPerYear = r.exporterCostUsd;
    step.usBuyerCostUsdPerYear = r.usBuyerCostUsd;
    for (size_t e = 0; e < data.events.size() && step.event < 0; ++e)
      if (data.events[e].date == step.from) step.event = static_cast<int>(e);
    t.steps.push_back(step);
  }
  addMonths(data, t);
  return t;
}

}  // namespace tariff
