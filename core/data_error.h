// A rule a data file broke: which file, where (a JSON pointer), and what is wrong.
#pragma once
#include <string>
#include <vector>

namespace tariff {

struct DataError {
  std::string file;
  std::string pointer;  // RFC 6901, e.g. /import_sectors/3/imports_usd_m; empty for the whole file
  std::string rule;     // what is wrong, in words

  std::string message() const { return file + ": " + (pointer.empty() ? "(whole file)" : pointer) + ": " + rule; }
};

using DataErrors = std::vector<DataError>;

}  // namespace tariff
