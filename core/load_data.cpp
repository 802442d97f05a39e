#include "load_data.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <set>
#include <sstream>

#include "enums.h"
#include "json_check.h"
#include "scenario_json.h"
#include "stacking.h"

namespace tariff {

namespace {

constexpr double kMaxUsdM = 1e7;                    // $10 trillion: far above any bilateral figure, catches unit slips
constexpr double kMaxJpyBn = 1.5e6;                 // ¥1,500 trillion: the same cap in yen (about $10 trillion)
constexpr std::uintmax_t kMaxFileBytes = 8u << 20;  // 8 MiB: the data files are tens of kilobytes
constexpr double kSumTolerance = 0.5;               // usd_m

std::string baseName(const std::string& path) {
  const size_t slash = path.find_last_of("/\\");
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

// Shared state while the six files are read in order.
struct Loader {
  TradeData& data;
  DataErrors& errors;
  std::set<std::string> sourceIds;
  bool haveSources = false, haveTrade = false, haveLists = false, haveLayers = false, haveOffers = false;

  JsonChecker checker(const std::string& file) {
    JsonChecker c(file, errors);
    if (haveSources) c.setSourceIds(&sourceIds);
    return c;
  }

  template <class T>
  bool uniqueId(JsonChecker& c, std::set<std::string>& seen, const std::string& id, const std::string& at) {
    if (seen.insert(id).second) return true;
    c.fail(childPointer(at, "id"), "duplicate id " + quoteText(id));
    return false;
  }

  void sources(JsonChecker& c, const Json& root);
  void trade(JsonChecker& c, const Json& root);
  void sectors(JsonChecker& c, const Json& list, const std::string& at);
  bool sectorLines(JsonChecker& c, const Json& j, const std::string& at, int sector, ImportSector& s);
  void lists(JsonChecker& c, const Json& root);
  bool listEntry(JsonChecker& c, const Json& j, const std::string& at, ProductList& list, std::set<std::string>& seen);
  int listRef(JsonChecker& c, const Json& v, const std::string& at);
  void layerCovers(JsonChecker& c, const Json& j, const std::string& at, TariffLayer& L);
  void layerPauses(JsonChecker& c, const Json& j, const std::string& at, bool started, TariffLayer& L);
  void layerExemptions(JsonChecker& c, const Json& j, const std::string& at, bool started, TariffLayer& L);
  void checkReplacementCycles(JsonChecker& c, const std::vector<std::string>& where);
  void checkOverlaps(JsonChecker& c, const std::vector<std::string>& where);
  void categories(JsonChecker& c, const Json& list, const std::string& at);
  void checkSums(JsonChecker& c);
  void carmakers(JsonChecker& c, const Json& list, const std::string& at);
  void layers(JsonChecker& c, const Json& root);
  bool layer(JsonChecker& c, const Json& j, const std::string& at, TariffLayer& out,
             std::vector<std::string>& replaces);
  void offers(JsonChecker& c, const Json& root);
  void competition(JsonChecker& c, const Json& root);
  void observed(JsonChecker& c, const Json& root);
  bool observedSeries(JsonChecker& c, const Json& j, const std::string& at, ObservedSeries& out);
  void assumptions(JsonChecker& c, const Json& root);
  void presets(JsonChecker& c, const Json& root);
};

void Loader::sources(JsonChecker& c, const Json& root) {
  c.allowOnly(root, "", {"about", "sources"});
  const Json* list = c.array(root, "", "sources", true);
  if (!list) return;
  for (size_t i = 0; i < list->size(); ++i) {
    const std::string at = childPointer("/sources", i);
    const Json& j = (*list)[i];
    if (!c.isObject(j, at)) continue;
    c.allowOnly(j, at, {"id", "title", "publisher", "url", "date"});
    Source s;
    bool ok = c.string(j, at, "id", s.id, true) && !s.id.empty();
    ok = c.string(j, at, "title", s.title, true) && ok;
    ok = c.string(j, at, "publisher", s.publisher, true) && ok;
    if (c.string(j, at, "url", s.url, false) && s.url.rfind("https://", 0) != 0 && s.url.rfind("http://", 0) != 0)
      c.fail(childPointer(at, "url"), "must be an http(s) address, got " + quoteText(s.url));
    ok = c.string(j, at, "date", s.date, true) && ok;
    if (ok && uniqueId<Source>(c, sourceIds, s.id, at)) data.sources.push_back(s);
  }
}

// An HS code as the data writes it: 2 to 10 digits, an even number of them.
static bool isHsCode(const std::string& hs) {
  if (hs.size() < 2 || hs.size() > 10 || hs.size() % 2) return false;
  for (char ch : hs)
    if (ch < '0' || ch > '9') return false;
  return true;
}

// A sector's lines carry the 2024 values; the sector's value is their sum (methodology §2.1).
bool Loader::sectorLines(JsonChecker& c, const Json& j, const std::string& at, int sector, ImportSector& s) {
  const Json* list = c.array(j, at, "lines", true);
  if (!list) return false;
  const std::string lat = childPointer(at, "lines");
  if (list->empty()) c.fail(lat, "a sector needs at least one HS line");
  bool ok = !list->empty();
  double sum = 0;
  bool estimate = false;
  for (size_t k = 0; k < list->size(); ++k) {
    const std::string kat = childPointer(lat, k);
    const Json& l = (*list)[k];
    if (!c.isObject(l, kat)) {
      ok = false;
      continue;
    }
    c.allowOnly(l, kat, {"hs", "name", "imports_usd_m"});
    HsLine line;
    line.sector = sector;
    bool lineOk = c.string(l, kat, "hs", line.hs, true);
    if (lineOk && !isHsCode(line.hs)) {
      c.fail(childPointer(kat, "hs"), "an HS code is 2, 4, 6, 8 or 10 digits, got " + quoteText(line.hs));
      lineOk = false;
    } else if (lineOk && data.lineIndex(line.hs) >= 0) {
      c.fail(childPointer(kat, "hs"), "HS line " + quoteText(line.hs) + " is listed twice");
      lineOk = false;
    }
    lineOk = c.string(l, kat, "name", line.name, true) && lineOk;
    lineOk = c.sourced(l, kat, "imports_usd_m", 0, kMaxUsdM, line.importsUsdM, true) && lineOk;
    if (!lineOk) {
      ok = false;
      continue;
    }
    sum += line.importsUsdM.value;
    estimate = estimate || line.importsUsdM.estimate;
    s.lines.push_back(static_cast<int>(data.lines.size()));
    data.lines.push_back(line);
  }
  if (!ok) return false;
  const HsLine& first = data.lines[s.lines.front()];
  s.importsUsdM = first.importsUsdM;
  s.importsUsdM.value = sum;
  s.importsUsdM.hasRange = false;
  s.importsUsdM.estimate = estimate;
  if (s.lines.size() > 1)
    s.importsUsdM.method = "The sum of the sector's " + std::to_string(s.lines.size()) + " HS lines.";
  if (s.hs.empty())
    for (int l : s.lines) s.hs += (s.hs.empty() ? "HS " : ", ") + data.lines[l].hs;
  return true;
}

void Loader::sectors(JsonChecker& c, const Json& list, const std::string& at0) {
  std::set<std::string> seen;
  for (size_t i = 0; i < list.size(); ++i) {
    const std::string at = childPointer(at0, i);
    const Json& j = list[i];
    if (!c.isObject(j, at)) continue;
    c.allowOnly(j, at, {"id", "name", "hs", "lines", "units", "mfn_pct"});
    ImportSector s;
    bool ok = c.id(j, at, "id", s.id);
    ok = c.string(j, at, "name", s.name, true) && ok;
    c.string(j, at, "hs", s.hs, false);
    ok = c.sourced(j, at, "mfn_pct", 0, 1000, s.mfnPct, true) && ok;
    if (j.contains("units")) ok = (s.hasUnits = c.sourced(j, at, "units", 0, 1e10, s.units, true)) && ok;
    const size_t linesBefore = data.lines.size();
    ok = sectorLines(c, j, at, static_cast<int>(data.sectors.size()), s) && ok;
    if (ok && uniqueId<ImportSector>(c, seen, s.id, at))
      data.sectors.push_back(s);
    else
      data.lines.resize(linesBefore);  // a rejected sector leaves no lines behind
  }
}

void Loader::categories(JsonChecker& c, const Json& list, const std::string& at0) {
  std::set<std::string> seen;
  std::vector<std::pair<std::string, std::string>> includedIn;  // pointer, id
  for (size_t i = 0; i < list.size(); ++i) {
    const std::string at = childPointer(at0, i);
    const Json& j = list[i];
    if (!c.isObject(j, at)) continue;
    c.allowOnly(j, at, {"id", "name", "exports_usd_m", "units", "included_in"});
    ExportCategory e;
    bool ok = c.id(j, at, "id", e.id);
    ok = c.string(j, at, "name", e.name, true) && ok;
    ok = c.sourced(j, at, "exports_usd_m", 0, kMaxUsdM, e.exportsUsdM, true) && ok;
    if (j.contains("units")) ok = (e.hasUnits = c.sourced(j, at, "units", 0, 1e10, e.units, true)) && ok;
    if (c.string(j, at, "included_in", e.includedIn, false))
      includedIn.push_back({childPointer(at, "included_in"), e.includedIn});
    if (ok && uniqueId<ExportCategory>(c, seen, e.id, at)) data.categories.push_back(e);
  }
  for (const auto& [at, id] : includedIn)
    if (data.categoryIndex(id) < 0) c.fail(at, "unknown export category " + quoteText(id));
}

void Loader::checkSums(JsonChecker& c) {
  double imports = 0, exports = 0;
  for (const ImportSector& s : data.sectors) imports += s.importsUsdM.value;
  for (const ExportCategory& e : data.categories) exports += e.exportsUsdM.value;
  const Totals& t = data.totals;
  if (std::fabs(imports - t.importsUsdM.value) > kSumTolerance)
    c.fail("/import_sectors", "sectors sum to " + formatNumber(imports) + " but the import total is " +
                                  formatNumber(t.importsUsdM.value) + " (usd_m)");
  if (std::fabs(exports - t.exportsUsdM.value) > kSumTolerance)
    c.fail("/export_categories", "categories sum to " + formatNumber(exports) + " but the export total is " +
                                     formatNumber(t.exportsUsdM.value) + " (usd_m)");
  if (std::fabs(t.importsUsdM.value - t.exportsUsdM.value - t.deficitUsdM.value) > kSumTolerance)
    c.fail("/totals/us_deficit_with_japan_usd_m", "the deficit must equal imports minus exports");
}

// Carmakers split a vehicle sector's units; together they must account for all of them.
void Loader::carmakers(JsonChecker& c, const Json& list, const std::string& at0) {
  std::set<std::string> seen;
  for (size_t i = 0; i < list.size(); ++i) {
    const std::string at = childPointer(at0, i);
    const Json& j = list[i];
    if (!c.isObject(j, at)) continue;
    c.allowOnly(j, at, {"id", "name", "sector", "units"});
    Carmaker m;
    std::string sectorId;
    bool ok = c.id(j, at, "id", m.id);
    ok = c.string(j, at, "name", m.name, true) && ok;
    if (c.string(j, at, "sector", sectorId, true)) {
      m.sector = data.sectorIndex(sectorId);
      if (m.sector < 0 || !data.sectors[m.sector].hasUnits) {
        c.fail(childPointer(at, "sector"), "must be a sector counted in units, got " + quoteText(sectorId));
        ok = false;
      }
    }
    ok = c.sourced(j, at, "units", 0, 1e9, m.units, true) && ok;
    if (ok && uniqueId<Carmaker>(c, seen, m.id, at)) data.carmakers.push_back(m);
  }
  std::map<int, double> unitsBySector;
  for (const Carmaker& m : data.carmakers) unitsBySector[m.sector] += m.units.value;
  for (const auto& [sector, units] : unitsBySector)
    if (std::fabs(units - data.sectors[sector].units.value) > 0.5)
      c.fail(at0, "carmakers' units sum to " + formatNumber(units) + " but sector \"" + data.sectors[sector].id +
                      "\" has " + formatNumber(data.sectors[sector].units.value));
}

void Loader::trade(JsonChecker& c, const Json& root) {
  c.allowOnly(root, "",
              {"about", "totals", "japan_view", "exchange_rates", "import_sectors", "export_categories", "carmakers",
               "car_exports_note"});
  const size_t before = c.errorCount();
  if (const Json* t = c.member(root, "", "totals", true); t && c.isObject(*t, "/totals")) {
    c.allowOnly(*t, "/totals",
                {"us_imports_from_japan_usd_m", "us_exports_to_japan_usd_m", "us_deficit_with_japan_usd_m"});
    c.sourced(*t, "/totals", "us_imports_from_japan_usd_m", 0, kMaxUsdM, data.totals.importsUsdM, true);
    c.sourced(*t, "/totals", "us_exports_to_japan_usd_m", 0, kMaxUsdM, data.totals.exportsUsdM, true);
    c.sourced(*t, "/totals", "us_deficit_with_japan_usd_m", -kMaxUsdM, kMaxUsdM, data.totals.deficitUsdM, true);
  }
  if (const Json* j = c.member(root, "", "japan_view", true); j && c.isObject(*j, "/japan_view")) {
    c.allowOnly(*j, "/japan_view",
                {"note", "exports_to_us_jpy_bn", "imports_from_us_jpy_bn", "surplus_with_us_jpy_bn"});
    JapanView& v = data.japanView;
    c.string(*j, "/japan_view", "note", v.note, true);
    c.sourced(*j, "/japan_view", "exports_to_us_jpy_bn", 0, 1e9, v.exportsJpyBn, true);
    c.sourced(*j, "/japan_view", "imports_from_us_jpy_bn", 0, 1e9, v.importsJpyBn, true);
    c.sourced(*j, "/japan_view", "surplus_with_us_jpy_bn", -1e9, 1e9, v.surplusJpyBn, true);
  }
  if (const Json* fx = c.member(root, "", "exchange_rates", true); fx && c.isObject(*fx, "/exchange_rates")) {
    for (auto it = fx->begin(); it != fx->end(); ++it) {
      NamedRate r;
      r.key = it.key();
      if (c.sourced(*fx, "/exchange_rates", it.key().c_str(), 50, 500, r.yenPerUsd, true)) data.yenRates.push_back(r);
    }
    if (data.yenRates.empty()) c.fail("/exchange_rates", "needs at least one yen-per-dollar rate");
  }
  if (const Json* s = c.array(root, "", "import_sectors", true)) {
    sectors(c, *s, "/import_sectors");
    if (s->empty()) c.fail("/import_sectors", "needs at least one sector");
  }
  if (const Json* e = c.array(root, "", "export_categories", true)) {
    categories(c, *e, "/export_categories");
    if (e->empty()) c.fail("/export_categories", "needs at least one category");
  }
  if (const Json* m = c.array(root, "", "carmakers", false)) carmakers(c, *m, "/carmakers");
  if (const Json* n = c.member(root, "", "car_exports_note", false); n && c.isObject(*n, "/car_exports_note")) {
    for (auto it = n->begin(); it != n->end(); ++it) {
      Sourced ignored;
      c.sourced(*n, "/car_exports_note", it.key().c_str(), 0, 1e10, ignored, true);
    }
  }
  if (c.errorCount() == before) checkSums(c);
  haveTrade = c.errorCount() == before;
}

// --- hs_lists.json: official product lists as the HS lines they name ---------------------------

bool Loader::listEntry(JsonChecker& c, const Json& j, const std::string& at, ProductList& list,
                       std::set<std::string>& seen) {
  if (!c.isObject(j, at)) return false;
  c.allowOnly(j, at, {"hs", "sector", "share"});
  ListEntry e;
  std::string hs, sector;
  const bool byHs = c.string(j, at, "hs", hs, false), bySector = c.string(j, at, "sector", sector, false);
  if (byHs == bySector) {
    c.fail(at, "an entry names exactly one of \"hs\" (an HS line) and \"sector\"");
    return false;
  }
  const std::string key = byHs ? "hs:" + hs : "sector:" + sector;
  if (byHs) {
    e.line = data.lineIndex(hs);
    if (e.line < 0) {
      c.fail(childPointer(at, "hs"), "unknown HS line " + quoteText(hs) + " (not a line in trade_2024.json)");
      return false;
    }
    e.sector = data.lines[e.line].sector;
  } else {
    e.sector = data.sectorIndex(sector);
    if (e.sector < 0) {
      c.fail(childPointer(at, "sector"), "unknown sector id " + quoteText(sector));
      return false;
    }
  }
  if (!seen.insert(key).second) {
    c.fail(childPointer(at, byHs ? "hs" : "sector"), "names " + quoteText(byHs ? hs : sector) + " twice in this list");
    return false;
  }
  // An entry without a share names the whole line, on the list's own authority.
  e.share.value = e.share.low = e.share.high = 1;
  e.share.source = list.source;
  e.share.asOf = list.asOf;
  if (j.contains("share") && !c.sourced(j, at, "share", 0, 1, e.share, true)) return false;
  if (!e.share.hasRange) e.share.low = e.share.high = e.share.value;
  list.entries.push_back(e);
  return true;
}

// The share of each sector's 2024 imports a list names: its lines' values times their shares.
static void deriveSectorShares(const TradeData& data, ProductList& list) {
  list.bySector.assign(data.sectors.size(), Share{});
  for (const ListEntry& e : list.entries) {
    const ImportSector& s = data.sectors[e.sector];
    const double weight = e.line < 0 ? 1.0 : data.lines[e.line].importsUsdM.value / std::max(s.importsUsdM.value, 1e-9);
    Share& out = list.bySector[e.sector];
    out.value += weight * e.share.value;
    out.low += weight * e.share.low;
    out.high += weight * e.share.high;
  }
}

void Loader::lists(JsonChecker& c, const Json& root) {
  c.allowOnly(root, "", {"about", "lists"});
  const size_t before = c.errorCount();
  const Json* list = c.array(root, "", "lists", true);
  std::set<std::string> ids;
  for (size_t i = 0; list && haveTrade && i < list->size(); ++i) {
    const std::string at = childPointer("/lists", i);
    const Json& j = (*list)[i];
    if (!c.isObject(j, at)) continue;
    c.allowOnly(j, at, {"id", "name", "source", "as_of", "note", "entries"});
    const size_t mark = c.errorCount();
    ProductList p;
    c.id(j, at, "id", p.id);
    c.string(j, at, "name", p.name, true);
    c.string(j, at, "note", p.note, false);
    if (c.string(j, at, "source", p.source, true)) c.sourceId(p.source, childPointer(at, "source"));
    if (c.string(j, at, "as_of", p.asOf, true) && !isAsOf(p.asOf))
      c.fail(childPointer(at, "as_of"), "must be YYYY, YYYY-MM or YYYY-MM-DD, got " + quoteText(p.asOf));
    if (const Json* entries = c.array(j, at, "entries", true)) {
      const std::string eat = childPointer(at, "entries");
      if (entries->empty()) c.fail(eat, "a list names at least one HS line or sector");
      std::set<std::string> seen;
      for (size_t k = 0; k < entries->size(); ++k) listEntry(c, (*entries)[k], childPointer(eat, k), p, seen);
    }
    if (c.errorCount() != mark || !uniqueId<ProductList>(c, ids, p.id, at)) continue;
    deriveSectorShares(data, p);
    data.lists.push_back(p);
  }
  haveLists = c.errorCount() == before && haveTrade;
}

// A layer's "covers" or an exemption's "list": the id of a product list.
int Loader::listRef(JsonChecker& c, const Json& v, const std::string& at) {
  if (!v.is_string()) {
    c.fail(at, "must be a product list id, got " + describeType(v));
    return -1;
  }
  const int l = data.listIndex(v.get_ref<const std::string&>());
  // Without valid lists every reference would look unknown: report the cause only.
  if (l < 0 && haveLists)
    c.fail(at, "unknown product list " + quoteText(v.get_ref<const std::string&>()) + " (see hs_lists.json)");
  return l;
}

// What a layer names: "*" for every good, or product lists; coverage per sector follows (§2.1).
static void deriveCoverage(const TradeData& data, TariffLayer& L) {
  L.coverage.assign(data.sectors.size(), Share{});
  for (size_t s = 0; s < data.sectors.size(); ++s) {
    Share& out = L.coverage[s];
    if (L.allGoods) {
      out = Share{1, 1, 1};
      continue;
    }
    for (int l : L.lists) {
      const Share& x = data.lists[l].bySector[s];
      out.value += x.value;
      out.low += x.low;
      out.high += x.high;
    }
  }
}

bool Loader::layer(JsonChecker& c, const Json& j, const std::string& at, TariffLayer& L,
                   std::vector<std::string>& replaces) {
  c.allowOnly(j, at,
              {"id", "name", "short_name", "authority", "explanation", "rate_pct", "start", "end", "retroactive_to",
               "covers", "stacking", "not_on", "replaces", "pauses", "exemptions", "refund"});
  const size_t before = c.errorCount();
  c.id(j, at, "id", L.id);
  c.string(j, at, "name", L.name, true);
  // A label short enough for one line of a switch in the compact graphic; the name if absent.
  if (!c.string(j, at, "short_name", L.shortName, false) || L.shortName.empty()) L.shortName = L.name;
  if (L.shortName.size() > 32)
    c.fail(childPointer(at, "short_name"), "must be at most 32 bytes, got " + std::to_string(L.shortName.size()));
  c.string(j, at, "explanation", L.explanation, true);
  std::string text;
  if (c.string(j, at, "authority", text, true) && !fromName(kAuthorityNames, text, L.authority))
    c.fail(childPointer(at, "authority"), "must be one of " + namesList(kAuthorityNames) + ", got " + quoteText(text));
  c.sourced(j, at, "rate_pct", 0, 1000, L.ratePct, true);
  const bool started = c.date(j, at, "start", L.start, true);
  if (j.contains("end") && c.date(j, at, "end", L.end, true) && started && L.end < L.start)
    c.fail(childPointer(at, "end"), "ends before it starts (" + formatDate(L.start) + ")");
  if (j.contains("retroactive_to") && c.date(j, at, "retroactive_to", L.retroactiveTo, true) && started &&
      L.retroactiveTo > L.start)
    c.fail(childPointer(at, "retroactive_to"),
           "a layer can reach back only to a day before it starts (" + formatDate(L.start) + ")");
  layerCovers(c, j, at, L);
  if (c.string(j, at, "stacking", text, true) && !fromName(kStackingNames, text, L.stacking))
    c.fail(childPointer(at, "stacking"), "must be " + namesList(kStackingNames) + ", got " + quoteText(text));
  if (const Json* notOn = c.array(j, at, "not_on", false)) {
    for (size_t k = 0; k < notOn->size(); ++k) {
      Authority a;
      const Json& v = (*notOn)[k];
      if (v.is_string() && fromName(kAuthorityNames, v.get<std::string>(), a))
        L.notOn.push_back(a);
      else
        c.fail(childPointer(childPointer(at, "not_on"), k),
               "must be " + namesList(kAuthorityNames) + ", got " + describeType(v));
    }
  }
  if (const Json* r = c.array(j, at, "replaces", false)) {
    for (size_t k = 0; k < r->size(); ++k) {
      const Json& v = (*r)[k];
      if (v.is_string())
        replaces.push_back(v.get<std::string>());
      else
        c.fail(childPointer(childPointer(at, "replaces"), k), "must be a layer id, got " + describeType(v));
    }
  }
  layerPauses(c, j, at, started, L);
  layerExemptions(c, j, at, started, L);
  if (const Json* r = c.member(j, at, "refund", false); r && c.isObject(*r, childPointer(at, "refund"))) {
    const std::string rat = childPointer(at, "refund");
    c.allowOnly(*r, rat, {"ordered_on", "source"});
    L.refund.ordered = c.date(*r, rat, "ordered_on", L.refund.orderedOn, true);
    if (c.string(*r, rat, "source", L.refund.source, true)) c.sourceId(L.refund.source, childPointer(rat, "source"));
  }
  if (c.errorCount() != before) return false;
  // A list that could not be read (hs_lists.json broken) was reported there; without it the layer is unusable.
  for (const Exemption& e : L.exemptions)
    if (e.list < 0) return false;
  if (!L.allGoods && L.lists.empty()) return false;
  deriveCoverage(data, L);
  return true;
}

void Loader::layerCovers(JsonChecker& c, const Json& j, const std::string& at, TariffLayer& L) {
  const Json* covers = c.member(j, at, "covers", true);
  if (!covers) return;
  const std::string cat = childPointer(at, "covers");
  if (covers->is_string() && covers->get_ref<const std::string&>() == "*") {
    L.allGoods = true;
    return;
  }
  if (!covers->is_array() || covers->empty()) {
    c.fail(cat, "must be \"*\" (every good) or a list of product list ids, got " + describeType(*covers));
    return;
  }
  for (size_t k = 0; k < covers->size(); ++k) {
    const int l = listRef(c, (*covers)[k], childPointer(cat, k));
    if (l < 0) continue;
    if (std::find(L.lists.begin(), L.lists.end(), l) != L.lists.end())
      c.fail(childPointer(cat, k), "names product list " + quoteText(data.lists[l].id) + " twice");
    else
      L.lists.push_back(l);
  }
}

// Pauses and exemptions are parts of a layer's life: they must fall inside its dates.
static bool insideLayer(JsonChecker& c, const TariffLayer& L, Day day, const std::string& at, const char* what) {
  if (day >= L.start && (L.end == kNoEnd || day <= L.end)) return true;
  c.fail(at, std::string(what) + " on " + formatDate(day) + " falls outside its layer (" + formatDate(L.start) +
                 " to " + (L.end == kNoEnd ? std::string("no end") : formatDate(L.end)) + ")");
  return false;
}

void Loader::layerPauses(JsonChecker& c, const Json& j, const std::string& at, bool started, TariffLayer& L) {
  const Json* pauses = c.array(j, at, "pauses", false);
  for (size_t k = 0; pauses && k < pauses->size(); ++k) {
    const std::string pat = childPointer(childPointer(at, "pauses"), k);
    const Json& p = (*pauses)[k];
    if (!c.isObject(p, pat)) continue;
    c.allowOnly(p, pat, {"from", "to", "source"});
    DateSpan span;
    // Read both dates even when the first is bad, so every problem is reported at once.
    const bool fromOk = c.date(p, pat, "from", span.from, true);
    const bool ok = c.date(p, pat, "to", span.to, true) && fromOk;
    if (c.string(p, pat, "source", span.source, true)) c.sourceId(span.source, childPointer(pat, "source"));
    if (ok && span.to < span.from) c.fail(childPointer(pat, "to"), "a pause must end on or after its start");
    if (ok && started)
      insideLayer(c, L, span.from, childPointer(pat, "from"), "a pause starting") &&
          insideLayer(c, L, span.to, childPointer(pat, "to"), "a pause ending");
    L.pauses.push_back(span);
  }
}

void Loader::layerExemptions(JsonChecker& c, const Json& j, const std::string& at, bool started, TariffLayer& L) {
  const Json* ex = c.array(j, at, "exemptions", false);
  for (size_t k = 0; ex && k < ex->size(); ++k) {
    const std::string eat = childPointer(childPointer(at, "exemptions"), k);
    const Json& e = (*ex)[k];
    if (!c.isObject(e, eat)) continue;
    c.allowOnly(e, eat, {"list", "from", "to", "source"});
    Exemption x;
    if (const Json* list = c.member(e, eat, "list", true)) x.list = listRef(c, *list, childPointer(eat, "list"));
    const bool fromOk = c.date(e, eat, "from", x.from, true);
    if (fromOk && started) insideLayer(c, L, x.from, childPointer(eat, "from"), "an exemption starting");
    if (e.contains("to") && c.date(e, eat, "to", x.to, true) && fromOk && x.to < x.from)
      c.fail(childPointer(eat, "to"), "an exemption must end on or after its start");
    if (c.string(e, eat, "source", x.source, true)) c.sourceId(x.source, childPointer(eat, "source"));
    L.exemptions.push_back(x);
  }
}

static std::string formatShare(double share) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f%%", share * 100);
  return buf;
}

// Lists a layer in force names must not add up to more than a whole sector: the Section 232
// programmes in force together, and each layer's exemptions against what it covers (§2.1).
void Loader::checkOverlaps(JsonChecker& c, const std::vector<std::string>& where) {
  const double kSlack = 1e-6;
  std::vector<Day> days;
  for (const TariffLayer& L : data.layers) {
    days.push_back(L.start);
    for (const Exemption& e : L.exemptions) days.push_back(e.from);
  }
  std::sort(days.begin(), days.end());
  days.erase(std::unique(days.begin(), days.end()), days.end());
  std::set<std::pair<size_t, size_t>> reported;  // (layer, sector): one message each
  std::vector<char> live(data.layers.size());
  for (Day day : days) {
    for (size_t l = 0; l < data.layers.size(); ++l) live[l] = layerInForce(data.layers[l], day);
    for (size_t l = 0; l < data.layers.size(); ++l)
      if (layerInForce(data.layers[l], day))
        for (int r : data.layers[l].replaces) live[r] = 0;
    for (size_t s = 0; s < data.sectors.size(); ++s) {
      double s232 = 0;
      size_t lastLayer = 0;
      for (size_t l = 0; l < data.layers.size(); ++l) {
        const TariffLayer& L = data.layers[l];
        if (!live[l]) continue;
        double exempt = 0;
        for (const Exemption& e : L.exemptions)
          if (day >= e.from && day <= e.to) exempt += data.lists[e.list].bySector[s].value;
        if (exempt > L.coverage[s].value + kSlack && reported.insert({l, s}).second)
          c.fail(childPointer(where[l], "exemptions"),
                 "on " + formatDate(day) + " its exemptions cover " + formatShare(exempt) + " of sector " +
                     quoteText(data.sectors[s].id) + ", more than the layer does");
        if (L.authority == Authority::Section232 && L.coverage[s].value > 0) {
          s232 += L.coverage[s].value - exempt;
          lastLayer = l;
        }
      }
      if (s232 > 1 + kSlack && reported.insert({data.layers.size(), s}).second)  // once per sector
        c.fail(childPointer(where[lastLayer], "covers"),
               "on " + formatDate(day) + " the Section 232 layers in force cover " + formatShare(s232) + " of sector " +
                   quoteText(data.sectors[s].id) + ": their product lists overlap");
    }
  }
}

void Loader::layers(JsonChecker& c, const Json& root) {
  c.allowOnly(root, "", {"about", "law_as_of", "layers", "events"});
  const size_t before = c.errorCount();
  c.date(root, "", "law_as_of", data.lawAsOf, true);
  const Json* list = c.array(root, "", "layers", true);
  std::vector<std::vector<std::string>> replaces;
  std::vector<std::string> where;
  std::set<std::string> seen;
  std::set<std::string> written;  // every id in the file, valid or not
  for (size_t i = 0; list && i < list->size(); ++i)
    if ((*list)[i].is_object() && (*list)[i].contains("id") && (*list)[i]["id"].is_string())
      written.insert((*list)[i]["id"].get<std::string>());
  for (size_t i = 0; list && i < list->size(); ++i) {
    const std::string at = childPointer("/layers", i);
    if (!c.isObject((*list)[i], at)) continue;
    TariffLayer L;
    std::vector<std::string> r;
    if (layer(c, (*list)[i], at, L, r) && uniqueId<TariffLayer>(c, seen, L.id, at)) {
      data.layers.push_back(L);
      replaces.push_back(r);
      where.push_back(at);
    }
  }
  for (size_t l = 0; l < data.layers.size(); ++l) {
    for (size_t k = 0; k < replaces[l].size(); ++k) {
      const int target = data.layerIndex(replaces[l][k]);
      const std::string at = childPointer(childPointer(where[l], "replaces"), k);
      if (target < 0) {
        // A layer that failed its own checks is reported there; naming it again would mislead.
        if (!written.count(replaces[l][k])) c.fail(at, "unknown layer id " + quoteText(replaces[l][k]));
      } else if (target == static_cast<int>(l)) {
        c.fail(at, "a layer cannot replace itself");
      } else {
        data.layers[l].replaces.push_back(target);
      }
    }
  }
  checkReplacementCycles(c, where);
  if (c.errorCount() == before && haveLists) checkOverlaps(c, where);
  if (const Json* events = c.array(root, "", "events", false)) {
    for (size_t i = 0; i < events->size(); ++i) {
      const std::string at = childPointer("/events", i);
      const Json& e = (*events)[i];
      if (!c.isObject(e, at)) continue;
      c.allowOnly(e, at, {"date", "label", "source"});
      TimelineEvent ev;
      bool ok = c.date(e, at, "date", ev.date, true);
      ok = c.string(e, at, "label", ev.label, true) && ok;
      ok = c.string(e, at, "source", ev.source, true) && c.sourceId(ev.source, childPointer(at, "source")) && ok;
      if (ok) data.events.push_back(ev);
    }
  }
  haveLayers = c.errorCount() == before;
}

// "A replaces B, B replaces A" would switch both off whenever both are on: refuse any cycle.
void Loader::checkReplacementCycles(JsonChecker& c, const std::vector<std::string>& where) {
  const size_t n = data.layers.size();
  std::vector<int> state(n, 0);  // 0 new, 1 on the path, 2 done
  std::vector<size_t> path;
  std::function<bool(size_t)> visit = [&](size_t l) {
    state[l] = 1;
    path.push_back(l);
    for (int r : data.layers[l].replaces) {
      if (state[r] == 1) {
        std::string cycle;
        auto from = std::find(path.begin(), path.end(), static_cast<size_t>(r));
        for (auto it = from; it != path.end(); ++it) cycle += data.layers[*it].id + " -> ";
        c.fail(childPointer(where[l], "replaces"),
               "layers replace each other in a cycle: " + cycle + data.layers[r].id);
        return false;
      }
      if (state[r] == 0 && !visit(r)) return false;
    }
    path.pop_back();
    state[l] = 2;
    return true;
  };
  for (size_t l = 0; l < n; ++l)
    if (state[l] == 0 && !visit(l)) return;
}

// --- competition.json: other suppliers' tariffs relative to Japan's (methodology §3.2) ----------

// Japan's added tariff per sector on every day the law changes, for evaluate()'s other suppliers.
static void deriveLawAdded(TradeData& data) {
  std::vector<Day> days;
  for (const TariffLayer& l : data.layers) {
    days.push_back(l.start);
    if (l.end != kNoEnd) days.push_back(l.end + 1);
    for (const DateSpan& p : l.pauses) {
      days.push_back(p.from);
      days.push_back(p.to + 1);
    }
    for (const Exemption& e : l.exemptions) {
      days.push_back(e.from);
      if (e.to != kNoEnd) days.push_back(e.to + 1);
    }
  }
  std::sort(days.begin(), days.end());
  days.erase(std::unique(days.begin(), days.end()), days.end());
  data.lawDays = days;
  data.lawAddedPct.assign(days.size() * data.sectors.size(), 0.0);
  std::vector<char> live(data.layers.size());
  std::vector<double> points(data.layers.size());
  for (size_t k = 0; k < days.size(); ++k) {
    const Scenario law = scenarioForDate(data, days[k]);
    markLiveLayers(data, law, live.data());
    for (size_t s = 0; s < data.sectors.size(); ++s)
      data.lawAddedPct[k * data.sectors.size() + s] =
          stackSector(data, law, live.data(), static_cast<int>(s), points.data()) - data.sectors[s].mfnPct.value;
  }
}

void Loader::competition(JsonChecker& c, const Json& root) {
  c.allowOnly(root, "", {"about", "groups"});
  const size_t before = c.errorCount();
  data.sectorGroup.assign(data.sectors.size(), -1);
  const Json* list = c.array(root, "", "groups", true);
  std::set<std::string> ids;
  for (size_t i = 0; list && haveTrade && i < list->size(); ++i) {
    const std::string at = childPointer("/groups", i);
    const Json& j = (*list)[i];
    if (!c.isObject(j, at)) continue;
    c.allowOnly(j, at, {"id", "name", "sectors", "japan_share", "steps"});
    const size_t mark = c.errorCount();
    CompetitorGroup g;
    c.id(j, at, "id", g.id);
    c.string(j, at, "name", g.name, true);
    c.sourced(j, at, "japan_share", 0, 1, g.japanShare, true);
    const int index = static_cast<int>(data.groups.size());
    if (const Json* sectors = c.array(j, at, "sectors", true)) {
      for (size_t k = 0; k < sectors->size(); ++k) {
        const std::string kat = childPointer(childPointer(at, "sectors"), k);
        const Json& v = (*sectors)[k];
        const int s = v.is_string() ? data.sectorIndex(v.get<std::string>()) : -1;
        if (s < 0)
          c.fail(kat, "must be a sector id, got " + describeType(v));
        else if (data.sectorGroup[s] >= 0)
          c.fail(kat, "sector " + quoteText(data.sectors[s].id) + " is in two groups");
        else
          data.sectorGroup[s] = index;
      }
    }
    if (const Json* steps = c.array(j, at, "steps", true)) {
      for (size_t k = 0; k < steps->size(); ++k) {
        const std::string kat = childPointer(childPointer(at, "steps"), k);
        const Json& st = (*steps)[k];
        if (!c.isObject(st, kat)) continue;
        c.allowOnly(st, kat, {"from", "ratio"});
        CompetitionStep step;
        const bool dated = c.date(st, kat, "from", step.from, true);
        c.sourced(st, kat, "ratio", 0, 20, step.ratio, true);
        if (dated && !g.steps.empty() && step.from <= g.steps.back().from)
          c.fail(childPointer(kat, "from"), "steps must be in date order");
        g.steps.push_back(step);
      }
    }
    if (c.errorCount() == mark && uniqueId<CompetitorGroup>(c, ids, g.id, at)) data.groups.push_back(g);
  }
  for (size_t s = 0; haveTrade && c.errorCount() == before && s < data.sectors.size(); ++s)
    if (data.sectorGroup[s] < 0) c.fail("/groups", "sector " + quoteText(data.sectors[s].id) + " is in no group");
  // Stacking needs every record whole: derive only from a data set without any error so far.
  if (errors.empty() && haveLayers && haveLists) deriveLawAdded(data);
}

void Loader::offers(JsonChecker& c, const Json& root) {
  c.allowOnly(root, "", {"about", "offers"});
  const size_t before = c.errorCount();
  const Json* list = c.array(root, "", "offers", true);
  std::set<std::string> seen;
  for (size_t i = 0; list && i < list->size(); ++i) {
    const std::string at = childPointer("/offers", i);
    const Json& j = (*list)[i];
    if (!c.isObject(j, at)) continue;
    c.allowOnly(j, at,
                {"id", "name", "kind", "period", "explanation", "illustrative", "amount_usd_m", "amount_jpy_bn",
                 "spread_years", "additional_share", "adds_to"});
    const size_t mark = c.errorCount();
    Offer o;
    c.id(j, at, "id", o.id);
    c.string(j, at, "name", o.name, true);
    c.string(j, at, "explanation", o.explanation, true);
    c.boolean(j, at, "illustrative", o.illustrative, false);
    std::string text;
    if (c.string(j, at, "kind", text, true) && !fromName(kOfferKindNames, text, o.kind))
      c.fail(childPointer(at, "kind"), "must be " + namesList(kOfferKindNames) + ", got " + quoteText(text));
    if (c.string(j, at, "period", text, true)) {
      if (text == "per_year" || text == "one_off")
        o.perYear = text == "per_year";
      else
        c.fail(childPointer(at, "period"), "must be per_year or one_off, got " + quoteText(text));
    }
    const bool usd = j.contains("amount_usd_m"), jpy = j.contains("amount_jpy_bn");
    if (usd == jpy)
      c.fail(at, "needs exactly one of amount_usd_m and amount_jpy_bn");
    else if (usd)
      c.sourced(j, at, "amount_usd_m", 0, kMaxUsdM, o.amount, true);
    else {
      o.currency = Currency::Jpy;
      c.sourced(j, at, "amount_jpy_bn", 0, kMaxJpyBn, o.amount, true);
    }
    o.spreadYears.value = 1;
    if (j.contains("spread_years")) c.sourced(j, at, "spread_years", 0.1, 50, o.spreadYears, true);
    c.sourced(j, at, "additional_share", 0, 1, o.additionalShare, true);
    if (const Json* targets = c.array(j, at, "adds_to", true)) {
      const std::string tat = childPointer(at, "adds_to");
      double sum = 0;
      for (size_t k = 0; k < targets->size(); ++k) {
        const std::string kat = childPointer(tat, k);
        const Json& t = (*targets)[k];
        if (!c.isObject(t, kat)) continue;
        c.allowOnly(t, kat, {"category", "share"});
        OfferTarget target;
        std::string cat;
        if (c.string(t, kat, "category", cat, true)) {
          target.category = data.categoryIndex(cat);
          // Without a valid trade file every category would look unknown: report the cause only.
          if (target.category < 0 && haveTrade)
            c.fail(childPointer(kat, "category"), "unknown export category " + quoteText(cat));
        }
        if (c.sourced(t, kat, "share", 0, 1, target.share, true)) sum += target.share.value;
        o.addsTo.push_back(target);
      }
      if (targets->empty())
        c.fail(tat, "must name at least one export category");
      else if (std::fabs(sum - 1) > 1e-6)
        c.fail(tat, "shares must add up to 1, got " + formatNumber(sum));
    }
    if (c.errorCount() == mark && uniqueId<Offer>(c, seen, o.id, at)) data.offers.push_back(o);
  }
  haveOffers = c.errorCount() == before;
}

void Loader::assumptions(JsonChecker& c, const Json& root) {
  c.allowOnly(root, "",
              {"about", "short_run_factor", "import_demand", "default_horizon", "default_yen_per_usd", "sectors"});
  c.sourced(root, "", "short_run_factor", 0.05, 1, data.shortRunFactor, true);
  c.sourced(root, "", "import_demand", 0, 10, data.importDemand, true);
  std::string text;
  if (c.string(root, "", "default_horizon", text, true) && !fromName(kHorizonNames, text, data.defaultHorizon))
    c.fail("/default_horizon", "must be " + namesList(kHorizonNames) + ", got " + quoteText(text));
  if (c.string(root, "", "default_yen_per_usd", data.defaultYenKey, true) && haveTrade &&
      !data.yenRate(data.defaultYenKey))
    c.fail("/default_yen_per_usd", "unknown exchange rate " + quoteText(data.defaultYenKey) + " (see trade_2024.json)");
  data.sectorDefaults.assign(data.sectors.size(), SectorDefaults{});
  std::vector<bool> given(data.sectors.size(), false);
  const Json* list = c.array(root, "", "sectors", true);
  for (size_t i = 0; list && i < list->size(); ++i) {
    const std::string at = childPointer("/sectors", i);
    const Json& j = (*list)[i];
    if (!c.isObject(j, at)) continue;
    c.allowOnly(j, at, {"sector", "pass_through", "substitution"});
    std::string id;
    SectorDefaults d;
    bool ok = c.string(j, at, "sector", id, true);
    ok = c.sourced(j, at, "pass_through", 0, 1, d.passThrough, true) && ok;
    ok = c.sourced(j, at, "substitution", 0, 20, d.substitution, true) && ok;
    const int s = data.sectorIndex(id);
    if (!id.empty() && s < 0 && haveTrade) c.fail(childPointer(at, "sector"), "unknown sector id " + quoteText(id));
    if (s < 0 || !ok) continue;
    if (given[s]) c.fail(childPointer(at, "sector"), "sector " + quoteText(id) + " is given twice");
    given[s] = true;
    data.sectorDefaults[s] = d;
  }
  for (size_t s = 0; list && haveTrade && s < given.size(); ++s)
    if (!given[s]) c.fail("/sectors", "no assumptions for sector " + quoteText(data.sectors[s].id));
}

void Loader::presets(JsonChecker& c, const Json& root) {
  c.allowOnly(root, "", {"about", "presets"});
  const Json* list = c.array(root, "", "presets", true);
  std::set<std::string> seen;
  for (size_t i = 0; list && i < list->size(); ++i) {
    const std::string at = childPointer("/presets", i);
    const Json& j = (*list)[i];
    if (!c.isObject(j, at)) continue;
    Preset p;
    const size_t mark = c.errorCount();
    c.id(j, at, "id", p.id);
    c.string(j, at, "name", p.name, true);
    c.string(j, at, "description", p.description, true);
    if (!c.member(j, at, "date", true)) continue;
    if (haveLayers && haveOffers && haveTrade) readScenario(c, data, j, at, p.scenario);
    p.scenario.presetId = p.id;
    if (c.errorCount() == mark && uniqueId<Preset>(c, seen, p.id, at)) data.presets.push_back(p);
  }
}

// --- observed.json: what happened --------------------------------------------------------------

static bool parseMonth(const std::string& text, int& year, int& month) {
  if (text.size() != 7 || !isAsOf(text)) return false;
  year = std::stoi(text.substr(0, 4));
  month = std::stoi(text.substr(5, 2));
  return true;
}

bool Loader::observedSeries(JsonChecker& c, const Json& j, const std::string& at, ObservedSeries& s) {
  c.allowOnly(j, at, {"id", "name", "unit", "source", "as_of", "note", "values"});
  const size_t mark = c.errorCount();
  c.id(j, at, "id", s.id);
  c.string(j, at, "name", s.name, true);
  c.string(j, at, "note", s.note, false);
  if (c.string(j, at, "unit", s.unit, true) && s.unit != "usd_m" && s.unit != "jpy_bn" && s.unit != "yoy_pct" &&
      s.unit != "yen_per_usd")
    c.fail(childPointer(at, "unit"), "must be usd_m, jpy_bn, yoy_pct or yen_per_usd, got " + quoteText(s.unit));
  if (c.string(j, at, "source", s.source, true)) c.sourceId(s.source, childPointer(at, "source"));
  if (c.string(j, at, "as_of", s.asOf, true) && !isAsOf(s.asOf))
    c.fail(childPointer(at, "as_of"), "must be YYYY, YYYY-MM or YYYY-MM-DD, got " + quoteText(s.asOf));
  const Json* values = c.array(j, at, "values", true);
  for (size_t k = 0; values && k < values->size(); ++k) {
    const std::string kat = childPointer(childPointer(at, "values"), k);
    const Json& v = (*values)[k];
    if (!c.isObject(v, kat)) continue;
    c.allowOnly(v, kat, {"month", "value", "yoy_pct", "source", "as_of"});
    ObservedPoint p;
    std::string month;
    if (c.string(v, kat, "month", month, true) && !parseMonth(month, p.year, p.month))
      c.fail(childPointer(kat, "month"), "must be a month written YYYY-MM, got " + quoteText(month));
    else if (!s.points.empty() && p.year * 12 + p.month <= s.points.back().year * 12 + s.points.back().month)
      c.fail(childPointer(kat, "month"), "months must be in order, each once");
    p.hasValue = v.contains("value") && c.number(v, kat, "value", 0, 1e7, p.value, true);
    p.hasYoy = v.contains("yoy_pct") && c.number(v, kat, "yoy_pct", -100, 1000, p.yoyPct, true);
    if (!v.contains("value") && !v.contains("yoy_pct")) c.fail(kat, "needs a value, a yoy_pct or both");
    p.source = s.source;
    p.asOf = s.asOf;
    if (c.string(v, kat, "source", p.source, false)) c.sourceId(p.source, childPointer(kat, "source"));
    if (c.string(v, kat, "as_of", p.asOf, false) && !isAsOf(p.asOf))
      c.fail(childPointer(kat, "as_of"), "must be YYYY, YYYY-MM or YYYY-MM-DD, got " + quoteText(p.asOf));
    s.points.push_back(p);
  }
  return c.errorCount() == mark;
}

void Loader::observed(JsonChecker& c, const Json& root) {
  c.allowOnly(root, "", {"about", "series", "periods"});
  std::set<std::string> ids;
  if (const Json* list = c.array(root, "", "series", true)) {
    for (size_t i = 0; i < list->size(); ++i) {
      const std::string at = childPointer("/series", i);
      ObservedSeries s;
      if (c.isObject((*list)[i], at) && observedSeries(c, (*list)[i], at, s) &&
          uniqueId<ObservedSeries>(c, ids, s.id, at))
        data.observed.push_back(s);
    }
  }
  if (const Json* list = c.array(root, "", "periods", false)) {
    for (size_t i = 0; i < list->size(); ++i) {
      const std::string at = childPointer("/periods", i);
      const Json& j = (*list)[i];
      if (!c.isObject(j, at)) continue;
      c.allowOnly(j, at, {"id", "name", "unit", "from", "to", "value"});
      const size_t mark = c.errorCount();
      ObservedPeriod p;
      std::string from, to;
      c.id(j, at, "id", p.id);
      c.string(j, at, "name", p.name, true);
      c.string(j, at, "unit", p.unit, true);
      if (c.string(j, at, "from", from, true) && !parseMonth(from, p.fromYear, p.fromMonth))
        c.fail(childPointer(at, "from"), "must be a month written YYYY-MM, got " + quoteText(from));
      if (c.string(j, at, "to", to, true) && !parseMonth(to, p.toYear, p.toMonth))
        c.fail(childPointer(at, "to"), "must be a month written YYYY-MM, got " + quoteText(to));
      c.sourced(j, at, "value", -1e7, 1e7, p.value, true);
      if (c.errorCount() == mark && uniqueId<ObservedPeriod>(c, ids, p.id, at)) data.periods.push_back(p);
    }
  }
}

}  // namespace

namespace {

// The data files in load order (later ones refer to earlier ones), each with its loading step.
struct DataFileStep {
  const char* name;
  void (Loader::*step)(JsonChecker&, const Json&);
};
constexpr DataFileStep kDataFiles[kDataFileCount] = {
    {"sources.json", &Loader::sources},         {"trade_2024.json", &Loader::trade},
    {"hs_lists.json", &Loader::lists},          {"layers.json", &Loader::layers},
    {"competition.json", &Loader::competition}, {"offers.json", &Loader::offers},
    {"assumptions.json", &Loader::assumptions}, {"presets.json", &Loader::presets},
    {"observed.json", &Loader::observed}};

}  // namespace

const char* dataFileName(int index) { return kDataFiles[index].name; }

LoadResult loadTradeData(const std::vector<DataFile>& files) {
  LoadResult result;
  Loader loader{result.data, result.errors, {}};
  for (int f = 0; f < kDataFileCount; ++f) {
    const DataFile* file = nullptr;
    for (const DataFile& candidate : files)
      if (baseName(candidate.name) == kDataFiles[f].name) file = &candidate;
    if (!file) {
      result.errors.push_back({kDataFiles[f].name, "", "file is missing"});
      continue;
    }
    Json root;
    if (!parseJson(file->name, file->text, root, result.errors)) continue;
    JsonChecker c = loader.checker(file->name);
    if (!c.isObject(root, "")) continue;
    const size_t before = result.errors.size();
    (loader.*kDataFiles[f].step)(c, root);
    if (f == 0) loader.haveSources = result.errors.size() == before;
  }
  return result;
}

bool readDataFile(const std::string& path, std::string& text, DataErrors& errors) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::file_status st = fs::status(path, ec);
  if (ec || !fs::exists(st)) {
    errors.push_back({path, "", "cannot open the file"});
    return false;
  }
  // Never open what is not a plain file: a pipe would block, a device never end.
  if (fs::is_directory(st)) {
    errors.push_back({path, "", "is a directory, not a file"});
    return false;
  }
  if (!fs::is_regular_file(st)) {
    errors.push_back({path, "", "is not a regular file (a device, a pipe or a socket)"});
    return false;
  }
  const std::uintmax_t size = fs::file_size(path, ec);
  if (ec || size > kMaxFileBytes) {
    errors.push_back({path, "",
                      ec ? "cannot read the file's size"
                         : "is " + std::to_string(size >> 20) + " MiB, more than the 8 MiB a data file may be"});
    return false;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    errors.push_back({path, "", "cannot open the file"});
    return false;
  }
  text.assign(static_cast<size_t>(size), '\0');
  in.read(text.data(), static_cast<std::streamsize>(size));
  text.resize(static_cast<size_t>(in.gcount()));
  return true;
}

LoadResult loadTradeDataFromDir(const std::string& dir) {
  std::vector<DataFile> files;
  LoadResult failed;
  for (int f = 0; f < kDataFileCount; ++f) {
    const std::string path = dir + "/" + kDataFiles[f].name;
    std::string text;
    if (readDataFile(path, text, failed.errors)) files.push_back({path, std::move(text)});
  }
  if (!failed.ok()) return failed;
  return loadTradeData(files);
}

}  // namespace tariff
