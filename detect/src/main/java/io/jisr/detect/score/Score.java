package io.jisr.detect.score;

import io.jisr.detect.DetectionKind;

/**
 * How well one kind of detection matched the truth.
 *
 * @param kind the detection kind
 * @param truePositives detections matched to a true event
 * @param falsePositives detections matched to none
 * @param falseNegatives true events no detection matched
 */
public record Score(DetectionKind kind, int truePositives, int falsePositives, int falseNegatives) {

    /** Returns the share of detections that were real; NaN when there were none. */
    public double precision() {
        int detected = truePositives + falsePositives;
        return detected == 0 ? Double.NaN : (double) truePositives / detected;
    }

    /** Returns the share of true events that were detected; NaN when there were none. */
    public double recall() {
        int real = truePositives + falseNegatives;
        return real == 0 ? Double.NaN : (double) truePositives / real;
    }

    @Override
    public String toString() {
        return String.format(
                java.util.Locale.ROOT,
                "%s: precision %.3f, recall %.3f (TP %d, FP %d, FN %d)",
                kind,
                precision(),
                recall(),
                truePositives,
                falsePositives,
                falseNegatives);
    }
}
