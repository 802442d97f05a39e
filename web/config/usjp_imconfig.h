// Dear ImGui compile-time options for this project (IMGUI_USER_CONFIG), shared by the browser,
// the desktop app and the benchmark's bare ImGui page so that their sizes compare fairly.
#pragma once

#define IMGUI_DISABLE_OBSOLETE_FUNCTIONS
#define IMGUI_DISABLE_OBSOLETE_KEYIO
#define IMGUI_DISABLE_DEMO_WINDOWS  // the demo is about 300 KB of code the reader never sees
#define IMGUI_DISABLE_DEBUG_TOOLS
#define IMGUI_DISABLE_FILE_FUNCTIONS  // no imgui.ini, fonts come from memory
// The default font (ProggyClean) is left out of the app but kept in the bare page, which adds no
// font: see "ImGui's default font" in web/CMakeLists.txt (ImGui 1.92: IMGUI_DISABLE_DEFAULT_FONT).
