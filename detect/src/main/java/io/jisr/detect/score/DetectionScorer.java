package io.jisr.detect.score;

import io.jisr.ais.identity.Mmsi;
import io.jisr.detect.Detection;
import io.jisr.detect.DetectionKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Matches detections to true events one to one and counts hits and misses per kind.
 *
 * <p>A detection can match a true event of the same kind that involves the same vessels and whose
 * interval overlaps the detection's once both are widened by the tolerance (a detection still open
 * extends to the end of time). Among the possible pairs, those that overlap longest are matched
 * first, so one long detection cannot claim two true events nor two detections one event.
 */
public final class DetectionScorer {
    private final Duration tolerance;

    /** Builds a scorer that forgives interval edges off by up to {@code tolerance}. */
    public DetectionScorer(Duration tolerance) {
        if (tolerance.isNegative()) {
            throw new IllegalArgumentException("tolerance must not be negative, was " + tolerance);
        }
        this.tolerance = tolerance;
    }

    private record Candidate(int detection, int truth, long overlapMillis) {}

    /** Scores the detections against the truth, for every kind that appears in either. */
    public Map<DetectionKind, Score> score(List<? extends Detection> detections, List<TruthEvent> truth) {
        List<Candidate> candidates = new ArrayList<>();
        for (int d = 0; d < detections.size(); d++) {
            Detection det = detections.get(d);
            Set<Mmsi> vessels = new HashSet<>(det.vessels());
            for (int t = 0; t < truth.size(); t++) {
                TruthEvent e = truth.get(t);
                if (e.kind() != det.kind() || !e.vessels().equals(vessels)) {
                    continue;
                }
                long overlap = overlapMillis(det, e);
                if (overlap >= 0) {
                    candidates.add(new Candidate(d, t, overlap));
                }
            }
        }
        candidates.sort(Comparator.comparingLong(Candidate::overlapMillis)
                .reversed()
                .thenComparingInt(Candidate::detection)
                .thenComparingInt(Candidate::truth));
        boolean[] detectionMatched = new boolean[detections.size()];
        boolean[] truthMatched = new boolean[truth.size()];
        for (Candidate c : candidates) {
            if (!detectionMatched[c.detection()] && !truthMatched[c.truth()]) {
                detectionMatched[c.detection()] = true;
                truthMatched[c.truth()] = true;
            }
        }
        Map<DetectionKind, int[]> counts = new EnumMap<>(DetectionKind.class);
        for (int d = 0; d < detections.size(); d++) {
            counts.computeIfAbsent(detections.get(d).kind(), k -> new int[3])[detectionMatched[d] ? 0 : 1]++;
        }
        for (int t = 0; t < truth.size(); t++) {
            if (!truthMatched[t]) {
                counts.computeIfAbsent(truth.get(t).kind(), k -> new int[3])[2]++;
            }
        }
        Map<DetectionKind, Score> scores = new EnumMap<>(DetectionKind.class);
        counts.forEach((kind, c) -> scores.put(kind, new Score(kind, c[0], c[1], c[2])));
        return scores;
    }

    /** Returns the overlap of the widened intervals in milliseconds, negative when they do not meet. */
    private long overlapMillis(Detection d, TruthEvent e) {
        Instant dStart = d.start().minus(tolerance);
        Instant dEnd = d.end().map(t -> t.plus(tolerance)).orElse(Instant.MAX);
        Instant eStart = e.start().minus(tolerance);
        Instant eEnd = e.end().plus(tolerance);
        Instant from = dStart.isAfter(eStart) ? dStart : eStart;
        Instant to = dEnd.isBefore(eEnd) ? dEnd : eEnd;
        if (to.isBefore(from)) {
            return -1;
        }
        return Duration.between(from, to).toMillis();
    }
}
