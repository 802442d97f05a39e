#!/usr/bin/env bash
# Builds the libFuzzer targets (clang; core instrumented too) and runs each for a bounded time:
#   scripts/fuzz.sh [SECONDS]   (default: FUZZ_SECONDS or 60)
# Fails on any crash, leak, sanitizer report or broken invariant; prints executions, coverage
# (cov: edges, ft: features) and corpus size for each target.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
seconds=${1:-${FUZZ_SECONDS:-60}}
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j "${JOBS:-2}"
for target in fuzz_link fuzz_data; do
  kind=${target#fuzz_}
  work=$(mktemp -d)
  cp tests/fuzz/corpus/$kind/* "$work/"
  echo "[fuzz] $target for ${seconds}s"
  log="build/fuzz/$target.log"
  if ! "build/fuzz/tests/fuzz/$target" -max_total_time="$seconds" -max_len=262144 -print_final_stats=1 \
       -dict="tests/fuzz/$kind.dict" -timeout=20 -rss_limit_mb=4096 "$work" >"$log" 2>&1; then
    tail -40 "$log"
    echo "[fuzz] $target FAILED (log: $log)"
    exit 1
  fi
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
  last=$(grep -E '^#[0-9]+' "$log" | tail -1)
  cov=$(echo "$last" | grep -o 'cov: [0-9]*' || echo "cov: ?")
  ft=$(echo "$last" | grep -o 'ft: [0-9]*' || echo "ft: ?")
  corpus=$(ls "$work" | wc -l)
  echo "[fuzz] $target: $runs executions, $cov, $ft, corpus $corpus inputs; no crash, leak or sanitizer report"
  rm -rf "$work"
done
