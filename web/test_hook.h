// Where widgets are, for end-to-end tests that click real coordinates: the UI records the rectangle
// of each widget a test needs (by a stable key such as "layer:s232_autos"), the browser hook
// (window.usjp.widgetRect) reads them back. Recording costs a map update per widget per frame.
#pragma once
#include <string>

namespace usjp::test_hook {

// Records the item just drawn (ImGui::GetItemRectMin/Max, in ImGui units) under prefix + id.
void recordItem(const char* prefix, const std::string& id);
// {"key":{"x":..,"y":..,"w":..,"h":..,"visible":true|false,"focused":..},...} for every recorded widget; a
// widget not drawn in the last frame (a closed popup, a folded section) is absent.
std::string rectsJson();
// Call at the start of each frame: forgets widgets that were not drawn since.
void beginFrame();

}  // namespace usjp::test_hook
