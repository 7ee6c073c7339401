#!/usr/bin/env bash
# Fetches the fonts the app bundles (UI, map labels, snapshots, PDF export) from Debian's packages
# and copies them, with their licence texts, into src/main/resources/org/mountainsseas/fonts/.
#   tools/fetch-fonts.sh            # on Debian 12 (bookworm) or a derivative; needs apt-get and dpkg-deb
# The committed files came from this script; running it again gives the same files (it prints their
# sha256 so a change of package version shows). Nothing is installed system-wide.
#   fonts-droid-fallback 1:6.0.1r16-1.1  DroidSansFallbackFull.ttf  Apache-2.0  (CJK; TrueType, so PDFBox embeds it)
#   fonts-noto-core 20201225-1           NotoSans-Regular/Bold/Italic.ttf  SIL OFL 1.1 (Latin, for the English UI)
set -euo pipefail
cd "$(dirname "$0")/.."
out=src/main/resources/org/mountainsseas/fonts
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && apt-get download fonts-droid-fallback fonts-noto-core)
for deb in "$work"/*.deb; do
  dpkg-deb -x "$deb" "$work/root"
  dpkg-deb -f "$deb" Package Version | paste -sd ' '
done
mkdir -p "$out"
r="$work/root/usr/share"
cp "$r/fonts/truetype/droid/DroidSansFallbackFull.ttf" "$out/"
cp "$r/fonts/truetype/noto/NotoSans-Regular.ttf" "$r/fonts/truetype/noto/NotoSans-Bold.ttf" \
  "$r/fonts/truetype/noto/NotoSans-Italic.ttf" "$out/"
# Debian's copyright files name the authors and licence; Droid's refers to the Apache-2.0 text,
# which every Debian system has in base-files
cp "$r/doc/fonts-droid-fallback/copyright" "$out/DroidSansFallback.copyright"
cp /usr/share/common-licenses/Apache-2.0 "$out/LICENSE-Apache-2.0.txt"
cp "$r/doc/fonts-noto-core/copyright" "$out/NotoSans.copyright"
chmod 644 "$out"/*
(cd "$out" && sha256sum ./*.ttf)
du -ch "$out"/*.ttf | tail -1
