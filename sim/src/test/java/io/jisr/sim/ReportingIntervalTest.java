package io.jisr.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.jisr.ais.AisDecoder;
import io.jisr.ais.AisSink;
import io.jisr.ais.DecodeError;
import io.jisr.ais.Reception;
import io.jisr.ais.message.AisMessage;
import io.jisr.ais.message.ClassBPositionReport;
import io.jisr.ais.message.NavigationStatus;
import io.jisr.ais.message.PositionReportClassA;
import io.jisr.ais.message.StaticAndVoyageData;
import io.jisr.ais.message.StaticDataReport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The intervals of ITU-R M.1371-5 Annex 1 Table 1 (Class A) and Table 2 (Class B "CS"), measured on
 * the produced output: the gap between one vessel's consecutive reports must be what the table gives
 * for the state the earlier report shows.
 */
class ReportingIntervalTest {
    /** One decoded report with the time of its tag block. */
    record Seen(long millis, AisMessage message) {}

    static final Map<Integer, List<Seen>> BY_MMSI = new HashMap<>();

    @BeforeAll
    static void run() {
        // No loss, and receivers everywhere: every transmission is seen, so gaps are intervals.
        List<Receiver> everywhere = new ArrayList<>();
        for (int lat = 31; lat <= 45; lat += 2) {
            for (int lon = -9; lon <= 17; lon += 2) {
                everywhere.add(
                        new Receiver("R" + lat + "_" + lon, "ALL", io.jisr.sim.geo.GeoPoint.of(lat, lon), 120, "grid"));
            }
        }
        TrafficGenerator traffic = new TrafficGenerator();
        Simulation simulation = new Simulation(
                Runs.START,
                Runs.START.plus(Duration.ofMinutes(30)),
                traffic.generate(400, 3, Runs.START, Runs.START.plus(Duration.ofMinutes(30))),
                List.of(),
                new ReceiverNetwork(everywhere, 3, 0, 0),
                3);
        List<DecodeError> errors = new ArrayList<>();
        AisDecoder decoder = new AisDecoder(new AisSink() {
            @Override
            public void message(AisMessage m, Reception r) {
                List<Seen> seen = BY_MMSI.computeIfAbsent(m.mmsi().value(), k -> new ArrayList<>());
                long t = r.receivedAt().orElseThrow().toEpochMilli();
                // One copy per transmission: overlapping receivers repeat it with the same time.
                if (seen.isEmpty()
                        || seen.getLast().millis() != t
                        || !sameKind(seen.getLast().message(), m)) {
                    seen.add(new Seen(t, m));
                }
            }

            @Override
            public void error(DecodeError error) {
                errors.add(error);
            }
        });
        simulation.run((millis, line) -> decoder.decodeLine(line));
        decoder.endOfStream();
        assertThat(errors).isEmpty();
    }

    @Test
    void classA_gapsMatchTable1ForTheStateReported() {
        int checked = 0;
        Map<Long, Integer> byInterval = new HashMap<>();
        for (List<Seen> seen : BY_MMSI.values()) {
            List<PositionReportClassA> reports = new ArrayList<>();
            List<Long> times = new ArrayList<>();
            for (Seen s : seen) {
                if (s.message() instanceof PositionReportClassA a) {
                    reports.add(a);
                    times.add(s.millis());
                }
            }
            for (int i = 0; i + 1 < reports.size(); i++) {
                PositionReportClassA a = reports.get(i);
                long gap = times.get(i + 1) - times.get(i);
                if (nearThreshold(a.speedOverGroundKnots().orElseThrow())) {
                    // Reported speed is rounded to 0.1 knot: 14.0 may be 14.04 knots, which is above 14.
                    continue;
                }
                long expected = expectedClassA(a);
                if (expected == 3_333) {
                    // Turning is a property of the true track; the report shows it as a non-zero rate of turn.
                    assertThat(gap).isEqualTo(3_333);
                } else {
                    assertThat(gap).as("gap after %s", a).isEqualTo(expected);
                }
                byInterval.merge(gap, 1, Integer::sum);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(10_000);
        // Every row of the table that the traffic exercises shows up.
        assertThat(byInterval).containsKeys(2_000L, 3_333L, 6_000L, 10_000L, 180_000L);
    }

    @Test
    void classB_gapsAre30sAbove2KnotsAnd3MinutesAtOrBelow() {
        int checked = 0;
        for (List<Seen> seen : BY_MMSI.values()) {
            List<Seen> reports = seen.stream()
                    .filter(s -> s.message() instanceof ClassBPositionReport)
                    .toList();
            for (int i = 0; i + 1 < reports.size(); i++) {
                ClassBPositionReport b = (ClassBPositionReport) reports.get(i).message();
                long gap = reports.get(i + 1).millis() - reports.get(i).millis();
                double knots = b.speedOverGroundKnots().orElseThrow();
                assertThat(gap).as("gap after %s", b).isEqualTo(knots > 2 ? 30_000 : 180_000);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(500);
    }

    @Test
    void staticData_isSentEverySixMinutes() {
        int checked = 0;
        for (List<Seen> seen : BY_MMSI.values()) {
            List<Long> times = seen.stream()
                    .filter(s ->
                            s.message() instanceof StaticAndVoyageData || s.message() instanceof StaticDataReport.PartA)
                    .map(Seen::millis)
                    .toList();
            for (int i = 0; i + 1 < times.size(); i++) {
                assertThat(times.get(i + 1) - times.get(i)).isEqualTo(360_000);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(300);
    }

    private static long expectedClassA(PositionReportClassA a) {
        double knots = a.speedOverGroundKnots().orElseThrow();
        boolean turning = a.rateOfTurn().raw() != 0;
        boolean atRest =
                a.navigationStatus() == NavigationStatus.AT_ANCHOR || a.navigationStatus() == NavigationStatus.MOORED;
        if (atRest) {
            return knots > 3 ? 10_000 : 180_000;
        }
        if (knots <= 14) {
            return turning ? 3_333 : 10_000;
        }
        if (knots <= 23) {
            return turning ? 2_000 : 6_000;
        }
        return 2_000;
    }

    private static boolean nearThreshold(double knots) {
        return Math.abs(knots - 3) < 0.051 || Math.abs(knots - 14) < 0.051 || Math.abs(knots - 23) < 0.051;
    }

    private static boolean sameKind(AisMessage a, AisMessage b) {
        return a.getClass() == b.getClass();
    }
}
