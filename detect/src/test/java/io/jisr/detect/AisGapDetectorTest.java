package io.jisr.detect;

import static io.jisr.detect.Events.T0;
import static io.jisr.detect.Events.minutes;
import static io.jisr.detect.Events.report;
import static io.jisr.detect.Events.ship;
import static org.assertj.core.api.Assertions.assertThat;

import io.jisr.picture.PictureEvent;
import io.jisr.picture.Vessel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AisGapDetectorTest {
    private static final double LAT = 38.0;
    private static final double LON = 5.0;
    private final Vessel dark = ship(224_000_001);
    private final Vessel clock = ship(224_000_002);

    /** Reports of {@code v} every 5 minutes from {@code fromMinute} to {@code toMinute} inclusive. */
    private static List<PictureEvent> every5(
            Vessel v, long fromMinute, long toMinute, double lat, double lon, double sog) {
        List<PictureEvent> events = new ArrayList<>();
        for (long m = fromMinute; m <= toMinute; m += 5) {
            events.add(report(v, minutes(m), lat, lon, sog));
        }
        return events;
    }

    /** Merges streams by time, as the ingest thread would see them. */
    @SafeVarargs
    private static List<PictureEvent> merged(List<PictureEvent>... streams) {
        List<PictureEvent> all = new ArrayList<>();
        for (List<PictureEvent> s : streams) {
            all.addAll(s);
        }
        all.sort((a, b) -> a.time().compareTo(b.time()));
        return all;
    }

    /**
     * Runs the events with traffic heard around the dark vessel's position (four ships 0.2 degrees
     * north, south, east and west, every 5 minutes for its first 13 hours), so that the position lies
     * inside the learnt coverage.
     */
    private static DetectionLedger run(List<PictureEvent> events, double shoreNm) {
        return runAlone(interleaved(events, surroundings(780)), shoreNm);
    }

    /** Inserts {@code others} (in time order) into {@code events} by time, keeping the order of {@code events}. */
    private static List<PictureEvent> interleaved(List<PictureEvent> events, List<PictureEvent> others) {
        List<PictureEvent> sorted = new ArrayList<>(others);
        sorted.sort((a, b) -> a.time().compareTo(b.time()));
        List<PictureEvent> all = new ArrayList<>();
        int next = 0;
        for (PictureEvent e : events) {
            while (next < sorted.size() && !sorted.get(next).time().isAfter(e.time())) {
                all.add(sorted.get(next++));
            }
            all.add(e);
        }
        all.addAll(sorted.subList(next, sorted.size()));
        return all;
    }

    private static List<PictureEvent> surroundings(long untilMinute) {
        List<PictureEvent> events = new ArrayList<>();
        double[][] around = {{0.2, 0}, {-0.2, 0}, {0, 0.2}, {0, -0.2}};
        for (int i = 0; i < around.length; i++) {
            events.addAll(every5(ship(224_000_101 + i), 0, untilMinute, LAT + around[i][0], LON + around[i][1], 0));
        }
        return events;
    }

    /** Runs the events alone: nothing else is heard. */
    private static DetectionLedger runAlone(List<PictureEvent> events, double shoreNm) {
        return Events.run(
                List.of(new AisGapDetector(AisGapSettings.DEFAULTS, new Events.FixedGeography(shoreNm, List.of()))),
                events,
                events.getLast().time());
    }

    /** A dark vessel reporting for 13 h (coverage learnt), silent, then back at {@code backMinute}. */
    private List<PictureEvent> silentUntil(long backMinute, double backLat, double backLon) {
        return merged(
                every5(dark, 0, 780, LAT, LON, 0),
                List.of(report(dark, minutes(backMinute), backLat, backLon, 5)),
                every5(clock, 0, backMinute + 60, 36.0, 0.0, 10));
    }

    @Test
    void gap_silentSixHoursOneMinuteInCoverage_opensAtDeadlineThenClosesWithEnds() {
        DetectionLedger ledger = run(silentUntil(780 + 7 * 60, LAT, LON + 0.2), 100);

        List<DetectionChange> changes = ledger.changes();
        assertThat(changes).hasSize(2);
        assertThat(changes.get(0)).isInstanceOf(DetectionChange.Opened.class);
        // Due at 19:00; decided at the first timer step once the watermark is two minutes (the allowed
        // lateness) past it: the clock vessel's 19:05 report brings the step to 19:03.
        assertThat(changes.get(0).decidedAt()).isEqualTo(minutes(780 + 363));
        AisGap gap = (AisGap) changes.get(1).detection();
        assertThat(changes.get(1)).isInstanceOf(DetectionChange.Closed.class);
        assertThat(gap.start()).isEqualTo(minutes(780));
        assertThat(gap.end()).contains(minutes(780 + 420));
        assertThat(gap.nextPosition().orElseThrow().longitude()).isEqualTo(LON + 0.2);
        // 0.2 degrees of longitude at 38 N is 9.46 nautical miles, over 7 hours.
        assertThat(gap.impliedSpeedKnots().orElseThrow()).isBetween(1.34, 1.36);
        assertThat(gap.possibleDisabling()).isFalse();
    }

    @Test
    void gap_silentFiveHoursFiftyNine_raisesNothing() {
        DetectionLedger ledger = run(silentUntil(780 + 359, LAT, LON), 100);

        assertThat(ledger.changes()).isEmpty();
    }

    @Test
    void gap_exactlySixHoursWithoutTimer_opensAndClosesAtReappearance() {
        List<PictureEvent> events =
                merged(every5(dark, 0, 780, LAT, LON, 0), List.of(report(dark, minutes(780 + 360), LAT, LON, 0)));

        DetectionLedger ledger = run(events, 100);

        assertThat(ledger.changes())
                .extracting(c -> c.getClass().getSimpleName())
                .containsExactly("Opened", "Closed");
    }

    /** The events with every report of {@code v} heard by {@code receiver} (the picture's HeardBy). */
    private static List<PictureEvent> heardBy(String receiver, List<PictureEvent> events) {
        return events.stream()
                .map(e -> e instanceof PictureEvent.PositionReported r
                        ? new PictureEvent.PositionReported(
                                r.vessel().withHeardBy(io.jisr.picture.HeardBy.NONE.with(receiver, r.time())),
                                r.fix(),
                                r.disposition())
                        : e)
                .toList();
    }

    private static DetectionLedger runWithDeclared(List<PictureEvent> events, DeclaredReceiver declared) {
        AisGapSettings settings = AisGapSettings.DEFAULTS.withDeclaredReceivers(List.of(declared));
        return Events.run(
                List.of(new AisGapDetector(settings, new Events.FixedGeography(100, List.of()))),
                events,
                events.getLast().time());
    }

    @Test
    void gap_quietWaterWithinRangeOfADeclaredReceiverThatIsHeard_isCoverage() {
        // Nothing heard around the vessel (as in the test below), but it lies 20 NM from a declared
        // receiver that passes its reports on.
        List<PictureEvent> events = heardBy("rx-coast", silentUntil(780 + 7 * 60, LAT, LON));
        DeclaredReceiver rx = new DeclaredReceiver("rx-coast", LAT - 20.0 / 60, LON, 40);

        assertThat(runWithDeclared(events, rx).changes())
                .extracting(c -> c.getClass().getSimpleName())
                .containsExactly("Opened", "Closed");
    }

    @Test
    void gap_declaredReceiverThatPassesNothingOn_isNotCoverage() {
        // The vessel's reports come through another receiver: the declared one may be down.
        List<PictureEvent> events = heardBy("rx-other", silentUntil(780 + 7 * 60, LAT, LON));
        DeclaredReceiver rx = new DeclaredReceiver("rx-coast", LAT - 20.0 / 60, LON, 40);

        assertThat(runWithDeclared(events, rx).changes()).isEmpty();
    }

    @Test
    void gap_beyondTheDeclaredRange_isNotCoverage() {
        List<PictureEvent> events = heardBy("rx-coast", silentUntil(780 + 7 * 60, LAT, LON));
        DeclaredReceiver rx = new DeclaredReceiver("rx-coast", LAT - 45.0 / 60, LON, 40);

        assertThat(runWithDeclared(events, rx).changes()).isEmpty();
    }

    @Test
    void gap_nothingHeardAroundTheVessel_isNotCoverage() {
        // Heard for 13 hours, but alone: it may sit at the edge of range, heard now and then.
        assertThat(runAlone(silentUntil(780 + 7 * 60, LAT, LON), 100).changes()).isEmpty();
    }

    @Test
    void gap_areaHeardAroundForThreeHours_isCoverage() {
        // A fresh node: three hours of traffic around the vessel are enough to place it in coverage.
        List<PictureEvent> events = new ArrayList<>(merged(
                every5(dark, 0, 180, LAT, LON, 0),
                List.of(report(dark, minutes(180 + 480), LAT, LON, 0)),
                every5(clock, 0, 700, 36.0, 0.0, 10)));
        events.addAll(surroundings(180));
        events.sort((a, b) -> a.time().compareTo(b.time()));

        assertThat(runAlone(events, 100).changes())
                .extracting(c -> c.getClass().getSimpleName())
                .containsExactly("Opened", "Closed");
    }

    @Test
    void gap_ferryBackWhereItLeftAfterARoundTripOutOfRange_raisesNothing() {
        // Leaves at 20 knots heading east (out of coverage: nothing is heard there), back 12 hours later
        // 500 m from where it left, on the return leg: not a straight passage, so not a dark ship.
        List<PictureEvent> events = merged(
                every5(dark, 0, 780, LAT, LON, 20),
                List.of(report(dark, minutes(780 + 720), Events.north(LAT, 500), LON, 20)),
                every5(clock, 0, 1560, 36.0, 0.0, 10));

        assertThat(run(events, 100).changes()).isEmpty();
    }

    @Test
    void gap_vesselSailingAlongTheEdgeBetweenTwoCoveredEnds_raisesNothing() {
        // Heard around both ends, but not between them: the path's middle lies out of coverage.
        List<PictureEvent> events = new ArrayList<>(merged(
                every5(dark, 0, 780, LAT, LON, 8),
                List.of(report(dark, minutes(780 + 420), LAT, LON + 2.0, 8)),
                every5(clock, 0, 1300, 36.0, 0.0, 10)));
        events.addAll(surroundings(780));
        double[][] around = {{0.2, 0}, {-0.2, 0}, {0, 0.2}, {0, -0.2}};
        for (int i = 0; i < around.length; i++) {
            events.addAll(every5(ship(224_000_201 + i), 0, 780, LAT + around[i][0], LON + 2.0 + around[i][1], 0));
        }
        events.sort((a, b) -> a.time().compareTo(b.time()));

        assertThat(runAlone(events, 100).changes()).isEmpty();
    }

    @Test
    void gap_vesselSailingOutOfCoverage_raisesNothing() {
        List<PictureEvent> events = merged(
                every5(dark, 0, 775, LAT, LON, 0),
                List.of(report(dark, minutes(780), LAT, LON, 15)),
                // Back seven hours later 100 nautical miles east, where nobody was ever heard.
                List.of(report(dark, minutes(780 + 420), LAT, LON + 2.1, 15)),
                every5(clock, 0, 1300, 36.0, 0.0, 10));

        assertThat(run(events, 100).changes()).isEmpty();
    }

    @Test
    void gap_lateReportInsideLeavesNoSixHours_isWithdrawn() {
        // Skylight's example shifted by two hours (so coverage is learnt first): last report 13:14, back
        // at 22:30 (9 h 16 min), then a late report of 18:20.
        List<PictureEvent> events = new ArrayList<>(merged(
                every5(dark, 0, 790, LAT, LON, 0),
                List.of(report(dark, minutes(794), LAT, LON, 0), report(dark, minutes(1350), LAT, LON, 0)),
                every5(clock, 0, 1380, 36.0, 0.0, 10)));
        events.add(report(dark, minutes(1100), LAT, LON, 0, PictureEvent.Disposition.LATE));

        DetectionLedger ledger = run(events, 100);

        assertThat(ledger.detections()).isEmpty();
        assertThat(ledger.withdrawals()).singleElement().satisfies(w -> {
            assertThat(w.detection().start()).isEqualTo(minutes(794));
            assertThat(w.reason())
                    .contains("224000001 was heard during the gap")
                    .contains("PT5H6M");
        });
    }

    @Test
    void gap_lateReportInsideLeavesEightHours_isShortened() {
        List<PictureEvent> events = new ArrayList<>(merged(
                every5(dark, 0, 780, LAT, LON, 0),
                List.of(report(dark, minutes(780 + 600), LAT, LON, 0)),
                every5(clock, 0, 1440, 36.0, 0.0, 10)));
        events.add(report(dark, minutes(780 + 120), LAT, LON, 0, PictureEvent.Disposition.LATE));

        DetectionLedger ledger = run(events, 100);

        AisGap gap = (AisGap) ledger.detections().getFirst();
        assertThat(gap.start()).isEqualTo(minutes(900));
        assertThat(gap.duration(T0)).isEqualTo(Duration.ofHours(8));
        assertThat(gap.id()).endsWith(":" + minutes(780).getEpochSecond());
    }

    @Test
    void gap_thirteenHoursFarOffshore_isPossibleDisabling() {
        DetectionLedger ledger = run(silentUntil(780 + 13 * 60, LAT, LON), 60);

        assertThat(ledger.changes())
                .extracting(c -> c.getClass().getSimpleName())
                .containsExactly("Opened", "Updated", "Closed");
        assertThat(((AisGap) ledger.detections().getFirst()).possibleDisabling())
                .isTrue();
    }

    @Test
    void gap_thirteenHoursThirtyMilesOffshore_isNotPossibleDisabling() {
        DetectionLedger ledger = run(silentUntil(780 + 13 * 60, LAT, LON), 30);

        assertThat(((AisGap) ledger.detections().getFirst()).possibleDisabling())
                .isFalse();
    }

    @Test
    void gap_timerRaisedBeforeAnOlderReportArrived_isWithdrawn() {
        List<PictureEvent> events =
                new ArrayList<>(merged(every5(dark, 0, 780, LAT, LON, 0), every5(clock, 0, 1200, 36.0, 0.0, 10)));
        // The dark vessel's report of 18:00 arrives only at 20:00 (a slow satellite feed), but it is
        // still newer than the picture's current one, so it comes as CURRENT.
        int at = events.indexOf(events.stream()
                .filter(e -> e.time().equals(minutes(1200)))
                .findFirst()
                .orElseThrow());
        events.add(at, report(dark, minutes(1080), LAT, LON, 0));

        DetectionLedger ledger = run(events, 100);

        assertThat(ledger.detections()).isEmpty();
        assertThat(ledger.withdrawals())
                .singleElement()
                .satisfies(w -> assertThat(w.reason()).contains("silent for only PT5H"));
    }
}
