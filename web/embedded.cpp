#include "embedded.h"

namespace usjp {

std::vector<tariff::DataFile> embeddedDataFiles() {
  std::vector<tariff::DataFile> files;
  for (int i = 0; i < kDataFilesCount; ++i)
    files.push_back(
        {kDataFiles[i].name, std::string(reinterpret_cast<const char*>(kDataFiles[i].bytes), kDataFiles[i].size)});
  return files;
}

}  // namespace usjp
