#include "json_check.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <vector>

namespace tariff {

namespace {

// Forwards to nlohmann's DOM builder but keeps the parse error instead of throwing it, and keeps
// track of where it is, so that a key given twice in one object (nlohmann would silently keep the
// last) is reported with its JSON pointer.
class QuietDomParser {
 public:
  explicit QuietDomParser(Json& result) : dom_(result, false) {}
  using number_integer_t = Json::number_integer_t;
  using number_unsigned_t = Json::number_unsigned_t;
  using number_float_t = Json::number_float_t;
  using string_t = Json::string_t;
  using binary_t = Json::binary_t;

  bool null() { return value() && dom_.null(); }
  bool boolean(bool v) { return value() && dom_.boolean(v); }
  bool number_integer(number_integer_t v) { return value() && dom_.number_integer(v); }
  bool number_unsigned(number_unsigned_t v) { return value() && dom_.number_unsigned(v); }
  bool number_float(number_float_t v, const string_t& s) { return value() && dom_.number_float(v, s); }
  bool string(string_t& v) { return value() && dom_.string(v); }
  bool binary(binary_t& v) { return value() && dom_.binary(v); }
  bool start_object(std::size_t n) {
    value();
    frames_.push_back({true, {}, {}, 0});
    return dom_.start_object(n);
  }
  bool key(string_t& v) {
    Frame& f = frames_.back();
    f.key = v;
    if (!f.keys.insert(v).second && duplicates.size() < 20) duplicates.push_back(pointer());
    return dom_.key(v);
  }
  bool end_object() {
    frames_.pop_back();
    return dom_.end_object();
  }
  bool start_array(std::size_t n) {
    value();
    frames_.push_back({false, {}, {}, 0});
    return dom_.start_array(n);
  }
  bool end_array() {
    frames_.pop_back();
    return dom_.end_array();
  }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& ex) {
    message = ex.what();
    // Drop nlohmann's "[json.exception.parse_error.101] " prefix: readers want the sentence.
    const size_t close = message.find("] ");
    if (message.rfind("[json.exception", 0) == 0 && close != std::string::npos) message.erase(0, close + 2);
    return false;
  }

  std::string message;
  std::vector<std::string> duplicates;  // JSON pointers of keys given twice

 private:
  struct Frame {
    bool object;
    std::set<std::string> keys;
    std::string key;
    size_t next;  // arrays: the index of the next element
  };
  // A value starts: in an array it takes the next index.
  bool value() {
    if (!frames_.empty() && !frames_.back().object) ++frames_.back().next;
    return true;
  }
  std::string pointer() const {
    std::string out;
    for (const Frame& f : frames_) out = f.object ? childPointer(out, f.key) : childPointer(out, f.next - 1);
    return out;
  }
  nlohmann::detail::json_sax_dom_parser<Json> dom_;
  std::vector<Frame> frames_;
};

}  // namespace

bool parseJson(const std::string& file, const std::string& text, Json& out, DataErrors& errors) {
  out = Json();
  if (const size_t nul = text.find('\0'); nul != std::string::npos) {
    errors.push_back({file, "", "not a JSON text: a NUL byte at offset " + std::to_string(nul)});
    return false;
  }
  QuietDomParser sax(out);
  const bool ok = Json::sax_parse(text, &sax, nlohmann::detail::input_format_t::json, true, false);
  if (ok && sax.duplicates.empty()) return true;
  out = Json();
  if (!ok) {
    errors.push_back(
        {file, "", "not valid JSON: " + (sax.message.empty() ? std::string("parse failed") : sax.message)});
    return false;
  }
  for (const std::string& at : sax.duplicates)
    errors.push_back({file, at, "this key is given twice in one object (the second would silently replace the first)"});
  return false;
}

std::string childPointer(const std::string& pointer, const std::string& key) {
  std::string escaped;
  for (char c : key) {
    if (c == '~')
      escaped += "~0";
    else if (c == '/')
      escaped += "~1";
    else
      escaped += c;
  }
  return pointer + "/" + escaped;
}

std::string childPointer(const std::string& pointer, size_t index) { return pointer + "/" + std::to_string(index); }

std::string describeType(const Json& v) {
  if (v.is_null()) return "null";
  if (v.is_boolean()) return "a boolean";
  if (v.is_number()) return "a number";
  if (v.is_string()) return "the string " + quoteText(v.get_ref<const std::string&>());
  if (v.is_array()) return "an array";
  return "an object";
}

std::string quoteText(const std::string& text) {
  constexpr size_t kMax = 40;
  std::string out = "\"";
  size_t shown = 0;
  for (size_t i = 0; i < text.size() && shown < kMax; ++i, ++shown) {
    const unsigned char ch = static_cast<unsigned char>(text[i]);
    if (ch == '"' || ch == '\\') {
      out += '\\';
      out += static_cast<char>(ch);
    } else if (ch < 0x20 || ch == 0x7f) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", ch);
      out += buf;
    } else {
      out += static_cast<char>(ch);
    }
  }
  // Never cut inside a UTF-8 sequence: drop a partial one at the end.
  if (shown == kMax && text.size() > kMax) {
    while (out.size() > 1 && (static_cast<unsigned char>(out.back()) & 0xC0) == 0x80) out.pop_back();
    if (out.size() > 1 && (static_cast<unsigned char>(out.back()) & 0xC0) == 0xC0) out.pop_back();
    out += "...";
  }
  return out + "\"";
}

void JsonChecker::fail(const std::string& pointer, const std::string& rule) {
  errors_.push_back({file_, pointer, rule});
}

bool JsonChecker::isObject(const Json& value, const std::string& pointer) {
  if (value.is_object()) return true;
  fail(pointer, "must be an object, got " + describeType(value));
  return false;
}

void JsonChecker::allowOnly(const Json& object, const std::string& pointer,
                            std::initializer_list<const char*> allowed) {
  if (!object.is_object()) return;
  for (auto it = object.begin(); it != object.end(); ++it) {
    bool known = false;
    for (const char* a : allowed) known = known || it.key() == a;
    if (!known) fail(childPointer(pointer, it.key()), "unknown field " + quoteText(it.key()) + " (misspelt?)");
  }
}

const Json* JsonChecker::member(const Json& object, const std::string& pointer, const char* key, bool required) {
  if (object.is_object()) {
    auto it = object.find(key);
    if (it != object.end()) return &*it;
  }
  if (required) fail(childPointer(pointer, key), "required field is missing");
  return nullptr;
}

const Json* JsonChecker::array(const Json& object, const std::string& pointer, const char* key, bool required) {
  const Json* v = member(object, pointer, key, required);
  if (!v) return nullptr;
  if (!v->is_array()) {
    fail(childPointer(pointer, key), "must be an array, got " + describeType(*v));
    return nullptr;
  }
  return v;
}

bool JsonChecker::string(const Json& object, const std::string& pointer, const char* key, std::string& out,
                         bool required) {
  const Json* v = member(object, pointer, key, required);
  if (!v) return false;
  if (!v->is_string()) {
    fail(childPointer(pointer, key), "must be a string, got " + describeType(*v));
    return false;
  }
  out = v->get_ref<const std::string&>();
  return true;
}

bool JsonChecker::id(const Json& object, const std::string& pointer, const char* key, std::string& out) {
  if (!string(object, pointer, key, out, true)) return false;
  bool ok = !out.empty() && out.size() <= 40;
  for (char c : out) ok = ok && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_');
  if (!ok) fail(childPointer(pointer, key), "an id must be 1-40 characters of a-z, 0-9 and _, got " + quoteText(out));
  return ok;
}

bool JsonChecker::boolean(const Json& object, const std::string& pointer, const char* key, bool& out, bool required) {
  const Json* v = member(object, pointer, key, required);
  if (!v) return false;
  if (!v->is_boolean()) {
    fail(childPointer(pointer, key), "must be true or false, got " + describeType(*v));
    return false;
  }
  out = v->get<bool>();
  return true;
}

bool JsonChecker::numberValue(const Json& v, const std::string& pointer, double lo, double hi, double& out) {
  if (!v.is_number()) {
    fail(pointer, "must be a number, got " + describeType(v));
    return false;
  }
  const double x = v.get<double>();
  if (!std::isfinite(x)) {
    fail(pointer, "must be a finite number");
    return false;
  }
  if (x < lo || x > hi) {
    const std::string why = x < 0 && lo >= 0 ? "must not be negative" : "is out of range";
    fail(pointer, why + ": " + formatNumber(x) + " is not within " + formatNumber(lo) + " to " + formatNumber(hi));
    return false;
  }
  out = x;
  return true;
}

bool JsonChecker::number(const Json& object, const std::string& pointer, const char* key, double lo, double hi,
                         double& out, bool required) {
  const Json* v = member(object, pointer, key, required);
  return v && numberValue(*v, childPointer(pointer, key), lo, hi, out);
}

bool JsonChecker::date(const Json& object, const std::string& pointer, const char* key, Day& out, bool required) {
  std::string text;
  if (!string(object, pointer, key, text, required)) return false;
  const auto day = parseDate(text);
  if (!day) {
    fail(childPointer(pointer, key), "must be a calendar date written YYYY-MM-DD, got " + quoteText(text));
    return false;
  }
  out = *day;
  return true;
}

bool isAsOf(const std::string& s) {
  // A year, a month of a year or a day, all real: "2025-99" and "0000" are not dates.
  if (s.size() == 10) return parseDate(s).has_value();
  if (s.size() == 4) return parseDate(s + "-01-01").has_value();
  if (s.size() == 7) return parseDate(s + "-01").has_value();
  return false;
}

bool JsonChecker::sourceId(const std::string& id, const std::string& pointer) {
  if (!sourceIds_ || sourceIds_->count(id)) return true;
  fail(pointer, "cites unknown source " + quoteText(id) + " (not in sources.json)");
  return false;
}

bool JsonChecker::sourced(const Json& object, const std::string& pointer, const char* key, double lo, double hi,
                          Sourced& out, bool required) {
  const Json* v = member(object, pointer, key, required);
  if (!v) return false;
  const std::string at = childPointer(pointer, key);
  if (!v->is_object()) {
    fail(at, "must be a sourced figure {\"value\", \"source\", \"as_of\"}, got " + describeType(*v));
    return false;
  }
  const size_t before = errorCount();
  allowOnly(*v, at, {"value", "low", "high", "source", "as_of", "estimate", "method"});
  Sourced s;
  number(*v, at, "value", lo, hi, s.value, true);
  if (string(*v, at, "source", s.source, true)) sourceId(s.source, childPointer(at, "source"));
  if (string(*v, at, "as_of", s.asOf, true) && !isAsOf(s.asOf))
    fail(childPointer(at, "as_of"), "must be YYYY, YYYY-MM or YYYY-MM-DD, got " + quoteText(s.asOf));
  boolean(*v, at, "estimate", s.estimate, false);
  string(*v, at, "method", s.method, false);
  if (s.estimate && s.method.empty()) fail(childPointer(at, "method"), "an estimate must say how it was made");
  const bool hasLow = v->contains("low"), hasHigh = v->contains("high");
  if (hasLow != hasHigh) fail(at, "a range needs both \"low\" and \"high\"");
  if (hasLow && hasHigh && number(*v, at, "low", lo, hi, s.low, true) && number(*v, at, "high", lo, hi, s.high, true)) {
    s.hasRange = true;
    if (!(s.low <= s.value && s.value <= s.high)) fail(at, "needs low <= value <= high");
  }
  if (errorCount() != before) return false;
  out = s;
  return true;
}

}  // namespace tariff
