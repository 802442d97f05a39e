#include "language.h"

#include <cstdio>
#include <cstring>
#include <set>

#include "date.h"
#include "format.h"
#include "json_check.h"
#include "load_data.h"

namespace tariff {

std::string_view Language::text(std::string_view key) const {
  const auto it = strings.find(key);
  return it == strings.end() ? key : std::string_view(it->second);
}

const std::string& Language::name(std::string_view kind, const std::string& id, const std::string& english) const {
  if (names.empty()) return english;  // English: the data files' own words
  // Most keys are short and asked for every frame: built on the stack. A method's key is its
  // English text, often longer.
  char buffer[96];
  const size_t size = kind.size() + 1 + id.size();
  std::string longKey;
  std::string_view key;
  if (size <= sizeof buffer) {
    std::memcpy(buffer, kind.data(), kind.size());
    buffer[kind.size()] = ':';
    std::memcpy(buffer + kind.size() + 1, id.data(), id.size());
    key = std::string_view(buffer, size);
  } else {
    longKey.append(kind).append(1, ':').append(id);
    key = longKey;
  }
  const auto it = names.find(key);
  return it == names.end() ? english : it->second;
}

namespace {

// The reasoning beside every figure the UI shows with its provenance (tooltips, the assumptions
// panel, the sources panel), as "method:<its English text>": one translation serves every figure
// with the same text, and a changed English text asks for a new one. Left out: the product lists'
// entries (one per HTS line, listed in the sources panel with the lines' English descriptions).
void shownMethods(const TradeData& d, std::set<std::string>& keys) {
  auto add = [&keys](const Sourced& f) {
    if (!f.method.empty()) keys.insert("method:" + f.method);
  };
  add(d.shortRunFactor);
  add(d.importDemand);
  for (const SectorDefaults& s : d.sectorDefaults) {
    add(s.passThrough);
    add(s.substitution);
  }
  for (const NamedRate& r : d.yenRates) add(r.yenPerUsd);
  for (const Sourced* f : {&d.totals.importsUsdM, &d.totals.exportsUsdM, &d.totals.deficitUsdM,
                           &d.japanView.exportsJpyBn, &d.japanView.importsJpyBn, &d.japanView.surplusJpyBn})
    add(*f);
  for (const ImportSector& s : d.sectors) {
    add(s.importsUsdM);
    add(s.mfnPct);
    if (s.hasUnits) add(s.units);
  }
  for (const ExportCategory& c : d.categories) {
    add(c.exportsUsdM);
    if (c.hasUnits) add(c.units);
  }
  for (const TariffLayer& l : d.layers) add(l.ratePct);
  for (const Offer& o : d.offers) {
    add(o.amount);
    add(o.additionalShare);
    add(o.spreadYears);
  }
  for (const Carmaker& c : d.carmakers) add(c.units);
}

// Every id a translated name must be given for, as "kind:id": whatever of the data a reader sees
// in words. A source may have one too (a Japanese source's own Japanese title), but need not.
std::set<std::string> entityKeys(const TradeData& data) {
  std::set<std::string> keys;
  for (const TariffLayer& l : data.layers)
    for (const char* kind : {"layer:", "layer_short:", "layer_explanation:"}) keys.insert(kind + l.id);
  for (const ImportSector& s : data.sectors) keys.insert("sector:" + s.id);
  for (const Offer& o : data.offers)
    for (const char* kind : {"offer:", "offer_explanation:"}) keys.insert(kind + o.id);
  for (const ExportCategory& c : data.categories) keys.insert("category:" + c.id);
  for (const Preset& p : data.presets) {
    keys.insert("preset:" + p.id);
    keys.insert("preset_description:" + p.id);
  }
  for (const TimelineEvent& e : data.events) keys.insert("event:" + formatDate(e.date));
  for (const ProductList& l : data.lists) keys.insert("list:" + l.id);
  for (const Carmaker& c : data.carmakers) keys.insert("carmaker:" + c.id);
  // A publisher by the words sources.json gives it (the sources panel, the exported image's credit).
  for (const Source& s : data.sources) keys.insert("publisher:" + s.publisher);
  shownMethods(data, keys);
  return keys;
}

// A source's own Japanese title ("source:<id>"): optional (sources keep their original titles;
// Japan's own get their Japanese ones), but only for a source the data has.
bool optionalName(const TradeData& data, const std::string& key) {
  return key.rfind("source:", 0) == 0 && data.source(key.substr(7)) != nullptr;
}

// A map of strings; an empty value is allowed (a language may have nothing to say in a place).
void readStrings(JsonChecker& check, const Json& object, const char* key,
                 std::map<std::string, std::string, std::less<>>& out) {
  const Json* member = check.member(object, "", key, true);
  if (!member || !check.isObject(*member, childPointer("", key))) return;
  for (const auto& [k, v] : member->items()) {
    if (v.is_string())
      out[k] = v.get<std::string>();
    else
      check.fail(childPointer(childPointer("", key), k), "must be a string, got " + describeType(v));
  }
}

}  // namespace

bool parseLanguage(const std::string& file, const std::string& text, const std::string& code, Language& out,
                   DataErrors& errors) {
  const size_t before = errors.size();
  Json root;
  if (!parseJson(file, text, root, errors)) return false;
  JsonChecker check(file, errors);
  if (!check.isObject(root, "")) return false;
  check.allowOnly(root, "", {"about", "language", "strings", "names"});
  std::string declared;
  if (check.string(root, "", "language", declared, true) && declared != code)
    check.fail("/language", "says " + quoteText(declared) + " but the file is the one for " + quoteText(code));
  out.code = code;
  readStrings(check, root, "strings", out.strings);
  if (code != "en")
    readStrings(check, root, "names", out.names);
  else if (root.contains("names"))
    check.fail("/names", "English names are the data files' own: en.json has none");
  return errors.size() == before;
}

namespace {

// Each key of `a` that `b` lacks, reported against b's file.
using Words = std::map<std::string, std::string, std::less<>>;
void missingKeys(const std::string& fileB, const std::string& pointer, const Words& a, const Words& b,
                 const std::string& fileA, DataErrors& errors) {
  for (const auto& entry : a)
    if (!b.count(entry.first))
      errors.push_back({fileB, pointer, "lacks the key " + quoteText(entry.first) + ", which " + fileA + " has"});
}

}  // namespace

bool parseLanguages(const std::vector<std::pair<std::string, std::string>>& files, const TradeData& data,
                    std::vector<Language>& out, DataErrors& errors) {
  const size_t before = errors.size();
  out.clear();
  const size_t count = sizeof kLanguageCodes / sizeof kLanguageCodes[0];
  if (files.size() != count) {
    errors.push_back({"data/i18n", "", "needs one file per language (en, ja)"});
    return false;
  }
  out.resize(count);
  for (size_t i = 0; i < count; ++i) parseLanguage(files[i].first, files[i].second, kLanguageCodes[i], out[i], errors);
  if (errors.size() != before) return false;
  // The same keys in every language: each file is checked against the first (English) both ways.
  for (size_t i = 1; i < count; ++i) checkLanguage(out[0], files[0].first, out[i], files[i].first, data, errors);
  return errors.size() == before;
}

bool checkLanguage(const Language& english, const std::string& englishFile, const Language& other,
                   const std::string& otherFile, const TradeData& data, DataErrors& errors) {
  const size_t before = errors.size();
  missingKeys(otherFile, "/strings", english.strings, other.strings, englishFile, errors);
  missingKeys(englishFile, "/strings", other.strings, english.strings, otherFile, errors);
  const std::set<std::string> ids = entityKeys(data);
  for (const std::string& id : ids)
    if (!other.names.count(id))
      errors.push_back({otherFile, "/names", "has no name for " + quoteText(id) + ", which the data has"});
  for (const auto& entry : other.names)
    if (!ids.count(entry.first) && !optionalName(data, entry.first))
      errors.push_back({otherFile, childPointer("/names", entry.first),
                        "names something the data does not have (kinds: layer, layer_short, layer_explanation, "
                        "sector, offer, offer_explanation, category, preset, preset_description, event (its date), list, "
                        "carmaker, method (its English text), source, publisher)"});
  return errors.size() == before;
}

bool loadLanguages(const std::string& dataDir, const TradeData& data, std::vector<Language>& out, DataErrors& errors) {
  std::vector<std::pair<std::string, std::string>> files;
  bool read = true;
  for (const char* code : kLanguageCodes) {
    const std::string path = dataDir + "/i18n/" + code + ".json";
    std::string text;
    read = readDataFile(path, text, errors) && read;
    files.emplace_back(path, std::move(text));
  }
  return read && parseLanguages(files, data, out, errors);
}

bool isLanguageCode(const std::string& code) {
  for (const char* c : kLanguageCodes)
    if (code == c) return true;
  return false;
}

const Language* findLanguage(const std::vector<Language>& languages, const std::string& code) {
  for (const Language& l : languages)
    if (l.code == code) return &l;
  return nullptr;
}

std::string fillIn(const std::string& pattern, const std::vector<std::pair<std::string, std::string>>& values) {
  std::string out;
  for (size_t i = 0; i < pattern.size();) {
    bool replaced = false;
    if (pattern[i] == '{') {
      for (const auto& [name, value] : values) {
        const std::string placeholder = "{" + name + "}";
        if (pattern.compare(i, placeholder.size(), placeholder) == 0) {
          out += value;
          i += placeholder.size();
          replaced = true;
          break;
        }
      }
    }
    if (!replaced) out += pattern[i++];
  }
  return out;
}

std::string formatDay(const Language& lang, Day day, bool longForm) {
  if (lang.code == "ja") return formatDayJa(day);
  return longForm ? formatDayLong(day) : formatDate(day);
}

std::string formatMonth(const Language& lang, int year, int month) {
  if (lang.code == "ja") return std::to_string(year) + "\u5E74" + std::to_string(month) + "\u6708";
  return formatMonth(year, month);
}

std::string formatSignedPct(const Language& lang, double pct, int decimals) {
  std::string text = formatSignedPct(pct, decimals);
  if (lang.code == "ja" && !text.empty() && text[0] == '-') text.replace(0, 1, "\u2212");
  return text;
}

std::string formatDataDate(const Language& lang, const std::string& iso) {
  if (lang.code != "ja") return iso;
  if (const auto day = parseDate(iso)) return formatDayJa(*day);
  const auto digits = [&](size_t from, size_t count) {
    for (size_t i = from; i < from + count; ++i)
      if (i >= iso.size() || iso[i] < '0' || iso[i] > '9') return false;
    return true;
  };
  const std::string year = iso.substr(0, 4) + "\u5E74";
  if (iso.size() == 4 && digits(0, 4)) return year;
  if (iso.size() == 7 && digits(0, 4) && iso[4] == '-' && digits(5, 2)) {
    const int month = std::stoi(iso.substr(5, 2));
    if (month >= 1 && month <= 12) return year + std::to_string(month) + "\u6708";
  }
  return iso;
}

std::string formatDollars(const Language& lang, double usd, bool sign) {
  if (lang.code == "ja") return formatUsdJa(usd, sign);
  return sign ? formatSignedUsd(usd) : formatUsd(usd);
}

std::string formatMoney(const Language& lang, double usd, double yenPerUsd, bool sign, bool compact) {
  if (lang.code != "ja") return formatDollars(lang, usd, sign);
  const std::string yen = formatYenJa(usd * yenPerUsd, sign);
  return compact ? yen : yen + "\uFF08" + formatDollars(lang, usd, sign) + "\uFF09";
}

void Money::add(Values& values, const std::string& name, double usd, bool sign) const {
  values.push_back({name, (*this)(usd, sign)});
  values.push_back({name + "_yen", formatYenJa(usd * yenPerUsd, sign)});
  values.push_back({name + "_usd", formatDollars(lang, usd, sign)});
}

Money::Values Money::values(std::initializer_list<std::pair<const char*, double>> amounts, bool sign) const {
  Values out;
  for (const auto& [name, usd] : amounts) add(out, name, usd, sign);
  return out;
}

}  // namespace tariff
