package io.jisr.ais.message;

import io.jisr.ais.identity.Mmsi;

/**
 * Safety related broadcast message, message type 14 (ITU-R M.1371-5 Annex 8, message 14): free text
 * in six-bit ASCII for every station in range; AIS-SARTs send "SART ACTIVE" or "SART TEST" this way.
 *
 * @param repeatIndicator 0 to 3
 * @param mmsi the sending station
 * @param text the text, at most {@value #MAX_CHARS} characters of the six-bit alphabet without
 *     {@code @}; empty when none was sent
 */
public record SafetyBroadcastMessage(int repeatIndicator, Mmsi mmsi, String text) implements AisMessage {

    /*
     * Implementation note: as for message 12, the text is every whole six-bit character after the
     * header, cut at the first '@' and stripped of trailing spaces; encoding writes exactly its
     * characters.
     */

    /** Payload length in bits without text. */
    static final int BITS = 40;

    /** The most characters of text: 968 bits, the rest of five slots. */
    public static final int MAX_CHARS = (1008 - BITS) / 6;

    /** Checks every field against its range in the standard. */
    public SafetyBroadcastMessage {
        Kinematics.checkRepeat(repeatIndicator);
        checkSafetyText(text, MAX_CHARS);
    }

    @Override
    public int messageType() {
        return 14;
    }

    /** Decodes a payload already checked to hold at least {@link #BITS} bits. */
    static SafetyBroadcastMessage decode(BitBuffer b) {
        return new SafetyBroadcastMessage(
                b.unsigned(6, 2),
                new Mmsi(b.unsigned(8, 30)),
                b.text(BITS, Math.min((b.length() - BITS) / 6, MAX_CHARS)));
    }

    @Override
    public void encode(BitBuffer out) {
        out.append(14, 6);
        out.append(repeatIndicator, 2);
        out.append(mmsi.value(), 30);
        out.append(0, 2);
        out.appendText(text, text.length());
    }

    @Override
    public void describe(FieldSink sink) {
        sink.text("text", text);
    }

    /** Checks that a safety text is what decoding can give back: six-bit, no {@code @}, no trailing space. */
    static void checkSafetyText(String text, int maxChars) {
        Kinematics.checkText("safety text", text, maxChars);
        if (text.indexOf('@') >= 0 || text.endsWith(" ")) {
            throw new IllegalArgumentException(
                    "safety text must hold no '@' and end without a space, was \"" + text + "\"");
        }
    }
}
