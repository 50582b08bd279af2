package io.jisr.incident;

import java.util.OptionalInt;

/**
 * A number of people that the sources either give or do not: {@link Known} (zero included) or
 * {@link Unknown}. Unknown is not zero: "no casualties reported" and "casualties, number unknown" must
 * stay apart when reports are summed or shared.
 */
public sealed interface Count {

    /** The count the sources give. */
    record Known(int value) implements Count {
        /** Checks the count: not negative. */
        public Known {
            if (value < 0) {
                throw new IllegalArgumentException("a count of people must not be negative, was " + value);
            }
        }
    }

    /** The sources do not give a number. */
    record Unknown() implements Count {}

    /** The unknown count. */
    Count UNKNOWN = new Unknown();

    /** Returns a known count. */
    static Count of(int value) {
        return new Known(value);
    }

    /** Returns the value if known. */
    default OptionalInt known() {
        return switch (this) {
            case Known k -> OptionalInt.of(k.value());
            case Unknown u -> OptionalInt.empty();
        };
    }

    /** Returns the value if known, else the given one (for sums that count unknown as nothing). */
    default int orElse(int otherwise) {
        return known().orElse(otherwise);
    }
}
