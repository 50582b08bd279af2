package io.jisr.ais.identity;

/**
 * An IMO ship identification number: seven digits, the last a check digit (IMO Resolution
 * A.1117(30)). AIS carries it in a 30-bit field, so any value from 1 up can arrive; {@link #isValid()}
 * tells whether it is a well-formed IMO number.
 *
 * @param value the number as sent
 */
public record ImoNumber(int value) {

    /** Checks that the value fits the 30-bit AIS field and is not the "not available" zero. */
    public ImoNumber {
        if (value < 1 || value > Mmsi.MAX_VALUE) {
            throw new IllegalArgumentException("IMO number must be within 1.." + Mmsi.MAX_VALUE + ", was " + value);
        }
    }

    /** Returns the IMO number with this value. */
    public static ImoNumber of(int value) {
        return new ImoNumber(value);
    }

    /**
     * Returns whether the number has seven digits and a correct check digit: the digits one to six,
     * weighted 7 down to 2, sum to a number whose last digit is the seventh digit.
     */
    public boolean isValid() {
        return isValid(value);
    }

    /** Returns whether {@code value} is a seven-digit IMO number with a correct check digit. */
    public static boolean isValid(int value) {
        if (value < 1_000_000 || value > 9_999_999) {
            return false;
        }
        int sum = 0;
        int rest = value / 10;
        for (int weight = 2; weight <= 7; weight++) {
            sum += (rest % 10) * weight;
            rest /= 10;
        }
        return sum % 10 == value % 10;
    }

    /** Returns {@code IMO} followed by the number, the usual written form. */
    @Override
    public String toString() {
        return "IMO " + value;
    }
}
