#!/usr/bin/env bash
# Start-up of a built app image with and without its AppCDS archive: RUNS runs each, interleaved
# (so a busy machine slows both alike), under xvfb-run when there is no display. Prints every run
# and the medians, in ms from process start to the first frame with every map layer painted.
#   tools/startup.sh [IMAGE] [RUNS]     defaults: target/dist/MountainsAndSeas 7
set -euo pipefail
img="${1:-target/dist/MountainsAndSeas}"
runs="${2:-7}"
name="$(basename "$img")"
cfg="$img/lib/app/$name.cfg"
grep -q SharedArchiveFile "$cfg" || { echo "$cfg has no AppCDS archive (run tools/appcds.sh $img)"; exit 1; }
cp "$cfg" "$cfg.with"
grep -v -e SharedArchiveFile -e '-Xlog:cds' "$cfg.with" > "$cfg.without"
trap 'cp "$cfg.with" "$cfg"; rm -f "$cfg.with" "$cfg.without"' EXIT
launch() {
  if [ -n "${DISPLAY:-}" ]; then "$img/bin/$name" --benchmark-startup; else xvfb-run -a "$img/bin/$name" --benchmark-startup; fi 2>/dev/null \
    | sed -n 's/^startup-ms //p'
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
