package io.jisr.ais.message;

import java.util.OptionalInt;

/**
 * Estimated time of arrival as AIS sends it: month, day, hour and minute in UTC, each of which may
 * separately be "not available" (month 0, day 0, hour 24, minute 60). The year is not sent.
 *
 * @param month 1 to 12
 * @param day 1 to 31
 * @param hour 0 to 23
 * @param minute 0 to 59
 */
public record Eta(OptionalInt month, OptionalInt day, OptionalInt hour, OptionalInt minute) {

    /** Checks the ranges of the parts that are present. */
    public Eta {
        check("month", month, 1, 12);
        check("day", day, 1, 31);
        check("hour", hour, 0, 23);
        check("minute", minute, 0, 59);
    }

    /**
     * Reads the 20-bit ETA block at {@code start}; empty when every part is "not available". Values
     * beyond the defined range (month 13–15, hour 25–31, minute 61–63) are treated as not available.
     */
    public static java.util.Optional<Eta> read(BitBuffer bits, int start) {
        OptionalInt month = part(bits.unsigned(start, 4), 1, 12);
        OptionalInt day = part(bits.unsigned(start + 4, 5), 1, 31);
        OptionalInt hour = part(bits.unsigned(start + 9, 5), 0, 23);
        OptionalInt minute = part(bits.unsigned(start + 14, 6), 0, 59);
        if (month.isEmpty() && day.isEmpty() && hour.isEmpty() && minute.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Eta(month, day, hour, minute));
    }

    /** Appends the 20-bit ETA block; an empty ETA writes every part as not available. */
    public static void write(BitBuffer out, java.util.Optional<Eta> eta) {
        out.append(eta.flatMap(e -> box(e.month)).orElse(0), 4);
        out.append(eta.flatMap(e -> box(e.day)).orElse(0), 5);
        out.append(eta.flatMap(e -> box(e.hour)).orElse(24), 5);
        out.append(eta.flatMap(e -> box(e.minute)).orElse(60), 6);
    }

    /** Reports the ETA as an object {@code eta} with {@code month}, {@code day}, {@code hour}, {@code minute}. */
    public static void describe(FieldSink sink, java.util.Optional<Eta> eta) {
        if (eta.isEmpty()) {
            sink.absent("eta");
            return;
        }
        sink.beginObject("eta");
        sink.integer("month", eta.get().month);
        sink.integer("day", eta.get().day);
        sink.integer("hour", eta.get().hour);
        sink.integer("minute", eta.get().minute);
        sink.endObject();
    }

    private static java.util.Optional<Integer> box(OptionalInt v) {
        return v.isPresent() ? java.util.Optional.of(v.getAsInt()) : java.util.Optional.empty();
    }

    private static OptionalInt part(int raw, int min, int max) {
        return raw >= min && raw <= max ? OptionalInt.of(raw) : OptionalInt.empty();
    }

    private static void check(String name, OptionalInt v, int min, int max) {
        if (v.isPresent() && (v.getAsInt() < min || v.getAsInt() > max)) {
            throw new IllegalArgumentException(
                    "ETA " + name + " must be within " + min + ".." + max + ", was " + v.getAsInt());
        }
    }
}
