package io.jisr.ais;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** NMEA 0183 framing arithmetic: checksums, hex digits, decimal fields and logger times. */
public final class Nmea {
    private Nmea() {}

    /** Returns the NMEA checksum of {@code text}: the XOR of its characters (IEC 61162-1 §7.2.3). */
    public static int checksum(CharSequence text) {
        int xor = 0;
        for (int i = 0; i < text.length(); i++) {
            xor ^= text.charAt(i);
        }
        return xor;
    }

    /** Returns a checksum as the two upper-case hex digits written after {@code *}. */
    public static String checksumHex(int checksum) {
        return String.format("%02X", checksum & 0xFF);
    }

    /** Returns the value of two hex digits of either case, or -1. */
    static int hexPair(byte hi, byte lo) {
        int h = hexDigit(hi);
        int l = hexDigit(lo);
        return h < 0 || l < 0 ? -1 : h << 4 | l;
    }

    private static int hexDigit(byte c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        return -1;
    }

    /** Returns the unsigned decimal number in {@code buf[from, to)}, or -1 if it is empty, not all digits or over 18 digits. */
    static long digits(byte[] buf, int from, int to) {
        if (from >= to || to - from > 18) {
            return -1;
        }
        long value = 0;
        for (int i = from; i < to; i++) {
            int d = buf[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            value = value * 10 + d;
        }
        return value;
    }

    /**
     * Interprets a UNIX time written with {@code digitCount} digits: up to 11 digits are seconds, 12 to
     * 14 milliseconds, 15 to 17 microseconds, more nanoseconds. Loggers use all four.
     */
    static Instant unixTime(long value, int digitCount) {
        if (digitCount <= 11) {
            return Instant.ofEpochSecond(value);
        }
        if (digitCount <= 14) {
            return Instant.ofEpochMilli(value);
        }
        if (digitCount <= 17) {
            return Instant.ofEpochSecond(value / 1_000_000, (value % 1_000_000) * 1_000);
        }
        return Instant.ofEpochSecond(value / 1_000_000_000, value % 1_000_000_000);
    }

    static String ascii(byte[] buf, int from, int to) {
        return new String(buf, from, Math.max(0, to - from), StandardCharsets.ISO_8859_1);
    }
}
