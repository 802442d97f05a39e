// Every broken data set in tests/data/broken/cases.json is rejected with its own error, no crash.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <vector>

#include "json_check.h"
#include "load_data.h"

namespace tariff::test {
namespace {

namespace fs = std::filesystem;

std::string readText(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Applies one case's change to the shipped text of its file; returns false to delete the file.
bool breakFile(const Json& c, std::string& text) {
  if (c.value("delete", false)) return false;
  if (c.contains("text")) text = c["text"].get<std::string>();
  if (c.contains("truncate")) text.resize(c["truncate"].get<size_t>());
  if (c.contains("nest")) {
    const size_t depth = c["nest"].get<size_t>();
    text = std::string(depth, '[') + std::string(depth, ']');
  }
  if (c.contains("replace")) {
    const std::string from = c["replace"][0], to = c["replace"][1];
    const size_t at = text.find(from);
    if (at == std::string::npos) throw std::runtime_error("replace: text not found: " + from);
    text.replace(at, from.size(), to);
  }
  if (c.contains("patch")) text = Json::parse(text).patch(c["patch"]).dump(2);
  if (c.contains("append")) text += c["append"].get<std::string>();
  if (c.contains("pad")) text += std::string(c["pad"].get<size_t>(), ' ');
  return true;
}

fs::path writeBrokenSet(const Json& c) {
  const fs::path dir = fs::path(USJP_BROKEN_OUT) / c["name"].get<std::string>();
  fs::remove_all(dir);
  fs::create_directories(dir);
  for (int f = 0; f < kDataFileCount; ++f) {
    const char* name = dataFileName(f);
    std::string text = readText(fs::path(USJP_DATA_DIR) / name);
    if (name == c["file"].get<std::string>()) {
      if (c.value("directory", false)) {  // a directory where the file should be
        fs::create_directories(dir / name);
        continue;
      }
      if (!breakFile(c, text)) continue;
    }
    std::ofstream(dir / name, std::ios::binary) << text;
  }
  return dir;
}

// One test per case, named after it, so that a failure names the broken set at once.
std::vector<Json> brokenCases() {
  return Json::parse(readText(fs::path(USJP_BROKEN_DIR) / "cases.json"))["cases"].get<std::vector<Json>>();
}

std::vector<std::string> brokenCaseNames() {
  std::vector<std::string> names;
  for (const Json& c : brokenCases()) names.push_back(c["name"]);
  return names;
}

Json brokenCase(const std::string& name) {
  for (const Json& c : brokenCases())
    if (c["name"] == name) return c;
  throw std::runtime_error("no broken case " + name);
}

std::string testName(const testing::TestParamInfo<std::string>& info) {
  std::string name = info.param;
  for (char& ch : name)
    if (!std::isalnum(static_cast<unsigned char>(ch))) ch = '_';
  return name;
}

class BrokenCase : public testing::TestWithParam<std::string> {};

TEST_P(BrokenCase, IsRejectedWithItsFilePointerAndRule) {
  const Json c = brokenCase(GetParam());
  // The error is reported in the broken file unless the case says where ("error_file").
  const std::string file = c.value("error_file", c["file"].get<std::string>());
  const std::string pointer = c["pointer"], rule = c["rule"];
  const LoadResult r = loadTradeDataFromDir(writeBrokenSet(c).string());
  EXPECT_FALSE(r.ok()) << "accepted";
  bool found = false;
  std::string seen;
  for (const DataError& e : r.errors) {
    found = found ||
            (fs::path(e.file).filename() == file && e.pointer == pointer && e.rule.find(rule) != std::string::npos);
    seen += "\n    " + e.message();
  }
  EXPECT_TRUE(found) << "expected " << file << ": " << pointer << ": " << rule << "\n  got:" << seen;
}

INSTANTIATE_TEST_SUITE_P(Cases, BrokenCase, testing::ValuesIn(brokenCaseNames()), testName);

TEST(BrokenData, ThereAreEnoughCasesWithDistinctNames) {
  const std::vector<Json> cases = brokenCases();
  EXPECT_GE(cases.size(), 20u);
  std::set<std::string> names;
  for (const Json& c : cases) EXPECT_TRUE(names.insert(c["name"].get<std::string>()).second) << c["name"];
}

TEST(BrokenData, APipeInPlaceOfAFileIsRefusedWithoutWaiting) {
  // A FIFO would block a plain read forever; the loader must not even open it.
  Json control = {{"name", "fifo"}, {"file", "none.json"}};
  const fs::path dir = writeBrokenSet(control);
  fs::remove(dir / "presets.json");
  ASSERT_EQ(mkfifo((dir / "presets.json").c_str(), 0600), 0);
  const LoadResult r = loadTradeDataFromDir(dir.string());
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.errors.front().message().find("is not a regular file"), std::string::npos) << r.errors.front().message();
}

TEST(BrokenData, EveryMessageIsOneLine) {
  DataError e{"data/x.json", "/a\nb", "unknown field \"\x01\""};
  EXPECT_EQ(e.message().find('\n'), std::string::npos);
  EXPECT_EQ(e.message().find('\x01'), std::string::npos);
}

TEST(BrokenData, ShippedDataWrittenTheSameWayIsAccepted) {
  // The control for the test above: the unbroken set, written by the same code, loads.
  Json control = {{"name", "control"}, {"file", "none.json"}};
  const LoadResult r = loadTradeDataFromDir(writeBrokenSet(control).string());
  for (const DataError& e : r.errors) ADD_FAILURE() << e.message();
}

TEST(BrokenData, MessageNamesFilePointerAndRule) {
  const DataError e{"data/layers.json", "/layers/0/rate_pct/value", "must be a number"};
  EXPECT_EQ(e.message(), "data/layers.json: /layers/0/rate_pct/value: must be a number");
}

}  // namespace
}  // namespace tariff::test
