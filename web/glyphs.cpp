#include "glyphs.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace usjp {
namespace {

enum class Direction { Right, Left, Up, Down };

struct ReservedArrow {
  int rect = -1;
  Direction direction = Direction::Right;
};

std::vector<ReservedArrow> g_reserved;

float distanceToSegment(float px, float py, float ax, float ay, float bx, float by) {
  const float dx = bx - ax, dy = by - ay;
  const float t = std::clamp(((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy), 0.0f, 1.0f);
  const float ex = px - (ax + t * dx), ey = py - (ay + t * dy);
  return std::sqrt(ex * ex + ey * ey);
}

// A rightward arrow in a unit box: a shaft and two head strokes, like the typographic arrow.
bool insideArrow(float x, float y, float stroke) {
  const float half = stroke * 0.5f;
  return distanceToSegment(x, y, 0.08f, 0.5f, 0.92f, 0.5f) <= half ||
         distanceToSegment(x, y, 0.92f, 0.5f, 0.62f, 0.14f) <= half ||
         distanceToSegment(x, y, 0.92f, 0.5f, 0.62f, 0.86f) <= half;
}

// Coverage of one texel, 4x4 samples, in the arrow's own (rightward) frame.
float coverage(float u0, float v0, float du, float dv, Direction d, float stroke) {
  int hits = 0;
  for (int sy = 0; sy < 4; ++sy)
    for (int sx = 0; sx < 4; ++sx) {
      float u = u0 + (sx + 0.5f) * du / 4, v = v0 + (sy + 0.5f) * dv / 4;
      if (d == Direction::Left) u = 1 - u;
      if (d == Direction::Up) std::swap(u, v), u = 1 - u;
      if (d == Direction::Down) std::swap(u, v);
      hits += insideArrow(u, v, stroke);
    }
  return hits / 16.0f;
}

}  // namespace

void reserveArrowGlyphs(ImFontAtlas& atlas, ImFont* font, float sizePx) {
  const int side = std::max(6, static_cast<int>(std::lround(sizePx * 0.62f)));
  // Centred on the height of digits and capitals (Roboto: ascent 0.79, cap height 0.61 of the size).
  const ImVec2 offset(std::round(sizePx * 0.08f), std::round(sizePx * 0.49f - side * 0.5f));
  const float advance = std::round(side + sizePx * 0.16f);
  const struct {
    ImWchar codepoint;
    Direction direction;
  } arrows[] = {
      {0x2192, Direction::Right}, {0x2190, Direction::Left}, {0x2191, Direction::Up}, {0x2193, Direction::Down}};
  for (const auto& a : arrows)
    g_reserved.push_back({atlas.AddCustomRectFontGlyph(font, a.codepoint, side, side, advance, offset), a.direction});
}

void paintArrowGlyphs(ImFontAtlas& atlas) {
  unsigned char* pixels = nullptr;
  int width = 0, height = 0;
  atlas.GetTexDataAsRGBA32(&pixels, &width, &height);
  for (const ReservedArrow& arrow : g_reserved) {
    const ImFontAtlasCustomRect* r = atlas.GetCustomRectByIndex(arrow.rect);
    if (!r || !r->IsPacked()) continue;
    const float stroke = std::max(0.13f, 1.1f / r->Width);  // Roboto's stem, at least one texel
    for (int y = 0; y < r->Height; ++y)
      for (int x = 0; x < r->Width; ++x) {
        const float c = coverage(float(x) / r->Width, float(y) / r->Height, 1.0f / r->Width, 1.0f / r->Height,
                                 arrow.direction, stroke);
        unsigned char* p = pixels + 4 * ((r->Y + y) * width + (r->X + x));
        p[0] = p[1] = p[2] = 255;
        p[3] = static_cast<unsigned char>(std::lround(c * 255));
      }
  }
  g_reserved.clear();
}

}  // namespace usjp
