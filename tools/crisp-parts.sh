#!/usr/bin/env bash
# Where a Zhejiang crisp frame's work goes, painter by painter (bench/CrispParts): thread CPU of the
# FX thread's recording and of Skia's drawing, 1920x1080, under the app's JVM options.
# Needs a build with the bench sources: ./mvnw -B -q -o -Pbench compile. Extra arguments are JVM
# options, e.g. -Dbench.parts.select=331181 (select Longquan first) or -Dbench.parts.frames=60.
set -euo pipefail
cd "$(dirname "$0")/.."
cp="$(mktemp)"
trap 'rm -f "$cp"' EXIT
./mvnw -B -q -o -Pbench dependency:build-classpath -Dmdep.outputFile="$cp" >/dev/null
opts="$(sed -n 's:.*<app.jvm.options>\(.*\)</app.jvm.options>.*:\1:p' pom.xml)"
# shellcheck disable=SC2086
xvfb-run -a -s "-screen 0 1920x1080x24 -br" java -Dprism.order=sw $opts "$@" -cp "target/classes:$(cat "$cp")" \
  'org.mountainsseas.map.CrispParts$Main' 2>&1 | grep '^PART'
