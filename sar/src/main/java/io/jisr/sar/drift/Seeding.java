package io.jisr.sar.drift;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** Where and when the particles start: the last known position as a point, a line or an area. */
public sealed interface Seeding {

    /** Returns the positions that define the seeding, for checking that the environment covers the case. */
    List<Position> outline();

    /**
     * A last known position with its uncertainty: particles scattered around it by a circular Gaussian.
     *
     * @param position the position
     * @param radiusMetres the 1-sigma radius of the Gaussian, metres (0 puts every particle on the point)
     */
    record Point(Position position, double radiusMetres) implements Seeding {
        /** Checks the fields. */
        public Point {
            Objects.requireNonNull(position, "position");
            requireRadius(radiusMetres);
        }

        @Override
        public List<Position> outline() {
            return List.of(position);
        }
    }

    /**
     * A track between two fixes (a vessel's route between its last two reports, or a person falling from a
     * ship somewhere along it): particles are spread evenly along the line, each released at the time the
     * line passes its place (linear in time), scattered by a Gaussian whose 1-sigma radius goes linearly
     * from {@code fromRadiusMetres} to {@code toRadiusMetres}.
     */
    record Line(
            Position from,
            Instant fromTime,
            double fromRadiusMetres,
            Position to,
            Instant toTime,
            double toRadiusMetres)
            implements Seeding {
        /** Checks the fields. */
        public Line {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(fromTime, "fromTime");
            Objects.requireNonNull(toTime, "toTime");
            if (toTime.isBefore(fromTime)) {
                throw new IllegalArgumentException(
                        "line seeding must end at or after its start, was " + fromTime + " to " + toTime);
            }
            requireRadius(fromRadiusMetres);
            requireRadius(toRadiusMetres);
        }

        @Override
        public List<Position> outline() {
            return List.of(from, to);
        }
    }

    /**
     * An area the object is somewhere inside, with equal likelihood: a polygon (first vertex not repeated),
     * filled uniformly. Keep it to a few hundred kilometres: vertices are joined by straight lines in
     * latitude and longitude.
     */
    record Area(List<Position> vertices) implements Seeding {
        /** Checks and copies the vertices. */
        public Area {
            vertices = List.copyOf(vertices);
            if (vertices.size() < 3) {
                throw new IllegalArgumentException("area seeding needs at least 3 vertices, has " + vertices.size());
            }
        }

        @Override
        public List<Position> outline() {
            return vertices;
        }
    }

    private static void requireRadius(double radius) {
        if (!(radius >= 0 && radius <= 1_000_000)) {
            throw new IllegalArgumentException("seeding radius must be 0 to 1,000,000 metres, was " + radius);
        }
    }
}
