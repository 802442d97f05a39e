#include "theme.h"

#include <cstring>

#include "embedded.h"
#include "glyphs.h"

namespace usjp::theme {
namespace {

Fonts g_fonts;
float g_scale = 1;

// What the reader can see: Latin-1 (¥ is U+00A5), dashes, quotes, bullet, ellipsis, minus, ≈ ≤ ≥.
// Keep in step with usjp_font_unicodes in web/CMakeLists.txt: the subset holds nothing else.
const ImWchar kGlyphRanges[] = {0x0020, 0x007E, 0x00A0, 0x00FF, 0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
                                0x2022, 0x2026, 0x2026, 0x2212, 0x2212, 0x2248, 0x2248, 0x2264, 0x2265, 0};

// CSS pixel sizes: body text as in a news article's sidebar, headline figures larger.
// ImGui sizes a font by ascent + descent; Roboto's em is 0.85 of that, so 16.5 reads as 14 px type.
constexpr float kBodyPx = 16.5f, kSmallPx = 14.5f, kHeadingPx = 19, kFigurePx = 29;

// Japanese glyphs next to Roboto: ImGui sizes a font by ascent + descent, which is 1.448 em in Noto
// Sans CJK and 1.172 em in Roboto; at this ratio a kanji is 0.95 of Roboto's em, as Japanese type
// sits beside Latin in print. Merged glyphs share Roboto's baseline.
constexpr float kJapaneseSizeRatio = 1.448f / 1.172f * 0.95f;
// What core writes in Japanese by itself (formatYenJa, formatDayJa) and the figures need.
constexpr const char* kJapaneseFigureText = "兆億万円ドル年月日約前後";  // also in fonts_and_words.py

struct JapaneseFont {
  const unsigned char* bytes = nullptr;
  size_t size = 0;
  ImVector<ImWchar> ranges, figureRanges;
};
JapaneseFont g_japanese;

const EmbeddedFile& fontFile(const char* name) {
  for (int i = 0; i < kFontFilesCount; ++i)
    if (std::strcmp(kFontFiles[i].name, name) == 0) return kFontFiles[i];
  return kFontFiles[0];
}

ImFont* addFont(ImFontAtlas& atlas, const char* name, float sizePx) {
  const EmbeddedFile& file = fontFile(name);
  ImFontConfig config;
  config.FontDataOwnedByAtlas = false;  // static bytes: the atlas must not free them
  // Rasterised at the screen's own pixel size: whole-pixel glyph positions keep small text sharp.
  config.OversampleH = 1;
  config.OversampleV = 1;
  config.PixelSnapH = true;
  ImFont* font = atlas.AddFontFromMemoryTTF(const_cast<unsigned char*>(file.bytes), static_cast<int>(file.size), sizePx,
                                            &config, kGlyphRanges);
  reserveArrowGlyphs(atlas, font, sizePx);
  return font;
}

// Japanese glyphs into the font just added (ImGui's merge mode): `ranges` from useJapaneseFont, or
// the embedded switch label's three characters when no Japanese font has arrived.
void mergeJapanese(ImFontAtlas& atlas, float sizePx, const ImVector<ImWchar>& ranges, bool switchOnly) {
  const EmbeddedFile& file = fontFile("NotoSansJP-Switch");
  const unsigned char* bytes = switchOnly ? file.bytes : g_japanese.bytes;
  const size_t size = switchOnly ? file.size : g_japanese.size;
  if (!bytes || ranges.empty()) return;
  ImFontConfig config;
  config.MergeMode = true;
  config.FontDataOwnedByAtlas = false;
  config.OversampleH = 1;
  config.OversampleV = 1;
  config.PixelSnapH = true;
  atlas.AddFontFromMemoryTTF(const_cast<unsigned char*>(bytes), static_cast<int>(size), sizePx * kJapaneseSizeRatio,
                             &config, ranges.Data);
}

ImVector<ImWchar> rangesOf(const char* text, bool kana) {
  ImFontGlyphRangesBuilder builder;
  builder.AddText(text);
  static const ImWchar kKana[] = {0x3000, 0x303F, 0x3041, 0x3096, 0x30A0, 0x30FF, 0xFF01, 0xFF5E, 0};
  if (kana) builder.AddRanges(kKana);
  ImVector<ImWchar> ranges;
  builder.BuildRanges(&ranges);
  return ranges;
}

}  // namespace

void useJapaneseFont(const unsigned char* bytes, size_t size, const std::string& text) {
  g_japanese.bytes = bytes;
  g_japanese.size = size;
  g_japanese.ranges = rangesOf((text + kJapaneseFigureText).c_str(), true);
  g_japanese.figureRanges = rangesOf(kJapaneseFigureText, false);
}

bool hasJapaneseFont() { return g_japanese.bytes != nullptr; }

void buildFonts(ImFontAtlas& atlas, float rasterScale) {
  atlas.Clear();
  atlas.Flags |= ImFontAtlasFlags_NoMouseCursors;                          // the browser and GLFW draw the cursor
  const bool japanese = hasJapaneseFont();
  static const ImVector<ImWchar> switchRanges = rangesOf("日本語", false);
  const ImVector<ImWchar>& text = japanese ? g_japanese.ranges : switchRanges;
  // Noto Sans CJK has one weight here (a bold face would double the download): headings in
  // Japanese are set apart by size and colour.
  const auto face = [&](const char* name, float cssPx, const ImVector<ImWchar>& ranges) {
    ImFont* font = addFont(atlas, name, cssPx * rasterScale);
    mergeJapanese(atlas, cssPx * rasterScale, ranges, !japanese);
    return font;
  };
  g_fonts.body = face("Roboto-Regular", kBodyPx, text);  // first font: ImGui's default
  g_fonts.small = face("Roboto-Regular", kSmallPx, text);
  g_fonts.strong = face("Roboto-Medium", kBodyPx, text);
  g_fonts.heading = face("Roboto-Medium", kHeadingPx, text);
  g_fonts.figure = face("Roboto-Medium", kFigurePx, japanese ? g_japanese.figureRanges : switchRanges);
  atlas.Build();
  paintArrowGlyphs(atlas);
}

namespace {
bool g_dark = false;
bool g_touch = false;
}  // namespace

void useTouchSizes(bool touch) { g_touch = touch; }
bool touchSizes() { return g_touch; }

void useDarkScheme(bool dark) {
  g_dark = dark;
  using namespace colour;
  kText = dark ? IM_COL32(232, 232, 232, 255) : IM_COL32(26, 26, 26, 255);
  kTextDim = dark ? IM_COL32(176, 176, 176, 255) : IM_COL32(84, 84, 84, 255);  // 9.5:1 on the dark paper
  kGrid = dark ? IM_COL32(255, 255, 255, 46) : IM_COL32(0, 0, 0, 40);
  kWarning = dark ? IM_COL32(255, 170, 110, 255) : IM_COL32(160, 70, 0, 255);
  kLink = dark ? IM_COL32(120, 190, 245, 255) : IM_COL32(0, 90, 156, 255);
  kInk = kText;
  kDeficitText = dark ? IM_COL32(110, 180, 240, 255) : kBlue;
  kObserved = kText;
  kPaper = dark ? IM_COL32(24, 26, 29, 255) : IM_COL32(255, 255, 255, 255);
}

bool darkScheme() { return g_dark; }

void applyStyle(float layoutScale) {
  g_scale = layoutScale;
  ImGuiStyle style;
  ImGui::StyleColorsLight(&style);
  style.WindowPadding = ImVec2(14, 12);
  // A finger needs targets of 44 CSS px (WCAG 2.5.5): the body text plus this padding, on touch screens.
  style.FramePadding = g_touch ? ImVec2(12, (44 - kBodyPx) / 2) : ImVec2(8, 5);
  style.CellPadding = ImVec2(6, 4);
  style.ItemSpacing = ImVec2(8, 6);
  style.ItemInnerSpacing = ImVec2(6, 4);
  style.IndentSpacing = 16;
  style.ScrollbarSize = 14;
  style.GrabMinSize = g_touch ? 28 : 16;  // wide enough to catch with a finger
  style.WindowRounding = 0;
  style.ChildRounding = 6;
  style.FrameRounding = 4;
  style.GrabRounding = 4;
  style.PopupRounding = 4;
  style.ScrollbarRounding = 7;
  style.TabRounding = 4;
  style.WindowBorderSize = 0;
  style.ChildBorderSize = 1;
  style.PopupBorderSize = 1;
  style.FrameBorderSize = 1;  // controls need a visible edge (3:1 against the background)
  style.SeparatorTextBorderSize = 2;
  style.SeparatorTextPadding = ImVec2(0, 4);

  ImVec4* c = style.Colors;
  const ImVec4 blue = ImGui::ColorConvertU32ToFloat4(g_dark ? colour::kLink : colour::kBlue);
  const ImVec4 paper = ImGui::ColorConvertU32ToFloat4(colour::kPaper);
  // Surfaces a step away from the paper: darker on light, lighter on dark.
  auto surface = [&](float light, float dark) {
    return g_dark ? ImVec4(dark, dark + 0.01f, dark + 0.03f, 1) : ImVec4(light, light + 0.01f, light + 0.03f, 1);
  };
  c[ImGuiCol_Text] = ImGui::ColorConvertU32ToFloat4(colour::kText);
  c[ImGuiCol_TextDisabled] = ImGui::ColorConvertU32ToFloat4(colour::kTextDim);
  c[ImGuiCol_WindowBg] = paper;
  c[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_PopupBg] = g_dark ? surface(0, 0.14f) : paper;
  c[ImGuiCol_Border] = g_dark ? ImVec4(1, 1, 1, 0.45f) : ImVec4(0, 0, 0, 0.48f);
  c[ImGuiCol_FrameBg] = surface(0.92f, 0.17f);
  c[ImGuiCol_FrameBgHovered] = surface(0.85f, 0.22f);
  c[ImGuiCol_FrameBgActive] = surface(0.78f, 0.27f);
  c[ImGuiCol_CheckMark] = blue;
  c[ImGuiCol_SliderGrab] = blue;
  c[ImGuiCol_SliderGrabActive] = g_dark ? ImVec4(0.65f, 0.82f, 1, 1) : ImVec4(0, 0.35f, 0.56f, 1);
  c[ImGuiCol_Button] = surface(0.90f, 0.19f);
  c[ImGuiCol_ButtonHovered] = surface(0.80f, 0.25f);
  c[ImGuiCol_ButtonActive] = surface(0.70f, 0.30f);
  c[ImGuiCol_Header] = surface(0.93f, 0.16f);
  c[ImGuiCol_HeaderHovered] = surface(0.85f, 0.22f);
  c[ImGuiCol_HeaderActive] = surface(0.78f, 0.27f);
  c[ImGuiCol_Separator] = g_dark ? ImVec4(1, 1, 1, 0.18f) : ImVec4(0, 0, 0, 0.16f);
  c[ImGuiCol_SeparatorHovered] = blue;
  c[ImGuiCol_SeparatorActive] = blue;
  c[ImGuiCol_TableHeaderBg] = surface(0.93f, 0.16f);
  c[ImGuiCol_TableRowBgAlt] = g_dark ? ImVec4(1, 1, 1, 0.03f) : ImVec4(0, 0, 0, 0.025f);
  c[ImGuiCol_TableBorderLight] = g_dark ? ImVec4(1, 1, 1, 0.12f) : c[ImGuiCol_TableBorderLight];
  c[ImGuiCol_TableBorderStrong] = g_dark ? ImVec4(1, 1, 1, 0.25f) : c[ImGuiCol_TableBorderStrong];
  c[ImGuiCol_NavHighlight] = blue;
  c[ImGuiCol_ScrollbarBg] = g_dark ? ImVec4(1, 1, 1, 0.04f) : ImVec4(0, 0, 0, 0.03f);
  c[ImGuiCol_ScrollbarGrab] = g_dark ? ImVec4(1, 1, 1, 0.30f) : ImVec4(0, 0, 0, 0.28f);

  style.ScaleAllSizes(layoutScale);
  ImGui::GetStyle() = style;
}

const Fonts& fonts() { return g_fonts; }

float widthScale(float cssWidth) {
  if (cssWidth >= 1800) return 1.25f;
  if (cssWidth >= 1500) return 1.125f;
  return 1;
}
float scale() { return g_scale; }

}  // namespace usjp::theme
