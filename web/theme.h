// Look and feel: the embedded Roboto at the screen's pixel density, a light style that suits an
// article page, and the Okabe-Ito colour-blind-safe palette used by every chart.
#pragma once
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
// Sizes (padding, rounding, scrollbars) in CSS pixels times layoutScale, ImGui units per CSS px.
void applyStyle(float layoutScale);
const Fonts& fonts();
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

constexpr ImU32 kText = IM_COL32(26, 26, 26, 255);
constexpr ImU32 kTextDim = IM_COL32(84, 84, 84, 255);  // 7.5:1 on white
constexpr ImU32 kGrid = IM_COL32(0, 0, 0, 40);
constexpr ImU32 kWarning = IM_COL32(160, 70, 0, 255);  // dark vermillion, 5.6:1 on white
constexpr ImU32 kLink = IM_COL32(0, 90, 156, 255);     // dark blue, 7.1:1 on white

// One colour per meaning, in every chart and legend (exporters are also hatched).
constexpr ImU32 kDeficit = kBlue;
constexpr ImU32 kLayer = kVermillion;
constexpr ImU32 kOffer = kBluishGreen;
constexpr ImU32 kExporters = kOrange;
constexpr ImU32 kBuyers = kReddishPurple;
constexpr ImU32 kObserved = kBlack;
constexpr ImU32 kModel = kSkyBlue;
constexpr ImU32 kOthers = IM_COL32(120, 120, 120, 255);  // other suppliers' tariffs: not one of Japan's layers
}  // namespace colour

}  // namespace usjp::theme
