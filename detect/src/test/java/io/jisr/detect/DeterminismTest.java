package io.jisr.detect;

import static io.jisr.detect.Events.minutes;
import static io.jisr.detect.Events.report;
import static io.jisr.detect.Events.ship;
import static org.assertj.core.api.Assertions.assertThat;

import io.jisr.ais.message.Position;
import io.jisr.detect.geo.Port;
import io.jisr.detect.zone.GeoJsonZones;
import io.jisr.detect.zone.ZoneImport;
import io.jisr.detect.zone.ZoneKind;
import io.jisr.detect.zone.ZoneSet;
import io.jisr.picture.PictureEvent;
import io.jisr.picture.Vessel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Message time: the same events give the same detections, however fast and in whatever chunks they come. */
class DeterminismTest {
    private static final ZoneSet ZONES = ZoneSet.of(((ZoneImport.Imported) GeoJsonZones.read(
                    "{\"type\":\"Polygon\",\"coordinates\":[[[5.0,38.0],[5.1,38.0],[5.1,38.1],[5.0,38.1],[5.0,38.0]]]}",
                    ZoneKind.OPERATOR))
            .zones());
    private static final Events.FixedGeography GEOGRAPHY =
            new Events.FixedGeography(60, List.of(new Port("ESXXX", "Test port", Position.of(38.15, 5.15))));

    /**
     * A random day and a half for a few vessels in a small sea area: drifting slowly or steaming, sometimes
     * silent for hours, in pairs close to each other, reporting every one to six minutes, for 36 hours;
     * and four moored ships around the area.
     */
    static final int MINUTES = 36 * 60;

    static List<PictureEvent> scenario(long seed, int vessels) {
        Random random = new Random(seed);
        List<PictureEvent> events = new ArrayList<>();
        for (int pair = 0; pair * 2 < vessels; pair++) {
            // Each pair shares one track, the second vessel 150 m north of the first: together while
            // drifting (an encounter), apart in timing while steaming.
            double lat = 38.0 + random.nextDouble() * 0.2;
            double lon = 5.0 + random.nextDouble() * 0.2;
            int interval = 1 + random.nextInt(6);
            List<double[]> track = new ArrayList<>();
            for (int m = random.nextInt(5); m < MINUTES; m += interval) {
                boolean slow = (m / 180 + pair) % 3 != 0;
                double sog = slow ? random.nextDouble() * 1.5 : 6 + random.nextDouble() * 6;
                lat += (slow ? 0.00002 : 0.0015) * (random.nextDouble() - 0.3);
                lon += (slow ? 0.00002 : 0.0015) * (random.nextDouble() - 0.3);
                track.add(new double[] {m * 60 + random.nextInt(30), lat, lon, sog});
            }
            for (int k = 0; k < 2 && pair * 2 + k < vessels; k++) {
                int i = pair * 2 + k;
                Vessel v = ship(224_000_000 + i);
                // The last vessel surely goes dark for 8 hours once coverage is learnt; others may.
                boolean last = i == vessels - 1;
                int silentFrom = last ? 900 : random.nextInt(2000);
                int silentFor = last ? 480 : random.nextBoolean() ? random.nextInt(600) : 0;
                for (double[] p : track) {
                    int minute = (int) (p[0] / 60);
                    if (minute >= silentFrom && minute < silentFrom + silentFor) {
                        continue;
                    }
                    events.add(report(v, Events.T0.plusSeconds((long) p[0] + 30L * k), p[1] + 0.00135 * k, p[2], p[3]));
                }
            }
        }
        // Four ships moored around the area, 0.35 degrees out, so that the area lies inside the coverage
        // the gap detector learns (it needs reception on every side of a point, see ReceptionCoverage).
        double[][] around = {{0.45, 0.1}, {-0.25, 0.1}, {0.1, 0.45}, {0.1, -0.25}};
        for (int i = 0; i < around.length; i++) {
            Vessel v = ship(224_100_000 + i);
            for (int m = i; m < MINUTES; m += 5) {
                events.add(report(v, Events.T0.plusSeconds(m * 60L), 38.0 + around[i][0], 5.0 + around[i][1], 0));
            }
        }
        events.sort(Comparator.comparing(PictureEvent::time));
        return events;
    }

    private static DetectionLedger run(List<PictureEvent> events, List<Instant> heartbeats) {
        DetectionLedger ledger = new DetectionLedger();
        DetectionEngine engine =
                new DetectionEngine(DetectorSet.defaults(GEOGRAPHY, ZONES), ledger, DetectionEngine.DEFAULT_STEP);
        int h = 0;
        for (PictureEvent e : events) {
            while (h < heartbeats.size() && heartbeats.get(h).isBefore(e.time())) {
                engine.advanceTo(heartbeats.get(h++));
            }
            engine.accept(e);
        }
        engine.advanceTo(minutes(MINUTES + 60));
        return ledger;
    }

    @org.junit.jupiter.api.Test
    void scenario_raisesDetectionsOfEveryKindTheSceneHolds() {
        DetectionLedger ledger = run(scenario(42, 20), List.of());

        assertThat(ledger.detections())
                .extracting(Detection::kind)
                .contains(
                        DetectionKind.AIS_GAP,
                        DetectionKind.ENCOUNTER,
                        DetectionKind.LOITERING,
                        DetectionKind.ZONE_VISIT,
                        DetectionKind.PORT_VISIT);
    }

    @Property(tries = 15)
    void replay_sameEventsTwice_sameChangesInSameOrder(
            @ForAll long seed, @ForAll @IntRange(min = 2, max = 25) int vessels) {
        List<PictureEvent> events = scenario(seed, vessels);

        assertThat(run(events, List.of()).changes())
                .isEqualTo(run(events, List.of()).changes());
    }

    @Property(tries = 15)
    void live_withQuietFeedHeartbeats_sameDetectionsAsFullSpeedReplay(
            @ForAll long seed, @ForAll @IntRange(min = 2, max = 25) int vessels) {
        List<PictureEvent> events = scenario(seed, vessels);
        // A live node may be told that time passed while nothing arrived; a replay is not. Heartbeats
        // never run ahead of the next event less the allowed lateness, as a live clock would not.
        List<Instant> heartbeats = new ArrayList<>();
        for (int i = 1; i < events.size(); i += 7) {
            heartbeats.add(events.get(i).time().minus(DetectionEngine.DEFAULT_LATENESS));
        }

        List<Detection> replayed = run(events, List.of()).detections();
        List<Detection> live = run(events, heartbeats).detections();

        assertThat(live).containsExactlyInAnyOrderElementsOf(replayed);
    }
}
