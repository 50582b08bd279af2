package io.jisr.ais.message;

import io.jisr.ais.identity.Mmsi;

/**
 * Addressed safety related message, message type 12 (ITU-R M.1371-5 Annex 8, message 12): free text
 * in six-bit ASCII sent to one station, acknowledged with message 13.
 *
 * @param repeatIndicator 0 to 3
 * @param mmsi the sending station
 * @param sequenceNumber sequence number 0 to 3, echoed by the acknowledgement
 * @param destination the addressed station
 * @param retransmitted true when the message is a retransmission
 * @param text the text, at most {@value #MAX_CHARS} characters of the six-bit alphabet without
 *     {@code @}; empty when none was sent
 */
public record AddressedSafetyMessage(
        int repeatIndicator, Mmsi mmsi, int sequenceNumber, Mmsi destination, boolean retransmitted, String text)
        implements AisMessage {

    /*
     * Implementation note: the text runs to the end of the payload in whole six-bit characters; a
     * partial last character (bits of fill that a sender did not declare) is ignored. Like every
     * AIS text it ends at the first '@' and loses trailing spaces (BitBuffer.text), so the text
     * never holds either and encoding writes exactly its characters, without padding.
     */

    /** Payload length in bits without text. */
    static final int BITS = 72;

    /** The most characters of text: 936 bits, the rest of five slots. */
    public static final int MAX_CHARS = (1008 - BITS) / 6;

    /** Checks every field against its range in the standard. */
    public AddressedSafetyMessage {
        Kinematics.checkRepeat(repeatIndicator);
        Kinematics.checkUnsigned("sequence number", sequenceNumber, 2);
        SafetyBroadcastMessage.checkSafetyText(text, MAX_CHARS);
    }

    @Override
    public int messageType() {
        return 12;
    }

    /** Decodes a payload already checked to hold at least {@link #BITS} bits. */
    static AddressedSafetyMessage decode(BitBuffer b) {
        return new AddressedSafetyMessage(
                b.unsigned(6, 2),
                new Mmsi(b.unsigned(8, 30)),
                b.unsigned(38, 2),
                new Mmsi(b.unsigned(40, 30)),
                b.flag(70),
                b.text(BITS, Math.min((b.length() - BITS) / 6, MAX_CHARS)));
    }

    @Override
    public void encode(BitBuffer out) {
        out.append(12, 6);
        out.append(repeatIndicator, 2);
        out.append(mmsi.value(), 30);
        out.append(sequenceNumber, 2);
        out.append(destination.value(), 30);
        out.append(retransmitted ? 1 : 0, 1);
        out.append(0, 1);
        out.appendText(text, text.length());
    }

    @Override
    public void describe(FieldSink sink) {
        sink.integer("seqno", sequenceNumber);
        sink.integer("destMmsi", destination.value());
        sink.bool("retransmit", retransmitted);
        sink.text("text", text);
    }
}
