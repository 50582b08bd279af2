package io.jisr.incident;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;

/**
 * When an event happened, as precisely as the sources say: a reference day and a {@link TimePrecision}.
 * The event lies somewhere in {@link #first()}..{@link #last()}: the day itself, its ISO week (Monday to
 * Sunday) or its calendar month. Two dates are compared as periods: {@link #mayBeSameTimeAs} when they
 * overlap; {@link #ORDER} sorts by the start of the period, then the more precise first.
 */
public record EventDate(LocalDate day, TimePrecision precision) {
    /** Earliest event date accepted: the conflict-event datasets start in 1997; older is a typing error. */
    public static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

    /** Latest event date accepted: four-digit years keep every exchange format's dates unambiguous. */
    public static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    /** Chronological order of the periods' first days, then the more precise first, then the reference day. */
    public static final Comparator<EventDate> ORDER = Comparator.comparing(EventDate::first)
            .thenComparing(EventDate::precision)
            .thenComparing(EventDate::day);

    /** Checks the fields: both present, and the day from {@link #EARLIEST} to {@link #LATEST}. */
    public EventDate {
        if (day == null || precision == null) {
            throw new IllegalArgumentException("event date needs a day and a precision, was " + day + " " + precision);
        }
        if (day.isBefore(EARLIEST)) {
            throw new IllegalArgumentException("event date must not be before " + EARLIEST + ", was " + day);
        }
        if (day.isAfter(LATEST)) {
            throw new IllegalArgumentException("event date must not be after " + LATEST + ", was " + day);
        }
    }

    /** Returns an event dated to the day. */
    public static EventDate onDay(LocalDate day) {
        return new EventDate(day, TimePrecision.DAY);
    }

    /** Returns the first day of the period the event lies in. */
    public LocalDate first() {
        return switch (precision) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
        };
    }

    /** Returns the last day of the period the event lies in. */
    public LocalDate last() {
        return switch (precision) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
            case MONTH -> day.with(TemporalAdjusters.lastDayOfMonth());
        };
    }

    /** Returns whether the two events may have happened on the same day (their periods overlap). */
    public boolean mayBeSameTimeAs(EventDate other) {
        return !first().isAfter(other.last()) && !other.first().isAfter(last());
    }

    /** Returns whether the period overlaps {@code from..to} (inclusive); the map's period filter. */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return !first().isAfter(to) && !last().isBefore(from);
    }

    /** Returns the ISO week of the reference day as {@code 2025-W07}. */
    public String isoWeek() {
        return String.format(
                "%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
