package io.jisr.ais.message;

/**
 * The rate of turn of a Class A position report (ITU-R M.1371-5 table 45, field "ROT").
 *
 * <p>The field carries ROT<sub>AIS</sub> = 4.733 √(ROT<sub>sensor</sub>) in degrees per minute,
 * signed (positive to starboard). ±127 says "turning faster than 5° per 30 s, no turn indicator",
 * -128 says "not available". Instances are interned: {@link #ofRaw(int)} never allocates.
 */
public sealed interface RateOfTurn {

    /** No rate-of-turn information (raw -128). */
    record NotAvailable() implements RateOfTurn {}

    /**
     * A rate from a turn indicator or derived from heading.
     *
     * @param raw ROT<sub>AIS</sub>, -126 to 126; ±126 means 708°/min or more
     */
    record Indicated(int raw) implements RateOfTurn {
        /** Checks the range. */
        public Indicated {
            if (raw < -126 || raw > 126) {
                throw new IllegalArgumentException("indicated ROT must be within -126..126, was " + raw);
            }
        }

        /** Returns the rate in degrees per minute, positive to starboard: (raw / 4.733)², signed. */
        public double degreesPerMinute() {
            double root = raw / 4.733;
            return Math.copySign(root * root, raw);
        }
    }

    /**
     * Turning faster than 5° per 30 s with no turn indicator (raw ±127).
     *
     * @param toStarboard true for right (+127), false for left (-127)
     */
    record FasterThanFiveDegreesPerHalfMinute(boolean toStarboard) implements RateOfTurn {}

    /** Returns the raw field value. */
    default int raw() {
        return switch (this) {
            case NotAvailable n -> -128;
            case Indicated i -> i.raw();
            case FasterThanFiveDegreesPerHalfMinute f -> f.toStarboard() ? 127 : -127;
        };
    }

    /** Returns the rate for a raw 8-bit signed field value. */
    static RateOfTurn ofRaw(int raw) {
        if (raw < -128 || raw > 127) {
            throw new IllegalArgumentException("raw ROT must be an 8-bit signed value, was " + raw);
        }
        return Interned.ALL[raw + 128];
    }

    /** Reports this rate as {@code turn} (degrees per minute, absent when unknown) and {@code turnKind}. */
    default void describe(FieldSink sink) {
        switch (this) {
            case NotAvailable n -> {
                sink.absent("turn");
                sink.text("turnKind", "NOT_AVAILABLE");
            }
            case Indicated i -> {
                sink.decimal("turn", i.degreesPerMinute(), 1);
                sink.text("turnKind", "INDICATED");
            }
            case FasterThanFiveDegreesPerHalfMinute f -> {
                sink.absent("turn");
                sink.text("turnKind", f.toStarboard() ? "FAST_RIGHT" : "FAST_LEFT");
            }
        }
    }
}

/** The 256 possible values, built once. */
final class Interned {
    static final RateOfTurn[] ALL = new RateOfTurn[256];

    static {
        ALL[0] = new RateOfTurn.NotAvailable();
        ALL[1] = new RateOfTurn.FasterThanFiveDegreesPerHalfMinute(false);
        ALL[255] = new RateOfTurn.FasterThanFiveDegreesPerHalfMinute(true);
        for (int raw = -126; raw <= 126; raw++) {
            ALL[raw + 128] = new RateOfTurn.Indicated(raw);
        }
    }

    private Interned() {}
}
