// Roboto has no arrows, and "before → after" should read as text, so → ← ↑ ↓ are drawn into the
// font atlas as custom glyphs: reserved before the atlas is built, painted after.
#pragma once
#include "imgui.h"

namespace usjp {

void reserveArrowGlyphs(ImFontAtlas& atlas, ImFont* font, float sizePx);
// Call after atlas.Build(): paints every reserved arrow into the atlas's RGBA32 pixels.
void paintArrowGlyphs(ImFontAtlas& atlas);

}  // namespace usjp
