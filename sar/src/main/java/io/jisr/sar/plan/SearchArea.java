package io.jisr.sar.plan;

import io.jisr.sar.drift.Position;
import java.util.ArrayList;
import java.util.List;

/**
 * An area to search: an oriented rectangle (what the parallel-track and creeping-line patterns cover) or a
 * polygon drawn by hand. Distances are measured in a {@link TangentPlane} at the area's centre.
 */
public sealed interface SearchArea permits SearchArea.Rectangle, SearchArea.Polygon {

    /** Returns the name shown to the coordinator and written in the plan's files. */
    String name();

    /** Returns the area's size, square metres. */
    double areaSquareMetres();

    /** Returns whether a point lies inside (or on the edge of) the area. */
    boolean contains(Position position);

    /** Returns the outline, first vertex not repeated at the end. */
    List<Position> outline();

    /** Returns the smallest oriented rectangle holding the area (the rectangle itself for a rectangle). */
    Rectangle enclosingRectangle();

    /**
     * An oriented rectangle.
     *
     * @param name the area's name
     * @param centre its centre
     * @param orientationDegrees the direction of its length, degrees clockwise from true north
     * @param lengthMetres its extent along the orientation
     * @param widthMetres its extent across the orientation
     */
    record Rectangle(String name, Position centre, double orientationDegrees, double lengthMetres, double widthMetres)
            implements SearchArea {

        /** Checks the name and sizes and normalises the orientation to [0, 360). */
        public Rectangle {
            requireName(name);
            if (!(lengthMetres > 0 && lengthMetres <= 2_000_000)) {
                throw new IllegalArgumentException("search area \"" + name
                        + "\": length must be more than 0 and at most 2,000 km, was " + lengthMetres + " m");
            }
            if (!(widthMetres > 0 && widthMetres <= 2_000_000)) {
                throw new IllegalArgumentException("search area \"" + name
                        + "\": width must be more than 0 and at most 2,000 km, was " + widthMetres + " m");
            }
            if (!Double.isFinite(orientationDegrees)) {
                throw new IllegalArgumentException(
                        "search area \"" + name + "\": orientation must be finite, was " + orientationDegrees);
            }
            orientationDegrees = normaliseBearing(orientationDegrees);
        }

        /**
         * Returns the smallest oriented rectangle holding every corner of the cells that together hold
         * {@code share} of the map's probability.
         */
        public static Rectangle covering(ProbabilityMap map, double share, String name) {
            List<Position> corners = new ArrayList<>();
            for (ProbabilityMap.MapCell cell : map.smallestArea(share)) {
                corners.add(new Position(cell.south(), cell.west()));
                corners.add(new Position(cell.south(), cell.east()));
                corners.add(new Position(cell.north(), cell.west()));
                corners.add(new Position(cell.north(), cell.east()));
            }
            return MinimumRectangle.enclosing(name, corners);
        }

        /** Returns the smallest oriented rectangle holding all the points (length the longer side). */
        public static Rectangle enclosing(String name, List<Position> points) {
            return MinimumRectangle.enclosing(name, points);
        }

        @Override
        public double areaSquareMetres() {
            return lengthMetres * widthMetres;
        }

        @Override
        public boolean contains(Position position) {
            TangentPlane.Point p = TangentPlane.at(centre).project(position);
            double o = Math.toRadians(orientationDegrees);
            double along = p.east() * Math.sin(o) + p.north() * Math.cos(o);
            double across = p.east() * Math.cos(o) - p.north() * Math.sin(o);
            double slack = 1e-6 * (lengthMetres + widthMetres);
            return Math.abs(along) <= lengthMetres / 2 + slack && Math.abs(across) <= widthMetres / 2 + slack;
        }

        /** Returns the corners in the plane at the centre: rear left, front left, front right, rear right. */
        List<TangentPlane.Point> cornerPoints() {
            TangentPlane.Point c = new TangentPlane.Point(0, 0);
            double right = orientationDegrees + 90;
            TangentPlane.Point rear = c.move(orientationDegrees, -lengthMetres / 2);
            TangentPlane.Point front = c.move(orientationDegrees, lengthMetres / 2);
            return List.of(
                    rear.move(right, -widthMetres / 2),
                    front.move(right, -widthMetres / 2),
                    front.move(right, widthMetres / 2),
                    rear.move(right, widthMetres / 2));
        }

        @Override
        public List<Position> outline() {
            TangentPlane plane = TangentPlane.at(centre);
            return cornerPoints().stream().map(plane::unproject).toList();
        }

        @Override
        public Rectangle enclosingRectangle() {
            return this;
        }

        /**
         * Returns the part of this rectangle between two fractions of its width, measured from its left
         * edge: how a parallel-track area is split between search units (each keeps the full length).
         */
        public Rectangle sliceAcross(String sliceName, double fromFraction, double toFraction) {
            checkFractions(fromFraction, toFraction);
            TangentPlane plane = TangentPlane.at(centre);
            double middle = ((fromFraction + toFraction) / 2 - 0.5) * widthMetres;
            Position sliceCentre = plane.unproject(new TangentPlane.Point(0, 0).move(orientationDegrees + 90, middle));
            return new Rectangle(
                    sliceName,
                    sliceCentre,
                    orientationDegrees,
                    lengthMetres,
                    (toFraction - fromFraction) * widthMetres);
        }

        private void checkFractions(double fromFraction, double toFraction) {
            if (!(fromFraction >= 0 && fromFraction < toFraction && toFraction <= 1 + 1e-12)) {
                throw new IllegalArgumentException("a slice needs 0 <= from < to <= 1, was " + fromFraction + " to "
                        + toFraction + " of \"" + name + "\"");
            }
        }

        /**
         * Returns the part of this rectangle between two fractions of its length, measured from its rear
         * edge: how an area is split between search units (creeping line: each keeps the full width).
         */
        public Rectangle sliceAlong(String sliceName, double fromFraction, double toFraction) {
            checkFractions(fromFraction, toFraction);
            TangentPlane plane = TangentPlane.at(centre);
            double middle = ((fromFraction + toFraction) / 2 - 0.5) * lengthMetres;
            Position sliceCentre = plane.unproject(new TangentPlane.Point(0, 0).move(orientationDegrees, middle));
            return new Rectangle(
                    sliceName,
                    sliceCentre,
                    orientationDegrees,
                    (toFraction - fromFraction) * lengthMetres,
                    widthMetres);
        }
    }

    /**
     * A polygon drawn by hand.
     *
     * @param name the area's name
     * @param vertices at least three vertices in order (either direction), the first not repeated
     */
    record Polygon(String name, List<Position> vertices) implements SearchArea {

        /** Checks the name and vertices and copies them. */
        public Polygon {
            requireName(name);
            vertices = List.copyOf(vertices);
            if (vertices.size() >= 2 && vertices.getFirst().equals(vertices.getLast())) {
                vertices = vertices.subList(0, vertices.size() - 1);
            }
            if (vertices.size() < 3) {
                throw new IllegalArgumentException("search area \"" + name
                        + "\": a polygon needs at least 3 distinct vertices, had " + vertices.size());
            }
        }

        private TangentPlane plane() {
            double lat = 0;
            double lon = 0;
            Position first = vertices.getFirst();
            for (Position v : vertices) {
                lat += v.latitude();
                double d = v.longitude() - first.longitude();
                lon += first.longitude() + d - 360 * Math.rint(d / 360);
            }
            lon /= vertices.size();
            lon -= 360 * Math.rint(lon / 360);
            return TangentPlane.at(new Position(lat / vertices.size(), lon));
        }

        @Override
        public double areaSquareMetres() {
            TangentPlane plane = plane();
            List<TangentPlane.Point> p = vertices.stream().map(plane::project).toList();
            double twice = 0;
            for (int i = 0; i < p.size(); i++) {
                TangentPlane.Point a = p.get(i);
                TangentPlane.Point b = p.get((i + 1) % p.size());
                twice += a.east() * b.north() - b.east() * a.north();
            }
            double area = Math.abs(twice) / 2;
            if (!(area > 0)) {
                throw new IllegalArgumentException("search area \"" + name + "\": the polygon encloses no area");
            }
            return area;
        }

        @Override
        public boolean contains(Position position) {
            TangentPlane plane = plane();
            TangentPlane.Point q = plane.project(position);
            boolean inside = false;
            int n = vertices.size();
            for (int i = 0, j = n - 1; i < n; j = i++) {
                TangentPlane.Point a = plane.project(vertices.get(i));
                TangentPlane.Point b = plane.project(vertices.get(j));
                if ((a.north() > q.north()) != (b.north() > q.north())) {
                    double east = a.east() + (q.north() - a.north()) / (b.north() - a.north()) * (b.east() - a.east());
                    if (q.east() < east) {
                        inside = !inside;
                    }
                }
            }
            return inside;
        }

        @Override
        public List<Position> outline() {
            return vertices;
        }

        @Override
        public Rectangle enclosingRectangle() {
            return MinimumRectangle.enclosing(name, vertices);
        }
    }

    private static void requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a search area needs a name, was " + (name == null ? "none" : "blank"));
        }
    }

    /** Returns a bearing in [0, 360). */
    static double normaliseBearing(double degrees) {
        double b = degrees % 360;
        if (b < 0) {
            b += 360;
        }
        return b >= 360 ? 0 : b;
    }
}
