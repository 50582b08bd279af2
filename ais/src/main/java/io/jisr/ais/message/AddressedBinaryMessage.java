package io.jisr.ais.message;

import io.jisr.ais.identity.Mmsi;

/**
 * Addressed binary message, message type 6 (ITU-R M.1371-5 Annex 8, message 6): application data
 * sent to one station, tagged with an application identifier (designated area code and function
 * identifier).
 *
 * <p>The application data is kept as raw bits of their exact length; no addressed application is
 * interpreted here.
 *
 * @param repeatIndicator 0 to 3
 * @param mmsi the sending station
 * @param sequenceNumber sequence number 0 to 3, echoed by the acknowledgement (type 7)
 * @param destination the addressed station
 * @param retransmitted true when the message is a retransmission
 * @param designatedAreaCode DAC, 0 to 1023 (1 = international, otherwise usually a country's MID)
 * @param functionIdentifier FI, 0 to 63, the application within the DAC
 * @param data application data, at most {@value #MAX_DATA_BITS} bits
 */
public record AddressedBinaryMessage(
        int repeatIndicator,
        Mmsi mmsi,
        int sequenceNumber,
        Mmsi destination,
        boolean retransmitted,
        int designatedAreaCode,
        int functionIdentifier,
        BitString data)
        implements AisMessage {

    /*
     * Implementation note: the shortest type 6 holds the 72-bit header and the 16-bit application
     * identifier. The message is at most five slots, 1008 bits, so data is at most 920 bits; bits of a
     * longer payload (which no transmitter can send) are ignored like the tail of any other type.
     */

    /** Payload length in bits without application data. */
    static final int BITS = 88;

    /** The most application data bits a type 6 message carries. */
    public static final int MAX_DATA_BITS = 1008 - BITS;

    /** Checks every field against its range in the standard. */
    public AddressedBinaryMessage {
        Kinematics.checkRepeat(repeatIndicator);
        Kinematics.checkUnsigned("sequence number", sequenceNumber, 2);
        Kinematics.checkUnsigned("designated area code", designatedAreaCode, 10);
        Kinematics.checkUnsigned("function identifier", functionIdentifier, 6);
        if (data.length() > MAX_DATA_BITS) {
            throw new IllegalArgumentException(
                    "type 6 application data must be at most " + MAX_DATA_BITS + " bits, was " + data.length());
        }
    }

    @Override
    public int messageType() {
        return 6;
    }

    /** Decodes a payload already checked to hold at least {@link #BITS} bits. */
    static AddressedBinaryMessage decode(BitBuffer b) {
        return new AddressedBinaryMessage(
                b.unsigned(6, 2),
                new Mmsi(b.unsigned(8, 30)),
                b.unsigned(38, 2),
                new Mmsi(b.unsigned(40, 30)),
                b.flag(70),
                b.unsigned(72, 10),
                b.unsigned(82, 6),
                b.slice(BITS, Math.min(b.length() - BITS, MAX_DATA_BITS)));
    }

    @Override
    public void encode(BitBuffer out) {
        out.append(6, 6);
        out.append(repeatIndicator, 2);
        out.append(mmsi.value(), 30);
        out.append(sequenceNumber, 2);
        out.append(destination.value(), 30);
        out.append(retransmitted ? 1 : 0, 1);
        out.append(0, 1);
        out.append(designatedAreaCode, 10);
        out.append(functionIdentifier, 6);
        out.append(data);
    }

    @Override
    public void describe(FieldSink sink) {
        sink.integer("seqno", sequenceNumber);
        sink.integer("destMmsi", destination.value());
        sink.bool("retransmit", retransmitted);
        sink.integer("dac", designatedAreaCode);
        sink.integer("fid", functionIdentifier);
        sink.bits("data", data);
    }
}
