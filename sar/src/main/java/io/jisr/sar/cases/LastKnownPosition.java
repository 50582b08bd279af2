package io.jisr.sar.cases;

import io.jisr.sar.drift.Position;
import io.jisr.sar.drift.Seeding;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Where and when the object was last known to be, with the uncertainty of that knowledge: a point with a
 * radius, a line between two timed positions, or an area. Each gives the drift its seeding.
 */
public sealed interface LastKnownPosition {

    /** Most vertices an area may have: a coordinator's sketch, not a coastline. */
    int MAX_VERTICES = 100;

    /** Returns the time the drift starts from: the earliest time of this position. */
    Instant start();

    /** Returns how the drift's particles start from this position. */
    Seeding seeding();

    /** Returns a short description for the case log, such as {@code point 36.85000, 3.10000 ±300 m}. */
    String describe();

    /**
     * A fix with its uncertainty.
     *
     * @param position the position
     * @param time when the object was there
     * @param radiusMetres the 1-sigma radius of the position's error, metres
     */
    record PointLkp(Position position, Instant time, double radiusMetres) implements LastKnownPosition {
        /** Checks the fields (the radius by the drift's own rule). */
        public PointLkp {
            Objects.requireNonNull(position, "position");
            Objects.requireNonNull(time, "time");
            new Seeding.Point(position, radiusMetres);
        }

        @Override
        public Instant start() {
            return time;
        }

        @Override
        public Seeding seeding() {
            return new Seeding.Point(position, radiusMetres);
        }

        @Override
        public String describe() {
            return "point %s at %s ±%.0f m".formatted(format(position), time, radiusMetres);
        }
    }

    /**
     * A track between two timed positions (a vessel's route between its last two reports): the object was
     * somewhere on it, at the time the line passes there.
     *
     * @param from the first position
     * @param fromTime when the object was there
     * @param to the second position
     * @param toTime when it was there, not before {@code fromTime}
     * @param radiusMetres the 1-sigma error of both positions, metres
     */
    record LineLkp(Position from, Instant fromTime, Position to, Instant toTime, double radiusMetres)
            implements LastKnownPosition {
        /** Checks the fields (the order of the times by the drift's own rule). */
        public LineLkp {
            new Seeding.Line(from, fromTime, radiusMetres, to, toTime, radiusMetres);
        }

        @Override
        public Instant start() {
            return fromTime;
        }

        @Override
        public Seeding seeding() {
            return new Seeding.Line(from, fromTime, radiusMetres, to, toTime, radiusMetres);
        }

        @Override
        public String describe() {
            return "line %s at %s to %s at %s ±%.0f m"
                    .formatted(format(from), fromTime, format(to), toTime, radiusMetres);
        }
    }

    /**
     * An area the object was somewhere inside at a time, any place as likely as another.
     *
     * @param vertices the polygon, 3 to {@value #MAX_VERTICES} vertices, the first not repeated
     * @param time when the object was inside
     */
    record AreaLkp(List<Position> vertices, Instant time) implements LastKnownPosition {
        /** Checks and copies the vertices. */
        public AreaLkp {
            vertices = new Seeding.Area(vertices).vertices();
            if (vertices.size() > MAX_VERTICES) {
                throw new IllegalArgumentException(
                        "an area needs at most " + MAX_VERTICES + " vertices, has " + vertices.size());
            }
            Objects.requireNonNull(time, "time");
        }

        @Override
        public Instant start() {
            return time;
        }

        @Override
        public Seeding seeding() {
            return new Seeding.Area(vertices);
        }

        @Override
        public String describe() {
            return "area of " + vertices.size() + " vertices from " + format(vertices.getFirst()) + " at " + time;
        }
    }

    private static String format(Position p) {
        return "%.5f, %.5f".formatted(p.latitude(), p.longitude());
    }
}
