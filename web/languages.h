// The UI's languages on either platform: English compiled in, Japanese from a pack that carries
// its words and its font (the browser's lang-ja.js, downloaded only for readers who choose it; the
// desktop's compiled-in copy).
#pragma once
#include <string>
#include <vector>

#include "app.h"

namespace usjp {

// data/i18n/en.json as compiled in (web/cmake/fonts_and_words.py english), sorted by key.
struct EnglishWord {
  const char* key;
  const char* text;
};
extern const EnglishWord kEnglishWords[];
extern const int kEnglishWordsCount;

// The English words compiled in; problems as App::use gives them.
std::vector<std::string> addEnglish(App& app);
// Japanese words (checked against English) and the font cut for them; problems as App::use.
std::vector<std::string> addJapanese(App& app, const std::string& words, std::string font);
// Draws in `code` from the next frame: the app's words and the fonts' glyphs. Call between frames,
// then rebuild the font atlas (theme::buildFonts) and upload it. False when `code` has not arrived.
bool switchLanguage(App& app, const std::string& code);

}  // namespace usjp
