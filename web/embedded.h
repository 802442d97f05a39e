// Files compiled into the program at build time (web/cmake/embed_files.cmake): the data set, so
// the page needs no fetch and no file system, and the UI font.
#pragma once
#include <cstddef>
#include <vector>

#include "load_data.h"

namespace usjp {

struct EmbeddedFile {
  const char* name;            // "data/layers.json", "Roboto-Regular"
  const unsigned char* bytes;  // followed by a NUL byte not counted in size
  size_t size;
};

extern const EmbeddedFile kDataFiles[];
extern const int kDataFilesCount;
extern const EmbeddedFile kFontFiles[];  // Roboto-Regular, Roboto-Medium, NotoSansJP-Switch (日本語 only)
extern const int kFontFilesCount;
extern const EmbeddedFile kJapaneseFiles[];  // the desktop app's: data/i18n/ja.json, NotoSansJP (subset)
extern const int kJapaneseFilesCount;

// The data set compiled in, as files for core's loader.
std::vector<tariff::DataFile> embeddedDataFiles();

}  // namespace usjp
