#include "test_hook.h"

#include <cstdio>
#include <map>

#include "imgui.h"

namespace usjp::test_hook {
namespace {

struct Entry {
  ImVec2 min, max;
  bool visible = false;
  bool focused = false;  // keyboard navigation is on it
  int frame = 0;
};

std::map<std::string, Entry> g_entries;
int g_frame = 0;

}  // namespace

void beginFrame() { ++g_frame; }

void recordItem(const char* prefix, const std::string& id) {
  Entry& e = g_entries[prefix + id];
  e.min = ImGui::GetItemRectMin();
  e.max = ImGui::GetItemRectMax();
  // Fully inside the window's visible area, so that a click at its centre lands on it.
  const ImDrawList* list = ImGui::GetWindowDrawList();
  const ImVec2 clipMin = list->GetClipRectMin(), clipMax = list->GetClipRectMax();
  e.visible = ImGui::IsItemVisible() && e.min.x >= clipMin.x && e.min.y >= clipMin.y && e.max.x <= clipMax.x &&
              e.max.y <= clipMax.y;
  e.focused = ImGui::IsItemFocused();
  e.frame = g_frame;
}

std::string rectsJson() {
  std::string out = "{";
  char buf[192];
  for (const auto& [key, e] : g_entries) {
    if (e.frame != g_frame) continue;
    std::snprintf(buf, sizeof buf, "\":{\"x\":%.1f,\"y\":%.1f,\"w\":%.1f,\"h\":%.1f,\"visible\":%s,\"focused\":%s},",
                  e.min.x, e.min.y, e.max.x - e.min.x, e.max.y - e.min.y, e.visible ? "true" : "false",
                  e.focused ? "true" : "false");
    out += "\"" + key + buf;  // keys are ids from data/: letters, digits, '_', ':' and '-'
  }
  if (out.size() > 1) out.pop_back();
  return out + "}";
}

}  // namespace usjp::test_hook
