#!/usr/bin/env bash
# Builds the browser calculator (scripts/build-web.sh) and serves dist/ on http://localhost:8080
# (bound to 127.0.0.1 only). Port: first argument or USJP_PORT. Stop with Ctrl+C. Safe to run again.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
port=${1:-${USJP_PORT:-8080}}

"$root/scripts/build-web.sh"

if command -v ss >/dev/null && ss -ltn "sport = :$port" | grep -q LISTEN; then
  echo "serve: port $port is in use; pass another: scripts/serve.sh 8081" >&2
  exit 1
fi
echo
echo "Open http://localhost:$port/  (single-file build: http://localhost:$port/single/)"
echo "Serving $root/dist on 127.0.0.1:$port; Ctrl+C stops."
# /usr/bin/python3: Debian's, whose mimetypes know .wasm (application/wasm).
exec /usr/bin/python3 -m http.server "$port" --bind 127.0.0.1 --directory "$root/dist"
