package io.jisr.store;

import io.jisr.ais.identity.ImoNumber;
import io.jisr.ais.identity.Mmsi;
import io.jisr.ais.message.Dimensions;
import io.jisr.ais.message.Eta;
import io.jisr.ais.message.NavigationStatus;
import io.jisr.ais.message.Position;
import io.jisr.ais.message.ShipType;
import io.jisr.picture.PictureEvent;
import io.jisr.picture.PositionFix;
import io.jisr.picture.StaticData;
import io.jisr.picture.TrackPoint;
import io.jisr.picture.Vessel;
import io.jisr.picture.VesselKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/** Vessels and fixes as the picture makes them from AIS: positions at 1/600,000 degree, speeds in tenths. */
final class Fixtures {
    private Fixtures() {}

    static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

    /** Returns the AIS value nearest to {@code degrees}, as the decoder would produce it. */
    static double ais(double degrees) {
        return Math.round(degrees * 600_000) / 600_000.0;
    }

    /** A Class A fix under way with every field reported. */
    static PositionFix fix(Instant time, double latitude, double longitude) {
        return new PositionFix(
                time,
                Position.of(ais(latitude), ais(longitude)),
                OptionalDouble.of(12.3),
                OptionalDouble.of(231.7),
                OptionalInt.of(229),
                Optional.of(NavigationStatus.UNDER_WAY_USING_ENGINE),
                true,
                1,
                false);
    }

    /** A Class B fix with no status, course or heading. */
    static PositionFix classBFix(Instant time, double latitude, double longitude) {
        return new PositionFix(
                time,
                Position.of(ais(latitude), ais(longitude)),
                OptionalDouble.of(0.4),
                OptionalDouble.empty(),
                OptionalInt.empty(),
                Optional.empty(),
                false,
                18,
                false);
    }

    /**
     * A vessel's track: {@code n} fixes {@code step} apart from {@code start}, moving north-east, with
     * the optional fields and flags varied so every encoding path is used.
     */
    static List<PositionFix> track(Instant start, Duration step, int n, double latitude, double longitude) {
        List<PositionFix> fixes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Instant t = start.plus(step.multipliedBy(i));
            double lat = latitude + i * 0.0007;
            double lon = longitude + i * 0.0011;
            PositionFix f = i % 7 == 3 ? classBFix(t, lat, lon) : fix(t, lat, lon);
            if (i % 5 == 4) {
                f = new PositionFix(
                        f.time(),
                        f.position(),
                        OptionalDouble.of((100 + i % 9) / 10.0),
                        OptionalDouble.of((i * 37 % 3600) / 10.0),
                        OptionalInt.of(i % 360),
                        Optional.of(NavigationStatus.ofCode(i % 16)),
                        false,
                        3,
                        i % 10 == 9);
            }
            fixes.add(f);
        }
        return fixes;
    }

    /** A Class A vessel with every field known, last at {@code fix}. */
    static Vessel fullVessel(int mmsi, PositionFix fix) {
        return new Vessel(
                Mmsi.of(mmsi),
                VesselKind.CLASS_A,
                new StaticData(
                        Optional.of("EVER GIVEN"),
                        Optional.of("H3RC"),
                        Optional.of(ImoNumber.of(9811000)),
                        Optional.of(ShipType.of(71)),
                        Optional.of(new Dimensions(300, 100, 30, 29)),
                        Optional.of("NL RTM"),
                        Optional.of(
                                new Eta(OptionalInt.of(3), OptionalInt.of(14), OptionalInt.of(23), OptionalInt.of(5))),
                        OptionalDouble.of(14.5)),
                Optional.of(fix),
                T0.minusSeconds(3600).plusNanos(123_456_789),
                fix.time().plusNanos(1),
                4711,
                io.jisr.picture.HeardBy.of(
                        Map.of("rx-north", fix.time().plusNanos(987_654_321), "rx-south", T0.minusNanos(1))));
    }

    /** A station known only by its MMSI: no static data, no fix, no receiver. */
    static Vessel bareVessel(int mmsi) {
        return new Vessel(
                Mmsi.of(mmsi),
                VesselKind.UNKNOWN,
                StaticData.NONE,
                Optional.empty(),
                T0,
                T0,
                1,
                io.jisr.picture.HeardBy.NONE);
    }

    /** A vessel with partly known data: an ETA with missing parts, no dimensions, a fix with gaps. */
    static Vessel partialVessel(int mmsi) {
        return new Vessel(
                Mmsi.of(mmsi),
                VesselKind.CLASS_B,
                new StaticData(
                        Optional.of(""),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of(ShipType.of(37)),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of(new Eta(
                                OptionalInt.empty(), OptionalInt.of(2), OptionalInt.empty(), OptionalInt.of(0))),
                        OptionalDouble.empty()),
                Optional.of(new PositionFix(
                        T0.plusMillis(1),
                        Position.of(-33.856789, 151.215),
                        OptionalDouble.empty(),
                        OptionalDouble.of(0),
                        OptionalInt.empty(),
                        Optional.of(NavigationStatus.NOT_DEFINED),
                        false,
                        19,
                        true)),
                T0,
                T0.plusMillis(1),
                2,
                io.jisr.picture.HeardBy.of(Map.of("Ålesund ☂", T0)));
    }

    /** The vessel after one more report at {@code fix}. */
    static Vessel movedTo(Vessel v, PositionFix fix) {
        return new Vessel(
                v.mmsi(),
                v.kind(),
                v.staticData(),
                Optional.of(fix),
                v.firstSeen(),
                fix.time(),
                v.reports() + 1,
                v.heardBy());
    }

    static List<TrackPoint> points(int mmsi, List<PositionFix> fixes) {
        return fixes.stream().map(f -> new TrackPoint(Mmsi.of(mmsi), f)).toList();
    }

    static PictureEvent.PositionReported reported(Vessel v, PositionFix fix) {
        return new PictureEvent.PositionReported(movedTo(v, fix), fix, PictureEvent.Disposition.CURRENT);
    }
}
