#!/usr/bin/env python3
"""Turns a world-atlas TopoJSON land file (Natural Earth, public domain) into the GeoJSON the web UI
draws as its offline base layer, cut at the antimeridian so that no ring jumps across the map.

Usage: topojson_to_geojson.py land-50m.json land-50m.geojson

Why cut: world-atlas rings run continuously across ±180° (Chukotka, Fiji) and Antarctica circles the
pole; a map library joins such a ring's points with straight lines across the whole world and fills
the wrong side. Each ring is unwrapped (consecutive longitudes never differ by more than 180°), polar
rings are closed along the pole, and every polygon is clipped to [-180°, 180°] once per 360° copy.
Coordinates are rounded to 3 decimals (about 100 m), finer than the 1:50m source.
"""
import json
import sys

DECIMALS = 3


def decode_arcs(topology):
    scale = topology["transform"]["scale"]
    translate = topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * scale[0] + translate[0], y * scale[1] + translate[1]))
        arcs.append(points)
    return arcs


def ring_points(arcs, indices):
    ring = []
    for index in indices:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        ring.extend(arc if not ring else arc[1:])
    return ring


def unwrap(ring):
    out = [ring[0]]
    offset = 0.0
    for (lon0, _), (lon1, lat1) in zip(ring, ring[1:]):
        step = lon1 - lon0
        if step > 180:
            offset -= 360
        elif step < -180:
            offset += 360
        out.append((lon1 + offset, lat1))
    return out


def close_polar(ring):
    """A ring around a pole ends 360° from where it starts: close it along the nearer pole."""
    span = ring[-1][0] - ring[0][0]
    if abs(span) < 180:
        return ring
    pole = -90.0 if sum(lat for _, lat in ring) < 0 else 90.0
    return ring + [(ring[-1][0], pole), (ring[0][0], pole), ring[0]]


def clip(ring, inside, intersect):
    """Sutherland–Hodgman against one half-plane."""
    out = []
    for i, current in enumerate(ring):
        previous = ring[i - 1]
        if inside(current):
            if not inside(previous):
                out.append(intersect(previous, current))
            out.append(current)
        elif inside(previous):
            out.append(intersect(previous, current))
    return out


def at_lon(lon):
    def intersect(a, b):
        t = (lon - a[0]) / (b[0] - a[0])
        return (lon, a[1] + t * (b[1] - a[1]))

    return intersect


def clip_to_world(ring):
    ring = clip(ring, lambda p: p[0] <= 180, at_lon(180))
    if ring:
        ring = clip(ring, lambda p: p[0] >= -180, at_lon(-180))
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


def polygons(topology, arcs):
    for geometry in topology["objects"]["land"]["geometries"]:
        parts = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        for part in parts:
            yield [close_polar(unwrap(ring_points(arcs, ring))) for ring in part]


def cut(polygon):
    """The pieces of one unwrapped polygon inside [-180, 180], one per 360° copy it reaches."""
    lons = [lon for lon, _ in polygon[0]]
    pieces = []
    for shift in (-360, 0, 360):
        if min(lons) + shift >= 180 or max(lons) + shift <= -180:
            continue
        rings = []
        for index, ring in enumerate(polygon):
            clipped = rounded(clip_to_world([(lon + shift, lat) for lon, lat in ring]))
            if clipped is None:
                if index == 0:
                    break
                continue
            rings.append(clipped)
        if rings:
            pieces.append(rings)
    return pieces


def main(source, target):
    with open(source) as f:
        topology = json.load(f)
    arcs = decode_arcs(topology)
    pieces = [piece for polygon in polygons(topology, arcs) for piece in cut(polygon)]
    collection = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "properties": {"source": "Natural Earth 1:50m land (public domain) via world-atlas 2.0.2"},
                "geometry": {"type": "MultiPolygon", "coordinates": pieces},
            }
        ],
    }
    with open(target, "w") as f:
        json.dump(collection, f, separators=(",", ":"))
    print(f"{len(pieces)} polygons written to {target}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
