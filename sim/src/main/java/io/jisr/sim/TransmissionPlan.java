package io.jisr.sim;

import io.jisr.ais.identity.Mmsi;
import java.util.List;
import java.util.Optional;

/**
 * When and how a vessel's transponder transmits, beyond the standard's intervals: what scenarios
 * change (silences, false positions, a borrowed MMSI, a transponder that starts late or stops for
 * good).
 *
 * @param reportedMmsi the MMSI put in its messages (another vessel's, for a shared MMSI)
 * @param activeFromMillis nothing is sent before this time
 * @param activeUntilMillis nothing is sent from this time on
 * @param silences spans in which the transponder is switched off
 * @param spoofs spans in which every other position report carries a false position
 */
public record TransmissionPlan(
        Mmsi reportedMmsi, long activeFromMillis, long activeUntilMillis, List<Span> silences, List<Spoof> spoofs) {

    /** Copies the lists and checks the active span. */
    public TransmissionPlan {
        if (activeUntilMillis <= activeFromMillis) {
            throw new IllegalArgumentException("a transponder must be active for some time, was " + activeFromMillis
                    + " to " + activeUntilMillis + " ms");
        }
        silences = List.copyOf(silences);
        spoofs = List.copyOf(spoofs);
    }

    /** A plan that transmits with {@code mmsi} all the time. */
    public static TransmissionPlan always(Mmsi mmsi) {
        return new TransmissionPlan(mmsi, Long.MIN_VALUE, Long.MAX_VALUE, List.of(), List.of());
    }

    /** Returns whether the transponder sends at {@code millis}. */
    public boolean transmitsAt(long millis) {
        if (millis < activeFromMillis || millis >= activeUntilMillis) {
            return false;
        }
        for (Span s : silences) {
            if (s.contains(millis)) {
                return false;
            }
        }
        return true;
    }

    /** Returns the false-position span holding {@code millis}, if any. */
    public Optional<Spoof> spoofAt(long millis) {
        for (Spoof s : spoofs) {
            if (s.span().contains(millis)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /**
     * A span of simulated time, start included, end excluded.
     *
     * @param fromMillis start
     * @param untilMillis end, after the start
     */
    public record Span(long fromMillis, long untilMillis) {
        /** Checks the order. */
        public Span {
            if (untilMillis <= fromMillis) {
                throw new IllegalArgumentException(
                        "a span must end after it starts, was " + fromMillis + " to " + untilMillis + " ms");
            }
        }

        /** Returns whether the span holds {@code millis}. */
        public boolean contains(long millis) {
            return millis >= fromMillis && millis < untilMillis;
        }
    }

    /**
     * False positions: every other report in the span is moved {@code distanceNm} along {@code
     * bearingDegrees} from the truth, an impossible jump back and forth.
     *
     * @param span when
     * @param bearingDegrees direction of the false offset
     * @param distanceNm size of the false offset
     */
    public record Spoof(Span span, double bearingDegrees, double distanceNm) {}
}
