package io.jisr.sim.scenario;

import io.jisr.sim.geo.GeoPoint;
import java.util.List;

/** Point-in-polygon for scenario zones (even-odd rule over latitude and longitude). */
final class Polygons {
    private Polygons() {}

    static boolean contains(List<GeoPoint> polygon, GeoPoint p) {
        boolean inside = false;
        int n = polygon.size();
        for (int i = 0, j = n - 1; i < n; j = i++) {
            GeoPoint a = polygon.get(i);
            GeoPoint b = polygon.get(j);
            if ((a.lat() > p.lat()) != (b.lat() > p.lat())
                    && p.lon() < a.lon() + (p.lat() - a.lat()) / (b.lat() - a.lat()) * (b.lon() - a.lon())) {
                inside = !inside;
            }
        }
        return inside;
    }
}
