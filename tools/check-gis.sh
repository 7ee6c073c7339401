#!/usr/bin/env bash
# Exports the GIS layers with the app (`APP --export-gis DIR`) and checks with GDAL's ogrinfo that the
# GeoPackage holds exactly the three layers and that it and each GeoJSON file have the feature counts
# the export reported (counties: all 90 county-level units).
# Usage: tools/check-gis.sh APP-LAUNCHER [DIR]    e.g. target/dist/MountainsAndSeas/bin/MountainsAndSeas
set -euo pipefail
app=$1
dir=${2:-$(mktemp -d)}
rm -rf "$dir"
log=$(mktemp)
"$app" --export-gis "$dir" | tee "$log"
gpkg="$dir/mountains-seas.gpkg"
layers=$(ogrinfo -ro -q "$gpkg" | sed -n 's/^[0-9]*: \([a-z]*\) .*/\1/p' | sort | tr '\n' ' ')
[ "$layers" = "counties enclaves pairings " ] || { echo "ogrinfo: $gpkg has layers '$layers', expected counties enclaves pairings"; exit 1; }
for layer in counties pairings enclaves; do
  want=$(sed -n "s/^$layer: \([0-9]*\) features\$/\1/p" "$log")
  [ -n "$want" ] && [ "$want" -gt 0 ] || { echo "the export reported no $layer"; exit 1; }
  for src in "$gpkg" "$dir/$layer.geojson"; do
    got=$(ogrinfo -ro -so "$src" "$layer" | sed -n 's/^Feature Count: //p')
    [ "$got" = "$want" ] || { echo "ogrinfo: $src, layer $layer: ${got:-no} features, expected $want"; exit 1; }
    echo "ogrinfo: $(basename "$src") $layer: $got features"
  done
done
want=$(sed -n 's/^counties: \([0-9]*\) features$/\1/p' "$log")
[ "$want" = 90 ] || { echo "expected Zhejiang's 90 county-level units, the export wrote $want"; exit 1; }
rm -f "$log"
