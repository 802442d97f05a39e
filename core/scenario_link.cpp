#include "scenario_link.h"

#include <cerrno>
#include <cmath>
#include <cstdlib>

#include "enums.h"
#include "format.h"
#include "language.h"

namespace tariff {

namespace {

std::vector<std::string> split(const std::string& text, char sep) {
  std::vector<std::string> parts;
  size_t start = 0;
  for (;;) {
    const size_t end = text.find(sep, start);
    parts.push_back(text.substr(start, end == std::string::npos ? std::string::npos : end - start));
    if (end == std::string::npos) return parts;
    start = end + 1;
  }
}

int hexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// A malformed escape stays as it is; the part it is in will then fail to parse and be reported.
std::string percentDecode(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() + 0 && hexDigit(s[i + 1]) >= 0 && hexDigit(s[i + 2]) >= 0) {
      out += static_cast<char>(hexDigit(s[i + 1]) * 16 + hexDigit(s[i + 2]));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

// What a notice may quote of hostile input: short and printable.
std::string quote(const std::string& s) {
  std::string out;
  for (char c : s.substr(0, 32)) out += (c >= 32 && c < 127) ? c : '?';
  return "\"" + out + (s.size() > 32 ? "...\"" : "\"");
}

// A plain decimal number: no sign where the value cannot be negative (no "-0"), never a "+".
bool parseNumber(const std::string& s, double lo, double hi, double& out) {
  if (s.empty() || s.size() > 24 || s[0] == '+' || (s[0] == '-' && lo >= 0)) return false;
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    const bool sign = (c == '-' || c == '+') && i > 0 && (s[i - 1] == 'e' || s[i - 1] == 'E');
    if (!((c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E' || sign || (c == '-' && i == 0))) return false;
  }
  char* end = nullptr;
  errno = 0;
  const double x = std::strtod(s.c_str(), &end);
  if (errno != 0 || end != s.c_str() + s.size() || !std::isfinite(x) || x < lo || x > hi) return false;
  out = x;
  return true;
}

struct Decoder {
  const TradeData& data;
  DecodedLink& out;
  Scenario& s;
  const Language& lang;

  using Values = std::vector<std::pair<std::string, std::string>>;
  // The notice `key` in the reader's language, each {name} filled in (quoted input stays as quoted).
  std::string say(const char* key, const Values& values = {}) const {
    return fillIn(std::string(lang.text(key)), values);
  }

  // A readable number beyond what a reader may set: used at the bound, and said.
  bool bounded(const std::string& text, double lo, double hi, double cap, double& out, const std::string& what) {
    double x = 0;
    if (!parseNumber(text, lo, hi, x)) return false;
    if (x > cap) {
      ignore(say("core.link_above_cap", {{"what", what}, {"value", quote(text)}, {"cap", formatNumber(cap)}}));
      x = cap;
    }
    out = x;
    return true;
  }

  void ignore(const std::string& why) {
    if (out.ignored.size() < 20)
      out.ignored.push_back(why);
    else if (out.ignored.size() == 20)
      out.ignored.push_back(say("core.link_more"));
  }

  void layers(const std::string& value) {
    for (LayerChoice& l : s.layers) l.on = false;
    if (value.empty()) return;
    for (const std::string& item : split(value, ',')) {
      const size_t at = item.find('@');
      const std::string id = item.substr(0, at);
      const int l = data.layerIndex(id);
      if (l < 0) {
        ignore(say("core.link_unknown_layer", {{"value", quote(id)}}));
        continue;
      }
      s.layers[l].on = true;
      s.layers[l].ratePct = data.layers[l].ratePct.value;
      if (at == std::string::npos) continue;
      if (!bounded(item.substr(at + 1), 0, 1e6, kMaxLayerRatePct, s.layers[l].ratePct,
                   say("core.link_what_layer_rate", {{"id", id}})))
        ignore(say("core.link_bad_layer_rate", {{"value", quote(item.substr(at + 1))}, {"id", id}}));
    }
  }

  void offerField(const std::string& field, int o) {
    OfferChoice& c = s.offers[o];
    const std::string& id = data.offers[o].id;
    const size_t colon = field.find(':');
    const std::string key = field.substr(0, colon), value = colon == std::string::npos ? "" : field.substr(colon + 1);
    if (key == "add") {
      if (!bounded(value, 0, 1, maxAdditionalShare(data.offers[o]), c.additionalShare,
                   say("core.link_what_offer_share", {{"id", id}})))
        ignore(say("core.link_bad_offer_additional", {{"value", quote(value)}, {"id", id}}));
    } else if (key == "yrs") {
      double years = 0;
      if (!bounded(value, 0, 1e6, kMaxSpreadYears, years, say("core.link_what_offer_years", {{"id", id}}))) {
        ignore(say("core.link_bad_offer_years", {{"value", quote(value)}, {"id", id}}));
      } else if (years < kMinSpreadYears) {
        ignore(say("core.link_offer_years_below", {{"value", quote(value)}, {"id", id}}));
        c.spreadYears = kMinSpreadYears;
      } else {
        c.spreadYears = years;
      }
    } else {
      ignore(say("core.link_unknown_offer_setting", {{"value", quote(field)}, {"id", id}}));
    }
  }

  void offers(const std::string& value) {
    for (OfferChoice& c : s.offers) c.on = false;
    if (value.empty()) return;
    for (const std::string& item : split(value, ',')) {
      const std::vector<std::string> fields = split(item, ';');
      const size_t at = fields[0].find('@');
      const std::string id = fields[0].substr(0, at);
      const int o = data.offerIndex(id);
      if (o < 0) {
        ignore(say("core.link_unknown_offer", {{"value", quote(id)}}));
        continue;
      }
      // A listed offer starts from its defaults, like a listed layer: nothing carries over.
      OfferChoice& c = s.offers[o];
      c = OfferChoice{};
      c.on = true;
      c.additionalShare = data.offers[o].additionalShare.value;
      c.spreadYears = data.offers[o].spreadYears.value;
      if (at != std::string::npos && !parseNumber(fields[0].substr(at + 1), 0, 100, s.offers[o].sharePct))
        ignore(say(
            "core.link_bad_offer_share",
            {{"value", quote(fields[0].substr(at + 1))}, {"id", id}, {"kept", formatNumber(s.offers[o].sharePct)}}));
      for (size_t f = 1; f < fields.size(); ++f) offerField(fields[f], o);
    }
  }

  void assumption(const std::string& item) {
    const size_t colon = item.find(':');
    const std::string key = item.substr(0, colon), value = colon == std::string::npos ? "" : item.substr(colon + 1);
    Assumptions& a = s.assumptions;
    bool ok = true;
    if (key == "fx")
      ok = parseNumber(value, 50, 500, a.yenPerUsd);
    else if (key == "sr")
      ok = parseNumber(value, 0.05, 1, a.shortRunFactor);
    else if (key == "im")
      ok = bounded(value, 0, 1e6, kMaxImportDemand, a.importDemand, say("core.link_what_import_demand"));
    else if (key == "h")
      ok = fromName(kHorizonLinkNames, value, a.horizon);
    else if (key.rfind("pt.", 0) == 0 || key.rfind("el.", 0) == 0) {
      const int sector = data.sectorIndex(key.substr(3));
      if (sector < 0) {
        ignore(say("core.link_unknown_sector", {{"value", quote(key.substr(3))}}));
        return;
      }
      ok = key[0] == 'p' ? parseNumber(value, 0, 1, a.sectors[sector].passThrough)
                         : bounded(value, 0, 1e6, kMaxSubstitution, a.sectors[sector].substitution,
                                   say("core.link_what_substitution", {{"sector", key.substr(3)}}));
    } else {
      ignore(say("core.link_unknown_assumption", {{"value", quote(key)}}));
      return;
    }
    if (!ok) ignore(say("core.link_bad_assumption", {{"value", quote(value)}, {"key", key}}));
  }

  void part(const std::string& key, const std::string& value) {
    if (key == "d") {
      const auto day = parseDate(value);
      if (day)
        s.date = *day;
      else
        ignore(say("core.link_bad_date", {{"value", quote(value)}}));
    } else if (key == "l") {
      layers(value);
    } else if (key == "o") {
      offers(value);
    } else if (key == "a") {
      if (!value.empty())
        for (const std::string& item : split(value, ',')) assumption(item);
    } else if (key == "r") {
      if (value == "1" || value == "0")
        s.countRefunds = value == "1";
      else
        ignore(say("core.link_bad_refunds", {{"value", quote(value)}}));
    } else if (key != "v" && key != "p") {
      ignore(say("core.link_unknown_part", {{"value", quote(key)}}));
    }
  }
};

// The scenario part of a link: after '#'; in a whole address without one, after '?'; otherwise
// the text itself, where a '?' is just a character (and the part holding it is reported).
std::string fragmentOf(const std::string& link) {
  const size_t hash = link.find('#');
  if (hash != std::string::npos) return link.substr(hash + 1);
  const bool address = link.find("://") != std::string::npos || (!link.empty() && (link[0] == '/' || link[0] == '?'));
  const size_t query = link.find('?');
  return address && query != std::string::npos ? link.substr(query + 1) : link;
}

}  // namespace

std::string encodeScenario(const TradeData& data, const Scenario& s) {
  std::string out = "v=" + std::to_string(kLinkVersion);
  if (!s.presetId.empty()) out += "&p=" + s.presetId;
  out += "&d=" + formatDate(s.date) + "&l=";
  bool first = true;
  for (size_t l = 0; l < data.layers.size() && l < s.layers.size(); ++l) {
    if (!s.layers[l].on) continue;
    out += (first ? "" : ",") + data.layers[l].id;
    if (s.layers[l].ratePct != data.layers[l].ratePct.value) out += "@" + formatNumber(s.layers[l].ratePct);
    first = false;
  }
  out += "&o=";
  first = true;
  for (size_t o = 0; o < data.offers.size() && o < s.offers.size(); ++o) {
    const OfferChoice& c = s.offers[o];
    if (!c.on) continue;
    out += (first ? "" : ",") + data.offers[o].id + "@" + formatNumber(c.sharePct);
    if (c.additionalShare != data.offers[o].additionalShare.value) out += ";add:" + formatNumber(c.additionalShare);
    if (c.spreadYears != data.offers[o].spreadYears.value) out += ";yrs:" + formatNumber(c.spreadYears);
    first = false;
  }
  const Assumptions defaults = defaultAssumptions(data);
  const Assumptions& a = s.assumptions;
  std::vector<std::string> changed;
  if (a.yenPerUsd != defaults.yenPerUsd) changed.push_back("fx:" + formatNumber(a.yenPerUsd));
  if (a.horizon != defaults.horizon) changed.push_back(std::string("h:") + nameOf(kHorizonLinkNames, a.horizon));
  if (a.shortRunFactor != defaults.shortRunFactor) changed.push_back("sr:" + formatNumber(a.shortRunFactor));
  if (a.importDemand != defaults.importDemand) changed.push_back("im:" + formatNumber(a.importDemand));
  for (size_t i = 0; i < data.sectors.size() && i < a.sectors.size(); ++i) {
    if (a.sectors[i].passThrough != defaults.sectors[i].passThrough)
      changed.push_back("pt." + data.sectors[i].id + ":" + formatNumber(a.sectors[i].passThrough));
    if (a.sectors[i].substitution != defaults.sectors[i].substitution)
      changed.push_back("el." + data.sectors[i].id + ":" + formatNumber(a.sectors[i].substitution));
  }
  if (!changed.empty()) {
    out += "&a=";
    for (size_t i = 0; i < changed.size(); ++i) out += (i ? "," : "") + changed[i];
  }
  if (s.countRefunds) out += "&r=1";
  return out;
}

DecodedLink decodeScenario(const TradeData& data, const std::string& link, const Language& lang) {
  DecodedLink out;
  out.scenario = defaultScenario(data);
  Decoder d{data, out, out.scenario, lang};
  std::string text = fragmentOf(link);
  if (text.size() > kMaxLinkLength) {
    d.ignore(d.say("core.link_too_long", {{"count", std::to_string(kMaxLinkLength)}}));
    text.resize(kMaxLinkLength);
  }
  if (text.empty()) return out;

  // Read every part first: the version and the preset set the frame the other parts apply to.
  std::vector<std::pair<std::string, std::string>> parts;
  for (const std::string& piece : split(text, '&')) {
    if (piece.empty()) continue;
    const size_t eq = piece.find('=');
    if (eq == std::string::npos) {
      d.ignore(d.say("core.link_no_value", {{"value", quote(percentDecode(piece))}}));
      continue;
    }
    parts.push_back({percentDecode(piece.substr(0, eq)), percentDecode(piece.substr(eq + 1))});
  }
  // A part given twice: the last one counts, whole, and the reader is told.
  for (size_t i = 0; i < parts.size(); ++i)
    for (size_t j = i + 1; j < parts.size(); ++j)
      if (parts[j].first == parts[i].first) {
        d.ignore(d.say("core.link_repeated", {{"value", quote(parts[i].first)}}));
        parts.erase(parts.begin() + static_cast<long>(i));
        --i;
        break;
      }
  for (const auto& [key, value] : parts) {
    if (key == "v") {
      double v = 0;
      if (parseNumber(value, 1, 1e6, v) && v == std::floor(v))
        out.version = static_cast<int>(v);
      else
        d.ignore(d.say("core.link_bad_version", {{"value", quote(value)}}));
    } else if (key == "p") {
      const int p = data.presetIndex(value);
      if (p >= 0)
        out.scenario = data.presets[p].scenario;
      else
        d.ignore(d.say("core.link_unknown_preset", {{"value", quote(value)}}));
    }
  }
  // The encoder always writes "l": such a link is complete and states everything relative to the
  // data's defaults, not to the preset it names.
  for (const auto& part : parts) {
    if (part.first != "l") continue;
    const std::string presetId = out.scenario.presetId;
    const Day date = out.scenario.date;
    out.scenario = defaultScenario(data);
    out.scenario.presetId = presetId;
    out.scenario.date = date;
    break;
  }
  if (out.version > kLinkVersion)
    d.ignore(d.say("core.link_newer_version", {{"version", std::to_string(out.version)}}));
  for (const auto& [key, value] : parts) d.part(key, value);
  // A preset's name stays only while the scenario is that preset: a link that changes anything
  // is the reader's own settings, whatever its "p=" says.
  if (!out.scenario.presetId.empty() && !presetOf(data, out.scenario)) {
    out.basedOnPreset = out.scenario.presetId;
    out.scenario.presetId.clear();
  }
  return out;
}

}  // namespace tariff
