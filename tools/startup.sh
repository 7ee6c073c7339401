#!/usr/bin/env bash
# Start-up of a built app image with and without its AppCDS archive: RUNS runs each, interleaved
# (so a busy machine slows both alike), on a virtual 1920x1080 screen (Xvfb, started here when there
# is no display) with the software renderer. Prints every run and the medians, in ms from the
# launch to the first frame with every map layer painted: timed here from the launch, because the
# process's own start time is coarse on Linux (README, "Performance").
#   tools/startup.sh [IMAGE] [RUNS]     defaults: target/dist/MountainsAndSeas 7
set -euo pipefail
img="${1:-target/dist/MountainsAndSeas}"
runs="${2:-7}"
name="$(basename "$img")"
cfg="$img/lib/app/$name.cfg"
grep -q SharedArchiveFile "$cfg" || { echo "$cfg has no AppCDS archive (run tools/appcds.sh $img)"; exit 1; }
cp "$cfg" "$cfg.with"
grep -v -e SharedArchiveFile -e '-Xlog:cds' "$cfg.with" > "$cfg.without"
xvfb=""
cleanup() { cp "$cfg.with" "$cfg"; rm -f "$cfg.with" "$cfg.without"; [ -z "$xvfb" ] || kill "$xvfb"; }
trap cleanup EXIT
if [ -z "${DISPLAY:-}" ]; then
  command -v Xvfb >/dev/null || { echo "no display and no Xvfb: apt-get install -y xvfb"; exit 1; }
  export DISPLAY=":$((90 + RANDOM % 9))"
  Xvfb "$DISPLAY" -screen 0 1920x1080x24 >/dev/null 2>&1 &
  xvfb=$!
  sleep 1
fi
launch() {
  local t0 at
  t0=$(date +%s%3N)
  at=$(JAVA_TOOL_OPTIONS=-Dprism.order=sw "$img/bin/$name" --benchmark-startup --size 1920x1080 --lang en 2>/dev/null \
    | sed -n 's/^startup-at //p')
  [ -n "$at" ] || { echo "the app printed no startup-at line" >&2; exit 1; }
  echo $((at - t0))
}
with=(); without=()
for i in $(seq "$runs"); do
  cp "$cfg.without" "$cfg"; a=$(launch)
  cp "$cfg.with" "$cfg"; b=$(launch)
  echo "run $i: without archive ${a} ms, with archive ${b} ms"
  without+=("$a"); with+=("$b")
done
median() { printf '%s\n' "$@" | sort -n | awk '{v[NR]=$1} END {print (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2)}'; }
echo "median without archive: $(median "${without[@]}") ms; with archive: $(median "${with[@]}") ms"
