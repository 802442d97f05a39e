// Where a paragraph may break into lines, for English and Japanese alike, with no ImGui: the UI
// measures, this decides. English breaks at spaces only (ImGui's own wrapping also breaks after
// '.' and ',', which splits "$17.6B"). Japanese has no spaces: a line may end between any two
// kanji or kana, except before closing punctuation and small kana (、。）」ー ゃ…), after opening
// punctuation (（「), and never between a figure and the kanji beside it, so "10.4兆円" and
// "2026年11月30日" stay whole.
#pragma once
#include <functional>
#include <string_view>
#include <utility>
#include <vector>

namespace usjp {

// [begin, end) byte offsets of each line; a space where a line breaks belongs to neither line.
using LineSpans = std::vector<std::pair<size_t, size_t>>;
// `measure(begin, end)` gives the width of text[begin, end). A word wider than `width` gets a line
// of its own rather than being cut. Newlines end paragraphs. Appends to `lines` (cleared first).
void wrapLines(std::string_view text, float width, const std::function<float(size_t, size_t)>& measure,
               LineSpans& lines);

}  // namespace usjp
