#!/usr/bin/env bash
# Adds an AppCDS archive to a built app image: runs the app once (--benchmark-startup, under Xvfb
# when there is no display) with -XX:ArchiveClassesAtExit, checks the archive maps with -Xshare:on,
# and adds -XX:SharedArchiveFile=$APPDIR/... to the launcher's options. Without a display or
# xvfb-run, or if the archive does not work, the image is left without one (it still runs).
#   tools/appcds.sh target/dist/MountainsAndSeas
set -euo pipefail
img="$(cd "$1" && pwd)"
name="$(basename "$img")"
launcher="$img/bin/$name"
cfg="$img/lib/app/$name.cfg"
jsa="$img/lib/app/mountains-and-seas.jsa"
run() {
  if [ -n "${DISPLAY:-}" ]; then "$@"; else xvfb-run -a "$@"; fi
}
if [ -z "${DISPLAY:-}" ] && ! command -v xvfb-run >/dev/null; then
  echo "appcds: no display and no xvfb-run: the image is left without a class-data archive"
  exit 0
fi
rm -f "$jsa"
grep -v -e 'SharedArchiveFile' -e '-Xlog:cds' "$cfg" > "$cfg.new" || true
mv "$cfg.new" "$cfg"
JAVA_TOOL_OPTIONS="-XX:ArchiveClassesAtExit=$jsa -Xlog:cds=off -Xlog:cds+dynamic=off" run "$launcher" --benchmark-startup 2>/dev/null
if JAVA_TOOL_OPTIONS="-XX:SharedArchiveFile=$jsa -Xshare:on" run "$launcher" --benchmark-startup >/dev/null 2>&1; then
  # [JavaOptions] is the cfg's last section. The archive names the jars by absolute path: if the
  # image is moved the JVM ignores it (start-up as without one); say nothing about that to the user.
  printf '%s\n' 'java-options=-XX:SharedArchiveFile=$APPDIR/mountains-and-seas.jsa' \
    'java-options=-Xlog:cds=off' 'java-options=-Xlog:cds+dynamic=off' >> "$cfg"
  echo "appcds: $(du -h "$jsa" | cut -f1) archive added to $cfg"
else
  rm -f "$jsa"
  echo "appcds: the archive did not map; the image is left without one"
fi
