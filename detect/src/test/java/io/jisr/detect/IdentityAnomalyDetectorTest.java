package io.jisr.detect;

import static io.jisr.detect.Events.T0;
import static io.jisr.detect.Events.minutes;
import static io.jisr.detect.Events.report;
import static io.jisr.detect.Events.ship;
import static io.jisr.detect.Events.vessel;
import static org.assertj.core.api.Assertions.assertThat;

import io.jisr.ais.identity.ImoNumber;
import io.jisr.detect.IdentityAnomaly.Anomaly;
import io.jisr.picture.PictureEvent;
import io.jisr.picture.StaticData;
import io.jisr.picture.Vessel;
import io.jisr.picture.VesselKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class IdentityAnomalyDetectorTest {

    private static List<IdentityAnomaly> anomalies(List<PictureEvent> events) {
        return Events.run(
                        List.of(new IdentityAnomalyDetector(IdentityAnomalyDetector.Settings.DEFAULTS)),
                        events,
                        events.getLast().time())
                .detections()
                .stream()
                .map(IdentityAnomaly.class::cast)
                .toList();
    }

    private static StaticData named(String name, int imo) {
        return new StaticData(
                Optional.of(name),
                Optional.empty(),
                Optional.of(ImoNumber.of(imo)),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                OptionalDouble.empty());
    }

    @Test
    void suspectReport_isImpossibleSpeedWithTheFigures() {
        Vessel v = ship(224_000_001);
        PictureEvent.PositionReported first = report(v, minutes(0), 38.0, 5.0, 10);
        List<IdentityAnomaly> found = anomalies(
                List.of(first, report(first.vessel(), minutes(1), 39.0, 5.0, 10, PictureEvent.Disposition.SUSPECT)));

        assertThat(found).singleElement().satisfies(a -> {
            assertThat(a.anomaly()).isEqualTo(Anomaly.IMPOSSIBLE_SPEED);
            assertThat(a.detail()).isEqualTo("111.2 km from the position of " + minutes(0) + " in 60 s (3602 knots)");
            assertThat(a.position().latitude()).isEqualTo(39.0);
        });
    }

    @Test
    void alternatingBetweenTwoPlaces_isSharedMmsi() {
        Vessel v = ship(224_000_001);
        List<PictureEvent> events = new ArrayList<>();
        for (int m = 0; m < 30; m += 2) {
            PictureEvent.PositionReported current = report(v, minutes(m), 38.0, 5.0, 10);
            events.add(current);
            events.add(report(current.vessel(), minutes(m + 1), 41.0, 2.0, 10, PictureEvent.Disposition.SUSPECT));
        }

        assertThat(anomalies(events))
                .extracting(IdentityAnomaly::anomaly)
                .containsExactly(Anomaly.IMPOSSIBLE_SPEED, Anomaly.SHARED_MMSI);
    }

    @Test
    void invalidMmsiAndImo_waitForAPositionAndAreReported() {
        Vessel v = vessel(12_345, VesselKind.CLASS_A, named("BAD", 1_234_568));
        List<IdentityAnomaly> found =
                anomalies(List.of(new PictureEvent.VesselAppeared(v), report(v, minutes(1), 38.0, 5.0, 10)));

        assertThat(found)
                .extracting(IdentityAnomaly::anomaly)
                .containsExactly(Anomaly.INVALID_MMSI, Anomaly.INVALID_IMO);
        assertThat(found.get(0).start()).isEqualTo(T0);
        assertThat(found.get(0).detail())
                .isEqualTo("MMSI 000012345 is not a nine-digit number of any ITU-R M.585 kind");
        assertThat(found.get(1).detail()).isEqualTo("IMO number 1234568 fails the seven-digit check-digit rule");
    }

    @Test
    void nameAndImoReplaced_isStaticDataChanged() {
        Vessel before = vessel(224_000_001, VesselKind.CLASS_A, named("OLD NAME", 9_074_729));
        PictureEvent.PositionReported placed = report(before, minutes(0), 38.0, 5.0, 10);
        Vessel after = new Vessel(
                before.mmsi(),
                before.kind(),
                named("NEW NAME", 9_176_187),
                placed.vessel().lastFix(),
                before.firstSeen(),
                minutes(5),
                2,
                before.heardBy());

        List<IdentityAnomaly> found =
                anomalies(List.of(placed, new PictureEvent.StaticDataChanged(after, before.staticData(), minutes(5))));

        assertThat(found).singleElement().satisfies(a -> {
            assertThat(a.anomaly()).isEqualTo(Anomaly.STATIC_DATA_CHANGED);
            assertThat(a.detail()).isEqualTo("name OLD NAME → NEW NAME; IMO 9074729 → 9176187");
        });
    }

    @Test
    void firstStaticData_isNotAChange() {
        Vessel before = ship(224_000_001);
        PictureEvent.PositionReported placed = report(before, minutes(0), 38.0, 5.0, 10);
        Vessel after = new Vessel(
                before.mmsi(),
                before.kind(),
                named("NAME", 9_074_729),
                placed.vessel().lastFix(),
                before.firstSeen(),
                minutes(5),
                2,
                before.heardBy());

        assertThat(anomalies(List.of(placed, new PictureEvent.StaticDataChanged(after, StaticData.NONE, minutes(5)))))
                .isEmpty();
    }

    @Test
    void aidToNavigationMovingOneAndAHalfKilometres_isFixedStationMoved() {
        Vessel aton = vessel(992_241_001, VesselKind.AID_TO_NAVIGATION, StaticData.NONE);

        List<IdentityAnomaly> found = anomalies(List.of(
                report(aton, minutes(0), 38.0, 5.0, 0),
                report(aton, minutes(3), 38.0005, 5.0, 0),
                report(aton, minutes(6), 38.0135, 5.0, 0)));

        assertThat(found).singleElement().satisfies(a -> {
            assertThat(a.anomaly()).isEqualTo(Anomaly.FIXED_STATION_MOVED);
            assertThat(a.detail()).isEqualTo("AID_TO_NAVIGATION 992241001 is 1501 m from where it was first heard");
        });
    }

    @Test
    void sarAircraftFasterThanAShip_isNotAnAnomaly() {
        Vessel aircraft = vessel(111_224_001, VesselKind.SAR_AIRCRAFT, StaticData.NONE);
        PictureEvent.PositionReported first = report(aircraft, minutes(0), 38.0, 5.0, 140);

        assertThat(anomalies(List.of(
                        first, report(first.vessel(), minutes(1), 38.04, 5.0, 140, PictureEvent.Disposition.SUSPECT))))
                .isEmpty();
    }

    private static StaticData sized(int toBow, int toStern, int toPort, int toStarboard) {
        return new StaticData(
                Optional.of("SAME NAME"),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(new io.jisr.ais.message.Dimensions(toBow, toStern, toPort, toStarboard)),
                Optional.empty(),
                Optional.empty(),
                OptionalDouble.empty());
    }

    private static List<IdentityAnomaly> changedFrom(StaticData first, StaticData second) {
        Vessel before = vessel(224_000_001, VesselKind.CLASS_A, first);
        PictureEvent.PositionReported placed = report(before, minutes(0), 38.0, 5.0, 10);
        Vessel after = new Vessel(
                before.mmsi(),
                before.kind(),
                second,
                placed.vessel().lastFix(),
                before.firstSeen(),
                minutes(5),
                2,
                before.heardBy());
        return anomalies(List.of(placed, new PictureEvent.StaticDataChanged(after, first, minutes(5))));
    }

    @Test
    void antennaPositionMovedSameLengthAndBeam_isNoChange() {
        // Seen on the recorded real data: 144 + 31 m and 9 + 17 m, then 141 + 34 m and 7 + 19 m.
        assertThat(changedFrom(sized(144, 31, 9, 17), sized(141, 34, 7, 19))).isEmpty();
    }

    @Test
    void lengthChanged_isStaticDataChangedWithTheSizes() {
        assertThat(changedFrom(sized(49, 7, 9, 3), sized(25, 25, 5, 4)))
                .singleElement()
                .satisfies(a -> assertThat(a.detail()).isEqualTo("size 56 x 12 m → 50 x 9 m"));
    }

    @Test
    void imoWithEveryBitSet_isNotSetRatherThanInvalid() {
        Vessel v = vessel(224_000_001, VesselKind.CLASS_A, named("UNSET", (1 << 30) - 1));

        assertThat(anomalies(List.of(new PictureEvent.VesselAppeared(v), report(v, minutes(1), 38.0, 5.0, 10))))
                .isEmpty();
    }
}
