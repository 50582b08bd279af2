package io.jisr.ais.message;

import io.jisr.ais.identity.Mmsi;
import java.util.Optional;

/**
 * Multiple slot binary message with communications state, message type 26 (ITU-R M.1371-5 Annex 8,
 * tables 82 and 83): scheduled binary data over one to five slots, broadcast or addressed, structured
 * or not, ending with the sender's communication state.
 *
 * @param repeatIndicator 0 to 3
 * @param mmsi the source station
 * @param destination the addressed station; empty for a broadcast (destination indicator 0)
 * @param applicationId the application identifier of structured data; empty for unstructured data
 *     (binary data flag 0)
 * @param data the binary data between the header and the communication state, exactly as many bits
 *     as were sent (including any spare bits the sender added for byte alignment)
 * @param itdmaCommState communication state selector flag: true when {@code radioStatus} is an ITDMA
 *     state, false when it is a SOTDMA state
 * @param radioStatus the 19-bit communication state, uninterpreted
 */
public record MultipleSlotBinaryMessage(
        int repeatIndicator,
        Mmsi mmsi,
        Optional<Mmsi> destination,
        Optional<ApplicationId> applicationId,
        BitString data,
        boolean itdmaCommState,
        int radioStatus)
        implements AisMessage {
    /*
     * Implementation note: the header is that of type 25; the last 20 bits of the payload, wherever
     * it ends, are the selector flag and the communication state. Spare bits the sender puts before
     * them cannot be told from data and stay in the data, which keeps re-encoding exact. gpsd 3.22
     * does not decode the communication state of type 26 (it prints "radio":0) and, as for type 25,
     * omits the 2 spare bits after an addressed destination (docs/decisions/0002).
     *
     * describe() writes "radio" as the whole 20-bit field, selector flag then state, as for types 9
     * and 18; the flag is also written on its own as itdmaCommState.
     */

    /** Payload length in bits of the shortest form: broadcast, unstructured, no data, communication state. */
    static final int BITS = 60;

    private static final int RADIO_BITS = 20;

    /** Checks every field against its range and that the message fits the longest payload. */
    public MultipleSlotBinaryMessage {
        Kinematics.checkRepeat(repeatIndicator);
        Kinematics.checkUnsigned("radio status", radioStatus, 19);
        int total = SingleSlotBinaryMessage.headerBits(destination.isPresent(), applicationId.isPresent())
                + data.length()
                + RADIO_BITS;
        if (total > SingleSlotBinaryMessage.MAX_PAYLOAD_BITS) {
            throw new IllegalArgumentException("multiple slot binary message of " + total + " bits is longer than "
                    + SingleSlotBinaryMessage.MAX_PAYLOAD_BITS);
        }
    }

    @Override
    public int messageType() {
        return 26;
    }

    /** Returns whether the message is addressed to one station rather than broadcast. */
    public boolean isAddressed() {
        return destination.isPresent();
    }

    /** Returns whether the data opens with an application identifier. */
    public boolean isStructured() {
        return applicationId.isPresent();
    }

    /** Returns the payload length the flags of a type 26 payload require (at least 40 bits read). */
    static int requiredBits(BitBuffer b) {
        return SingleSlotBinaryMessage.requiredBits(b) + RADIO_BITS;
    }

    /** Decodes a payload already checked to hold the header its flags require and the communication state. */
    static MultipleSlotBinaryMessage decode(BitBuffer b) {
        int header = SingleSlotBinaryMessage.requiredBits(b);
        int radio = b.length() - RADIO_BITS;
        return new MultipleSlotBinaryMessage(
                b.unsigned(6, 2),
                new Mmsi(b.unsigned(8, 30)),
                SingleSlotBinaryMessage.readDestination(b),
                SingleSlotBinaryMessage.readApplicationId(b),
                b.slice(header, radio - header),
                b.flag(radio),
                b.unsigned(radio + 1, 19));
    }

    @Override
    public void encode(BitBuffer out) {
        SingleSlotBinaryMessage.writeHeader(out, 26, repeatIndicator, mmsi, destination, applicationId);
        out.append(data);
        out.append(itdmaCommState ? 1 : 0, 1);
        out.append(radioStatus, 19);
    }

    @Override
    public void describe(FieldSink sink) {
        SingleSlotBinaryMessage.describeHeader(sink, destination, applicationId);
        sink.bits("data", data);
        sink.bool("itdmaCommState", itdmaCommState);
        sink.integer("radio", (itdmaCommState ? 1 << 19 : 0) | radioStatus);
    }
}
