package io.jisr.ais.message;

/**
 * Overall dimensions and the position of the reference point for reported position (ITU-R M.1371-5
 * figure 42), in metres. Zero in a field means "not available" for that side; 511 (bow, stern) and
 * 63 (port, starboard) mean "that many metres or more".
 *
 * @param toBow metres from the reference point to the bow, 0 to 511
 * @param toStern metres to the stern, 0 to 511
 * @param toPort metres to port, 0 to 63
 * @param toStarboard metres to starboard, 0 to 63
 */
public record Dimensions(int toBow, int toStern, int toPort, int toStarboard) {

    /** Checks the field ranges. */
    public Dimensions {
        if (toBow < 0 || toBow > 511 || toStern < 0 || toStern > 511) {
            throw new IllegalArgumentException(
                    "bow and stern distances must be within 0..511 m, were " + toBow + " and " + toStern);
        }
        if (toPort < 0 || toPort > 63 || toStarboard < 0 || toStarboard > 63) {
            throw new IllegalArgumentException(
                    "port and starboard distances must be within 0..63 m, were " + toPort + " and " + toStarboard);
        }
    }

    /** Reads the 30-bit dimension block starting at {@code start}. */
    public static Dimensions read(BitBuffer bits, int start) {
        return new Dimensions(
                bits.unsigned(start, 9),
                bits.unsigned(start + 9, 9),
                bits.unsigned(start + 18, 6),
                bits.unsigned(start + 24, 6));
    }

    /** Appends the 30-bit dimension block. */
    public void write(BitBuffer out) {
        out.append(toBow, 9);
        out.append(toStern, 9);
        out.append(toPort, 6);
        out.append(toStarboard, 6);
    }

    /** Returns the length overall in metres, when both bow and stern are given. */
    public java.util.OptionalInt length() {
        return toBow > 0 && toStern > 0 ? java.util.OptionalInt.of(toBow + toStern) : java.util.OptionalInt.empty();
    }

    /** Returns the beam in metres, when both sides are given. */
    public java.util.OptionalInt beam() {
        return toPort > 0 && toStarboard > 0
                ? java.util.OptionalInt.of(toPort + toStarboard)
                : java.util.OptionalInt.empty();
    }

    /** Reports the four distances as {@code toBow}, {@code toStern}, {@code toPort}, {@code toStarboard}. */
    public void describe(FieldSink sink) {
        sink.integer("toBow", toBow);
        sink.integer("toStern", toStern);
        sink.integer("toPort", toPort);
        sink.integer("toStarboard", toStarboard);
    }
}
