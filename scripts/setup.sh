#!/usr/bin/env bash
# Installs everything the build and the tests need on Debian 12 (bookworm). Safe to run again:
# it only installs what is missing. Sources: Debian's archive (binary packages, plus the Dear
# ImGui 1.90.1 *source* package from trixie) and the npm registry. Nothing else is downloaded.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
deps="$root/.deps"
IMGUI_VERSION=1.90.1
IMGUI_DEB_VERSION=1.90.1+ds-1

packages=(
  cmake ninja-build g++ clang libclang-rt-14-dev      # compilers; clang for the fuzz targets
  libgtest-dev libgmock-dev libbenchmark-dev nlohmann-json3-dev
  emscripten                                         # emcc 3.1.6, prebuilt system libraries
  libglfw3-dev libgl-dev libgl1-mesa-dri             # desktop build
  xvfb xauth imagemagick                             # desktop test and screenshots
  chromium                                           # browser tests (never a downloaded browser)
  fonts-roboto-unhinted python3-fonttools            # the embedded UI font, subset at build time
  fonts-noto-cjk                                     # the Japanese edition's font, subset at build time
  python3-markdown libstb-dev                        # the methodology pages in dist/; PNG export
  dpkg-dev xz-utils ca-certificates curl gzip python3
)

say() { printf '[setup] %s\n' "$*"; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
command -v node >/dev/null && command -v npm >/dev/null || missing+=(nodejs npm)
if [ ${#missing[@]} -gt 0 ]; then
  say "installing from Debian: ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  say "Debian packages: all present"
fi

# Dear ImGui 1.90.1 from Debian's source package (bookworm ships 1.86). A private apt state
# directory keeps the system's sources.list untouched.
if [ ! -f "$deps/imgui-$IMGUI_VERSION/imgui.h" ]; then
  say "fetching Dear ImGui $IMGUI_DEB_VERSION (Debian source package)"
  apt_dir="$deps/apt"
  mkdir -p "$apt_dir/lists/partial" "$apt_dir/cache/archives/partial"
  cat >"$apt_dir/sources.list" <<SRC
deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian trixie main
SRC
  apt_opts=(-o "Dir::Etc::SourceList=$apt_dir/sources.list" -o "Dir::Etc::SourceParts=/dev/null"
            -o "Dir::State::Lists=$apt_dir/lists" -o "Dir::Cache=$apt_dir/cache" -o "APT::Sandbox::User=root" -qq)
  apt-get "${apt_opts[@]}" update
  (cd "$deps" && apt-get "${apt_opts[@]}" source --download-only "imgui=$IMGUI_DEB_VERSION" >/dev/null)
  tar -C "$deps" -xf "$deps/imgui_${IMGUI_VERSION}+ds.orig.tar.xz"
  test -f "$deps/imgui-$IMGUI_VERSION/imgui.h"
else
  say "Dear ImGui $IMGUI_VERSION: present in .deps/"
fi

# npm packages for the build (closure compiler) and the browser tests (playwright-core), pinned by lockfiles.
for dir in web tests/e2e; do
  if [ -f "$root/$dir/package-lock.json" ]; then
    if [ ! -d "$root/$dir/node_modules" ] || [ "$root/$dir/package-lock.json" -nt "$root/$dir/node_modules/.package-lock.json" ]; then
      say "npm ci in $dir"
      (cd "$root/$dir" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
    fi
  fi
done
say "done"
