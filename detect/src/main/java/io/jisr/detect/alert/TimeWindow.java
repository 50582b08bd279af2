package io.jisr.detect.alert;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * A daily window of local time, for example 22:00–06:00 in {@code Europe/Madrid}; a window whose end
 * is before its start wraps past midnight.
 *
 * @param from first local time inside (inclusive)
 * @param to first local time outside (exclusive)
 * @param zone the time zone the times are in
 */
public record TimeWindow(LocalTime from, LocalTime to, ZoneId zone) {

    /** Checks that the window is not empty. */
    public TimeWindow {
        if (from.equals(to)) {
            throw new IllegalArgumentException("time window must not be empty, was " + from + "–" + to);
        }
    }

    /** Returns whether the instant falls inside the window. */
    public boolean contains(Instant instant) {
        LocalTime t = instant.atZone(zone).toLocalTime();
        return from.isBefore(to) ? !t.isBefore(from) && t.isBefore(to) : !t.isBefore(from) || t.isBefore(to);
    }
}
