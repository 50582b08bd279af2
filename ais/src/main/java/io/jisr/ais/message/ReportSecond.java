package io.jisr.ais.message;

/**
 * The UTC second at which a position was fixed, or why it is not given (ITU-R M.1371-5, "time
 * stamp" of types 1–3, 9, 18, 19, 21). Instances are interned: {@link #ofRaw(int)} never allocates.
 */
public sealed interface ReportSecond {

    /**
     * The second of the minute, 0 to 59.
     *
     * @param value the second
     */
    record Second(int value) implements ReportSecond {
        /** Checks the range. */
        public Second {
            if (value < 0 || value > 59) {
                throw new IllegalArgumentException("second must be within 0..59, was " + value);
            }
        }
    }

    /** Why the second is not given: raw 60 to 63. */
    enum Unavailable implements ReportSecond, Coded {
        /** 60: time stamp not available. */
        NOT_AVAILABLE,
        /** 61: positioning system in manual input mode. */
        MANUAL_INPUT,
        /** 62: electronic position fixing system in estimated (dead reckoning) mode. */
        DEAD_RECKONING,
        /** 63: positioning system inoperative. */
        INOPERATIVE;

        /** Returns the raw value, 60 to 63. */
        @Override
        public int code() {
            return 60 + ordinal();
        }
    }

    /** Returns the raw six-bit value. */
    default int raw() {
        return switch (this) {
            case Second s -> s.value();
            case Unavailable u -> 60 + u.ordinal();
        };
    }

    /** Returns the value for a raw six-bit field. */
    static ReportSecond ofRaw(int raw) {
        if (raw < 0 || raw > 63) {
            throw new IllegalArgumentException("raw time stamp must be within 0..63, was " + raw);
        }
        return raw < 60 ? Seconds.ALL[raw] : Unavailable.values()[raw - 60];
    }

    /** Reports this as {@code second} (absent unless a second is given) and {@code secondKind}. */
    default void describe(FieldSink sink) {
        switch (this) {
            case Second s -> {
                sink.integer("second", s.value());
                sink.text("secondKind", "AVAILABLE");
            }
            case Unavailable u -> {
                sink.absent("second");
                sink.code("secondKind", u);
            }
        }
    }
}

/** The sixty seconds, built once. */
final class Seconds {
    static final ReportSecond.Second[] ALL = new ReportSecond.Second[60];

    static {
        for (int i = 0; i < 60; i++) {
            ALL[i] = new ReportSecond.Second(i);
        }
    }

    private Seconds() {}
}
