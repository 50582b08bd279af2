package io.jisr.sar.plan;

import io.jisr.sar.drift.Position;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The smallest oriented rectangle around a set of points. */
final class MinimumRectangle {

    /*
     * The minimum-area enclosing rectangle has one side on an edge of the points' convex hull (Freeman and
     * Shapira 1975), so trying each hull edge's direction finds it exactly. Hulls here have a few hundred
     * vertices at most (the corners of grid cells), so the quadratic search costs nothing.
     */

    private MinimumRectangle() {}

    static SearchArea.Rectangle enclosing(String name, List<Position> points) {
        if (points.isEmpty()) {
            throw new IllegalArgumentException("search area \"" + name + "\": no points to enclose");
        }
        double lat = 0;
        double lon = 0;
        Position first = points.getFirst();
        for (Position p : points) {
            lat += p.latitude();
            double d = p.longitude() - first.longitude();
            lon += first.longitude() + d - 360 * Math.rint(d / 360);
        }
        lon /= points.size();
        lon -= 360 * Math.rint(lon / 360);
        TangentPlane plane = TangentPlane.at(new Position(lat / points.size(), lon));
        List<TangentPlane.Point> hull = hull(points.stream().map(plane::project).toList());
        double bestArea = Double.POSITIVE_INFINITY;
        double[] best = null;
        for (int i = 0; i < hull.size(); i++) {
            TangentPlane.Point a = hull.get(i);
            TangentPlane.Point b = hull.get((i + 1) % hull.size());
            if (a.distanceTo(b) == 0) {
                continue;
            }
            double bearing = a.bearingTo(b);
            double[] extent = extent(hull, bearing);
            double area = (extent[1] - extent[0]) * (extent[3] - extent[2]);
            if (area < bestArea) {
                bestArea = area;
                best = new double[] {bearing, extent[0], extent[1], extent[2], extent[3]};
            }
        }
        // Points on one line leave a rectangle whose width is rounding error, not zero.
        if (best == null || !(bestArea > 1e-9 * Math.pow(Math.max(best[2] - best[1], best[4] - best[3]), 2))) {
            throw new IllegalArgumentException(
                    "search area \"" + name + "\": the " + points.size() + " points enclose no area (all on one line)");
        }
        double bearing = best[0];
        // Lay the rectangle out again in a plane at its own centre, where Rectangle measures, so that every
        // point lies inside it by the rectangle's own test (the planes at two origins differ by up to
        // tan φ · Δ / R, metres over a large area).
        Position centre = centre(plane, bearing, best);
        for (int pass = 0; pass < 2; pass++) {
            TangentPlane own = TangentPlane.at(centre);
            best = extent(points.stream().map(own::project).toList(), bearing);
            best = new double[] {bearing, best[0], best[1], best[2], best[3]};
            centre = centre(own, bearing, best);
        }
        double along = best[2] - best[1];
        double across = best[4] - best[3];
        if (across > along) {
            return new SearchArea.Rectangle(name, centre, (bearing + 90) % 180, across, along);
        }
        return new SearchArea.Rectangle(name, centre, bearing % 180, along, across);
    }

    private static Position centre(TangentPlane plane, double bearing, double[] extent) {
        return plane.unproject(new TangentPlane.Point(0, 0)
                .move(bearing, (extent[1] + extent[2]) / 2)
                .move(bearing + 90, (extent[3] + extent[4]) / 2));
    }

    /** Returns min and max along the bearing, then min and max across it (to its right). */
    private static double[] extent(List<TangentPlane.Point> points, double bearingDegrees) {
        double o = Math.toRadians(bearingDegrees);
        double[] e = {
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY
        };
        for (TangentPlane.Point p : points) {
            double along = p.east() * Math.sin(o) + p.north() * Math.cos(o);
            double across = p.east() * Math.cos(o) - p.north() * Math.sin(o);
            e[0] = Math.min(e[0], along);
            e[1] = Math.max(e[1], along);
            e[2] = Math.min(e[2], across);
            e[3] = Math.max(e[3], across);
        }
        return e;
    }

    /** Andrew's monotone chain, counter-clockwise, without collinear points. */
    static List<TangentPlane.Point> hull(List<TangentPlane.Point> points) {
        List<TangentPlane.Point> sorted = new ArrayList<>(points);
        sorted.sort(
                Comparator.comparingDouble(TangentPlane.Point::east).thenComparingDouble(TangentPlane.Point::north));
        if (sorted.size() < 3) {
            return sorted;
        }
        List<TangentPlane.Point> hull = new ArrayList<>();
        for (int pass = 0; pass < 2; pass++) {
            int start = hull.size();
            for (TangentPlane.Point p : sorted) {
                while (hull.size() >= start + 2 && cross(hull.get(hull.size() - 2), hull.getLast(), p) <= 0) {
                    hull.removeLast();
                }
                hull.add(p);
            }
            hull.removeLast();
            sorted = sorted.reversed();
        }
        return hull;
    }

    private static double cross(TangentPlane.Point o, TangentPlane.Point a, TangentPlane.Point b) {
        return (a.east() - o.east()) * (b.north() - o.north()) - (a.north() - o.north()) * (b.east() - o.east());
    }
}
