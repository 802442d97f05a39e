// Sharing the reader's scenario: a link that restores it, the code that embeds it in an article
// (docs/embedding.md) and, in the compact embed, the way out to the full calculator. The scenario
// part of every address is core's encodeScenario (docs/sharing.md); the platform supplies the
// page's address and the clipboard.
#include <string>
#include <vector>

#include "panels.h"
#include "platform.h"
#include "test_hook.h"
#include "theme.h"
#include "widgets.h"

namespace usjp {
namespace {

// The embed's box. An article column is 300-720 px wide; at 680 px high the compact view shows
// the headline, the preset and the first layers without scrolling.
constexpr const char* kEmbedHeightPx = "680";
// allow-scripts: the calculator is a program. allow-popups(-to-escape-sandbox): "Open the full
// calculator" and source links open as ordinary tabs. No allow-same-origin: the frame needs
// nothing from its own origin's storage, so it gets none (docs/embedding.md).
constexpr const char* kEmbedSandbox = "allow-scripts allow-popups allow-popups-to-escape-sandbox";

// The address of the full calculator on this scenario, and of its compact embed.
std::string fullViewUrl(const App& app) { return platform::pageAddress() + "#" + app.link(); }
std::string compactViewUrl(const App& app) { return platform::pageAddress() + "?view=compact#" + app.link(); }

std::string htmlAttribute(const std::string& text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

// Attributes only, no style="...": an article page with a strict CSP of its own refuses inline styles.
std::string embedCode(const App& app) {
  return std::string("<iframe src=\"") + htmlAttribute(compactViewUrl(app)) +
         "\" title=\"US&ndash;Japan tariff calculator\" width=\"100%\" height=\"" + kEmbedHeightPx +
         "\" loading=\"lazy\" sandbox=\"" + kEmbedSandbox + "\" allow=\"clipboard-write\"></iframe>";
}

struct Action {
  const char* key;  // test hook: "share:" + key
  const char* label;
  const char* done;  // the label once copied
  const char* what;  // for platform::shareText
  const char* tooltip;
};

const Action kCopyLink = {"link", "Copy link", "Link copied", "link",
                          "A link to exactly this scenario: whoever opens it sees what you see now."};
const Action kCopyEmbed = {"embed", "Copy embed code", "Embed code copied", "embed code",
                           "HTML for an article page: an <iframe> with the compact calculator on this scenario."};

// What was last handed to the platform, so a button can say "copied" until the scenario changes.
struct LastShare {
  std::string what, text;
} g_last;

std::string textFor(const App& app, const Action& action) {
  return &action == &kCopyEmbed ? embedCode(app) : fullViewUrl(app);
}

float buttonWidth(const char* label) {
  return ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2;
}

void shareButton(App& app, const Action& action) {
  const std::string text = textFor(app, action);
  const bool copied =
      platform::shareOutcome() == platform::ShareOutcome::Copied && g_last.what == action.what && g_last.text == text;
  const std::string label = std::string(copied ? action.done : action.label) + "###share-" + action.key;
  if (ImGui::Button(label.c_str())) {
    g_last = {action.what, text};
    platform::shareText(action.what, text);
  }
  test_hook::recordItem("share:", action.key);
  itemTooltip(action.tooltip);
}

}  // namespace

void drawOpenFullButton(App& app, const char* key) {
  const std::string label = std::string("Open the full calculator \u2192##") + key;
  if (ImGui::Button(label.c_str())) platform::openUrl(fullViewUrl(app));
  test_hook::recordItem("share:", key);
  itemTooltip(
      "The whole calculator on this scenario, in a new tab: charts, the sector table, the assumptions and "
      "every source.");
}

// Right of the title when there is room (call it after the title's last item), else on a line of its own.
void drawShareBar(App& app) {
  const bool compact = platform::compactView();
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  const float width = compact ? buttonWidth("Open the full calculator \u2192") + spacing + buttonWidth(kCopyLink.done)
                              : buttonWidth(kCopyLink.done) + spacing + buttonWidth(kCopyEmbed.done);
  const float titleEnd = ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x;
  const float right = ImGui::GetWindowContentRegionMax().x;
  if (right - titleEnd >= width + theme::px(16)) ImGui::SameLine(right - width);
  if (compact) {
    drawOpenFullButton(app, "full");
    ImGui::SameLine();
    shareButton(app, kCopyLink);
  } else {
    shareButton(app, kCopyLink);
    ImGui::SameLine();
    shareButton(app, kCopyEmbed);
  }
}

}  // namespace usjp
