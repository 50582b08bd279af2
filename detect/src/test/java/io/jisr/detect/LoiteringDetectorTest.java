package io.jisr.detect;

import static io.jisr.detect.Events.minutes;
import static io.jisr.detect.Events.report;
import static io.jisr.detect.Events.ship;
import static io.jisr.detect.Events.typed;
import static io.jisr.detect.Events.vessel;
import static org.assertj.core.api.Assertions.assertThat;

import io.jisr.picture.PictureEvent;
import io.jisr.picture.Vessel;
import io.jisr.picture.VesselKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoiteringDetectorTest {
    private final Vessel reefer = vessel(351_000_001, VesselKind.CLASS_A, typed(70));
    private final Vessel fisher = ship(224_000_001);

    /** Reports every 5 minutes at {@code sog} until {@code slowMinutes}, then at 10 knots for an hour. */
    private static List<PictureEvent> slowFor(Vessel v, int slowMinutes, double sog) {
        List<PictureEvent> events = new ArrayList<>();
        for (int m = 0; m <= slowMinutes; m += 1) {
            if (m % 5 == 0 || m == slowMinutes) {
                events.add(report(v, minutes(m), 38.0, 5.0 + m * 1e-5, sog));
            }
        }
        for (int m = slowMinutes + 5; m <= slowMinutes + 60; m += 5) {
            events.add(report(v, minutes(m), 38.0, 5.1 + m * 1e-3, 10));
        }
        return events;
    }

    private static DetectionLedger run(LoiteringRule rule, double shoreNm, List<PictureEvent> events) {
        return Events.run(
                List.of(new LoiteringDetector(rule, new Events.FixedGeography(shoreNm, List.of()))),
                events,
                events.getLast().time());
    }

    @Test
    void loitering_oneKnotForOneHourOneMinuteTwentyFiveMilesOut_opensAndCloses() {
        DetectionLedger ledger = run(LoiteringRule.GFW, 25, slowFor(fisher, 61, 1.0));

        assertThat(ledger.changes())
                .extracting(c -> c.getClass().getSimpleName())
                .containsExactly("Opened", "Closed");
        Loitering l = (Loitering) ledger.detections().getFirst();
        assertThat(l.start()).isEqualTo(minutes(0));
        assertThat(l.end()).contains(minutes(61));
        assertThat(l.averageSpeedKnots()).isEqualTo(1.0);
    }

    @Test
    void loitering_fiftyNineMinutes_raisesNothing() {
        assertThat(run(LoiteringRule.GFW, 25, slowFor(fisher, 59, 1.0)).changes())
                .isEmpty();
    }

    @Test
    void loitering_fifteenMilesFromShore_raisesNothing() {
        assertThat(run(LoiteringRule.GFW, 15, slowFor(fisher, 120, 1.0)).changes())
                .isEmpty();
    }

    @Test
    void loitering_twoKnots_raisesNothing() {
        assertThat(run(LoiteringRule.GFW, 25, slowFor(fisher, 120, 2.0)).changes())
                .isEmpty();
    }

    @Test
    void transshipment_cargoShipFourHoursOneMinute_opens() {
        assertThat(run(LoiteringRule.TRANSSHIPMENT, 25, slowFor(reefer, 241, 1.0))
                        .detections())
                .hasSize(1);
    }

    @Test
    void transshipment_fishingVesselFiveHours_raisesNothing() {
        assertThat(run(LoiteringRule.TRANSSHIPMENT, 25, slowFor(fisher, 300, 1.0))
                        .changes())
                .isEmpty();
    }

    @Test
    void loitering_lateFastReportSplitsItUnderOneHour_isWithdrawn() {
        List<PictureEvent> events = new ArrayList<>(slowFor(fisher, 90, 1.0));
        events.add(report(fisher, minutes(45), 38.0, 5.0, 8.0, PictureEvent.Disposition.LATE));

        DetectionLedger ledger = run(LoiteringRule.GFW, 25, events);

        assertThat(ledger.detections()).isEmpty();
        assertThat(ledger.withdrawals())
                .singleElement()
                .satisfies(w -> assertThat(w.reason()).contains("224000001 was not loitering"));
    }

    @Test
    void loitering_lateFastReportLeavesMoreThanAnHour_isShortened() {
        List<PictureEvent> events = new ArrayList<>(slowFor(fisher, 150, 1.0));
        events.add(report(fisher, minutes(20), 38.0, 5.0, 8.0, PictureEvent.Disposition.LATE));

        DetectionLedger ledger = run(LoiteringRule.GFW, 25, events);

        assertThat(ledger.detections())
                .singleElement()
                .satisfies(d -> assertThat(d.start()).isEqualTo(minutes(20)));
    }
}
