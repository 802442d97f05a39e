#!/usr/bin/env bash
# Builds everything and runs every test: core unit tests, data checks, the command-line tool,
# the same tests under AddressSanitizer + UBSan, the desktop app under Xvfb and the browser app in
# headless Chromium. Installs what is missing first (scripts/setup.sh). Safe to run again.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
jobs=${JOBS:-2}
step() { printf '\n==== %s ====\n' "$*"; }

step "setup"
bash scripts/setup.sh

if [ -x scripts/build-web.sh ]; then
  step "browser build (WebAssembly) into dist/"
  SKIP_SETUP=1 bash scripts/build-web.sh
fi

step "native debug build and tests"
cmake --preset native-debug >/dev/null
cmake --build --preset native-debug -j "$jobs"
ctest --preset native-debug -j "$jobs"

step "sanitizers (address, undefined): unit, data and CLI tests"
cmake --preset asan >/dev/null
cmake --build --preset asan -j "$jobs"
ctest --preset asan -j "$jobs" -LE "browser|desktop"

step "fuzzing the link decoder and the data loader (${FUZZ_SECONDS:-60} s each)"
bash scripts/fuzz.sh

step "all tests passed"
