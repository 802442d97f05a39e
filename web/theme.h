// Look and feel: the embedded Roboto at the screen's pixel density, a light style that suits an
// article page, and the Okabe-Ito colour-blind-safe palette used by every chart.
#pragma once
#include <cstddef>
#include <string>

#include "imgui.h"

namespace usjp::theme {

struct Fonts {
  ImFont* body = nullptr;
  ImFont* small = nullptr;
  ImFont* strong = nullptr;   // Medium, body size: labels that must stand out
  ImFont* heading = nullptr;  // Medium, section titles
  ImFont* figure = nullptr;   // Medium, the headline numbers
};

// Rebuilds the font atlas: sizes are CSS pixels times rasterScale (the device pixel ratio), so
// glyphs are drawn at the screen's own resolution. The caller uploads the texture again.
void buildFonts(ImFontAtlas& atlas, float rasterScale);
// The Japanese font (Noto Sans CJK JP, cut to the Japanese strings at build time) and the text
// whose characters the atlas needs: merged into every face from the next buildFonts(). Without
// it, only the language switch's 日本語 is there. The bytes must outlive the atlas.
void useJapaneseFont(const unsigned char* bytes, size_t size, const std::string& text);
bool hasJapaneseFont();
// Sizes (padding, rounding, scrollbars) in CSS pixels times layoutScale, ImGui units per CSS px.
void applyStyle(float layoutScale);
const Fonts& fonts();
// Type grows on wide screens, as a news page's does: 1 up to 1500 CSS px wide, then in steps of
// 1/8 up to 1.25 from 1800 px (steps, so a window being resized rebuilds the fonts only a few times).
float widthScale(float cssWidth);
float scale();
inline float px(float cssPixels) { return cssPixels * scale(); }

// Okabe & Ito (2008), "Color Universal Design": distinguishable with every common colour-vision
// deficiency. Charts pair each colour with a text label or a pattern, never colour alone.
namespace colour {
constexpr ImU32 kBlack = IM_COL32(0, 0, 0, 255);
constexpr ImU32 kOrange = IM_COL32(230, 159, 0, 255);
constexpr ImU32 kSkyBlue = IM_COL32(86, 180, 233, 255);
constexpr ImU32 kBluishGreen = IM_COL32(0, 158, 115, 255);
constexpr ImU32 kYellow = IM_COL32(240, 228, 66, 255);
constexpr ImU32 kBlue = IM_COL32(0, 114, 178, 255);
constexpr ImU32 kVermillion = IM_COL32(213, 94, 0, 255);
constexpr ImU32 kReddishPurple = IM_COL32(204, 121, 167, 255);

// Ink and paper follow the colour scheme (useDarkScheme below): these change with it. Text
// contrast is at least 4.5:1 on the page's own background in both schemes (tests/e2e).
inline ImU32 kText = IM_COL32(26, 26, 26, 255);
inline ImU32 kTextDim = IM_COL32(84, 84, 84, 255);  // 7.5:1 on white
inline ImU32 kGrid = IM_COL32(0, 0, 0, 40);
inline ImU32 kWarning = IM_COL32(160, 70, 0, 255);      // dark vermillion, 5.6:1 on white
inline ImU32 kLink = IM_COL32(0, 90, 156, 255);         // dark blue, 7.1:1 on white
inline ImU32 kInk = kBlack;                             // marks drawn in the text's colour: whiskers, observed points
inline ImU32 kPaper = IM_COL32(255, 255, 255, 255);     // the background
constexpr ImU32 kOnColour = IM_COL32(26, 26, 26, 255);  // text on a coloured bar, in either scheme

// One colour per meaning, in every chart and legend (exporters are also hatched).
constexpr ImU32 kDeficit = kBlue;
inline ImU32 kDeficitText = kBlue;  // the deficit as text: 5.1:1 on white; lighter on the dark paper
constexpr ImU32 kLayer = kVermillion;
constexpr ImU32 kOffer = kBluishGreen;
constexpr ImU32 kExporters = kOrange;
constexpr ImU32 kBuyers = kReddishPurple;
inline ImU32 kObserved = kBlack;  // the Census figures: ink
constexpr ImU32 kModel = kSkyBlue;
constexpr ImU32 kOthers = IM_COL32(120, 120, 120, 255);  // other suppliers' tariffs: not one of Japan's layers
// `colour` with its alpha replaced (0-255): faint rules and halos in the scheme's ink or paper.
constexpr ImU32 withAlpha(ImU32 colour, unsigned alpha) {
  return (colour & ~IM_COL32_A_MASK) | (static_cast<ImU32>(alpha) << IM_COL32_A_SHIFT);
}
}  // namespace colour

// Light (the default) or dark: sets the colours above and ImGui's style colours; call before
// applyStyle. The browser follows prefers-color-scheme or ?theme=dark|light; the desktop --theme.
void useDarkScheme(bool dark);
bool darkScheme();
// Touch screens: controls at least 44 CSS px tall (call before applyStyle). The browser asks the
// page for a coarse pointer at start and switches on the first touch.
void useTouchSizes(bool touch);
bool touchSizes();

// Both at once, at the current scale: for a change of scheme while running.
inline void switchScheme(bool dark) {
  useDarkScheme(dark);
  applyStyle(scale());
}

}  // namespace usjp::theme
