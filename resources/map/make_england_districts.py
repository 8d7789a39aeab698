#!/usr/bin/env python3
"""Makes england_districts.json, the map's boundaries, from the ONS district boundaries.

Run once when the boundaries change:
    python3 make_england_districts.py SOURCE.json england_districts.json

Keeps England's districts only, simplifies each ring (Douglas-Peucker on a plane where a
degree of longitude is cos(52.5 deg) of a degree of latitude), drops islands too small to
see, and rounds coordinates to 1e-4 degree (about 10 m). Each feature keeps its code and
name and gains "utla": the ONS code of the upper-tier authority over it. For unitary,
metropolitan and London districts that is the district itself; a shire district (E07) lies
in a county, and ONS allocated E07 codes to counties in blocks, so the county is read off
the code's block below (one row per county, checked against the districts' names).
"""
import json
import math
import sys

# County (E10) -> blocks of E07 code numbers, as ONS allocated them (2009, with the codes
# reissued later: St Albans and Welwyn Hatfield 2012, East Herts and Stevenage 2013,
# East and West Suffolk 2019). Counties abolished since (Buckinghamshire, Cumbria, Dorset,
# Northamptonshire, North Yorkshire, Somerset) have no shire districts left in 2023.
COUNTY_BLOCKS = {
    "E10000003": [(8, 12)],  # Cambridgeshire
    "E10000007": [(32, 39)],  # Derbyshire
    "E10000008": [(40, 47)],  # Devon
    "E10000011": [(61, 65)],  # East Sussex
    "E10000012": [(66, 77)],  # Essex
    "E10000013": [(78, 83)],  # Gloucestershire
    "E10000014": [(84, 94)],  # Hampshire
    "E10000015": [(95, 103), (240, 243)],  # Hertfordshire
    "E10000016": [(105, 116)],  # Kent
    "E10000017": [(117, 128)],  # Lancashire
    "E10000018": [(129, 135)],  # Leicestershire
    "E10000019": [(136, 142)],  # Lincolnshire
    "E10000020": [(143, 149)],  # Norfolk
    "E10000024": [(170, 176)],  # Nottinghamshire
    "E10000025": [(177, 181)],  # Oxfordshire
    "E10000028": [(192, 199)],  # Staffordshire
    "E10000029": [(200, 206), (244, 245)],  # Suffolk
    "E10000030": [(207, 217)],  # Surrey
    "E10000031": [(218, 222)],  # Warwickshire
    "E10000032": [(223, 229)],  # West Sussex
    "E10000034": [(234, 239)],  # Worcestershire
}
# Names to check the blocks with: a district named after a county lies in it.
COUNTY_NAMES = {
    "E10000003": "Cambridgeshire", "E10000007": "Derbyshire", "E10000008": "Devon",
    "E10000012": "Essex", "E10000013": "Gloucester", "E10000014": "Hampshire",
    "E10000015": "Hertfordshire", "E10000017": "Lancashire", "E10000018": "Leicestershire",
    "E10000019": "Lincoln", "E10000020": "Norfolk", "E10000025": "Oxford",
    "E10000028": "Stafford", "E10000029": "Suffolk", "E10000030": "Surrey",
    "E10000031": "Warwick", "E10000034": "Worcester",
}

KX = math.cos(math.radians(52.5))
TOLERANCE = 0.001  # degrees of latitude, about 110 m (the source is already generalised)
MIN_ISLAND = 2e-5  # square degrees (projected), about 25 ha


def county_of(code):
    number = int(code[3:])
    for county, blocks in COUNTY_BLOCKS.items():
        if any(lo <= number <= hi for lo, hi in blocks):
            return county
    return None


def simplify(points, tolerance):
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        a, b = stack.pop()
        ax, ay = points[a][0] * KX, points[a][1]
        bx, by = points[b][0] * KX, points[b][1]
        dx, dy = bx - ax, by - ay
        length = math.hypot(dx, dy)
        worst, index = 0.0, -1
        for i in range(a + 1, b):
            px, py = points[i][0] * KX, points[i][1]
            if length == 0:
                d = math.hypot(px - ax, py - ay)
            else:
                d = abs(dy * px - dx * py + bx * ay - by * ax) / length
            if d > worst:
                worst, index = d, i
        if worst > tolerance:
            keep[index] = True
            stack += [(a, index), (index, b)]
    return [p for p, k in zip(points, keep) if k]


def area(ring):
    s = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
        s += x1 * KX * y2 - x2 * KX * y1
    return abs(s) / 2


def polygons_of(geometry):
    if geometry["type"] == "Polygon":
        return [geometry["coordinates"]]
    return geometry["coordinates"]


def main(source, target):
    features = json.load(open(source, encoding="utf-8"))["features"]
    out = []
    for f in features:
        code = f["properties"]["LAD23CD"]
        name = f["properties"]["LAD23NM"]
        if not code.startswith("E"):
            continue
        utla = county_of(code) if code.startswith("E07") else code
        if utla is None:
            sys.exit(f"no county for {code} {name}")
        for county, word in COUNTY_NAMES.items():
            if word in name and code.startswith("E07") and utla != county:
                sys.exit(f"{code} {name} is named after {word} but falls in {utla}")
        polygons = []
        for polygon in polygons_of(f["geometry"]):
            rings = []
            for ring in polygon:
                simple = simplify([tuple(p[:2]) for p in ring[:-1]], TOLERANCE)
                simple = [(round(x, 4), round(y, 4)) for x, y in simple]
                simple = [p for i, p in enumerate(simple) if i == 0 or p != simple[i - 1]]
                if len(simple) >= 3:
                    rings.append(simple)
            if rings:
                polygons.append(rings)
        # Small islands go, but a district always keeps its largest part.
        polygons.sort(key=lambda rings: area(rings[0]), reverse=True)
        polygons = polygons[:1] + [p for p in polygons[1:] if area(p[0]) >= MIN_ISLAND]
        if not polygons:
            sys.exit(f"{code} {name} simplified away")
        out.append({"type": "Feature",
                    "properties": {"code": code, "name": name, "utla": utla},
                    "geometry": {"type": "MultiPolygon",
                                 "coordinates": [[[list(p) for p in ring] for ring in rings]
                                                 for rings in polygons]}})
    json.dump({"type": "FeatureCollection", "features": out}, open(target, "w", encoding="utf-8"),
              separators=(",", ":"))
    print(f"{len(out)} districts")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
