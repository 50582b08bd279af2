package io.jisr.ais;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/** Parses the inside of a tag block, the text between its two backslashes (IEC 61162-450 §7.3.2). */
final class TagBlockParser {
    private TagBlockParser() {}

    /** The outcome: a tag block, or why there is none. */
    sealed interface Result {}

    record Parsed(TagBlock tagBlock, String problem) implements Result {}

    record Malformed(String problem) implements Result {}

    static Result parse(byte[] buf, int from, int to) {
        int star = -1;
        int xor = 0;
        for (int i = from; i < to; i++) {
            if (buf[i] == '*') {
                star = i;
                break;
            }
            xor ^= buf[i];
        }
        if (star < 0 || star + 3 != to) {
            return new Malformed("tag block must end with *hh");
        }
        int expected = Nmea.hexPair(buf[star + 1], buf[star + 2]);
        if (expected < 0) {
            return new Malformed("tag block checksum is not two hex digits");
        }
        Optional<String> source = Optional.empty();
        Optional<Instant> time = Optional.empty();
        Optional<TagBlock.Group> group = Optional.empty();
        OptionalInt lineCount = OptionalInt.empty();
        Optional<String> text = Optional.empty();
        String problem = null;
        int fieldStart = from;
        while (fieldStart < star) {
            int fieldEnd = indexOf(buf, (byte) ',', fieldStart, star);
            if (fieldEnd - fieldStart < 2 || buf[fieldStart + 1] != ':') {
                return new Malformed(
                        "tag block field \"" + Nmea.ascii(buf, fieldStart, fieldEnd) + "\" is not key:value");
            }
            int valueStart = fieldStart + 2;
            switch (buf[fieldStart]) {
                case 'c' -> {
                    long value = Nmea.digits(buf, valueStart, fieldEnd);
                    if (value < 0) {
                        problem = "tag block time c: is not a number";
                    } else {
                        time = Optional.of(Nmea.unixTime(value, fieldEnd - valueStart));
                    }
                }
                case 's' -> source = Optional.of(Nmea.ascii(buf, valueStart, fieldEnd));
                case 't' -> text = Optional.of(Nmea.ascii(buf, valueStart, fieldEnd));
                case 'n' -> {
                    long value = Nmea.digits(buf, valueStart, fieldEnd);
                    lineCount = value >= 0 && value <= Integer.MAX_VALUE
                            ? OptionalInt.of((int) value)
                            : OptionalInt.empty();
                }
                case 'g' -> {
                    group = group(buf, valueStart, fieldEnd);
                    if (group.isEmpty()) {
                        problem = "tag block group g:" + Nmea.ascii(buf, valueStart, fieldEnd)
                                + " is not part-total-id with part <= total";
                    }
                }
                default -> {
                    // d: destination, r: relative time, q: quality, T: human time: not needed downstream.
                }
            }
            fieldStart = fieldEnd + 1;
        }
        boolean checksumValid = expected == xor;
        return new Parsed(new TagBlock(source, time, group, lineCount, text, checksumValid), problem);
    }

    private static Optional<TagBlock.Group> group(byte[] buf, int from, int to) {
        int dash1 = indexOf(buf, (byte) '-', from, to);
        int dash2 = indexOf(buf, (byte) '-', dash1 + 1, to);
        if (dash1 >= to || dash2 >= to) {
            return Optional.empty();
        }
        long part = Nmea.digits(buf, from, dash1);
        long total = Nmea.digits(buf, dash1 + 1, dash2);
        if (part < 1 || total < 1 || part > total || total > 99) {
            return Optional.empty();
        }
        return Optional.of(new TagBlock.Group((int) part, (int) total, Nmea.ascii(buf, dash2 + 1, to)));
    }

    private static int indexOf(byte[] buf, byte b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (buf[i] == b) {
                return i;
            }
        }
        return to;
    }
}
