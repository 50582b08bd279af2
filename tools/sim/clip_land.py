#!/usr/bin/env python3
"""Cuts the simulator's land model out of a world-atlas TopoJSON land file (Natural Earth, public
domain): every land polygon clipped to the Western Mediterranean box, written as GeoJSON with one
Polygon feature per piece.

Usage: clip_land.py land-10m.json land-10m-western-med.geojson

Reuses the TopoJSON decoding of tools/basemap/topojson_to_geojson.py. The box (30°N–46°N, 10°W–17°E)
holds every route and fishing ground the simulator uses with a margin; clipping with
Sutherland–Hodgman may leave edges along the box, which is harmless for point-in-land tests because
nothing is simulated on the box's edge. Coordinates are rounded to 4 decimals (about 10 m), finer
than the 1:10m source.
"""
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "basemap"))
import topojson_to_geojson as topo  # noqa: E402

WEST, EAST, SOUTH, NORTH = -10.0, 17.0, 30.0, 46.0
DECIMALS = 4


def at_lat(lat):
    def intersect(a, b):
        t = (lat - a[1]) / (b[1] - a[1])
        return (a[0] + t * (b[0] - a[0]), lat)

    return intersect


def clip_to_box(ring):
    for inside, intersect in (
        (lambda p: p[0] >= WEST, topo.at_lon(WEST)),
        (lambda p: p[0] <= EAST, topo.at_lon(EAST)),
        (lambda p: p[1] >= SOUTH, at_lat(SOUTH)),
        (lambda p: p[1] <= NORTH, at_lat(NORTH)),
    ):
        if not ring:
            return ring
        ring = topo.clip(ring, inside, intersect)
    return ring


def rounded(ring):
    out = []
    for lon, lat in ring:
        point = [round(lon, DECIMALS), round(lat, DECIMALS)]
        if not out or out[-1] != point:
            out.append(point)
    if out and out[0] != out[-1]:
        out.append(out[0])
    return out if len(out) >= 4 else None


def main(source, target):
    with open(source) as f:
        topology = json.load(f)
    arcs = topo.decode_arcs(topology)
    features = []
    vertices = 0
    for polygon in topo.polygons(topology, arcs):
        # Unwrapped rings (Eurasia crosses the antimeridian) may sit one turn away: try each copy.
        for shift in (-360, 0, 360):
            rings = []
            for index, ring in enumerate(polygon):
                clipped = rounded(clip_to_box([(lon + shift, lat) for lon, lat in ring]))
                if clipped is None:
                    if index == 0:
                        break
                    continue
                rings.append(clipped)
            if rings:
                vertices += sum(len(r) for r in rings)
                features.append(
                    {"type": "Feature", "properties": {}, "geometry": {"type": "Polygon", "coordinates": rings}}
                )
    collection = {
        "type": "FeatureCollection",
        "properties": {
            "source": "Natural Earth 1:10m land 4.1.0 (public domain) via world-atlas 2.0.2",
            "bbox": [WEST, SOUTH, EAST, NORTH],
        },
        "features": features,
    }
    with open(target, "w") as f:
        # One feature per line: readable diffs, and a reader can go line by line.
        f.write('{"type":"FeatureCollection","properties":' + json.dumps(collection["properties"], separators=(",", ":")))
        f.write(',"features":[\n')
        f.write(",\n".join(json.dumps(feat, separators=(",", ":")) for feat in features))
        f.write("\n]}\n")
    print(f"{len(features)} polygons, {vertices} vertices written to {target}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
