package io.jisr.incident;

/**
 * How precisely the sources date an event, as the conflict-event codebooks' {@code time_precision}: the
 * day, only the week, or only the month. The event's {@link EventDate} keeps a day inside that period.
 */
public enum TimePrecision {
    /** The sources give the day ({@code time_precision} 1). */
    DAY(1),
    /** The sources give only the week ({@code time_precision} 2); the period is the ISO week (Monday–Sunday). */
    WEEK(2),
    /** The sources give only the month ({@code time_precision} 3); the period is the calendar month. */
    MONTH(3);

    private final int code;

    TimePrecision(int code) {
        this.code = code;
    }

    /** Returns the codebook's numeric code, 1 (most precise) to 3. */
    public int code() {
        return code;
    }

    /** Returns the precision with this codebook code, or throws naming the value. */
    public static TimePrecision ofCode(int code) {
        for (TimePrecision p : values()) {
            if (p.code == code) {
                return p;
            }
        }
        throw new IllegalArgumentException("time precision must be 1 (day), 2 (week) or 3 (month), was " + code);
    }
}
