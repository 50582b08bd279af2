package io.jisr.detect;

import static io.jisr.detect.Events.minutes;
import static io.jisr.detect.Events.north;
import static io.jisr.detect.Events.report;
import static io.jisr.detect.Events.ship;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jisr.ais.message.Position;
import io.jisr.picture.PictureEvent;
import io.jisr.picture.StaticData;
import io.jisr.picture.Vessel;
import io.jisr.picture.VesselKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LearntAnchoragesTest {
    private static final double LAT = 36.0;
    private static final double LON = 2.0;

    /** Ship {@code i} lies {@code 300 i} metres north of the reference point, reporting every 3 minutes. */
    private static List<PictureEvent> anchored(int ships, int minutes, VesselKind kind) {
        List<PictureEvent> events = new ArrayList<>();
        for (int m = 0; m <= minutes; m += 3) {
            for (int i = 0; i < ships; i++) {
                Vessel v = Events.vessel(230_000_001 + i, kind, StaticData.NONE);
                events.add(report(v, minutes(m), north(LAT, 300.0 * i), LON, 0.1));
            }
        }
        return events;
    }

    private static LearntAnchorages fed(List<PictureEvent> events) {
        LearntAnchorages anchorages = new LearntAnchorages(LearntAnchorages.Settings.DEFAULTS);
        Events.run(List.of(anchorages), events, events.getLast().time());
        return anchorages;
    }

    @Test
    void threeShipsStationaryTwelveHours_makeAnAnchorage() {
        LearntAnchorages anchorages = fed(anchored(3, 12 * 60, VesselKind.CLASS_A));

        assertThat(anchorages.points()).hasSize(3);
        assertThat(anchorages.isNear(LAT, LON + 0.1, 10_000)).isTrue();
        assertThat(anchorages.isNear(LAT, LON + 0.2, 10_000)).isFalse();
    }

    @Test
    void threeShipsStationaryElevenHoursFiftySeven_makeNothingYet() {
        LearntAnchorages anchorages = fed(anchored(3, 12 * 60 - 3, VesselKind.CLASS_A));

        assertThat(anchorages.points()).isEmpty();
        assertThat(anchorages.generation()).isZero();
    }

    @Test
    void twoShipsStationaryForADay_areAMeetingNotAnAnchorage() {
        assertThat(fed(anchored(2, 24 * 60, VesselKind.CLASS_A)).points()).isEmpty();
    }

    @Test
    void buoysAndBaseStations_doNotMakeAnAnchorage() {
        assertThat(fed(anchored(5, 13 * 60, VesselKind.AID_TO_NAVIGATION)).points())
                .isEmpty();
        assertThat(fed(anchored(5, 13 * 60, VesselKind.BASE_STATION)).points()).isEmpty();
    }

    @Test
    void shipDriftingAKilometreAnHour_isNotStationary() {
        List<PictureEvent> events = new ArrayList<>();
        for (int m = 0; m <= 13 * 60; m += 3) {
            for (int i = 0; i < 3; i++) {
                events.add(
                        report(ship(230_000_001 + i), minutes(m), north(LAT, 300.0 * i + m * 1000.0 / 60), LON, 0.5));
            }
        }
        assertThat(fed(events).points()).isEmpty();
    }

    @Test
    void shipsThatSailAwayAndComeBack_restartTheirStay() {
        // Slow at the spot for 5 hours, under way at 12 knots for 2 hours (out and back), slow at the
        // spot again until 13:00: no 12 hours of stay, so no anchorage.
        List<PictureEvent> events = new ArrayList<>();
        for (int m = 0; m <= 13 * 60; m += 3) {
            boolean away = m > 5 * 60 && m < 7 * 60;
            for (int i = 0; i < 3; i++) {
                double out = away ? 10_000 : 300.0 * i;
                events.add(report(ship(230_000_001 + i), minutes(m), north(LAT, out), LON, away ? 12 : 0.1));
            }
        }
        assertThat(fed(events).points()).isEmpty();
    }

    @Test
    void silenceLongerThanAnHour_restartsTheStay() {
        List<PictureEvent> events = new ArrayList<>();
        for (int m : List.of(0, 3, 6, 7 * 60, 12 * 60 + 30)) {
            for (int i = 0; i < 3; i++) {
                events.add(report(ship(230_000_001 + i), minutes(m), north(LAT, 300.0 * i), LON, 0.1));
            }
        }
        assertThat(fed(events).points()).isEmpty();
    }

    @Test
    void knownPoints_areNearFromTheStart() {
        LearntAnchorages anchorages =
                new LearntAnchorages(LearntAnchorages.Settings.DEFAULTS, List.of(Position.of(LAT, LON)));

        assertThat(anchorages.isNear(north(LAT, 9_900), LON, 10_000)).isTrue();
        assertThat(anchorages.isNear(north(LAT, 10_100), LON, 10_000)).isFalse();
        assertThat(anchorages.generation()).isZero();
    }

    @Test
    void settings_outOfRange_areRefusedWithTheValue() {
        assertThatThrownBy(() -> new LearntAnchorages.Settings(500, Duration.ofHours(12), 1, 2_000))
                .hasMessage("anchorage vessels must be 2..1000, was 1");
        assertThatThrownBy(() -> new LearntAnchorages.Settings(0, Duration.ofHours(12), 3, 2_000))
                .hasMessage("stationary radius must be within (0, 5000] m, was 0.0");
        assertThatThrownBy(() -> new LearntAnchorages.Settings(500, Duration.ZERO, 3, 2_000))
                .hasMessage("stationary duration must be positive, was PT0S");
    }
}
