package io.jisr.detect;

import io.jisr.ais.identity.Mmsi;
import io.jisr.ais.message.Position;
import io.jisr.ais.message.ShipType;
import io.jisr.detect.geo.Geography;
import io.jisr.detect.geo.Port;
import io.jisr.picture.HeardBy;
import io.jisr.picture.PictureEvent;
import io.jisr.picture.PositionFix;
import io.jisr.picture.SphericalEarth;
import io.jisr.picture.StaticData;
import io.jisr.picture.Vessel;
import io.jisr.picture.VesselKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/** Hand-made picture events and a fake geography for detector tests. */
final class Events {
    static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
    static final double METRES_PER_DEGREE_LATITUDE = SphericalEarth.RADIUS_METRES * Math.PI / 180;

    private Events() {}

    static Instant at(Duration d) {
        return T0.plus(d);
    }

    static Instant minutes(long m) {
        return T0.plus(Duration.ofMinutes(m));
    }

    static Vessel vessel(int mmsi, VesselKind kind, StaticData data) {
        return new Vessel(Mmsi.of(mmsi), kind, data, Optional.empty(), T0, T0, 1, HeardBy.NONE);
    }

    static Vessel ship(int mmsi) {
        return vessel(mmsi, VesselKind.CLASS_A, StaticData.NONE);
    }

    static StaticData typed(int shipType) {
        return StaticData.NONE.updatedWith(new StaticData(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(ShipType.of(shipType)),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                OptionalDouble.empty()));
    }

    static PositionFix fix(Instant t, double lat, double lon, double sog, double cog) {
        return new PositionFix(
                t,
                Position.of(lat, lon),
                Double.isNaN(sog) ? OptionalDouble.empty() : OptionalDouble.of(sog),
                Double.isNaN(cog) ? OptionalDouble.empty() : OptionalDouble.of(cog),
                OptionalInt.empty(),
                Optional.empty(),
                false,
                1,
                false);
    }

    static PictureEvent.PositionReported report(Vessel v, Instant t, double lat, double lon, double sog) {
        return report(v, t, lat, lon, sog, PictureEvent.Disposition.CURRENT);
    }

    static PictureEvent.PositionReported report(
            Vessel v, Instant t, double lat, double lon, double sog, PictureEvent.Disposition disposition) {
        PositionFix f = fix(t, lat, lon, sog, 90);
        Vessel after = disposition == PictureEvent.Disposition.CURRENT
                ? new Vessel(
                        v.mmsi(), v.kind(), v.staticData(), Optional.of(f), v.firstSeen(), t, v.reports(), v.heardBy())
                : v;
        return new PictureEvent.PositionReported(
                after, disposition == PictureEvent.Disposition.SUSPECT ? f.asSuspect() : f, disposition);
    }

    /** Returns the latitude {@code metres} north of {@code lat}. */
    static double north(double lat, double metres) {
        return lat + metres / METRES_PER_DEGREE_LATITUDE;
    }

    /** A geography with the same distance from shore everywhere and the given ports. */
    record FixedGeography(double shoreNauticalMiles, List<Port> ports) implements Geography {
        static FixedGeography offshore() {
            return new FixedGeography(100, List.of());
        }

        @Override
        public double distanceToShoreNauticalMiles(double latitude, double longitude) {
            return shoreNauticalMiles;
        }

        @Override
        public Optional<Port> nearestPort(double latitude, double longitude, double metres) {
            return ports.stream()
                    .filter(p -> SphericalEarth.distanceMetres(
                                    latitude,
                                    longitude,
                                    p.position().latitude(),
                                    p.position().longitude())
                            <= metres)
                    .findFirst();
        }
    }

    /** Runs events through an engine over the given detectors and returns the ledger. */
    static DetectionLedger run(List<? extends Detector> detectors, List<? extends PictureEvent> events, Instant end) {
        DetectionLedger ledger = new DetectionLedger();
        DetectionEngine engine = new DetectionEngine(detectors, ledger, DetectionEngine.DEFAULT_STEP);
        events.forEach(engine);
        engine.advanceTo(end);
        return ledger;
    }
}
