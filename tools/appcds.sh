#!/usr/bin/env bash
# Adds a start-up archive to a built app image: runs the app once (--benchmark-startup, under Xvfb
# when there is no display) to record the classes it loads, checks the archive maps, and adds it to
# the launcher's options.
#   - a JDK 25 (or later) runtime: an AOT cache (-XX:AOTCacheOutput / -XX:AOTCache): classes loaded
#     and linked ahead, with the run's method profiles; also quiets JDK 25's native-access and
#     sun.misc.Unsafe warnings about JavaFX and Skiko
#   - an older runtime: an AppCDS archive (-XX:ArchiveClassesAtExit / -XX:SharedArchiveFile)
# The recording run finds the layer cache (docs/performance.md, "The layer cache") that a run before
# it wrote into a scratch user data folder, as every start but an installation's first does; so the
# archive holds the classes that read the cache, whatever the build machine's own user data hold.
# The recording run goes on after the first frame as a user's first minute does (a selection and a
# pan drawn by Skia once its library has loaded: StartupBenchmark, mountainsseas.startup.training),
# so the archive holds Skia's classes and the frames' too, not only the first frame's.
# Without a display or xvfb-run, or if the archive does not work, the image is left without one
# (it still runs).
#   tools/appcds.sh target/dist/MountainsAndSeas
set -euo pipefail
img="$(cd "$1" && pwd)"
name="$(basename "$img")"
launcher="$img/bin/$name"
cfg="$img/lib/app/$name.cfg"
release="$img/lib/runtime/release"
run() {
  if [ -n "${DISPLAY:-}" ]; then "$@"; else xvfb-run -a "$@"; fi
}
if [ -z "${DISPLAY:-}" ] && ! command -v xvfb-run >/dev/null; then
  echo "appcds: no display and no xvfb-run: the image is left without a start-up archive"
  exit 0
fi
# a scratch user data folder: the runs neither read nor write the build user's settings and caches
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
user="-Dmountainsseas.dataDir=$scratch"
train="-Dmountainsseas.startup.training=true"
feature=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release" 2>/dev/null || true)
rm -f "$img/lib/app/mountains-and-seas.jsa" "$img/lib/app/mountains-and-seas.aot"
grep -v -e 'SharedArchiveFile' -e 'AOTCache' -e '-Xlog:cds' -e '-Xlog:aot' -e 'enable-native-access' \
  -e 'sun-misc-unsafe' "$cfg" > "$cfg.new" || true
mv "$cfg.new" "$cfg"
# the run that writes the layer cache the recording run then reads
JAVA_TOOL_OPTIONS="$user" run "$launcher" --benchmark-startup >/dev/null 2>&1 || true
# [JavaOptions] is the cfg's last section. The archive names the jars by absolute path: if the
# image is moved the JVM ignores it (start-up as without one); say nothing about that to the user.
if [ "${feature:-0}" -ge 25 ]; then
  # JavaFX's native code, and Skia's library that Skiko loads from the class path (docs/install.md, "Renderer")
  printf '%s\n' 'java-options=--enable-native-access=javafx.graphics,ALL-UNNAMED' \
    'java-options=--sun-misc-unsafe-memory-access=allow' >> "$cfg"
  aot="$img/lib/app/mountains-and-seas.aot"
  JAVA_TOOL_OPTIONS="$user $train -XX:AOTCacheOutput=$aot -Xlog:aot=off -Xlog:cds=off" run "$launcher" --benchmark-startup >/dev/null 2>&1 || true
  if [ -s "$aot" ] && JAVA_TOOL_OPTIONS="$user -XX:AOTCache=$aot -XX:AOTMode=on" run "$launcher" --benchmark-startup >/dev/null 2>&1; then
    printf '%s\n' 'java-options=-XX:AOTCache=$APPDIR/mountains-and-seas.aot' \
      'java-options=-Xlog:aot=off' 'java-options=-Xlog:cds=off' >> "$cfg"
    echo "appcds: $(du -h "$aot" | cut -f1) AOT cache (JDK $feature) added to $cfg"
  else
    rm -f "$aot"
    echo "appcds: the AOT cache could not be made or did not map; the image is left without one"
  fi
  exit 0
fi
jsa="$img/lib/app/mountains-and-seas.jsa"
JAVA_TOOL_OPTIONS="$user $train -XX:ArchiveClassesAtExit=$jsa -Xlog:cds=off -Xlog:cds+dynamic=off" run "$launcher" --benchmark-startup 2>/dev/null
if JAVA_TOOL_OPTIONS="$user -XX:SharedArchiveFile=$jsa -Xshare:on" run "$launcher" --benchmark-startup >/dev/null 2>&1; then
  printf '%s\n' 'java-options=-XX:SharedArchiveFile=$APPDIR/mountains-and-seas.jsa' \
    'java-options=-Xlog:cds=off' 'java-options=-Xlog:cds+dynamic=off' >> "$cfg"
  echo "appcds: $(du -h "$jsa" | cut -f1) archive added to $cfg"
else
  rm -f "$jsa"
  echo "appcds: the archive did not map; the image is left without one"
fi
