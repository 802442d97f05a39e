// Sharing the reader's scenario: a link that restores it, the code that embeds it in an article
// (docs/embedding.md) and, in the compact embed, the way out to the full calculator. The scenario
// part of every address is core's encodeScenario (docs/sharing.md); the platform supplies the
// page's address and the clipboard.
#include <algorithm>
#include <cstddef>
#include <iterator>
#include <string>
#include <vector>

#include "panels.h"
#include "platform.h"
#include "report.h"
#include "test_hook.h"
#include "theme.h"
#include "widgets.h"
#include "words.h"

namespace usjp {
namespace {

// The embed's box. An article column is 300-720 px wide; at 680 px high the compact view shows
// the headline, the preset and the first layers without scrolling.
// The height reserved before the calculator runs (the compact graphic at an article column's width),
// so the article does not jump; web/embed.js then sizes the frame to the graphic.
constexpr const char* kEmbedHeightPx = "640";
// allow-scripts: the calculator is a program. allow-popups(-to-escape-sandbox): "Open the full
// calculator" and source links open as ordinary tabs. No allow-same-origin: the frame needs
// nothing from its own origin's storage, so it gets none (docs/embedding.md).
constexpr const char* kEmbedSandbox = "allow-scripts allow-popups allow-popups-to-escape-sandbox";

// "lang=ja" when the reader reads in Japanese or chose English: a shared address opens in the
// language it was shared in. Empty for an English reader who never chose (their readers' browsers decide).
std::string languageParameter(const App& app) {
  return app.languageCode() != "en" || app.languageChosen() ? "lang=" + app.languageCode() : std::string();
}

// The address of the full calculator on this scenario, and of its compact embed.
std::string fullViewUrl(const App& app) {
  const std::string lang = languageParameter(app);
  return platform::pageAddress() + (lang.empty() ? "" : "?" + lang) + "#" + app.link();
}
std::string compactViewUrl(const App& app) {
  const std::string lang = languageParameter(app);
  return platform::pageAddress() + "?view=compact" + (lang.empty() ? "" : "&" + lang) + "#" + app.link();
}

// EN | 日本語: each label in its own language, so a reader finds theirs whatever is showing.
constexpr const char* kLanguageLabels[][2] = {{"en", "EN"}, {"ja", "日本語"}};

float languageSwitchWidth() {
  float width = 0;
  for (const auto& l : kLanguageLabels)
    width += ImGui::CalcTextSize(l[1]).x + ImGui::GetStyle().FramePadding.x * 2;
  return width;
}

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
// The script beside it (ours, from the same place as the calculator) sizes the frame to its content;
// without it the frame keeps its height and still works.
// The frame's title (what a screen reader announces) is in the reader's language, already escaped.
std::string embedCode(const App& app) {
  return std::string("<iframe src=\"") + htmlAttribute(compactViewUrl(app)) + "\" title=\"" + tr("share.embed_title") +
         "\" width=\"100%\" height=\"" + kEmbedHeightPx + "\" loading=\"lazy\" data-usjp-embed sandbox=\"" +
         kEmbedSandbox + "\" allow=\"clipboard-write\"></iframe>\n<script src=\"" +
         htmlAttribute(platform::pageAddress()) + "embed.js\" async></script>";
}

enum class Kind { CopyLink, CopyEmbed, OpenFull, DownloadImage, DownloadData };

// Every text is a key of data/i18n (the words in the reader's language come from tr()).
struct Action {
  Kind kind;
  const char* key;  // test hook: "share:" + key; the button's id: "share-" + key
  const char* label;
  const char* done;  // the label once copied
  const char* what;  // for platform::shareText; nullptr when nothing is shared
  const char* tooltip;
};

const Action kCopyLink = {Kind::CopyLink,           "link", "share.copy_link", "share.link_copied", "share.what_link",
                          "share.copy_link_tooltip"};
const Action kCopyEmbed = {
    Kind::CopyEmbed, "embed", "share.copy_embed", "share.embed_copied", "share.what_embed", "share.copy_embed_tooltip"};
const Action kOpenFull = {Kind::OpenFull,    "full",  "share.open_full",
                          "share.open_full", nullptr, "share.open_full_tooltip"};
const Action kDownloadImage = {Kind::DownloadImage,    "image", "share.download_image",
                               "share.download_image", nullptr, "share.download_image_tooltip"};
const Action kDownloadData = {Kind::DownloadData,    "data",  "share.download_data",
                              "share.download_data", nullptr, "share.download_data_tooltip"};

// What was last handed to the platform (by the action's key, the same in every language), so a
// button can say "copied" until the scenario changes.
struct LastShare {
  std::string what, text;
} g_last;

// The buttons that did not fit beside the title this frame: drawShareFooter() draws them.
std::vector<const Action*> g_footer;

float buttonWidth(const char* key) {
  return ImGui::CalcTextSize(tr(key), nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2;
}

void drawAction(App& app, const Action& action, const char* key) {
  if (action.kind == Kind::DownloadImage || action.kind == Kind::DownloadData) {
    const std::string label = std::string(tr(action.label)) + "###share-" + key;
    if (actionButton(label.c_str())) {
      if (action.kind == Kind::DownloadImage) {
        app.requestImage();
      } else {
        const nlohmann::json report =
            tariff::reportJson(app.data(), app.evaluated(), app.results(), app.ranges(), app.observed(), language());
        platform::saveFile(downloadName(app, ".csv"), "text/csv", tariff::reportCsv(report, language()));
      }
    }
  } else if (action.kind == Kind::OpenFull) {
    const std::string label = std::string(tr(action.label)) + "###share-" + key;
    if (actionButton(label.c_str())) platform::openUrl(fullViewUrl(app));
  } else {
    const std::string text = action.kind == Kind::CopyEmbed ? embedCode(app) : fullViewUrl(app);
    const bool copied =
        platform::shareOutcome() == platform::ShareOutcome::Copied && g_last.what == action.key && g_last.text == text;
    const std::string label = std::string(tr(copied ? action.done : action.label)) + "###share-" + key;
    if (actionButton(label.c_str())) {
      g_last = {action.key, text};
      platform::shareText(tr(action.what), text);
    }
  }
  test_hook::recordItem("share:", key);
  itemTooltip(tr(action.tooltip));
}

}  // namespace

void drawOpenFullButton(App& app, const char* key) { drawAction(app, kOpenFull, key); }

std::string downloadName(const App& app, const char* extension) {
  return "usjp-tariff-" + tariff::formatDate(app.evaluated().date) + extension;
}

void drawLanguageSwitch(App& app) {
  for (size_t i = 0; i < std::size(kLanguageLabels); ++i) {
    if (i) ImGui::SameLine(0, 0);
    const char* code = kLanguageLabels[i][0];
    const std::string label = std::string(kLanguageLabels[i][1]) + "##lang-" + code;
    if (segmentButton(label.c_str(), app.languageCode() == code)) app.requestLanguage(code);
    test_hook::recordItem("lang-", code);
    itemTooltip(tr("language.switch_hint"));
  }
}

// Right of the title, as many as fit in order (call it after the title's last item); the rest wait
// for drawShareFooter(), so that on a phone the first screen keeps its room for the result. When
// not even the first fits, all go on a line of their own.
void drawShareBar(App& app) {
  const std::vector<const Action*> actions =
      platform::compactView() ? std::vector<const Action*>{&kOpenFull, &kCopyLink}
                              : std::vector<const Action*>{&kCopyLink, &kCopyEmbed, &kDownloadImage, &kDownloadData};
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  const float titleEnd = ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x;
  const float right = ImGui::GetWindowContentRegionMax().x;
  const float switchWidth = languageSwitchWidth();
  const float room = right - titleEnd - theme::px(16) - switchWidth - spacing * 2;
  size_t fit = 0;
  float width = 0;
  for (const Action* a : actions) {
    const float wider = width + (fit ? spacing : 0) + std::max(buttonWidth(a->label), buttonWidth(a->done));
    if (wider > room) break;
    width = wider;
    ++fit;
  }
  g_footer.clear();
  // The switch stays beside the title while it fits there; the actions follow it or wait below.
  if (room + width >= 0 || fit > 0) ImGui::SameLine(right - width - (fit ? spacing * 2 : 0) - switchWidth);
  drawLanguageSwitch(app);
  if (fit > 0) {
    ImGui::SameLine(0, spacing * 2);
    g_footer.assign(actions.begin() + static_cast<std::ptrdiff_t>(fit), actions.end());
  } else if (!platform::compactView()) {
    g_footer = actions;  // a phone: the first screen keeps its room for the result
    return;
  } else {
    fit = actions.size();  // the compact graphic's two actions, on a line of their own, wrapped
  }
  for (size_t i = 0; i < fit; ++i) {
    if (i) sameLineIfFits(std::max(buttonWidth(actions[i]->label), buttonWidth(actions[i]->done)), spacing);
    drawAction(app, *actions[i], actions[i]->key);
  }
}

void drawShareFooter(App& app) {
  if (g_footer.empty()) return;
  sectionTitle(tr("share.title"));
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  for (size_t i = 0; i < g_footer.size(); ++i) {
    if (i) sameLineIfFits(std::max(buttonWidth(g_footer[i]->label), buttonWidth(g_footer[i]->done)), spacing);
    drawAction(app, *g_footer[i], g_footer[i]->key);
  }
}

}  // namespace usjp
