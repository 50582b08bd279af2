package io.jisr.ais.message;

import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Speed, course and heading fields shared by the position reports, with their "not available"
 * values mapped to empty optionals (ITU-R M.1371-5 tables 45, 48 and 49).
 */
final class Kinematics {
    /*
     * Implementation note: every value a 10-bit speed, 12-bit course or 9-bit heading field can
     * carry is built once, so decoding a position report allocates none of them (three objects and
     * 48 bytes less per report; see docs/performance.md for the measured effect).
     */
    private static final OptionalDouble[] SPEEDS = new OptionalDouble[1023];
    private static final OptionalDouble[] COURSES = new OptionalDouble[3600];
    private static final OptionalInt[] HEADINGS = new OptionalInt[360];

    static {
        for (int i = 0; i < SPEEDS.length; i++) {
            SPEEDS[i] = OptionalDouble.of(i / 10.0);
        }
        for (int i = 0; i < COURSES.length; i++) {
            COURSES[i] = OptionalDouble.of(i / 10.0);
        }
        for (int i = 0; i < HEADINGS.length; i++) {
            HEADINGS[i] = OptionalInt.of(i);
        }
    }

    private Kinematics() {}

    /** Speed over ground in 1/10 knot (10 bits): 1023 is not available, 1022 means 102.2 knots or more. */
    static OptionalDouble speedTenths(int raw) {
        return raw >= 1023 ? OptionalDouble.empty() : SPEEDS[raw];
    }

    static int speedTenthsRaw(OptionalDouble knots) {
        return knots.isPresent() ? (int) Math.round(knots.getAsDouble() * 10) : 1023;
    }

    /** Course over ground in 1/10 degree (12 bits): 3600 is not available, 3601 and above are invalid. */
    static OptionalDouble courseTenths(int raw) {
        return raw >= 3600 || raw < 0 ? OptionalDouble.empty() : COURSES[raw];
    }

    static int courseTenthsRaw(OptionalDouble degrees) {
        return degrees.isPresent() ? (int) Math.round(degrees.getAsDouble() * 10) : 3600;
    }

    /** True heading in degrees (9 bits): 511 is not available, 360 to 510 are invalid. */
    static OptionalInt heading(int raw) {
        return raw >= 360 || raw < 0 ? OptionalInt.empty() : HEADINGS[raw];
    }

    static int headingRaw(OptionalInt degrees) {
        return degrees.isPresent() ? degrees.getAsInt() : 511;
    }

    static void checkSpeed(OptionalDouble knots, double max) {
        if (knots.isPresent() && !(knots.getAsDouble() >= 0 && knots.getAsDouble() <= max)) {
            throw new IllegalArgumentException(
                    "speed over ground must be within 0.." + max + " knots, was " + knots.getAsDouble());
        }
    }

    static void checkCourse(OptionalDouble degrees) {
        if (degrees.isPresent() && !(degrees.getAsDouble() >= 0 && degrees.getAsDouble() < 360)) {
            throw new IllegalArgumentException(
                    "course over ground must be within 0..359.9 degrees, was " + degrees.getAsDouble());
        }
    }

    static void checkHeading(OptionalInt degrees) {
        if (degrees.isPresent() && (degrees.getAsInt() < 0 || degrees.getAsInt() > 359)) {
            throw new IllegalArgumentException("true heading must be within 0..359 degrees, was " + degrees.getAsInt());
        }
    }

    static void checkRepeat(int repeatIndicator) {
        if (repeatIndicator < 0 || repeatIndicator > 3) {
            throw new IllegalArgumentException("repeat indicator must be within 0..3, was " + repeatIndicator);
        }
    }

    static void checkUnsigned(String field, long value, int bits) {
        if (value < 0 || value >= (1L << bits)) {
            throw new IllegalArgumentException(field + " must fit " + bits + " unsigned bits, was " + value);
        }
    }

    static void checkText(String field, String text, int maxChars) {
        if (text.length() > maxChars || !BitBuffer.isSixBitText(text)) {
            throw new IllegalArgumentException(field + " must be at most " + maxChars
                    + " characters of the AIS six-bit alphabet, was \"" + text + "\"");
        }
    }
}
