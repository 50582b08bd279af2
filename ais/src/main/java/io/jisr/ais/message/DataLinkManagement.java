package io.jisr.ais.message;

import io.jisr.ais.identity.Mmsi;
import java.util.ArrayList;
import java.util.List;

/**
 * Data link management message, message type 20 (ITU-R M.1371-5 Annex 8, table 72): a base station
 * reserves slots for its own fixed-access (FATDMA) transmissions in one to four reservation blocks.
 *
 * @param repeatIndicator 0 to 3
 * @param mmsi the base station
 * @param reservations the reservation blocks present in the payload, 1 to 4, in transmitted order
 */
public record DataLinkManagement(int repeatIndicator, Mmsi mmsi, List<Reservation> reservations) implements AisMessage {
    /*
     * Implementation note: each block is 30 bits from bit 40, and the message is padded with spare
     * bits to a byte boundary: 72, 104, 136 or 160 bits for one to four blocks. A block is present
     * only if all its 30 bits are in the payload, so a 104-bit payload holds two blocks and the
     * padding is never read as a third. gpsd instead reports partly transmitted blocks (a 104-bit
     * payload gives it a nonzero "offset3") and reports absent blocks as zeros. Blocks whose bits are
     * present are kept even when all zero (satellite receivers pad to 168 bits), so re-encoding gives
     * back the same number of blocks.
     */

    /** Payload length in bits with one reservation block and its padding. */
    static final int BITS = 72;

    private static final int FIRST_BLOCK = 40;
    private static final int BLOCK_BITS = 30;
    private static final int MAX_BLOCKS = 4;

    /** Checks the repeat indicator and the number of blocks, and copies the list. */
    public DataLinkManagement {
        Kinematics.checkRepeat(repeatIndicator);
        reservations = List.copyOf(reservations);
        if (reservations.isEmpty() || reservations.size() > MAX_BLOCKS) {
            throw new IllegalArgumentException(
                    "data link management needs 1 to 4 reservation blocks, was " + reservations.size());
        }
    }

    /**
     * One reservation block (table 72): {@code slots} consecutive slots starting {@code offset} slots
     * after the one that carried the message, repeated every {@code increment} slots.
     *
     * @param offset offset from the receiving slot to the first reserved slot, 0 to 4095; 0 means not
     *     available
     * @param slots number of consecutive reserved slots, 0 to 15; 0 means not available
     * @param timeoutMinutes how long the reservation holds, 0 to 7 minutes; 0 means not available
     * @param increment slots between the starts of repeated blocks, 0 to 2047; 0 means one block per
     *     frame
     */
    public record Reservation(int offset, int slots, int timeoutMinutes, int increment) {

        /** Checks that each value fits its field. */
        public Reservation {
            Kinematics.checkUnsigned("reservation offset", offset, 12);
            Kinematics.checkUnsigned("reserved slot count", slots, 4);
            Kinematics.checkUnsigned("reservation time-out", timeoutMinutes, 3);
            Kinematics.checkUnsigned("reservation increment", increment, 11);
        }
    }

    @Override
    public int messageType() {
        return 20;
    }

    /** Decodes a payload already checked to hold at least {@link #BITS} bits. */
    static DataLinkManagement decode(BitBuffer b) {
        int blocks = Math.min(MAX_BLOCKS, (b.length() - FIRST_BLOCK) / BLOCK_BITS);
        List<Reservation> reservations = new ArrayList<>(blocks);
        for (int i = 0; i < blocks; i++) {
            int at = FIRST_BLOCK + i * BLOCK_BITS;
            reservations.add(new Reservation(
                    b.unsigned(at, 12), b.unsigned(at + 12, 4), b.unsigned(at + 16, 3), b.unsigned(at + 19, 11)));
        }
        return new DataLinkManagement(b.unsigned(6, 2), new Mmsi(b.unsigned(8, 30)), reservations);
    }

    @Override
    public void encode(BitBuffer out) {
        out.append(20, 6);
        out.append(repeatIndicator, 2);
        out.append(mmsi.value(), 30);
        out.append(0, 2);
        for (Reservation r : reservations) {
            out.append(r.offset(), 12);
            out.append(r.slots(), 4);
            out.append(r.timeoutMinutes(), 3);
            out.append(r.increment(), 11);
        }
        int used = FIRST_BLOCK + reservations.size() * BLOCK_BITS;
        out.append(0, (8 - used % 8) % 8);
    }

    @Override
    public void describe(FieldSink sink) {
        sink.beginList("reservations");
        for (Reservation r : reservations) {
            sink.beginObject(null);
            sink.integer("offset", r.offset());
            sink.integer("number", r.slots());
            sink.integer("timeout", r.timeoutMinutes());
            sink.integer("increment", r.increment());
            sink.endObject();
        }
        sink.endList();
    }
}
