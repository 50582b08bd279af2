package io.jisr.sim;

import io.jisr.ais.message.NavigationStatus;
import io.jisr.sim.geo.GeoPoint;
import java.util.ArrayList;
import java.util.List;

/**
 * A vessel's whole plan as contiguous legs in simulated time: its true state at any instant is a
 * function of time alone, so reports can be made at any interval without integrating motion.
 */
public final class Voyage {
    /** How long before and after a waypoint a course change is sailed, shortening Class A intervals. */
    static final long TURN_MILLIS = 30_000;

    private static final double TURN_THRESHOLD_DEGREES = 5;

    private final List<Leg> legs;
    private int cursor;

    /** Creates a voyage of contiguous legs (each starts where and when the one before ends). */
    public Voyage(List<Leg> legs) {
        if (legs.isEmpty()) {
            throw new IllegalArgumentException("a voyage needs at least one leg");
        }
        for (int i = 1; i < legs.size(); i++) {
            if (legs.get(i).startMillis() != legs.get(i - 1).endMillis()) {
                throw new IllegalArgumentException(
                        "leg " + i + " starts at " + legs.get(i).startMillis() + " ms, not when leg " + (i - 1)
                                + " ends (" + legs.get(i - 1).endMillis() + " ms)");
            }
        }
        this.legs = List.copyOf(legs);
    }

    /** Returns the legs. */
    public List<Leg> legs() {
        return legs;
    }

    /** Returns when the voyage starts. */
    public long startMillis() {
        return legs.getFirst().startMillis();
    }

    /** Returns when the voyage ends; after it the vessel stays where it ended. */
    public long endMillis() {
        return legs.getLast().endMillis();
    }

    /** Returns the true position at {@code millis}. */
    public GeoPoint positionAt(long millis) {
        return legs.get(indexAt(millis)).positionAt(millis);
    }

    /** Returns the true state at {@code millis}. */
    public VesselState stateAt(long millis) {
        int i = indexAt(millis);
        Leg leg = legs.get(i);
        GeoPoint position = leg.positionAt(millis);
        boolean moving = !leg.from().equals(leg.to()) && millis < leg.endMillis() && millis >= leg.startMillis();
        double speed = moving ? leg.speedKnots() : 0;
        double course = moving ? leg.courseDegrees() : lastCourse(i);
        double turn = 0;
        if (moving && speed > 2) {
            if (i + 1 < legs.size() && leg.endMillis() - millis <= TURN_MILLIS) {
                turn = turnTo(leg, legs.get(i + 1));
            } else if (i > 0 && millis - leg.startMillis() <= TURN_MILLIS) {
                turn = turnTo(legs.get(i - 1), leg);
            }
        }
        boolean turning = Math.abs(turn) >= TURN_THRESHOLD_DEGREES;
        // A course change is sailed over two turn windows: the rate is the change over that time.
        double rot = turning ? turn / (2 * TURN_MILLIS / 60_000.0) : 0;
        NavigationStatus status = leg.status();
        return new VesselState(position, speed, course, ((int) Math.round(course)) % 360, rot, status, turning);
    }

    private double lastCourse(int index) {
        for (int i = index; i >= 0; i--) {
            Leg leg = legs.get(i);
            if (!leg.from().equals(leg.to())) {
                return leg.courseDegrees();
            }
        }
        return 0;
    }

    private static double turnTo(Leg before, Leg after) {
        if (before.from().equals(before.to()) || after.from().equals(after.to()) || after.speedKnots() < 2) {
            return 0;
        }
        return ((after.courseDegrees() - before.courseDegrees() + 540) % 360) - 180;
    }

    /** Finds the leg holding {@code millis}; reports come in time order, so a cursor makes this O(1). */
    private int indexAt(long millis) {
        if (cursor >= legs.size() || legs.get(cursor).startMillis() > millis) {
            cursor = 0;
        }
        while (cursor + 1 < legs.size() && legs.get(cursor).endMillis() <= millis) {
            cursor++;
        }
        return cursor;
    }

    /** Builds a voyage leg by leg, each starting where and when the previous ended. */
    public static final class Builder {
        private final List<Leg> legs = new ArrayList<>();
        private GeoPoint at;
        private long millis;

        /** Starts at {@code start} at {@code startMillis}. */
        public Builder(GeoPoint start, long startMillis) {
            this.at = start;
            this.millis = startMillis;
        }

        /** Returns where the voyage so far ends. */
        public GeoPoint position() {
            return at;
        }

        /** Returns when the voyage so far ends. */
        public long millis() {
            return millis;
        }

        /** Sails to {@code to} at {@code speedKnots}. */
        public Builder sail(GeoPoint to, double speedKnots, NavigationStatus status) {
            if (!(speedKnots > 0)) {
                throw new IllegalArgumentException("sailing speed must be positive, was " + speedKnots);
            }
            long duration = Math.max(1000, Math.round(at.distanceNm(to) / speedKnots * 3_600_000));
            return leg(to, duration, status);
        }

        /** Sails each point of {@code path} in turn at {@code speedKnots}. */
        public Builder sailAlong(List<GeoPoint> path, double speedKnots) {
            for (GeoPoint p : path) {
                if (!p.equals(at)) {
                    sail(p, speedKnots, NavigationStatus.UNDER_WAY_USING_ENGINE);
                }
            }
            return this;
        }

        /** Stays at the current position for {@code durationMillis}. */
        public Builder stay(long durationMillis, NavigationStatus status) {
            return leg(at, durationMillis, status);
        }

        /** Moves to {@code to} over exactly {@code durationMillis}. */
        public Builder leg(GeoPoint to, long durationMillis, NavigationStatus status) {
            if (durationMillis <= 0) {
                throw new IllegalArgumentException("leg duration must be positive, was " + durationMillis + " ms");
            }
            legs.add(new Leg(at, to, millis, millis + durationMillis, status));
            at = to;
            millis += durationMillis;
            return this;
        }

        /** Returns the voyage. */
        public Voyage build() {
            return new Voyage(legs);
        }
    }
}
