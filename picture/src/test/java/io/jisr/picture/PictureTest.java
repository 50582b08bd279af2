package io.jisr.picture;

import static org.assertj.core.api.Assertions.assertThat;

import io.jisr.ais.Reception;
import io.jisr.ais.identity.ImoNumber;
import io.jisr.ais.identity.Mmsi;
import io.jisr.ais.message.AisMessage;
import io.jisr.ais.message.Dimensions;
import io.jisr.ais.message.EpfdType;
import io.jisr.ais.message.ManeuverIndicator;
import io.jisr.ais.message.NavigationStatus;
import io.jisr.ais.message.Position;
import io.jisr.ais.message.PositionReportClassA;
import io.jisr.ais.message.RateOfTurn;
import io.jisr.ais.message.ReportSecond;
import io.jisr.ais.message.ShipType;
import io.jisr.ais.message.StaticAndVoyageData;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PictureTest {

    static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");
    static final Mmsi ALGIERS_FERRY = Mmsi.of(605123456);

    final Picture picture =
            new Picture(PictureSettings.defaults(), m -> m.mid() == 605 ? Optional.of("DZA") : Optional.empty());
    final List<PictureEvent> events = new ArrayList<>();

    static PositionReportClassA position(Mmsi mmsi, double lat, double lon, double knots) {
        return new PositionReportClassA(
                1,
                0,
                mmsi,
                NavigationStatus.UNDER_WAY_USING_ENGINE,
                RateOfTurn.ofRaw(0),
                OptionalDouble.of(knots),
                true,
                Optional.of(Position.of(lat, lon)),
                OptionalDouble.of(45.0),
                OptionalInt.of(44),
                ReportSecond.ofRaw(10),
                ManeuverIndicator.NOT_AVAILABLE,
                false,
                0);
    }

    static StaticAndVoyageData voyage(Mmsi mmsi, String name, String destination) {
        return new StaticAndVoyageData(
                0,
                mmsi,
                2,
                Optional.of(ImoNumber.of(9134270)),
                Optional.of("7TAB"),
                Optional.of(name),
                Optional.of(ShipType.of(60)),
                new Dimensions(100, 40, 10, 12),
                EpfdType.GPS,
                Optional.empty(),
                OptionalDouble.of(6.2),
                Optional.of(destination),
                true);
    }

    void apply(AisMessage message, Instant time, String receiver) {
        picture.apply(new Observation(message, reception(), time, receiver), events::add);
    }

    static Reception reception() {
        return new Reception("AI", false, Optional.of("A"), Optional.empty(), Optional.empty(), 1, 1);
    }

    @Test
    void apply_firstReport_addsVesselAndSaysSo() {
        apply(position(ALGIERS_FERRY, 36.8, 3.06, 12), T0, "algiers");
        Vessel v = picture.vessel(ALGIERS_FERRY).orElseThrow();
        assertThat(v.kind()).isEqualTo(VesselKind.CLASS_A);
        assertThat(v.lastFix().orElseThrow().position()).isEqualTo(Position.of(36.8, 3.06));
        assertThat(v.firstSeen()).isEqualTo(T0);
        assertThat(v.heardBy().asMap()).containsEntry("algiers", T0);
        assertThat(events).hasSize(2);
        assertThat(events.get(0)).isInstanceOf(PictureEvent.VesselAppeared.class);
        assertThat(((PictureEvent.PositionReported) events.get(1)).disposition())
                .isEqualTo(PictureEvent.Disposition.CURRENT);
    }

    @Test
    void apply_olderReport_isHistoryOnly() {
        apply(position(ALGIERS_FERRY, 36.80, 3.06, 12), T0, "algiers");
        apply(position(ALGIERS_FERRY, 36.79, 3.05, 12), T0.minusSeconds(60), "algiers");
        Vessel v = picture.vessel(ALGIERS_FERRY).orElseThrow();
        assertThat(v.lastFix().orElseThrow().time()).isEqualTo(T0);
        assertThat(v.lastSeen()).isEqualTo(T0);
        assertThat(((PictureEvent.PositionReported) events.getLast()).disposition())
                .isEqualTo(PictureEvent.Disposition.LATE);
    }

    @Test
    void apply_impossibleJump_isSuspectAndDoesNotMoveTheVessel() {
        apply(position(ALGIERS_FERRY, 36.80, 3.06, 12), T0, "algiers");
        // One degree of latitude (60 NM) in one minute: 3,600 knots.
        apply(position(ALGIERS_FERRY, 37.80, 3.06, 12), T0.plusSeconds(60), "algiers");
        Vessel v = picture.vessel(ALGIERS_FERRY).orElseThrow();
        assertThat(v.lastFix().orElseThrow().position()).isEqualTo(Position.of(36.80, 3.06));
        var reported = (PictureEvent.PositionReported) events.getLast();
        assertThat(reported.disposition()).isEqualTo(PictureEvent.Disposition.SUSPECT);
        assertThat(reported.fix().suspect()).isTrue();
    }

    @Test
    void apply_jumpConfirmedByConsistentReports_movesTheVessel() {
        apply(position(ALGIERS_FERRY, 36.80, 3.06, 12), T0, "algiers");
        apply(position(ALGIERS_FERRY, 37.80, 3.06, 12), T0.plusSeconds(60), "algiers");
        apply(position(ALGIERS_FERRY, 37.801, 3.061, 12), T0.plusSeconds(70), "algiers");
        Vessel v = picture.vessel(ALGIERS_FERRY).orElseThrow();
        assertThat(v.lastFix().orElseThrow().position()).isEqualTo(Position.of(37.801, 3.061));
        assertThat(((PictureEvent.PositionReported) events.getLast()).disposition())
                .isEqualTo(PictureEvent.Disposition.CURRENT);
    }

    @Test
    void apply_plausibleMove_isCurrent() {
        apply(position(ALGIERS_FERRY, 36.80, 3.06, 12), T0, "algiers");
        // 0.05 degree latitude (3 NM) in 15 minutes: 12 knots.
        apply(position(ALGIERS_FERRY, 36.85, 3.06, 12), T0.plus(Duration.ofMinutes(15)), "algiers");
        assertThat(picture.vessel(ALGIERS_FERRY)
                        .orElseThrow()
                        .lastFix()
                        .orElseThrow()
                        .position()
                        .latitude())
                .isEqualTo(36.85);
    }

    @Test
    void apply_staticData_mergesAndReportsChanges() {
        apply(voyage(ALGIERS_FERRY, "TARIQ IBN ZIYAD", "ALGER"), T0, "algiers");
        apply(voyage(ALGIERS_FERRY, "TARIQ IBN ZIYAD", "MARSEILLE"), T0.plusSeconds(360), "algiers");
        Vessel v = picture.vessel(ALGIERS_FERRY).orElseThrow();
        assertThat(v.staticData().destination()).contains("MARSEILLE");
        assertThat(v.staticData().dimensions()).contains(new Dimensions(100, 40, 10, 12));
        var changed = (PictureEvent.StaticDataChanged) events.getLast();
        assertThat(changed.previous().destination()).contains("ALGER");
        assertThat(v.category()).isEqualTo(ShipCategory.PASSENGER);
    }

    @Test
    void apply_sameStaticDataAgain_reportsNoChange() {
        apply(voyage(ALGIERS_FERRY, "TARIQ IBN ZIYAD", "ALGER"), T0, "algiers");
        apply(voyage(ALGIERS_FERRY, "TARIQ IBN ZIYAD", "ALGER"), T0.plusSeconds(360), "oran");
        assertThat(events).hasSize(1);
        assertThat(picture.vessel(ALGIERS_FERRY).orElseThrow().heardBy().asMap())
                .containsOnlyKeys("algiers", "oran");
    }

    @Test
    void sweepStale_reportsEachSilentVesselOnce() {
        apply(position(ALGIERS_FERRY, 36.8, 3.06, 12), T0, "algiers");
        events.clear();
        picture.sweepStale(T0.plus(Duration.ofMinutes(29)), events::add);
        assertThat(events).isEmpty();
        picture.sweepStale(T0.plus(Duration.ofMinutes(31)), events::add);
        picture.sweepStale(T0.plus(Duration.ofMinutes(40)), events::add);
        assertThat(events).singleElement().isInstanceOf(PictureEvent.VesselWentStale.class);
    }

    @Test
    void inBox_returnsOnlyVesselsInsideThatPassTheFilter() {
        apply(position(ALGIERS_FERRY, 36.8, 3.06, 12), T0, "algiers");
        apply(position(Mmsi.of(247123000), 41.3, 2.2, 0.1), T0, "algiers");
        apply(position(Mmsi.of(636012345), 35.9, -5.5, 15), T0, "algiers");
        var westernMed = new BoundingBox(35, -1, 42, 10);
        assertThat(picture.inBox(westernMed, VesselFilter.ALL, T0, 100))
                .extracting(v -> v.mmsi().value())
                .containsExactlyInAnyOrder(605123456, 247123000);
        var moving = new VesselFilter(
                Set.of(),
                Set.of(),
                Set.of(),
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                VesselFilter.Movement.MOVING,
                Optional.empty());
        assertThat(picture.inBox(westernMed, moving, T0, 100))
                .extracting(v -> v.mmsi().value())
                .containsExactly(605123456);
        var algerian = new VesselFilter(
                Set.of(),
                Set.of(),
                Set.of("DZA"),
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                VesselFilter.Movement.ANY,
                Optional.empty());
        assertThat(picture.inBox(BoundingBox.WORLD, algerian, T0, 100))
                .extracting(v -> v.mmsi().value())
                .containsExactly(605123456);
    }

    @Test
    void inBox_acrossTheAntimeridian_findsBothSides() {
        apply(position(Mmsi.of(503000001), -16.0, 179.9, 5), T0, "fiji");
        apply(position(Mmsi.of(503000002), -16.0, -179.9, 5), T0, "fiji");
        apply(position(Mmsi.of(503000003), -16.0, 170.0, 5), T0, "fiji");
        assertThat(picture.inBox(new BoundingBox(-20, 179, -10, -179), VesselFilter.ALL, T0, 100))
                .extracting(v -> v.mmsi().value())
                .containsExactlyInAnyOrder(503000001, 503000002);
    }

    @Test
    void search_findsByNameMmsiAndImo() {
        apply(voyage(ALGIERS_FERRY, "TARIQ IBN ZIYAD", "ALGER"), T0, "algiers");
        apply(voyage(Mmsi.of(605000001), "EL DJAZAIR II", "ORAN"), T0, "algiers");
        assertThat(picture.search("tariq", 10))
                .extracting(v -> v.mmsi().value())
                .containsExactly(605123456);
        assertThat(picture.search("605123456", 10))
                .extracting(v -> v.mmsi().value())
                .containsExactly(605123456);
        assertThat(picture.search("9134270", 10)).hasSize(2);
        assertThat(picture.search("  ", 10)).isEmpty();
    }

    @Test
    void nearest_ordersByDistance() {
        apply(position(Mmsi.of(605000001), 36.80, 3.10, 5), T0, "a");
        apply(position(Mmsi.of(605000002), 36.90, 3.10, 5), T0, "a");
        apply(position(Mmsi.of(605000003), 38.00, 3.10, 5), T0, "a");
        var near = picture.nearest(Position.of(36.79, 3.10), 2, VesselFilter.ALL, T0, 500_000);
        assertThat(near).extracting(v -> v.mmsi().value()).containsExactly(605000001, 605000002);
        assertThat(picture.nearest(Position.of(36.79, 3.10), 5, VesselFilter.ALL, T0, 20_000))
                .hasSize(2);
    }

    @Test
    void inBox_moreVesselsThanTheLimit_keepsTheMostRecentlyHeardInOrder() {
        for (int i = 0; i < 300; i++) {
            apply(
                    position(Mmsi.of(605000000 + i), 36 + (i % 10) * 0.01, 3 + (i / 10) * 0.01, 5),
                    T0.plusSeconds((i * 37) % 300),
                    "a");
        }
        var newest = picture.inBox(BoundingBox.WORLD, VesselFilter.ALL, T0, 50);
        assertThat(newest).hasSize(50);
        assertThat(newest).extracting(Vessel::lastSeen).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(newest.getLast().lastSeen()).isEqualTo(T0.plusSeconds(250));
    }

    @Test
    void apply_staticDataReportOfUnknownStation_makesItClassBButNeverOverridesAKnownKind() {
        var partA = new io.jisr.ais.message.StaticDataReport.PartA(0, Mmsi.of(605777000), Optional.of("SEA BREEZE"));
        apply(partA, T0, "algiers");
        assertThat(picture.vessel(Mmsi.of(605777000)).orElseThrow().kind()).isEqualTo(VesselKind.CLASS_B);
        assertThat(picture.vessel(Mmsi.of(605777000)).orElseThrow().staticData().name())
                .contains("SEA BREEZE");

        apply(position(ALGIERS_FERRY, 36.8, 3.06, 12), T0, "algiers");
        apply(
                new io.jisr.ais.message.StaticDataReport.PartA(0, ALGIERS_FERRY, Optional.of("TARIQ")),
                T0.plusSeconds(1),
                "algiers");
        assertThat(picture.vessel(ALGIERS_FERRY).orElseThrow().kind()).isEqualTo(VesselKind.CLASS_A);
    }

    @Test
    void apply_theCurrentReportAgainAfterRestore_addsNoHistory() {
        apply(position(ALGIERS_FERRY, 36.8, 3.06, 12), T0, "algiers");
        Picture restarted = new Picture(PictureSettings.defaults(), m -> Optional.empty());
        restarted.restore(picture.vessel(ALGIERS_FERRY).orElseThrow());
        List<PictureEvent> after = new ArrayList<>();

        restarted.apply(
                new Observation(position(ALGIERS_FERRY, 36.8, 3.06, 12), reception(), T0, "algiers"), after::add);

        assertThat(after).noneMatch(e -> e instanceof PictureEvent.PositionReported);
        assertThat(restarted
                        .vessel(ALGIERS_FERRY)
                        .orElseThrow()
                        .lastFix()
                        .orElseThrow()
                        .time())
                .isEqualTo(T0);
    }

    @Test
    void restore_putsTheVesselBackWhereItWas() {
        apply(position(ALGIERS_FERRY, 36.8, 3.06, 12), T0, "algiers");
        Vessel saved = picture.vessel(ALGIERS_FERRY).orElseThrow();
        Picture restarted = new Picture(PictureSettings.defaults(), m -> Optional.empty());
        restarted.restore(saved);
        assertThat(restarted.vessel(ALGIERS_FERRY)).contains(saved);
        assertThat(restarted.inBox(new BoundingBox(36, 3, 37, 4), VesselFilter.ALL, T0, 10))
                .containsExactly(saved);
    }
}
