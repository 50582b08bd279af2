package io.jisr.detect;

import static io.jisr.detect.Events.minutes;
import static io.jisr.detect.Events.north;
import static io.jisr.detect.Events.report;
import static io.jisr.detect.Events.ship;
import static org.assertj.core.api.Assertions.assertThat;

import io.jisr.ais.identity.Mmsi;
import io.jisr.ais.message.Position;
import io.jisr.detect.geo.Port;
import io.jisr.picture.PictureEvent;
import io.jisr.picture.Vessel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EncounterDetectorTest {
    private static final double LAT = 38.0;
    private static final double LON = 5.0;
    private final Vessel carrier = ship(351_000_001);
    private final Vessel fisher = ship(224_000_001);

    /**
     * The two report every 3 minutes (the fisher one minute after the carrier), {@code metres} apart,
     * until {@code closeMinutes}; then the fisher moves 3 km away and both report for another hour.
     */
    private List<PictureEvent> together(double metres, int closeMinutes, double sog) {
        List<PictureEvent> events = new ArrayList<>();
        for (int m = 0; m <= closeMinutes + 60; m += 3) {
            events.add(report(carrier, minutes(m), LAT, LON, sog));
            if (m + 1 <= closeMinutes + 60) {
                double d = m + 1 <= closeMinutes ? metres : 3_000;
                events.add(report(fisher, minutes(m + 1), north(LAT, d), LON, sog));
            }
        }
        return events;
    }

    private static DetectionLedger run(EncounterRule rule, List<PictureEvent> events, List<Port> ports) {
        return Events.run(
                List.of(new EncounterDetector(rule, new Events.FixedGeography(100, ports))),
                events,
                events.getLast().time().plusSeconds(3600));
    }

    @Test
    void encounter_499mForTwoHoursOneMinute_opensAndClosesAfterParting() {
        DetectionLedger ledger = run(EncounterRule.GFW, together(499, 121, 0.5), List.of());

        assertThat(ledger.changes())
                .extracting(c -> c.getClass().getSimpleName())
                .containsExactly("Opened", "Closed");
        Encounter e = (Encounter) ledger.detections().getFirst();
        assertThat(e.first()).isEqualTo(Mmsi.of(224_000_001));
        assertThat(e.second()).isEqualTo(Mmsi.of(351_000_001));
        assertThat(e.start()).isEqualTo(minutes(0));
        assertThat(e.end()).contains(minutes(121));
        assertThat(e.closestMetres()).isBetween(498.9, 499.1);
        assertThat(e.medianSpeedKnots()).isBetween(0.4, 0.6);
        assertThat(e.id())
                .isEqualTo("encounter/gfw:224000001:351000001:" + minutes(0).getEpochSecond());
    }

    @Test
    void encounter_501mApart_raisesNothing() {
        assertThat(run(EncounterRule.GFW, together(501, 180, 0.5), List.of()).changes())
                .isEmpty();
    }

    @Test
    void encounter_oneHourFiftyNine_raisesNothing() {
        assertThat(run(EncounterRule.GFW, together(499, 119, 0.5), List.of()).changes())
                .isEmpty();
    }

    @Test
    void encounter_medianSpeedTwoAndAHalfKnots_raisesNothing() {
        assertThat(run(EncounterRule.GFW, together(300, 180, 2.5), List.of()).changes())
                .isEmpty();
    }

    @Test
    void encounter_nineKilometresFromAnchorage_raisesNothing() {
        Port anchorage = new Port("ESXXX", "Test anchorage", Position.of(north(LAT, 9_000), LON));

        assertThat(run(EncounterRule.GFW, together(300, 180, 0.5), List.of(anchorage))
                        .changes())
                .isEmpty();
    }

    @Test
    void encounter_elevenKilometresFromAnchorage_opens() {
        Port anchorage = new Port("ESXXX", "Test anchorage", Position.of(north(LAT, 11_000), LON));

        assertThat(run(EncounterRule.GFW, together(300, 180, 0.5), List.of(anchorage))
                        .detections())
                .hasSize(1);
    }

    @Test
    void rendezvous_249mForThirtyOneMinutes_opens() {
        assertThat(run(EncounterRule.RENDEZVOUS, together(249, 31, 1.0), List.of())
                        .detections())
                .hasSize(1);
    }

    @Test
    void rendezvous_251mForAnHour_raisesNothing() {
        assertThat(run(EncounterRule.RENDEZVOUS, together(251, 60, 1.0), List.of())
                        .changes())
                .isEmpty();
    }

    @Test
    void encounter_closeUntil3h58_updatesEveryHalfHourAsOneSituation() {
        DetectionLedger ledger = run(EncounterRule.GFW, together(400, 240, 0.5), List.of());

        assertThat(ledger.changes())
                .extracting(c -> c.detection().id())
                .containsOnly(ledger.detections().getFirst().id());
        assertThat(ledger.changes())
                .extracting(c -> c.getClass().getSimpleName())
                .containsExactly("Opened", "Updated", "Updated", "Updated", "Closed");
    }

    /**
     * Three tankers anchored {@code metresNorth} (plus 600 m each, so no two are within an encounter's
     * 500 m) from the meeting point for 13 hours.
     */
    private static List<PictureEvent> anchoredTankers(double metresNorth) {
        List<PictureEvent> events = new ArrayList<>();
        for (int m = 0; m <= 13 * 60; m += 3) {
            for (int i = 0; i < 3; i++) {
                events.add(report(ship(538_000_001 + i), minutes(m), north(LAT, metresNorth + 600.0 * i), LON, 0.1));
            }
        }
        return events;
    }

    private static DetectionLedger runWithLearntAnchorages(List<PictureEvent> events, List<Position> known) {
        LearntAnchorages anchorages = new LearntAnchorages(LearntAnchorages.Settings.DEFAULTS, known);
        List<PictureEvent> sorted = new ArrayList<>(events);
        sorted.sort((a, b) -> a.time().compareTo(b.time()));
        return Events.run(
                List.of(
                        anchorages,
                        new EncounterDetector(EncounterRule.GFW, Events.FixedGeography.offshore(), anchorages)),
                sorted,
                sorted.getLast().time().plusSeconds(3600));
    }

    @Test
    void encounter_atAPlaceLearntLaterToBeAnAnchorage_isWithdrawnWithTheReason() {
        List<PictureEvent> events = new ArrayList<>(together(300, 180, 0.5));
        events.addAll(anchoredTankers(2_000));

        DetectionLedger ledger = runWithLearntAnchorages(events, List.of());

        assertThat(ledger.changes())
                .extracting(c -> c.getClass().getSimpleName())
                .containsSubsequence("Opened", "Closed", "Withdrawn");
        assertThat(ledger.detections(DetectionKind.ENCOUNTER)).isEmpty();
        DetectionChange.Withdrawn withdrawn = ledger.withdrawals().stream()
                .filter(w -> w.detection().kind() == DetectionKind.ENCOUNTER)
                .findFirst()
                .orElseThrow();
        // The third tanker completes twelve hours at anchor on its report of 12:00; the meeting point
        // is the fisher's position, 300 m north of the carrier and 1.7 km south of the nearest tanker.
        assertThat(withdrawn.decidedAt()).isEqualTo(minutes(12 * 60));
        assertThat(withdrawn.reason())
                .startsWith("the meeting lies 1.7 km from an anchorage learnt since (3 or more ships stationary for"
                        + " PT12H within 2000 m of one another");
    }

    @Test
    void encounter_elevenKilometresFromALearntAnchorage_stands() {
        List<PictureEvent> events = new ArrayList<>(together(300, 180, 0.5));
        events.addAll(anchoredTankers(11_000));

        DetectionLedger ledger = runWithLearntAnchorages(events, List.of());

        assertThat(ledger.detections(DetectionKind.ENCOUNTER)).hasSize(1);
        assertThat(ledger.withdrawals()).isEmpty();
    }

    @Test
    void encounter_nearAnAnchorageKnownFromTheStart_neverOpens() {
        DetectionLedger ledger =
                runWithLearntAnchorages(together(300, 180, 0.5), List.of(Position.of(north(LAT, 5_000), LON)));

        assertThat(ledger.changes()).isEmpty();
    }
}
