package io.jisr.sim;

import java.time.Duration;
import java.time.format.DateTimeParseException;

/**
 * Reads a duration as people write one on a command line or in a scenario: {@code 6h}, {@code 90m},
 * {@code 1h30m}, {@code 45s}, {@code 2d}, or ISO-8601 {@code PT6H}.
 */
public final class DurationText {
    private static final long MAX_SECONDS = 366L * 24 * 3600;

    private DurationText() {}

    /**
     * Parses {@code text}.
     *
     * @throws IllegalArgumentException saying what is wrong, for anything else (empty, negative, an
     *     unknown unit, more than a year)
     */
    public static Duration parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("duration must not be empty; write it like 6h, 90m, 1h30m or PT6H");
        }
        String t = text.strip();
        Duration d;
        if (t.startsWith("P") || t.startsWith("p")) {
            try {
                d = Duration.parse(t);
            } catch (DateTimeParseException | ArithmeticException e) {
                throw invalid(text);
            }
        } else {
            d = compact(t, text);
        }
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException("duration must be positive, was \"" + text + "\"");
        }
        if (d.getSeconds() > MAX_SECONDS) {
            throw new IllegalArgumentException("duration must be at most 366 days, was \"" + text + "\"");
        }
        return d;
    }

    private static Duration compact(String t, String original) {
        long seconds = 0;
        int i = 0;
        boolean any = false;
        while (i < t.length()) {
            int digits = i;
            while (i < t.length() && Character.isDigit(t.charAt(i)) && t.charAt(i) < 128) {
                i++;
            }
            if (i == digits || i == t.length() || i - digits > 9) {
                throw invalid(original);
            }
            long value = Long.parseLong(t.substring(digits, i));
            long unit = switch (t.charAt(i)) {
                case 'd' -> 86_400;
                case 'h' -> 3_600;
                case 'm' -> 60;
                case 's' -> 1;
                default -> throw invalid(original);
            };
            i++;
            seconds += value * unit;
            if (seconds > MAX_SECONDS) {
                throw new IllegalArgumentException("duration must be at most 366 days, was \"" + original + "\"");
            }
            any = true;
        }
        if (!any) {
            throw invalid(original);
        }
        return Duration.ofSeconds(seconds);
    }

    private static IllegalArgumentException invalid(String text) {
        String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
        return new IllegalArgumentException(
                "duration \"" + shown + "\" is not valid; write it like 6h, 90m, 1h30m, 45s, 2d or PT6H");
    }
}
