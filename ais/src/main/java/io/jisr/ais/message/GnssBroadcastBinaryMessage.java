package io.jisr.ais.message;

import io.jisr.ais.identity.Mmsi;
import java.util.Optional;

/**
 * GNSS broadcast binary message, message type 17 (ITU-R M.1371-5 Annex 8, message 17): differential
 * GNSS corrections from a base station, with the position of the reference station.
 *
 * <p>The correction data (ITU-R M.823 messages) is kept as raw bits of their exact length.
 *
 * @param repeatIndicator 0 to 3
 * @param mmsi the sending base station
 * @param position position of the DGNSS reference station, at 1/10 minute resolution
 * @param data correction data, at most {@value #MAX_DATA_BITS} bits; empty when the message carries
 *     only the position
 */
public record GnssBroadcastBinaryMessage(int repeatIndicator, Mmsi mmsi, Optional<Position> position, BitString data)
        implements AisMessage {

    /*
     * Implementation note: the message is 80 to 816 bits (three slots); the data starts after 5
     * spare bits at bit 80, and bits beyond 816 are ignored like the tail of any other type.
     */

    /** Payload length in bits without correction data. */
    static final int BITS = 80;

    /** The most correction data bits a type 17 message carries. */
    public static final int MAX_DATA_BITS = 816 - BITS;

    /** Checks every field against its range in the standard. */
    public GnssBroadcastBinaryMessage {
        Kinematics.checkRepeat(repeatIndicator);
        if (data.length() > MAX_DATA_BITS) {
            throw new IllegalArgumentException(
                    "type 17 correction data must be at most " + MAX_DATA_BITS + " bits, was " + data.length());
        }
    }

    @Override
    public int messageType() {
        return 17;
    }

    /** Decodes a payload already checked to hold at least {@link #BITS} bits. */
    static GnssBroadcastBinaryMessage decode(BitBuffer b) {
        return new GnssBroadcastBinaryMessage(
                b.unsigned(6, 2),
                new Mmsi(b.unsigned(8, 30)),
                Coordinates.TENTH_MINUTE.read(b, 40),
                b.slice(BITS, Math.min(b.length() - BITS, MAX_DATA_BITS)));
    }

    @Override
    public void encode(BitBuffer out) {
        out.append(17, 6);
        out.append(repeatIndicator, 2);
        out.append(mmsi.value(), 30);
        out.append(0, 2);
        Coordinates.TENTH_MINUTE.write(out, position);
        out.append(0, 5);
        out.append(data);
    }

    @Override
    public void describe(FieldSink sink) {
        Coordinates.TENTH_MINUTE.describe(sink, position);
        sink.bits("data", data);
    }
}
