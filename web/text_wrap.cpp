#include "text_wrap.h"

#include "format.h"

namespace usjp {
namespace {

bool isCjk(char32_t c) {
  return (c >= 0x3000 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0xFF00 && c <= 0xFFEF);
}

// Japanese line-breaking rules (JIS X 4051, "kinsoku"): what may not start or end a line.
bool noBreakBefore(char32_t c) {
  static const char32_t kClosing[] = {
      U'\u3001', U'\u3002', U'\uFF0C', U'\uFF0E', U'\uFF09', U'\u300D', U'\u300F', U'\u3011', U'\u3015',
      U'\uFF01', U'\uFF1F', U'\uFF1A', U'\u30FC', U'\u30FB', U'\u3041', U'\u3043', U'\u3045', U'\u3047',
      U'\u3049', U'\u3063', U'\u3083', U'\u3085', U'\u3087', U'\u30A1', U'\u30A3', U'\u30A5', U'\u30A7',
      U'\u30A9', U'\u30C3', U'\u30E3', U'\u30E5', U'\u30E7', U'%',      U')',      U',',      U'.'};
  for (char32_t k : kClosing)
    if (c == k) return true;
  return false;
}

bool noBreakAfter(char32_t c) {
  return c == U'\uFF08' || c == U'\u300C' || c == U'\u300E' || c == U'\u3010' || c == U'(';
}

// A figure's characters: a break between one of them and a kanji would split a number from its unit.
bool isFigure(char32_t c) { return (c >= U'0' && c <= U'9') || c == U'.' || c == U',' || c == U'$' || c == U'\u00A5'; }

// Units that follow a figure: 10.4兆円, 120億ドル, 2026年11月30日, 1,388,330台, 2.5倍.
bool isUnit(char32_t c) {
  static const char32_t kUnits[] = {U'\u5146', U'\u5104', U'\u4E07', U'\u5343', U'\u5186', U'\u5E74',
                                    U'\u6708', U'\u65E5', U'\u53F0', U'\u4EF6', U'\u4EBA', U'\u500D',
                                    U'\u5272', U'\u30C9', U'\u30EB', U'%'};
  for (char32_t k : kUnits)
    if (c == k) return true;
  return false;
}

// May a line end between `a` and `b` (no space between them)?
bool mayBreakBetween(char32_t a, char32_t b) {
  if (!isCjk(a) && !isCjk(b)) return false;  // inside an English word or figure
  if (noBreakBefore(b) || noBreakAfter(a)) return false;
  if (isFigure(a) || isFigure(b)) return false;
  return true;
}

}  // namespace

void wrapLines(std::string_view text, float width, const std::function<float(size_t, size_t)>& measure,
               LineSpans& lines) {
  lines.clear();
  size_t paragraph = 0;
  while (paragraph <= text.size()) {
    size_t end = text.find('\n', paragraph);
    if (end == std::string_view::npos) end = text.size();
    size_t line = paragraph;  // where the current line starts
    size_t fits = line;       // end of the longest piece known to fit
    bool any = false;         // something fits on this line
    size_t resume = line;     // where the next line starts if we break at `fits`
    char32_t previous = 0;
    bool chain = false;  // `previous` ends a figure or the units after it: no break until it ends
    for (size_t i = paragraph; i <= end;) {
      // Candidate break points: before a space, at the paragraph's end, or between two characters.
      char32_t c = 0;
      size_t next = i;
      if (i < end) c = tariff::nextCodePoint(text, next);
      const bool atSpace = i < end && c == U' ';
      const bool glued = chain && (isUnit(c) || isFigure(c));
      const bool candidate =
          i == end || atSpace || (i > line && previous != U' ' && !glued && mayBreakBetween(previous, c));
      if (candidate && i > line) {
        if (!any || measure(line, i) <= width) {
          fits = i;
          resume = atSpace ? next : i;
          any = true;
        } else {
          lines.emplace_back(line, fits);  // the piece up to the last break that fitted
          line = resume;
          any = false;
          fits = resume;
          previous = 0;
          chain = false;
          i = line;
          continue;
        }
      }
      if (i == end) break;
      if (atSpace && i == line && line != paragraph) {  // the space a line broke at is dropped
        line = next;
        fits = resume = next;
      }
      chain = isFigure(c) || (chain && isUnit(c));
      previous = c;
      i = next;
    }
    lines.emplace_back(line, any ? fits : end);
    paragraph = end + 1;
  }
}

}  // namespace usjp
