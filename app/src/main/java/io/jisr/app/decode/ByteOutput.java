package io.jisr.app.decode;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A reusable byte buffer that the output writers format into and that is written to its stream in
 * large blocks: ASCII numbers, fixed-point decimals, ISO-8601 times and JSON strings, without
 * intermediate strings.
 */
final class ByteOutput {
    /*
     * Implementation note: every primitive write below needs fewer than SLACK bytes, so each checks
     * the limit once and then stores without bounds bookkeeping; only long strings check per
     * character. Numbers are formatted from integer arithmetic, two digits per step: Double.toString
     * and String.format allocate and are several times slower, and the decimals here always come
     * with the number of fraction digits their resolution deserves.
     */

    private static final int SLACK = 256;
    /** Strings up to this length are escaped in one pass with a single capacity check (6 bytes per char at worst). */
    private static final int SHORT_STRING = 40;

    private static final int[] POW10 = {
        1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000
    };
    private static final byte[] PAIRS = new byte[200];
    /** JSON_PLAIN[c]: the ASCII character c stands for itself inside a JSON string. */
    private static final boolean[] JSON_PLAIN = new boolean[128];
    /** ASCII hexadecimal digits, lower case. */
    static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    static {
        for (int i = 0; i < 100; i++) {
            PAIRS[2 * i] = (byte) ('0' + i / 10);
            PAIRS[2 * i + 1] = (byte) ('0' + i % 10);
        }
        for (int c = 0x20; c < 0x7F; c++) {
            JSON_PLAIN[c] = c != '"' && c != '\\';
        }
    }

    private final OutputStream out;
    private final byte[] buf;
    private final int limit;
    private int pos;

    private long cachedDay = Long.MIN_VALUE;
    private final byte[] cachedDate = new byte[10];

    /** Creates a buffer of {@code capacity} bytes in front of {@code out}. */
    ByteOutput(OutputStream out, int capacity) {
        if (capacity < 4 * SLACK) {
            throw new IllegalArgumentException(
                    "output buffer must hold at least " + 4 * SLACK + " bytes, was " + capacity);
        }
        this.out = out;
        this.buf = new byte[capacity];
        this.limit = capacity - SLACK;
    }

    /** Makes room for one primitive write. */
    private void reserve() {
        if (pos > limit) {
            drain();
        }
    }

    private void drain() {
        try {
            out.write(buf, 0, pos);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pos = 0;
    }

    /** Writes everything buffered to the stream and flushes it. */
    void flush() {
        drain();
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Appends one byte. */
    void write(int b) {
        reserve();
        buf[pos++] = (byte) b;
    }

    /** Appends bytes. */
    void write(byte[] bytes) {
        write(bytes, 0);
    }

    /** Appends {@code bytes} from index {@code from} on. */
    void write(byte[] bytes, int from) {
        int n = bytes.length - from;
        if (n > SLACK) {
            drain();
            try {
                out.write(bytes, from, n);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        reserve();
        System.arraycopy(bytes, from, buf, pos, n);
        pos += n;
    }

    /** Appends text that is known to be ASCII without characters needing escapes (names of constants). */
    void ascii(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            reserve();
            buf[pos++] = (byte) text.charAt(i);
        }
    }

    /** Appends a character as UTF-8; a lone surrogate becomes {@code ?}, since it has no UTF-8 form. */
    void utf8(char c) {
        reserve();
        if (c < 0x80) {
            buf[pos++] = (byte) c;
        } else if (c < 0x800) {
            buf[pos++] = (byte) (0xC0 | c >> 6);
            buf[pos++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isSurrogate(c)) {
            buf[pos++] = '?';
        } else {
            buf[pos++] = (byte) (0xE0 | c >> 12);
            buf[pos++] = (byte) (0x80 | c >> 6 & 0x3F);
            buf[pos++] = (byte) (0x80 | c & 0x3F);
        }
    }

    /** Appends a code point as UTF-8. */
    void utf8(int codePoint) {
        if (codePoint < 0x10000) {
            utf8((char) codePoint);
            return;
        }
        reserve();
        buf[pos++] = (byte) (0xF0 | codePoint >> 18);
        buf[pos++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
        buf[pos++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
        buf[pos++] = (byte) (0x80 | codePoint & 0x3F);
    }

    /**
     * Appends the JSON string literal of {@code text} (RFC 8259), in pure ASCII: quote, backslash,
     * every control character, DEL and everything outside ASCII are escaped.
     */
    void jsonString(String text) {
        int n = text.length();
        if (n > SHORT_STRING) {
            longJsonString(text);
            return;
        }
        reserve();
        byte[] b = buf;
        int p = pos;
        b[p++] = '"';
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 128 && JSON_PLAIN[c]) {
                b[p++] = (byte) c;
            } else {
                p = escape(b, p, c);
            }
        }
        b[p++] = '"';
        pos = p;
    }

    private void longJsonString(String text) {
        write('"');
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            reserve();
            if (c < 128 && JSON_PLAIN[c]) {
                buf[pos++] = (byte) c;
            } else {
                pos = escape(buf, pos, c);
            }
        }
        write('"');
    }

    /** Stores the JSON escape of {@code c} at {@code p}; returns the position after it. */
    private static int escape(byte[] b, int p, char c) {
        b[p++] = '\\';
        switch (c) {
            case '"', '\\' -> b[p++] = (byte) c;
            case '\n' -> b[p++] = 'n';
            case '\r' -> b[p++] = 'r';
            case '\t' -> b[p++] = 't';
            default -> {
                b[p++] = 'u';
                b[p++] = HEX[c >> 12 & 0xF];
                b[p++] = HEX[c >> 8 & 0xF];
                b[p++] = HEX[c >> 4 & 0xF];
                b[p++] = HEX[c & 0xF];
            }
        }
        return p;
    }

    /** Appends a long in decimal. */
    void integer(long value) {
        reserve();
        if (value >= 0 && value <= Integer.MAX_VALUE) {
            pos = putInt(buf, pos, (int) value);
        } else if (value < 0 && value >= -Integer.MAX_VALUE) {
            buf[pos++] = '-';
            pos = putInt(buf, pos, (int) -value);
        } else {
            ascii(Long.toString(value));
        }
    }

    /** Stores a non-negative int in decimal at {@code at}; returns the position after it. */
    private static int putInt(byte[] b, int at, int v) {
        int end = at + digitCount(v);
        putDigits(b, end, v);
        return end;
    }

    /** Stores the decimal digits of non-negative {@code v} so that the last one is at {@code end - 1}. */
    private static void putDigits(byte[] b, int end, int v) {
        int p = end;
        while (v >= 100) {
            int q = v / 100;
            int r = (v - q * 100) << 1;
            b[--p] = PAIRS[r + 1];
            b[--p] = PAIRS[r];
            v = q;
        }
        if (v >= 10) {
            b[--p] = PAIRS[(v << 1) + 1];
            b[--p] = PAIRS[v << 1];
        } else {
            b[--p] = (byte) ('0' + v);
        }
    }

    private static int digitCount(int v) {
        if (v < 100_000) {
            return v < 100 ? (v < 10 ? 1 : 2) : v < 1_000 ? 3 : v < 10_000 ? 4 : 5;
        }
        return v < 10_000_000 ? (v < 1_000_000 ? 6 : 7) : v < 100_000_000 ? 8 : v < 1_000_000_000 ? 9 : 10;
    }

    /** Stores {@code v} zero-padded to exactly {@code width} digits; {@code v} must fit them. */
    private static void putPadded(byte[] b, int at, int v, int width) {
        int end = at + width;
        int start = end - digitCount(v);
        putDigits(b, end, v);
        for (int i = at; i < start; i++) {
            b[i] = '0';
        }
    }

    /**
     * Appends {@code value} rounded half away from zero to {@code fractionDigits} (0 to 9) digits after
     * the point, always writing that many; returns false, writing nothing, for NaN and infinities.
     */
    boolean fixed(double value, int fractionDigits) {
        if (!Double.isFinite(value)) {
            return false;
        }
        int digits = Math.clamp(fractionDigits, 0, 9);
        int scale = POW10[digits];
        long units = Math.round(Math.abs(value) * scale);
        if (units > Integer.MAX_VALUE) {
            ascii(BigDecimal.valueOf(value)
                    .setScale(digits, RoundingMode.HALF_UP)
                    .toPlainString());
            return true;
        }
        reserve();
        if (units != 0 && value < 0) {
            // Only now: -0.04 at one digit is "0.0", never "-0.0".
            buf[pos++] = '-';
        }
        int whole = (int) units / scale;
        pos = putInt(buf, pos, whole);
        if (digits > 0) {
            buf[pos++] = '.';
            putPadded(buf, pos, (int) units - whole * scale, digits);
            pos += digits;
        }
        return true;
    }

    /**
     * Appends an instant as ISO-8601 UTC the way {@link Instant#toString()} does (fraction in groups of
     * three digits, only as long as needed), without allocating for years 0 to 9999.
     */
    void instant(Instant t) {
        instant(t.getEpochSecond(), t.getNano(), t);
    }

    /** Appends an epoch-millisecond time as {@link #instant(Instant)} does, without making the Instant. */
    void epochMilli(long millis) {
        instant(Math.floorDiv(millis, 1000), (int) Math.floorMod(millis, 1000) * 1_000_000, null);
    }

    private void instant(long seconds, int nanos, Instant original) {
        long day = Math.floorDiv(seconds, 86_400);
        if (day < -719_528 || day > 2_932_896) {
            ascii((original != null ? original : Instant.ofEpochSecond(seconds, nanos)).toString());
            return;
        }
        if (day != cachedDay) {
            // One LocalDate per new day only: consecutive messages share their date.
            LocalDate date = LocalDate.ofEpochDay(day);
            putPadded(cachedDate, 0, date.getYear(), 4);
            cachedDate[4] = '-';
            putPadded(cachedDate, 5, date.getMonthValue(), 2);
            cachedDate[7] = '-';
            putPadded(cachedDate, 8, date.getDayOfMonth(), 2);
            cachedDay = day;
        }
        reserve();
        byte[] b = buf;
        int p = pos;
        System.arraycopy(cachedDate, 0, b, p, 10);
        p += 10;
        int secondOfDay = (int) (seconds - day * 86_400);
        b[p++] = 'T';
        putPadded(b, p, secondOfDay / 3600, 2);
        b[p + 2] = ':';
        putPadded(b, p + 3, secondOfDay / 60 % 60, 2);
        b[p + 5] = ':';
        putPadded(b, p + 6, secondOfDay % 60, 2);
        p += 8;
        if (nanos != 0) {
            b[p++] = '.';
            if (nanos % 1_000_000 == 0) {
                putPadded(b, p, nanos / 1_000_000, 3);
                p += 3;
            } else if (nanos % 1_000 == 0) {
                putPadded(b, p, nanos / 1_000, 6);
                p += 6;
            } else {
                putPadded(b, p, nanos, 9);
                p += 9;
            }
        }
        b[p++] = 'Z';
        pos = p;
    }
}
