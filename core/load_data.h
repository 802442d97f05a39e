// Loading data/ with nlohmann_json: every rule a file breaks is reported with the file, the
// JSON pointer and the rule, and a data set with any error is not used.
#pragma once
#include <string>
#include <vector>

#include "data_error.h"
#include "model.h"

namespace tariff {

struct DataFile {
  std::string name;  // shown in messages, e.g. "data/layers.json"; matched on its base name
  std::string text;
};

// The files that make a data set, in load order (later ones refer to earlier ones).
constexpr int kDataFileCount = 9;
const char* dataFileName(int index);  // 0 <= index < kDataFileCount

struct LoadResult {
  TradeData data;
  DataErrors errors;
  bool ok() const { return errors.empty(); }
};

LoadResult loadTradeData(const std::vector<DataFile>& files);
// Reads one data file: only a regular file of at most 8 MiB, so that a directory, a device or a
// pipe in its place gets its own message instead of a hang or a huge allocation.
bool readDataFile(const std::string& path, std::string& text, DataErrors& errors);
// Reads the data files from a directory; a missing file is reported like any other error.
LoadResult loadTradeDataFromDir(const std::string& dir);

}  // namespace tariff
