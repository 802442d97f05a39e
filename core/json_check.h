// Reads JSON values while checking them, recording each broken rule with its JSON pointer.
// Never throws: data files and shared scenarios are untrusted input.
#pragma once
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "data_error.h"
#include "date.h"
#include "format.h"
#include "trade_data.h"

namespace tariff {

using Json = nlohmann::json;

// Parses text without exceptions; on failure records the parser's message and returns false.
bool parseJson(const std::string& file, const std::string& text, Json& out, DataErrors& errors);

std::string childPointer(const std::string& pointer, const std::string& key);
std::string childPointer(const std::string& pointer, size_t index);

class JsonChecker {
 public:
  JsonChecker(std::string file, DataErrors& errors) : file_(std::move(file)), errors_(errors) {}

  void fail(const std::string& pointer, const std::string& rule);
  size_t errorCount() const { return errors_.size(); }
  const std::string& file() const { return file_; }

  // Known source ids; when set, every Sourced must cite one of them.
  void setSourceIds(const std::set<std::string>* ids) { sourceIds_ = ids; }

  bool isObject(const Json& value, const std::string& pointer);
  // Records an error for every member not in `allowed` (catches misspelt field names).
  void allowOnly(const Json& object, const std::string& pointer, std::initializer_list<const char*> allowed);

  const Json* member(const Json& object, const std::string& pointer, const char* key, bool required);
  const Json* array(const Json& object, const std::string& pointer, const char* key, bool required);
  bool string(const Json& object, const std::string& pointer, const char* key, std::string& out, bool required);
  bool id(const Json& object, const std::string& pointer, const char* key, std::string& out);
  bool boolean(const Json& object, const std::string& pointer, const char* key, bool& out, bool required);
  bool number(const Json& object, const std::string& pointer, const char* key, double lo, double hi, double& out,
              bool required);
  bool numberValue(const Json& value, const std::string& pointer, double lo, double hi, double& out);
  bool date(const Json& object, const std::string& pointer, const char* key, Day& out, bool required);
  bool sourced(const Json& object, const std::string& pointer, const char* key, double lo, double hi, Sourced& out,
               bool required);
  bool sourceId(const std::string& id, const std::string& pointer);

 private:
  std::string file_;
  DataErrors& errors_;
  const std::set<std::string>* sourceIds_ = nullptr;
};

std::string describeType(const Json& value);
// An as-of date: YYYY, YYYY-MM or YYYY-MM-DD, each a real year, month or day.
bool isAsOf(const std::string& text);
// Text from a data file or link as a message may quote it: in quotes, at most 40 characters,
// control characters escaped, so that every message stays one line.
std::string quoteText(const std::string& text);

}  // namespace tariff
