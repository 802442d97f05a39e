// Small drawing helpers shared by the panels: dim and wrapped text, tooltips, a figure's
// provenance, section titles. Text only: figures come formatted by core/format.h.
#pragma once
#include <string>

#include "app.h"
#include "format.h"
#include "imgui.h"

namespace usjp {

void textDim(const std::string& text);  // secondary text, wrapped to the column
void textWrapped(const std::string& text);
void textColoured(ImU32 colour, const std::string& text);
void sectionTitle(const char* title);  // heading font, with space above
// Tooltip for the item just drawn, wrapped at a readable width, at most three lines; shown after a
// short hover delay, on keyboard focus or a tap (touch has no hover).
void itemTooltip(const std::string& text);
// A tooltip now, for charts that choose their text by where the pointer is. A text cut at three
// lines says where the rest is unless `sayWhereTheRestIs` is false (charts write theirs to fit).
void showTooltip(const std::string& text, bool sayWhereTheRestIs = true);
// "Source: title (publisher, date); as of ...; estimate: method" for one figure.
std::string provenance(const App& app, const tariff::Sourced& figure);
// How a figure was made (the data's `method`), in the reader's language.
const std::string& methodText(const tariff::Sourced& figure);
// Data figures are stored in millions of dollars or billions of yen; shown via core's formatting.
std::string usdFromMillions(double usdM);
std::string yenFromBillions(double jpyBn);
using tariff::formatted;  // one number through a printf format (core/format.h)
// Charts: diagonal lines over a bar, so that hatched and solid bars differ without colour; a
// legend entry (a swatch, hatched or not, and its text), followed by SameLine.
void hatch(ImDrawList* draw, ImVec2 min, ImVec2 max, ImU32 colour);
void legendItem(ImU32 colour, bool hatched, const char* text);
// Text that acts like a link: underlined in the link colour, a hand cursor, Enter/Space when focused.
bool linkButton(const char* label);
// Before text that links follow on the same line: its baseline matches theirs on touch screens,
// where a link's target is taller than its text.
void alignWithLinks();
// A button for an action (copy, download, open): outlined in the link colour, rounded ends.
bool actionButton(const char* label);
// One choice of a segmented control (buttons side by side, SameLine(0, 0) between them): the
// chosen one filled in the link colour. Returns true when an unchosen one is pressed.
bool segmentButton(const char* label, bool selected);
// A slider with a tick every `tickEvery` under its track and a triangle at `reference` (the law's
// value), so a reader sees how far a setting is from the law. Left/right arrows step a tenth of a tick.
// It draws no value: the caller shows it beside the slider, where the handle cannot cover it.
// Ctrl+click types a value, which may lie outside lo..hi: the caller clamps to its own bounds.
bool tickedSlider(const char* id, double& value, double lo, double hi, double tickEvery, double reference,
                  const char* format);
// An on/off switch (a pill with a knob, coloured when on) with its label wrapped beside it; the
// whole row is the target, at least 44 CSS px tall on touch screens. Returns true when flipped.
bool toggleSwitch(const char* id, const std::string& label, bool* on, ImU32 onColour);
// Under a switch: its details start here (the track's width on a desktop, less on a phone).
float switchIndent();
// "more" under a layer or an offer: a link that opens the whole text a tooltip cuts short, with its
// source and a link that opens the sources panel at that source. `key` names it for the test hook.
void moreText(App& app, const std::string& key, const std::string& text, const std::string& sourceId);
// After an item: the next one on the same line if `width` fits there, else on a new line.
void sameLineIfFits(float width, float spacing);
// Left and right arrows on the slider just drawn while it has the keyboard focus: one `step`
// down or up, clamped (ImGui would move the focus instead until Enter activates the slider; up
// and down still move the focus). Returns true when the value changed.
bool sliderArrowKeys(double& value, double lo, double hi, double step);
// A right-aligned cell or line end: moves the cursor so `text` ends at the content edge.
void alignRight(const std::string& text);

}  // namespace usjp
