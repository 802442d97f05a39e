#!/usr/bin/env bash
# Builds the browser calculator into dist/: index.html + page.css + index.js + index.wasm (and
# index.wasm.js, the same wasm for sandboxed iframes and file:// pages), static files any
# web server can host as they are, and dist/single/index.html, one file that also opens from
# file://. Prints each file's gzip size. Safe to run again: it rebuilds what changed and replaces dist/.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
jobs=${USJP_JOBS:-2}

"$root/scripts/setup.sh"

export NODE_PATH=/usr/share/nodejs  # emcc's JS optimiser needs acorn from Debian's node modules
cd "$root"
# --profile: the same page with function names, for tests/e2e/profile.mjs; dist/ is left alone.
if [ "${1:-}" = "--profile" ]; then
  cmake --preset wasm-profile >/dev/null
  cmake --build --preset wasm-profile --parallel "$jobs"
  echo "build-web: profiling build in build/wasm-profile/dist (node tests/e2e/profile.mjs)"
  exit 0
fi
cmake --preset wasm-release >/dev/null
cmake --build --preset wasm-release --parallel "$jobs"

built="$root/build/wasm-release/dist"
test -f "$built/index.html" -a -f "$built/index.wasm" || { echo "build-web: $built is incomplete" >&2; exit 1; }
rm -rf "$root/dist"
mkdir -p "$root/dist"
cp -R "$built/." "$root/dist/"

echo
echo "dist/ (bytes, then gzip -9 bytes):"
total=0
total_gz=0
while IFS= read -r file; do
  bytes=$(stat -c %s "$file")
  gz=$(gzip -9 -c "$file" | wc -c)
  printf '  %-24s %9d  %9d\n' "${file#"$root/dist/"}" "$bytes" "$gz"
  # What a visitor downloads: not the single file, nor index.wasm.js (only sandboxed frames and
  # file:// pages load it, in place of index.wasm).
  case "$file" in */single/*|*.wasm.js|*/embed.js|*/methodology.html|*/data.html|*/validation.html) ;; *) total=$((total + bytes)); total_gz=$((total_gz + gz)) ;; esac
done < <(find "$root/dist" -type f | sort)
printf '  %-24s %9d  %9d\n' "total (split build)" "$total" "$total_gz"
