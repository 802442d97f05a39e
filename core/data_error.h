// A rule a data file broke: which file, where (a JSON pointer), and what is wrong.
#pragma once
#include <string>
#include <vector>

namespace tariff {

struct DataError {
  std::string file;
  std::string pointer;  // RFC 6901, e.g. /import_sectors/3/imports_usd_m; empty for the whole file
  std::string rule;     // what is wrong, in words

  // One line whatever the data held: control characters escaped, an overlong pointer cut.
  std::string message() const {
    return printable(file, 300) + ": " + (pointer.empty() ? "(whole file)" : printable(pointer, 200)) + ": " +
           printable(rule, 600);
  }

  static std::string printable(const std::string& text, size_t max) {
    static const char* const kHex = "0123456789abcdef";
    std::string out;
    for (size_t i = 0; i < text.size() && out.size() < max; ++i) {
      const unsigned char c = static_cast<unsigned char>(text[i]);
      if (c < 0x20 || c == 0x7f) {
        out += "\\x";
        out += kHex[c >> 4];
        out += kHex[c & 15];
      } else {
        out += static_cast<char>(c);
      }
    }
    return out.size() < text.size() && out.size() >= max ? out + "..." : out;
  }
};

using DataErrors = std::vector<DataError>;

}  // namespace tariff
