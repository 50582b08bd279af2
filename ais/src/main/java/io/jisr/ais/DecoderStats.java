package io.jisr.ais;

import java.util.EnumMap;
import java.util.Map;

/**
 * Counts of what a decoder has read: lines, sentences, messages by type and errors by kind. Updated by
 * the decoder's thread; read a consistent copy with {@link #snapshot()}.
 */
public final class DecoderStats {
    long lines;
    long sentences;
    long otherLines;
    final long[] messagesByType = new long[28];
    final long[] errorsByKind = new long[ErrorKind.values().length];

    /**
     * A copy of the counters at one moment.
     *
     * @param lines lines read
     * @param sentences VDM/VDO sentences found (including ones later rejected)
     * @param otherLines lines with no AIS sentence (other NMEA, comments, blank lines)
     * @param messages messages decoded
     * @param messagesByType messages decoded per type; index 1 to 27
     * @param errors errors by kind
     */
    public record Snapshot(
            long lines,
            long sentences,
            long otherLines,
            long messages,
            long[] messagesByType,
            Map<ErrorKind, Long> errors) {

        /** Returns the total number of errors that lost data (see {@link ErrorKind#dropsData()}). */
        public long droppingErrors() {
            return errors.entrySet().stream()
                    .filter(e -> e.getKey().dropsData())
                    .mapToLong(Map.Entry::getValue)
                    .sum();
        }

        /** Returns the number of errors of one kind. */
        public long errors(ErrorKind kind) {
            return errors.getOrDefault(kind, 0L);
        }
    }

    /** Returns a copy of the counters. */
    public Snapshot snapshot() {
        long messages = 0;
        for (long n : messagesByType) {
            messages += n;
        }
        Map<ErrorKind, Long> errors = new EnumMap<>(ErrorKind.class);
        for (ErrorKind kind : ErrorKind.values()) {
            if (errorsByKind[kind.ordinal()] > 0) {
                errors.put(kind, errorsByKind[kind.ordinal()]);
            }
        }
        return new Snapshot(
                lines,
                sentences,
                otherLines,
                messages,
                messagesByType.clone(),
                java.util.Collections.unmodifiableMap(errors));
    }
}
