#!/usr/bin/env bash
# Builds the libFuzzer targets (clang) and runs each for a bounded time (FUZZ_SECONDS, default 60).
# Fails on any crash, leak or sanitizer report; prints the executions reached.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
seconds=${FUZZ_SECONDS:-60}
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j "${JOBS:-2}"
for target in fuzz_link fuzz_data; do
  kind=${target#fuzz_}
  work=$(mktemp -d)
  cp tests/fuzz/corpus/$kind/* "$work/"
  echo "[fuzz] $target for ${seconds}s"
  log="build/fuzz/$target.log"
  if ! "build/fuzz/tests/fuzz/$target" -max_total_time="$seconds" -max_len=65536 -print_final_stats=1 "$work" >"$log" 2>&1; then
    tail -40 "$log"
    echo "[fuzz] $target FAILED (log: $log)"
    exit 1
  fi
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
  echo "[fuzz] $target: $runs executions, no crash, leak or sanitizer report"
  rm -rf "$work"
done
