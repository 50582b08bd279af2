package io.jisr.detect.score;

import static org.assertj.core.api.Assertions.assertThat;

import io.jisr.ais.identity.Mmsi;
import io.jisr.ais.message.Position;
import io.jisr.detect.AisGap;
import io.jisr.detect.Detection;
import io.jisr.detect.DetectionKind;
import io.jisr.detect.Encounter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DetectionScorerTest {
    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
    private static final Mmsi A = Mmsi.of(224_000_001);
    private static final Mmsi B = Mmsi.of(351_000_001);
    private final DetectionScorer scorer = new DetectionScorer(Duration.ofMinutes(10));

    private static Instant h(double hours) {
        return T0.plus(Duration.ofSeconds((long) (hours * 3600)));
    }

    private static AisGap gap(Mmsi m, double from, double to) {
        return new AisGap(
                "gap:" + m.value() + ":" + from,
                m,
                h(from),
                Optional.of(h(to)),
                Position.of(38, 5),
                Optional.of(Position.of(38, 5)),
                OptionalDouble.empty(),
                false);
    }

    private static TruthEvent truth(DetectionKind kind, double from, double to, Mmsi... vessels) {
        return new TruthEvent(kind, Set.of(vessels), h(from), h(to));
    }

    @Test
    void score_hitsMissesAndFalseAlarms_areCountedPerKind() {
        List<Detection> detections = List.of(
                gap(A, 1, 8), // matches truth 1-8
                gap(A, 20, 27), // no truth: false positive
                new Encounter("e", "gfw", A, B, h(2), Optional.of(h(5)), Position.of(38, 5), 0.5, 100));
        List<TruthEvent> truth = List.of(
                truth(DetectionKind.AIS_GAP, 1.1, 8, A),
                truth(DetectionKind.AIS_GAP, 40, 47, A), // missed
                truth(DetectionKind.ENCOUNTER, 2, 5, A, B));

        Map<DetectionKind, Score> scores = scorer.score(detections, truth);

        assertThat(scores.get(DetectionKind.AIS_GAP)).isEqualTo(new Score(DetectionKind.AIS_GAP, 1, 1, 1));
        assertThat(scores.get(DetectionKind.AIS_GAP).precision()).isEqualTo(0.5);
        assertThat(scores.get(DetectionKind.ENCOUNTER).recall()).isEqualTo(1.0);
    }

    @Test
    void score_oneLongDetectionOverTwoTrueEvents_matchesOnlyOne() {
        Map<DetectionKind, Score> scores = scorer.score(
                List.of(gap(A, 0, 30)),
                List.of(truth(DetectionKind.AIS_GAP, 1, 8, A), truth(DetectionKind.AIS_GAP, 10, 25, A)));

        assertThat(scores.get(DetectionKind.AIS_GAP)).isEqualTo(new Score(DetectionKind.AIS_GAP, 1, 0, 1));
    }

    @Test
    void score_edgesWithinTolerance_match_otherVesselDoesNot() {
        Map<DetectionKind, Score> scores =
                scorer.score(List.of(gap(A, 8.1, 12), gap(B, 1, 8)), List.of(truth(DetectionKind.AIS_GAP, 1, 8, A)));

        assertThat(scores.get(DetectionKind.AIS_GAP)).isEqualTo(new Score(DetectionKind.AIS_GAP, 1, 1, 0));
    }

    @Test
    void simulatorTypes_mapToTheDetectorThatShouldFindThem() {
        assertThat(SimulatorTruthTypes.kindOf("dark")).contains(DetectionKind.AIS_GAP);
        assertThat(SimulatorTruthTypes.kindOf("rendezvous")).contains(DetectionKind.ENCOUNTER);
        assertThat(SimulatorTruthTypes.kindOf("shared-mmsi")).contains(DetectionKind.IDENTITY_ANOMALY);
        assertThat(SimulatorTruthTypes.kindOf("distress")).isEmpty();
    }
}
