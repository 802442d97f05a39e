// Line breaking (web/text_wrap.h) with a terminal's measure: a kanji or kana is two columns wide,
// anything else one. English breaks at spaces; Japanese between characters, by its rules.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "format.h"
#include "text_wrap.h"

namespace usjp {
namespace {

std::vector<std::string> wrapped(const std::string& text, float columns) {
  LineSpans spans;
  wrapLines(
      text, columns,
      [&](size_t from, size_t to) { return static_cast<float>(tariff::displayWidth(text.substr(from, to - from))); },
      spans);
  std::vector<std::string> lines;
  for (const auto& [from, to] : spans) lines.push_back(text.substr(from, to - from));
  return lines;
}

using Lines = std::vector<std::string>;

TEST(TextWrap, EnglishBreaksAtSpacesOnly) {
  EXPECT_EQ(wrapped("US buyers pay $17.6B of it", 14), (Lines{"US buyers pay", "$17.6B of it"}));
  EXPECT_EQ(wrapped("a 1,388,330 b", 5), (Lines{"a", "1,388,330", "b"}));  // a long word gets its own line
  EXPECT_EQ(wrapped("one\n\ntwo", 40), (Lines{"one", "", "two"}));
  EXPECT_EQ(wrapped("", 10), (Lines{""}));
  EXPECT_EQ(wrapped("fits", 10), (Lines{"fits"}));
}

TEST(TextWrap, JapaneseBreaksBetweenCharacters) {
  // 米国の買い手が払う (9 characters, 18 columns) in 10 columns: five characters, then four.
  EXPECT_EQ(wrapped("\u7C73\u56FD\u306E\u8CB7\u3044\u624B\u304C\u6255\u3046", 10),
            (Lines{"\u7C73\u56FD\u306E\u8CB7\u3044", "\u624B\u304C\u6255\u3046"}));
}

TEST(TextWrap, JapaneseKeepsFiguresWithTheirUnitsAndPunctuationOffALineStart) {
  // 赤字は10.4兆円に減る: "10.4兆円" never splits, whatever the width.
  const std::string deficit = "\u8D64\u5B57\u306F10.4\u5146\u5186\u306B\u6E1B\u308B";
  for (float columns = 4; columns <= 24; ++columns)
    for (const std::string& line : wrapped(deficit, columns)) {
      const bool hasFigure = line.find("10.4") != std::string::npos;
      const bool hasUnit = line.find("\u5146\u5186") != std::string::npos;
      EXPECT_EQ(hasFigure, hasUnit) << columns << ": " << line;
    }
  // 2026年11月30日 is one unbreakable piece.
  EXPECT_EQ(wrapped("2026\u5E7411\u670830\u65E5", 6).size(), 1u);
  // No line starts with 、 or 。 and none ends with （.
  const std::string text = "\u95A2\u7A0E\u3001\u8CBF\u6613\u3002\uFF08\u7C73\u56FD\uFF09\u8D64\u5B57";
  for (float columns = 2; columns <= 20; ++columns)
    for (const std::string& line : wrapped(text, columns)) {
      EXPECT_NE(line.rfind("\u3001", 0), 0u) << columns << ": " << line;
      EXPECT_NE(line.rfind("\u3002", 0), 0u) << columns << ": " << line;
      EXPECT_FALSE(line.size() >= 3 && line.compare(line.size() - 3, 3, "\uFF08") == 0) << columns << ": " << line;
    }
}

TEST(TextWrap, MixedTextBreaksAtSpacesAndBetweenKanji) {
  const std::string text = "Section 232 \u306E\u95A2\u7A0E";  // "Section 232 の関税"
  EXPECT_EQ(wrapped(text, 12), (Lines{"Section 232", "\u306E\u95A2\u7A0E"}));
}

}  // namespace
}  // namespace usjp
