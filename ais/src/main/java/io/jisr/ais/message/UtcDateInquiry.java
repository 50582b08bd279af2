package io.jisr.ais.message;

import io.jisr.ais.identity.Mmsi;

/**
 * UTC and date inquiry, message type 10 (ITU-R M.1371-5 Annex 8, message 10): asks one station for
 * its UTC date and time, which it answers with message 11 ({@link BaseStationReport}).
 *
 * @param repeatIndicator 0 to 3
 * @param mmsi the inquiring station
 * @param destination the station asked
 */
public record UtcDateInquiry(int repeatIndicator, Mmsi mmsi, Mmsi destination) implements AisMessage {

    /** Payload length in bits. */
    static final int BITS = 72;

    /** Checks the repeat indicator's range. */
    public UtcDateInquiry {
        Kinematics.checkRepeat(repeatIndicator);
    }

    @Override
    public int messageType() {
        return 10;
    }

    /** Decodes a payload already checked to hold at least {@link #BITS} bits. */
    static UtcDateInquiry decode(BitBuffer b) {
        return new UtcDateInquiry(b.unsigned(6, 2), new Mmsi(b.unsigned(8, 30)), new Mmsi(b.unsigned(40, 30)));
    }

    @Override
    public void encode(BitBuffer out) {
        out.append(10, 6);
        out.append(repeatIndicator, 2);
        out.append(mmsi.value(), 30);
        out.append(0, 2);
        out.append(destination.value(), 30);
        out.append(0, 2);
    }

    @Override
    public void describe(FieldSink sink) {
        sink.integer("destMmsi", destination.value());
    }
}
