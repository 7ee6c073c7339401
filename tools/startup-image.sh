#!/usr/bin/env bash
# Start-up of the packaged app image (./mvnw -Ppackage package): launches
# target/dist/MountainsAndSeas/bin/MountainsAndSeas --benchmark-startup N times (default 5) on a
# virtual 1920x1080 screen with the software renderer, and prints each run's time from the launch
# to the first frame with every county drawn, its steps, and the median. README, "Performance".
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
app=target/dist/MountainsAndSeas/bin/MountainsAndSeas
[[ -x $app ]] || { echo "no app image: run ./mvnw -Ppackage package -DskipTests first" >&2; exit 1; }
command -v Xvfb >/dev/null || { echo "Xvfb is missing: apt-get install -y xvfb" >&2; exit 1; }
display=:$((90 + RANDOM % 9))
Xvfb "$display" -screen 0 1920x1080x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb' EXIT
sleep 1
times=()
for ((i = 1; i <= runs; i++)); do
  t0=$(date +%s%3N)
  out=$(DISPLAY=$display JAVA_TOOL_OPTIONS=-Dprism.order=sw "$app" --benchmark-startup --size 1920x1080 --lang en 2>&1)
  at=$(grep '^startup-at ' <<<"$out" | cut -d' ' -f2)
  [[ -n $at ]] || { echo "run $i printed no startup-at line:" >&2; echo "$out" >&2; exit 1; }
  times+=($((at - t0)))
  echo "run $i: $((at - t0)) ms  ($(grep '^startup-steps ' <<<"$out" | cut -d' ' -f2-))"
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print "median " a[int((NR+1)/2)] " ms (min " a[1] ", max " a[NR] ")"}'
