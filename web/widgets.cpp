#include "widgets.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <utility>
#include <vector>

#include "format.h"
#include "imgui_internal.h"  // NavMoveRequestCancel
#include "test_hook.h"
#include "text_wrap.h"
#include "theme.h"
#include "words.h"

namespace usjp {

void textDim(const std::string& text) {
  ImGui::PushStyleColor(ImGuiCol_Text, theme::colour::kTextDim);
  textWrapped(text);
  ImGui::PopStyleColor();
}

// Lines where text_wrap.h says they may break (spaces in English, between kanji and kana in
// Japanese, never inside "$17.6B" or "10.4兆円"), drawn as one group with a small gap, so a paragraph
// reads as one block and the usual item spacing comes after it. At most `maxLines` lines: a longer
// text ends with an ellipsis there. Returns true when cut.
static bool wrapAtSpaces(const char* text, const char* end, float width, size_t maxLines = SIZE_MAX) {
  static LineSpans lines;  // reused: no allocation per frame
  wrapLines(
      std::string_view(text, static_cast<size_t>(end - text)), width,
      [text](size_t from, size_t to) { return ImGui::CalcTextSize(text + from, text + to).x; }, lines);
  const bool cut = lines.size() > maxLines;
  if (cut) lines.resize(maxLines);
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ImGui::GetStyle().ItemSpacing.x, theme::px(2)));
  ImGui::BeginGroup();
  for (const auto& [from, to] : lines) ImGui::TextUnformatted(text + from, text + to);
  if (cut) {
    ImGui::SameLine(0, 0);
    ImGui::TextUnformatted("\u2026");
  }
  ImGui::PopStyleVar();
  ImGui::EndGroup();
  return cut;
}

void textWrapped(const std::string& text) {
  const float width = std::max(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 4);
  wrapAtSpaces(text.c_str(), text.c_str() + text.size(), width);
}

void textColoured(ImU32 colour, const std::string& text) {
  ImGui::PushStyleColor(ImGuiCol_Text, colour);
  textWrapped(text);
  ImGui::PopStyleColor();
}

void sectionTitle(const char* title) {
  ImGui::Dummy(ImVec2(0, theme::px(6)));
  ImGui::PushFont(theme::fonts().heading);
  ImGui::TextUnformatted(title);
  ImGui::PopFont();
  ImGui::Separator();
}

void itemTooltip(const std::string& text) {
  const bool hovered = ImGui::IsItemHovered(ImGuiHoveredFlags_ForTooltip | ImGuiHoveredFlags_AllowWhenDisabled);
  const bool focused = ImGui::IsItemFocused() && ImGui::GetIO().NavVisible;  // keyboard users get them too
  if (!hovered && !focused) return;
  showTooltip(text);
}

// Three lines at most (a reader glances at a tooltip); the whole text is on the page or behind a
// "more" link, and a cut one says where.
// The longest run of whole sentences of `text` that fits in `maxLines` lines of `width`, or the
// empty string when not even the first does (then the text is cut with an ellipsis instead).
static std::string wholeSentences(const std::string& text, float width, size_t maxLines) {
  static LineSpans lines;
  const auto fits = [&](size_t end) {
    wrapLines(
        std::string_view(text.data(), end), width,
        [&](size_t from, size_t to) { return ImGui::CalcTextSize(text.data() + from, text.data() + to).x; }, lines);
    return lines.size() <= maxLines;
  };
  if (fits(text.size())) return text;
  static const std::string kFullStop = "\u3002";  // 。: a Japanese sentence ends without a space after it
  for (size_t end = text.size(); end-- > 1;) {
    const char c = text[end - 1], next = text[end];
    const bool sentenceEnd =
        ((c == '.' || c == ':' || c == ';' || c == '?') && (next == ' ' || next == '\n')) ||
        (end >= kFullStop.size() && text.compare(end - kFullStop.size(), kFullStop.size(), kFullStop) == 0);
    if ((sentenceEnd || next == '\n') && fits(end)) return text.substr(0, end);
  }
  return {};
}

void showTooltip(const std::string& text, bool sayWhereTheRestIs) {
  ImGui::BeginTooltip();
  const float width = theme::px(380);
  const std::string whole = wholeSentences(text, width, 3);
  const std::string& shown = whole.empty() ? text : whole;
  const bool cut = wrapAtSpaces(shown.c_str(), shown.c_str() + shown.size(), width, 3) || shown.size() < text.size();
  test_hook::recordItem("", "tooltip-text");
  if (cut && sayWhereTheRestIs) {
    ImGui::PushFont(theme::fonts().small);
    ImGui::PushStyleColor(ImGuiCol_Text, theme::colour::kTextDim);
    ImGui::TextUnformatted(tr("tooltip.rest"));
    test_hook::recordItem("", "tooltip-cut");
    ImGui::PopStyleColor();
    ImGui::PopFont();
  }
  ImGui::EndTooltip();
}

// "Source: title (publisher, date)" in the reader's language: the publisher's name, and the title
// where the source has one (Japan's own sources, and this project's).
static std::string sourceLine(const tariff::Source& s) {
  const std::string& title = nameOf("source", s.id, s.title);
  const std::string& publisher = nameOf("publisher", s.publisher, s.publisher);
  return s.date.empty()
             ? trf("provenance.source", {{"title", title}, {"publisher", publisher}})
             : trf("provenance.source_dated", {{"title", title}, {"publisher", publisher}, {"date", dataDateText(s.date)}});
}

const std::string& methodText(const tariff::Sourced& figure) { return nameOf("method", figure.method, figure.method); }

std::string provenance(const App& app, const tariff::Sourced& figure) {
  const tariff::Source* s = app.data().source(figure.source);
  std::string out = s ? sourceLine(*s) : trf("provenance.source_id", {{"id", figure.source}});
  if (!figure.asOf.empty()) out += "\n" + trf("provenance.as_of", {{"date", dataDateText(figure.asOf)}});
  if (figure.estimate)
    out += "\n" + (figure.method.empty() ? std::string(tr("provenance.estimate"))
                                         : trf("provenance.estimate_method", {{"method", methodText(figure)}}));
  else if (!figure.method.empty())
    out += "\n" + trf("provenance.method", {{"method", methodText(figure)}});
  return out;
}

// Unit scaling only, so that a stored "40800 (usd_m)" reads "$40.8B" (in Japanese yen first, the
// dollars beside; billions of yen as 兆円/億円): no model arithmetic.
std::string usdFromMillions(double usdM) { return money(usdM * 1e6); }
std::string yenFromBillions(double jpyBn) {
  return japanese() ? tariff::formatYenJa(jpyBn * 1e9) : tariff::formatYenBillions(jpyBn);
}

void hatch(ImDrawList* draw, ImVec2 min, ImVec2 max, ImU32 colour) {
  const float step = theme::px(5), height = max.y - min.y;
  draw->PushClipRect(min, max, true);
  for (float x = min.x - height; x < max.x; x += step)
    draw->AddLine(ImVec2(x, max.y), ImVec2(x + height, min.y), colour, theme::px(1.2f));
  draw->PopClipRect();
}

bool sliderArrowKeys(double& value, double lo, double hi, double step) {
  if (!ImGui::IsItemFocused() || ImGui::IsItemActive() || !ImGui::GetIO().NavVisible) return false;
  const int direction = ImGui::IsKeyPressed(ImGuiKey_RightArrow) ? 1 : ImGui::IsKeyPressed(ImGuiKey_LeftArrow) ? -1 : 0;
  if (direction == 0) return false;
  ImGui::NavMoveRequestCancel();  // the arrow is the slider's, not a move to the next control
  const double next = std::clamp(value + direction * step, lo, hi);
  if (next == value) return false;
  value = next;
  return true;
}

void sameLineIfFits(float width, float spacing) {
  ImGui::SameLine(0, spacing);
  if (ImGui::GetContentRegionAvail().x < width) ImGui::NewLine();
}

void legendItem(ImU32 colour, bool hatched, const char* text) {
  const float side = ImGui::GetTextLineHeight() * 0.8f;
  // A legend continues the line (SameLine after each item) while it fits, then wraps.
  const float width = side + theme::px(4) + ImGui::CalcTextSize(text).x;
  if (ImGui::GetCursorPosX() > ImGui::GetStyle().WindowPadding.x + 1 && ImGui::GetContentRegionAvail().x < width)
    ImGui::NewLine();
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const float y = p.y + (ImGui::GetTextLineHeight() - side) * 0.5f;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(ImVec2(p.x, y), ImVec2(p.x + side, y + side), colour, theme::px(2));
  if (hatched) hatch(draw, ImVec2(p.x, y), ImVec2(p.x + side, y + side), IM_COL32(255, 255, 255, 200));
  ImGui::Dummy(ImVec2(side, side));
  ImGui::SameLine(0, theme::px(4));
  ImGui::TextUnformatted(text);
  ImGui::SameLine(0, theme::px(14));
}

void alignRight(const std::string& text) {
  const float width = ImGui::CalcTextSize(text.c_str()).x;
  const float avail = ImGui::GetContentRegionAvail().x;
  if (avail > width) ImGui::SetCursorPosX(ImGui::GetCursorPosX() + avail - width);
}

// Above and below a link's text on a touch screen, so that its target is 44 CSS px tall (WCAG 2.5.5).
static float linkPadding() {
  return theme::touchSizes() ? std::max(0.0f, (theme::px(44) - ImGui::GetFontSize()) * 0.5f) : 0;
}

void alignWithLinks() {
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(0, linkPadding()));
  ImGui::AlignTextToFramePadding();
  ImGui::PopStyleVar();
}

bool linkButton(const char* label) {
  const float padY = linkPadding();
  ImGui::PushStyleColor(ImGuiCol_Text, theme::colour::kLink);
  ImGui::PushStyleColor(ImGuiCol_Button, 0);
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, 0);
  ImGui::PushStyleColor(ImGuiCol_ButtonActive, 0);
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(0, padY));
  ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 0);  // a link, not a boxed button
  const bool pressed = ImGui::Button(label);
  ImGui::PopStyleVar(2);
  ImGui::PopStyleColor(4);
  const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
  const float underline = max.y - padY;
  ImGui::GetWindowDrawList()->AddLine(ImVec2(min.x, underline), ImVec2(max.x, underline), theme::colour::kLink);
  if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  return pressed;
}

bool actionButton(const char* label) {
  using namespace theme::colour;
  ImGui::PushStyleColor(ImGuiCol_Text, kLink);
  ImGui::PushStyleColor(ImGuiCol_Border, kLink);
  ImGui::PushStyleColor(ImGuiCol_Button, withAlpha(kLink, 18));
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, withAlpha(kLink, 48));
  ImGui::PushStyleColor(ImGuiCol_ButtonActive, withAlpha(kLink, 80));
  ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, ImGui::GetFrameHeight() * 0.5f);
  const bool pressed = ImGui::Button(label);
  ImGui::PopStyleVar();
  ImGui::PopStyleColor(5);
  if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  return pressed;
}

bool segmentButton(const char* label, bool selected) {
  using namespace theme::colour;
  ImGui::PushStyleColor(ImGuiCol_Text, selected ? kPaper : kLink);
  ImGui::PushStyleColor(ImGuiCol_Border, kLink);
  ImGui::PushStyleColor(ImGuiCol_Button, selected ? kLink : withAlpha(kLink, 0));
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, selected ? kLink : withAlpha(kLink, 40));
  ImGui::PushStyleColor(ImGuiCol_ButtonActive, selected ? kLink : withAlpha(kLink, 80));
  const bool pressed = ImGui::Button(label);
  ImGui::PopStyleColor(5);
  if (ImGui::IsItemHovered() && !selected) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  return pressed && !selected;
}

bool tickedSlider(const char* id, double& value, double lo, double hi, double tickEvery, double reference,
                  const char* format) {
  // The value is the caller's to show beside the slider: the handle would cover it inside. The
  // format stays (drawn transparent) because ImGui rounds the value to it.
  ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(0, 0, 0, 0));
  bool changed = ImGui::SliderScalar(id, ImGuiDataType_Double, &value, &lo, &hi, format);
  ImGui::PopStyleColor();
  changed = sliderArrowKeys(value, lo, hi, tickEvery / 10) || changed;
  // Where ImGui puts the grab's centre for a value (imgui_widgets.cpp SliderBehaviorT: a 2 px
  // padding, then the grab's width inside the frame).
  const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
  const float grab = ImGui::GetStyle().GrabMinSize, padding = 2;
  auto xOf = [&](double v) {
    const double t = std::clamp((v - lo) / (hi - lo), 0.0, 1.0);
    return min.x + padding + grab * 0.5f + static_cast<float>(t) * (max.x - min.x - 2 * padding - grab);
  };
  // Inside the track along its bottom edge, so the slider keeps its height and its line.
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float y = max.y - theme::px(1);
  for (double v = lo; v <= hi + 1e-9; v += tickEvery)
    draw->AddLine(ImVec2(xOf(v), y), ImVec2(xOf(v), y - theme::px(4)), theme::colour::kTextDim, theme::px(1));
  if (reference >= lo && reference <= hi) {  // a small triangle pointing up at the law's value
    const float x = xOf(reference), r = theme::px(4);
    draw->AddTriangleFilled(ImVec2(x, y - 1.5f * r), ImVec2(x - r, y), ImVec2(x + r, y), theme::colour::kLayer);
  }
  return changed;
}

// "more" under a layer or an offer: the whole text the tooltip cuts short, and its source, which
// opens the sources panel at that source.
void moreText(App& app, const std::string& key, const std::string& text, const std::string& sourceId) {
  ImGui::PushFont(theme::fonts().small);
  ImGuiStorage* state = ImGui::GetStateStorage();
  const ImGuiID id = ImGui::GetID("more");
  bool open = state->GetBool(id, false);
  if (linkButton((std::string(tr(open ? "more.less" : "more.more")) + "###more").c_str()))
    state->SetBool(id, open = !open);
  test_hook::recordItem("more:", key);
  if (open) {
    textDim(text);
    if (const tariff::Source* s = app.data().source(sourceId)) {
      textDim(sourceLine(*s));
      if (linkButton((std::string(tr("more.in_sources")) + "###in-sources").c_str())) app.requestSources(sourceId);
      test_hook::recordItem("more-source:", key);
    }
  }
  ImGui::PopFont();
}

float switchIndent() {
  const float width = std::min(ImGui::GetFrameHeight(), theme::px(28)) * 1.8f + theme::px(8);  // track, gap
  return std::min(width, theme::px(40));
}

bool toggleSwitch(const char* id, const std::string& label, bool* on, ImU32 onColour) {
  // The track stays small on touch screens; the whole row (44 CSS px there) is the target.
  const float height = std::min(ImGui::GetFrameHeight(), theme::px(28)), width = height * 1.8f, gap = theme::px(8);
  const float textWidth = std::max(theme::px(40), ImGui::GetContentRegionAvail().x - width - gap);
  // Wrapped where text_wrap.h allows (ImGui's own wrapping would split "50%" in Japanese).
  static LineSpans lines;
  const char* text = label.c_str();
  wrapLines(label, textWidth, [text](size_t from, size_t to) { return ImGui::CalcTextSize(text + from, text + to).x; },
            lines);
  ImVec2 textSize(0, ImGui::GetTextLineHeight() * static_cast<float>(std::max<size_t>(1, lines.size())));
  for (const auto& [from, to] : lines) textSize.x = std::max(textSize.x, ImGui::CalcTextSize(text + from, text + to).x);
  const bool touch = theme::touchSizes() || ImGui::GetIO().MouseSource == ImGuiMouseSource_TouchScreen;
  const float rowHeight = std::max({height, textSize.y, touch ? theme::px(44) : 0.0f});
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  ImGui::PushID(id);
  const bool pressed = ImGui::InvisibleButton("##switch", ImVec2(width + gap + textWidth, rowHeight));
  ImGui::PopID();
  if (pressed) *on = !*on;
  const bool hovered = ImGui::IsItemHovered();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float top = pos.y + (rowHeight - height) * 0.5f, radius = height * 0.5f;
  const ImU32 track = *on ? onColour : (hovered ? IM_COL32(150, 150, 150, 255) : IM_COL32(170, 170, 170, 255));
  draw->AddRectFilled(ImVec2(pos.x, top), ImVec2(pos.x + width, top + height), track, radius);
  const float knobX = *on ? pos.x + width - radius : pos.x + radius;
  draw->AddCircleFilled(ImVec2(knobX, top + radius), radius - theme::px(3), IM_COL32_WHITE);
  if (ImGui::IsItemFocused() && ImGui::GetIO().NavVisible)
    draw->AddRect(ImVec2(pos.x - theme::px(3), pos.y - theme::px(2)),
                  ImVec2(pos.x + width + gap + textSize.x + theme::px(3), pos.y + rowHeight + theme::px(2)),
                  theme::colour::kLink, theme::px(4), 0, theme::px(2));
  float y = pos.y + (rowHeight - textSize.y) * 0.5f;
  for (const auto& [from, to] : lines) {
    draw->AddText(ImVec2(pos.x + width + gap, y), theme::colour::kText, text + from, text + to);
    y += ImGui::GetTextLineHeight();
  }
  return pressed;
}

}  // namespace usjp
