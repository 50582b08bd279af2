package io.jisr.ais.message;

import io.jisr.ais.identity.Mmsi;
import java.util.ArrayList;
import java.util.List;

/**
 * Binary acknowledge (message type 7) or safety related acknowledge (message type 13), ITU-R
 * M.1371-5 Annex 8 messages 7 and 13: the receipt of one to four addressed messages (types
 * 6 and 12 respectively), each named by its sender and sequence number.
 *
 * @param messageType 7 or 13
 * @param repeatIndicator 0 to 3
 * @param mmsi the acknowledging station
 * @param acknowledged the acknowledged messages, 1 to 4, in transmitted order
 */
public record Acknowledgement(int messageType, int repeatIndicator, Mmsi mmsi, List<Acknowledged> acknowledged)
        implements AisMessage {

    /*
     * Implementation note: the standard's lengths are 72, 104, 136 and 168 bits. Another length
     * carries as many whole 32-bit destination entries as fit after the 40-bit header (at most four);
     * a partial entry is ignored rather than read with zero bits. gpsd reads an entry whenever any
     * of its bits is present, so it reports a third MMSI for 124- and 128-bit payloads.
     */

    /** Payload length in bits with one acknowledged message. */
    static final int BITS = 72;

    private static final int HEADER_BITS = 40;
    private static final int ENTRY_BITS = 32;

    /**
     * One acknowledged message.
     *
     * @param mmsi the station that sent the acknowledged message
     * @param sequenceNumber that message's sequence number, 0 to 3
     */
    public record Acknowledged(Mmsi mmsi, int sequenceNumber) {
        /** Checks the sequence number's range. */
        public Acknowledged {
            Kinematics.checkUnsigned("sequence number", sequenceNumber, 2);
        }
    }

    /** Checks every field against its range in the standard and copies the list. */
    public Acknowledgement {
        if (messageType != 7 && messageType != 13) {
            throw new IllegalArgumentException("acknowledgement type must be 7 or 13, was " + messageType);
        }
        Kinematics.checkRepeat(repeatIndicator);
        acknowledged = List.copyOf(acknowledged);
        if (acknowledged.isEmpty() || acknowledged.size() > 4) {
            throw new IllegalArgumentException(
                    "acknowledgement must name 1 to 4 messages, named " + acknowledged.size());
        }
    }

    /** Decodes a payload already checked to hold at least {@link #BITS} bits. */
    static Acknowledgement decode(BitBuffer b) {
        int count = Math.min(4, (b.length() - HEADER_BITS) / ENTRY_BITS);
        List<Acknowledged> entries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int at = HEADER_BITS + i * ENTRY_BITS;
            entries.add(new Acknowledged(new Mmsi(b.unsigned(at, 30)), b.unsigned(at + 30, 2)));
        }
        return new Acknowledgement(b.unsigned(0, 6), b.unsigned(6, 2), new Mmsi(b.unsigned(8, 30)), entries);
    }

    @Override
    public void encode(BitBuffer out) {
        out.append(messageType, 6);
        out.append(repeatIndicator, 2);
        out.append(mmsi.value(), 30);
        out.append(0, 2);
        for (Acknowledged a : acknowledged) {
            out.append(a.mmsi().value(), 30);
            out.append(a.sequenceNumber(), 2);
        }
    }

    /** Reports entries as {@code mmsi1}/{@code seqno1} to {@code mmsi4}/{@code seqno4}, absent beyond the count. */
    @Override
    public void describe(FieldSink sink) {
        for (int i = 0; i < 4; i++) {
            String n = Integer.toString(i + 1);
            if (i < acknowledged.size()) {
                sink.integer("mmsi" + n, acknowledged.get(i).mmsi().value());
                sink.integer("seqno" + n, acknowledged.get(i).sequenceNumber());
            } else {
                sink.absent("mmsi" + n);
                sink.absent("seqno" + n);
            }
        }
    }
}
