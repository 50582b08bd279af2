package io.jisr.ais;

import java.math.BigDecimal;

/**
 * One field value in the form the gpsd comparison works on, from either side: Jisr's {@code
 * describe()} or a gpsd JSON object.
 */
sealed interface FieldValue {

    /**
     * A number.
     *
     * @param value the value, exactly as computed or printed
     * @param fractionDigits how many digits after the point are meaningful: Jisr's declared
     *     resolution, or the digits gpsd printed
     */
    record Number(BigDecimal value, int fractionDigits) implements FieldValue {
        @Override
        public String toString() {
            return value.toPlainString();
        }
    }

    /**
     * Text.
     *
     * @param value the text
     */
    record Text(String value) implements FieldValue {
        @Override
        public String toString() {
            return '"' + value + '"';
        }
    }

    /**
     * A true/false value.
     *
     * @param value the value
     */
    record Bool(boolean value) implements FieldValue {
        @Override
        public String toString() {
            return Boolean.toString(value);
        }
    }

    /**
     * An enumerated value with the code transmitted on the air (Jisr only; gpsd prints the code).
     *
     * @param code the code on the air
     * @param name the constant's name
     */
    record Code(int code, String name) implements FieldValue {
        @Override
        public String toString() {
            return code + " (" + name + ")";
        }
    }

    /** "Not available": absent in Jisr's description, or a gpsd sentinel value. */
    record Absent() implements FieldValue {
        @Override
        public String toString() {
            return "absent";
        }
    }

    /** The one absent value. */
    FieldValue ABSENT = new Absent();
}
