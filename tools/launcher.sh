#!/usr/bin/env bash
# Replaces the native launcher of a Linux app image with a bash script that starts the same JVM.
#   tools/launcher.sh target/dist/MountainsAndSeas
# jpackage's Linux launcher runs `rpm -qf` and then `dpkg -S` on itself on every start, to find out
# whether a package installed it (it does this twice). On a Debian machine that costs ~0.2 s before
# Java starts. A copied app image is never a package, so this script does not ask: it reads the
# same options from lib/app/NAME.cfg (the one file appcds.sh and the benchmark edit), sets
# jpackage.app-path as the native launcher does, and runs the image's own Java. Installers
# (deb, rpm) keep jpackage's launcher, which needs the lookup to find its files.
set -euo pipefail
img="$(cd "$1" && pwd)"
name="$(basename "$img")"
launcher="$img/bin/$name"
[ -f "$img/lib/app/$name.cfg" ] || { echo "launcher: no $img/lib/app/$name.cfg" >&2; exit 1; }
cat > "$launcher" <<'EOF'
#!/usr/bin/env bash
# Starts this app image: the options in lib/app/<name>.cfg, run by lib/runtime/bin/java.
# (Made by tools/launcher.sh in place of jpackage's launcher, which spends ~0.2 s asking rpm and
# dpkg whether it was installed by a package.)
self="$(readlink -f "$0")"
bin="$(dirname "$self")"
root="$(dirname "$bin")"
app="$root/lib/app"
cfg="$app/$(basename "$self").cfg"
if [ ! -r "$cfg" ]; then
  echo "$(basename "$self"): cannot read $cfg; is the app folder complete?" >&2
  exit 1
fi
options=()
classpath=""
main=""
while IFS= read -r line || [ -n "$line" ]; do
  line="${line//\$APPDIR/$app}"
  line="${line//\$BINDIR/$bin}"
  line="${line//\$ROOTDIR/$root}"
  case "$line" in
    app.classpath=?*) classpath="${classpath:+$classpath:}${line#app.classpath=}" ;;
    app.mainclass=?*) main="${line#app.mainclass=}" ;;
    java-options=?*) options+=("${line#java-options=}") ;;
  esac
done < "$cfg"
exec "$root/lib/runtime/bin/java" "${options[@]}" "-Djpackage.app-path=$self" \
  -classpath "$classpath" "$main" "$@"
EOF
chmod 755 "$launcher"
rm -f "$img/lib/libapplauncher.so"
echo "launcher: $launcher is a script now (no package lookup at start)"
