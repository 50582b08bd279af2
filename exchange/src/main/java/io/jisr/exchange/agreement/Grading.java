package io.jisr.exchange.agreement;

import io.jisr.exchange.Texts;
import java.util.Objects;

/**
 * The grading of an intelligence report in the Admiralty (NATO) system: source reliability A
 * (completely reliable) to F (cannot be judged) and information credibility 1 (confirmed) to 6
 * (cannot be judged), written together as {@code B2} (NATO AJP-2.1).
 *
 * @param reliability {@code A} to {@code F}
 * @param credibility 1 to 6
 */
public record Grading(char reliability, int credibility) {

    /** Checks the ranges. */
    public Grading {
        if (reliability < 'A' || reliability > 'F') {
            throw new IllegalArgumentException("source reliability must be A to F, was '" + reliability + "'");
        }
        if (credibility < 1 || credibility > 6) {
            throw new IllegalArgumentException("information credibility must be 1 to 6, was " + credibility);
        }
    }

    /** Reads a grading written as a letter and a digit ({@code B2}). */
    public static Grading parse(String text) {
        Objects.requireNonNull(text, "grading must not be null");
        if (text.length() != 2) {
            throw new IllegalArgumentException(
                    "a grading is a letter A-F and a digit 1-6 such as \"B2\", was \"" + Texts.excerpt(text) + "\"");
        }
        return new Grading(text.charAt(0), text.charAt(1) - '0');
    }

    /**
     * Whether this grading is at least as good as {@code minimum} on both scales. F and 6 mean "cannot
     * be judged", so they meet only a minimum of F or 6.
     */
    public boolean meets(Grading minimum) {
        return reliability <= minimum.reliability && credibility <= minimum.credibility;
    }

    @Override
    public String toString() {
        return "" + reliability + credibility;
    }
}
