package io.jisr.ais.identity;

/**
 * A Maritime Mobile Service Identity: the 30-bit station number every AIS message carries.
 *
 * <p>Any 30-bit value can arrive over the air, so construction accepts all of them; whether the
 * number is a well-formed identity of a known kind is asked with {@link #kind()} and
 * {@link #isValid()} (ITU-R M.585-9).
 *
 * @param value the number, 0 to 1,073,741,823
 */
public record Mmsi(int value) {

    /** The largest value a 30-bit field can carry. */
    public static final int MAX_VALUE = (1 << 30) - 1;

    /** Checks that the value fits the 30-bit AIS field. */
    public Mmsi {
        if (value < 0 || value > MAX_VALUE) {
            throw new IllegalArgumentException("MMSI must fit 30 bits (0.." + MAX_VALUE + "), was " + value);
        }
    }

    /** Returns the MMSI with this value. */
    public static Mmsi of(int value) {
        return new Mmsi(value);
    }

    /** Returns the kind of station this number denotes under ITU-R M.585, or {@link MmsiKind#INVALID}. */
    public MmsiKind kind() {
        return MmsiKind.of(value);
    }

    /** Returns whether this is a nine-digit number of a kind defined by ITU-R M.585. */
    public boolean isValid() {
        return kind() != MmsiKind.INVALID;
    }

    /**
     * Returns the maritime identification digits (MID) that give the flag, or -1 when this kind of
     * number carries none (for example an invalid number).
     */
    public int mid() {
        return kind().midOf(value);
    }

    /** Returns the number as nine digits with leading zeros, as written in registers. */
    @Override
    public String toString() {
        return String.format("%09d", value);
    }
}
