# The browser build (included from web/CMakeLists.txt when EMSCRIPTEN): size flags, the page
# shell, the JS glue and the two outputs, dist/ (html + js + wasm) and dist/single/ (one html file
# that also runs from file://). scripts/build-web.sh copies them to the repository's dist/.

# Smallest code: -Oz and link-time optimisation on everything that ends up in the wasm.
set(usjp_size_flags -Oz -flto)
foreach(target usjp_core usjp_app usjp_imgui usjp_ui)
  target_compile_options(${target} PRIVATE ${usjp_size_flags})
endforeach()

# Closure minifies the JS glue. It needs a newer compiler than Debian's: web/package.json pins the
# one emcc 3.1.6 was tested with (npm ci in web/, done by scripts/setup.sh).
set(USJP_CLOSURE_COMPILER "${CMAKE_CURRENT_SOURCE_DIR}/node_modules/.bin/google-closure-compiler"
    CACHE FILEPATH "google-closure-compiler for --closure 1 (empty or missing: no closure)")
set(usjp_closure "")  # "SHELL:" keeps each option with its value: CMake de-duplicates options
# emcc finds acorn (Debian's node modules) and the closure compiler through the environment; the
# link launcher sets both so that a plain `cmake --build` works from any shell.
set(usjp_link_env NODE_PATH=/usr/share/nodejs)
if(USJP_CLOSURE_COMPILER AND EXISTS "${USJP_CLOSURE_COMPILER}")
  set(usjp_closure "SHELL:--closure 1")
  list(APPEND usjp_link_env EM_CLOSURE_COMPILER=${USJP_CLOSURE_COMPILER})
  message(STATUS "usjp: closure compiler ${USJP_CLOSURE_COMPILER}")
else()
  message(STATUS "usjp: no closure compiler (npm ci in web/), the JS glue will not be minified by closure")
endif()
set(usjp_link_launcher ${CMAKE_COMMAND} -E env ${usjp_link_env})

set(usjp_js "${CMAKE_CURRENT_SOURCE_DIR}/js")
# Shared with the benchmark's bare ImGui page, so that the comparison is like for like.
set(usjp_common_link_flags
  -Oz -flto -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2 -sALLOW_MEMORY_GROWTH=1 -sFILESYSTEM=0
  -sDYNAMIC_EXECUTION=0 -sENVIRONMENT=web -sMALLOC=emmalloc -sMINIFY_HTML=0 ${usjp_closure})
set(usjp_link_flags ${usjp_common_link_flags} -sTEXTDECODER=2 -sSUPPORT_LONGJMP=0
  "SHELL:--js-library ${usjp_js}/library.js"
  "SHELL:--pre-js ${usjp_js}/pre.js"
  "SHELL:--post-js ${usjp_js}/post.js")
# Function names kept in the wasm (the wasm-profile preset), so that a profile names them.
option(USJP_WASM_PROFILE "Keep function names in the wasm for profiling (bigger download)" OFF)
if(USJP_WASM_PROFILE)
  list(APPEND usjp_link_flags --profiling-funcs)
endif()
set(usjp_link_depends ${usjp_js}/library.js ${usjp_js}/pre.js ${usjp_js}/post.js ${usjp_js}/progress.js)

set(USJP_WEB_OUT "${CMAKE_BINARY_DIR}/dist" CACHE PATH "Where the browser build writes index.html, index.js and index.wasm")

# The page: shell.html with web/page.css and, for browsers that cannot run the calculator, the 2024
# baseline and the sources generated from data/ (make_page.py). dist/single/ inlines the CSS and
# the script, so its Content-Security-Policy (added after the link) allows them by hash.
find_package(Python3 COMPONENTS Interpreter REQUIRED)
set(usjp_make_page "${CMAKE_CURRENT_SOURCE_DIR}/cmake/make_page.py")
set(usjp_css "${CMAKE_CURRENT_SOURCE_DIR}/page.css")
set(usjp_shell "${CMAKE_CURRENT_BINARY_DIR}/shell_split.html")
set(usjp_shell_single "${CMAKE_CURRENT_BINARY_DIR}/shell_single.html")
find_program(USJP_NODE_FOR_BUILD NAMES node nodejs REQUIRED)
# The Japanese edition: ja.json and its font in one script, loaded only when a reader chooses
# Japanese (web/js/pre.js). The single-file page has it inline (it may not load a script beside it).
# With the static graphic of the opening scenario in Japanese (usjp-tariff --graphic --lang ja), which
# the page shows in place of the English one while the program loads.
set(usjp_graphic_ja "${CMAKE_CURRENT_BINARY_DIR}/graphic-ja.json")
add_custom_command(
  OUTPUT ${usjp_graphic_ja}
  COMMAND ${USJP_NODE_FOR_BUILD} $<TARGET_FILE:usjp-tariff-node> --data ${USJP_EMBED_DATA_DIR} --preset today --graphic
          --lang ja > ${usjp_graphic_ja}
  DEPENDS usjp-tariff-node ${usjp_data_files} ${usjp_ja_words} ${usjp_en_words}
  COMMENT "The static graphic in Japanese" VERBATIM)
add_custom_command(
  OUTPUT ${USJP_WEB_OUT}/lang-ja.js
  COMMAND ${usjp_font_python} ${usjp_fonts_words_py} pack --ja ${usjp_ja_words} --font ${usjp_ja_font}
          --graphic ${usjp_graphic_ja} --out ${USJP_WEB_OUT}/lang-ja.js
  DEPENDS ${usjp_ja_words} ${usjp_ja_font} ${usjp_fonts_words_py} ${usjp_fonts_words_helper} ${usjp_graphic_ja}
  COMMENT "lang-ja.js: the Japanese words and font" VERBATIM)
add_custom_command(
  OUTPUT ${usjp_shell} ${usjp_shell_single}
  COMMAND ${Python3_EXECUTABLE} ${usjp_make_page} page --shell ${PROJECT_SOURCE_DIR}/shell.html --css ${usjp_css}
          --data ${PROJECT_SOURCE_DIR}/data --split ${usjp_shell} --single ${usjp_shell_single}
          --node ${USJP_NODE_FOR_BUILD} --cli-js $<TARGET_FILE:usjp-tariff-node> --graphic-data ${USJP_EMBED_DATA_DIR}
          --single-pack ${USJP_WEB_OUT}/lang-ja.js
  DEPENDS ${PROJECT_SOURCE_DIR}/shell.html ${usjp_css} ${usjp_make_page} ${usjp_fonts_words_helper} ${usjp_data_files} usjp-tariff-node
          ${USJP_WEB_OUT}/lang-ja.js ${usjp_en_words} ${usjp_ja_words}
  COMMENT "Page shells: the static graphic of the opening scenario, the 2024 baseline and the sources" VERBATIM)
add_custom_command(
  OUTPUT ${USJP_WEB_OUT}/page.css
  COMMAND ${CMAKE_COMMAND} -E copy_if_different ${usjp_css} ${USJP_WEB_OUT}/page.css
  DEPENDS ${usjp_css} VERBATIM)
# The embed script (docs/embedding.md) and the methodology pages the credit line links to.
add_custom_command(
  OUTPUT ${USJP_WEB_OUT}/embed.js
  COMMAND ${CMAKE_COMMAND} -E copy_if_different ${CMAKE_CURRENT_SOURCE_DIR}/embed.js ${USJP_WEB_OUT}/embed.js
  DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/embed.js VERBATIM)
# python3-markdown is Debian's (without it, each page shows its Markdown text).
usjp_python_with(markdown usjp_docs_python)
if(NOT usjp_docs_python)
  set(usjp_docs_python ${Python3_EXECUTABLE})
endif()
set(usjp_doc_pages ${USJP_WEB_OUT}/methodology.html ${USJP_WEB_OUT}/data.html ${USJP_WEB_OUT}/validation.html)
add_custom_command(
  OUTPUT ${usjp_doc_pages}
  COMMAND ${usjp_docs_python} ${usjp_make_page} docs --docs ${PROJECT_SOURCE_DIR}/docs --data ${PROJECT_SOURCE_DIR}/data
          --out ${USJP_WEB_OUT}
  DEPENDS ${PROJECT_SOURCE_DIR}/docs/methodology.md ${PROJECT_SOURCE_DIR}/docs/data.md
          ${PROJECT_SOURCE_DIR}/docs/validation.md ${PROJECT_SOURCE_DIR}/data/sources.json ${usjp_make_page} ${usjp_fonts_words_helper}
  COMMENT "Methodology pages from docs/" VERBATIM)
add_custom_target(usjp_page DEPENDS ${usjp_shell} ${usjp_shell_single} ${USJP_WEB_OUT}/page.css
                                    ${USJP_WEB_OUT}/embed.js ${usjp_doc_pages} ${USJP_WEB_OUT}/lang-ja.js)


# One browser page: main_emscripten.cpp and its parts, the UI, the flags above and a shell.
# EMSCRIPTEN_KEEPALIVE exports window.usjp's functions (browser_hook.cpp); no list repeats them.
function(usjp_browser_page target out_dir shell)
  add_executable(${target} main_emscripten.cpp browser_input.cpp browser_hook.cpp webgl_renderer.cpp export_frame.cpp)
  target_link_libraries(${target} PRIVATE usjp_ui usjp_imgui)
  target_compile_options(${target} PRIVATE ${usjp_size_flags})
  target_link_options(${target} PRIVATE ${usjp_link_flags} "SHELL:--shell-file ${shell}" ${ARGN})
  set_target_properties(${target} PROPERTIES CXX_LINKER_LAUNCHER "${usjp_link_launcher}" OUTPUT_NAME index SUFFIX ".html"
                                             RUNTIME_OUTPUT_DIRECTORY ${out_dir} LINK_DEPENDS "${usjp_link_depends};${shell}")
  add_dependencies(${target} usjp_page)
  usjp_warnings(${target})
endfunction()

usjp_browser_page(usjp_web ${USJP_WEB_OUT} ${usjp_shell} "SHELL:--pre-js ${usjp_js}/progress.js")
# Beside index.wasm: index.wasm.js, the same wasm as a script for pages with an opaque origin (a
# sandboxed iframe, file://), which may load scripts but not fetch them (web/js/progress.js).
add_custom_command(TARGET usjp_web POST_BUILD
  COMMAND ${Python3_EXECUTABLE} ${usjp_make_page} wasm-script ${USJP_WEB_OUT}/index.wasm ${USJP_WEB_OUT}/index.wasm.js
  VERBATIM)

usjp_browser_page(usjp_web_single ${USJP_WEB_OUT}/single ${usjp_shell_single} -sSINGLE_FILE=1)
# Its script and style are inline, so its policy allows exactly those, by hash.
add_custom_command(TARGET usjp_web_single POST_BUILD
  COMMAND ${Python3_EXECUTABLE} ${usjp_make_page} csp-single ${USJP_WEB_OUT}/single/index.html VERBATIM)

# cmake --install on this build: the site (index.*, page.css, single/) to share/usjp-tariff/site.
install(DIRECTORY ${USJP_WEB_OUT}/ DESTINATION ${CMAKE_INSTALL_DATADIR}/usjp-tariff/site COMPONENT site)

# The benchmark's yardstick: a bare ImGui window (one slider, one checkbox) with the same flags and
# the usual Emscripten GLFW main loop. Not part of dist/.
set(bare_dir "${CMAKE_BINARY_DIR}/bench/bare")
file(WRITE ${CMAKE_CURRENT_BINARY_DIR}/bare_pre.js.new
  "Module['canvas'] = document.getElementById('canvas');\nwindow['bareModule'] = Module;  // for tests/e2e/bench.mjs\n")
configure_file(${CMAKE_CURRENT_BINARY_DIR}/bare_pre.js.new ${CMAKE_CURRENT_BINARY_DIR}/bare_pre.js COPYONLY)
file(WRITE ${CMAKE_CURRENT_BINARY_DIR}/bare_shell.html.new
  "<!doctype html><html><head><meta charset=\"utf-8\"><title>bare ImGui</title>"
  "<style>html,body{margin:0;height:100%;overflow:hidden}canvas{display:block;width:100%;height:100%}</style>"
  "</head><body><canvas id=\"canvas\"></canvas>{{{ SCRIPT }}}</body></html>\n")
configure_file(${CMAKE_CURRENT_BINARY_DIR}/bare_shell.html.new ${CMAKE_CURRENT_BINARY_DIR}/bare_shell.html COPYONLY)
# ImGui as shipped, its default font included: the bare page adds no font of its own.
usjp_imgui_library(usjp_imgui_bare ${imgui_SOURCE_DIR}/imgui_draw.cpp)
target_compile_options(usjp_imgui_bare PRIVATE ${usjp_size_flags})
add_executable(usjp_bare_imgui ${PROJECT_SOURCE_DIR}/tests/bench/bare_imgui.cpp
                               ${imgui_SOURCE_DIR}/backends/imgui_impl_glfw.cpp
                               ${imgui_SOURCE_DIR}/backends/imgui_impl_opengl3.cpp)
target_link_libraries(usjp_bare_imgui PRIVATE usjp_imgui_bare)
target_compile_options(usjp_bare_imgui PRIVATE ${usjp_size_flags})
target_link_options(usjp_bare_imgui PRIVATE -sUSE_GLFW=3 ${usjp_common_link_flags}
  "SHELL:--pre-js ${CMAKE_CURRENT_BINARY_DIR}/bare_pre.js" "SHELL:--shell-file ${CMAKE_CURRENT_BINARY_DIR}/bare_shell.html")
set_target_properties(usjp_bare_imgui PROPERTIES CXX_LINKER_LAUNCHER "${usjp_link_launcher}" OUTPUT_NAME index SUFFIX ".html"
  RUNTIME_OUTPUT_DIRECTORY ${bare_dir}
  LINK_DEPENDS "${CMAKE_CURRENT_BINARY_DIR}/bare_pre.js;${CMAKE_CURRENT_BINARY_DIR}/bare_shell.html")
