package io.jisr.sim.scenario;

import io.jisr.sim.geo.GeoPoint;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/** One thing a scenario makes happen, at a time given from the start of the simulation. */
public sealed interface ScenarioEvent {
    /** Returns the event's id, unique in its scenario, which the ground truth repeats. */
    String id();

    /** Returns the event's type name as scenario files and the ground truth spell it. */
    String type();

    /**
     * A vessel sails {@code path} and switches its AIS off at {@code at} for {@code off}, reappearing
     * farther along.
     *
     * @param id the event's id
     * @param at when AIS goes off, from the start
     * @param off how long it stays off
     * @param path where the vessel sails, from the start of the simulation
     * @param speedKnots its speed
     */
    record Dark(String id, Duration at, Duration off, List<GeoPoint> path, double speedKnots) implements ScenarioEvent {
        /** Checks the fields. */
        public Dark {
            path = Checks.path(id, path, 2);
            Checks.speed(id, speedKnots);
        }

        @Override
        public String type() {
            return "dark";
        }
    }

    /**
     * Two vessels meet at {@code meetingPoint} at {@code at}, drift side by side for {@code duration}
     * (a transfer at sea) and leave.
     *
     * @param id the event's id
     * @param at when they meet
     * @param duration how long they lie together
     * @param meetingPoint where
     * @param firstFrom where the first vessel comes from, at the start of the simulation
     * @param secondFrom where the second comes from
     */
    record Rendezvous(
            String id, Duration at, Duration duration, GeoPoint meetingPoint, GeoPoint firstFrom, GeoPoint secondFrom)
            implements ScenarioEvent {
        /** Checks the fields. */
        public Rendezvous {
            Checks.id(id);
        }

        @Override
        public String type() {
            return "rendezvous";
        }
    }

    /**
     * A vessel comes from {@code from}, arrives in a circle at {@code at}, wanders slowly in it for
     * {@code duration}, then goes back.
     *
     * @param id the event's id
     * @param at when it arrives
     * @param duration how long it loiters
     * @param centre the circle's centre
     * @param radiusNm the circle's radius
     * @param from where it comes from, at the start of the simulation
     */
    record Loiter(String id, Duration at, Duration duration, GeoPoint centre, double radiusNm, GeoPoint from)
            implements ScenarioEvent {
        /** Checks the fields. */
        public Loiter {
            Checks.id(id);
            if (!(radiusNm >= 0.2 && radiusNm <= 50)) {
                throw new IllegalArgumentException(
                        "event \"" + id + "\": loiter radius must be within 0.2..50 NM, was " + radiusNm);
            }
        }

        @Override
        public String type() {
            return "loiter";
        }
    }

    /**
     * A vessel sails {@code path} into (and maybe out of) a zone; the truth gives when it crossed.
     *
     * @param id the event's id
     * @param zoneName the zone's name
     * @param zone the zone's polygon, at least three corners (closing corner optional)
     * @param path where the vessel sails, from the start
     * @param speedKnots its speed
     */
    record ZoneEntry(String id, String zoneName, List<GeoPoint> zone, List<GeoPoint> path, double speedKnots)
            implements ScenarioEvent {
        /** Checks the fields. */
        public ZoneEntry {
            path = Checks.path(id, path, 2);
            Checks.speed(id, speedKnots);
            Objects.requireNonNull(zoneName, "zone name must not be null");
            if (zone.size() < 3) {
                throw new IllegalArgumentException(
                        "event \"" + id + "\": a zone needs at least 3 corners, had " + zone.size());
            }
            zone = List.copyOf(zone);
        }

        @Override
        public String type() {
            return "zone-entry";
        }
    }

    /**
     * A vessel's transponder reports impossible jumps: from {@code at} for {@code duration}, every
     * other report is {@code jumpNm} away from the truth.
     *
     * @param id the event's id
     * @param at when the false positions start
     * @param duration how long they go on
     * @param path where the vessel truly sails
     * @param speedKnots its speed
     * @param jumpNm how far the false positions are from the truth
     */
    record SpoofJump(String id, Duration at, Duration duration, List<GeoPoint> path, double speedKnots, double jumpNm)
            implements ScenarioEvent {
        /** Checks the fields. */
        public SpoofJump {
            path = Checks.path(id, path, 2);
            Checks.speed(id, speedKnots);
            if (!(jumpNm >= 1 && jumpNm <= 500)) {
                throw new IllegalArgumentException(
                        "event \"" + id + "\": jump must be within 1..500 NM, was " + jumpNm);
            }
        }

        @Override
        public String type() {
            return "spoof-jump";
        }
    }

    /**
     * Two vessels far apart transmit one MMSI from {@code at} for {@code duration}: the second is
     * silent except then, when it borrows the first's MMSI.
     *
     * @param id the event's id
     * @param at when the second vessel starts transmitting the shared MMSI
     * @param duration how long
     * @param firstPath where the MMSI's owner sails
     * @param secondPath where the other vessel sails
     * @param speedKnots their speed
     */
    record SharedMmsi(
            String id,
            Duration at,
            Duration duration,
            List<GeoPoint> firstPath,
            List<GeoPoint> secondPath,
            double speedKnots)
            implements ScenarioEvent {
        /** Checks the fields. */
        public SharedMmsi {
            firstPath = Checks.path(id, firstPath, 2);
            secondPath = Checks.path(id, secondPath, 2);
            Checks.speed(id, speedKnots);
        }

        @Override
        public String type() {
            return "shared-mmsi";
        }
    }

    /**
     * A small open boat leaves the coast at night and disappears (for search and rescue): it leaves
     * {@code from} at {@code at}, or at the next nightfall if that is in daylight, heads out on
     * {@code bearingDegrees} and stops transmitting after {@code duration}.
     *
     * @param id the event's id
     * @param at the earliest departure
     * @param duration how long it is heard before it disappears
     * @param from where it leaves the coast (at sea, close in)
     * @param bearingDegrees its heading out to sea
     * @param speedKnots its speed
     */
    record Distress(String id, Duration at, Duration duration, GeoPoint from, double bearingDegrees, double speedKnots)
            implements ScenarioEvent {
        /** Checks the fields. */
        public Distress {
            Checks.id(id);
            Checks.speed(id, speedKnots);
            if (!(bearingDegrees >= 0 && bearingDegrees < 360)) {
                throw new IllegalArgumentException(
                        "event \"" + id + "\": bearing must be within 0..360 degrees, was " + bearingDegrees);
            }
        }

        @Override
        public String type() {
            return "distress";
        }
    }

    /** Field checks shared by the events. */
    final class Checks {
        private Checks() {}

        static void id(String id) {
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException("every scenario event needs an id");
            }
        }

        static List<GeoPoint> path(String id, List<GeoPoint> path, int min) {
            id(id);
            if (path.size() < min) {
                throw new IllegalArgumentException(
                        "event \"" + id + "\": a path needs at least " + min + " points, had " + path.size());
            }
            return List.copyOf(path);
        }

        static void speed(String id, double knots) {
            if (!(knots >= 1 && knots <= 40)) {
                throw new IllegalArgumentException(
                        "event \"" + id + "\": speed must be within 1..40 knots, was " + knots);
            }
        }
    }
}
