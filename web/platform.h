// What the shared UI asks of the platform it runs on. main_emscripten.cpp and main_glfw.cpp each
// implement it and own everything else platform-specific: the frame loop, input, pixel density.
#pragma once
#include <string>

namespace usjp::platform {

// Opens a web page in a new browser tab; on the desktop, printed for the reader to open. Where the
// page may not open tabs (an iframe sandbox without allow-popups), the address is shown to copy.
void openUrl(const std::string& url);

// The address of this page without its query and fragment ("https://example.org/usjp/"), to
// build shared links from; empty on the desktop, where a link is the fragment alone.
std::string pageAddress();

// The page asked for the compact embed (?view=compact; the desktop's --compact).
bool compactView();

// The height (ImGui units) the compact graphic needs without scrolling, and whether it scrolls
// inside now. The browser tells the page that embeds it (postMessage, docs/embedding.md) when the
// height changes, and lets a vertical swipe scroll the article while nothing scrolls inside; the
// desktop ignores it.
void reportContentHeight(float height, bool scrollsInside);

// Saves a file the reader asked for ("Download image", "Download data"). The browser downloads it;
// where the page may not (an iframe sandboxed without allow-downloads) it shows a text file in the
// field to copy, and for an image says to open the full calculator. The desktop writes it to the
// working directory and prints the path.
void saveFile(const std::string& name, const std::string& mime, const std::string& bytes);

// Hands `text` to the reader: the clipboard where the platform allows it, otherwise a selectable
// field to copy it from (the clipboard is blocked in sandboxed iframes). `what` names it ("link").
void shareText(const std::string& what, const std::string& text);

enum class ShareOutcome { None, Pending, Copied, ShownToCopy };
// The outcome by the name the page's script gives it (web/js/pre.js: '', 'pending', 'copied',
// 'field'); an unknown name is None.
inline ShareOutcome shareOutcomeNamed(const std::string& name) {
  return name == "pending"  ? ShareOutcome::Pending
         : name == "copied" ? ShareOutcome::Copied
         : name == "field"  ? ShareOutcome::ShownToCopy
                            : ShareOutcome::None;
}
// What became of the last shareText() (it may finish a frame or two later).
ShareOutcome shareOutcome();

}  // namespace usjp::platform
