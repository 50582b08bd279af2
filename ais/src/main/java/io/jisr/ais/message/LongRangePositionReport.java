package io.jisr.ais.message;

import io.jisr.ais.identity.Mmsi;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Long-range AIS broadcast message, message type 27 (ITU-R M.1371-5 Annex 8, table 84): a compressed
 * Class A or Class B "SO" position report meant for reception by satellite. It carries no time stamp;
 * the receiver's time is the report's time.
 *
 * @param repeatIndicator 0 to 3 (table 84 says the sender always sets 3)
 * @param mmsi the reporting station
 * @param highAccuracy position accuracy flag: true for better than 10 m
 * @param raim whether receiver autonomous integrity monitoring is in use
 * @param navigationStatus navigational status
 * @param position reported position, at 1/10 minute of arc; empty when not available or older than
 *     6 hours
 * @param speedOverGroundKnots speed over ground in whole knots, 0 to 62
 * @param courseOverGroundDegrees course over ground in whole degrees, 0 to 359
 * @param positionLatencyOverFiveSeconds position latency flag: true when the reported position is
 *     more than 5 seconds old (the default), false when it is fresher
 */
public record LongRangePositionReport(
        int repeatIndicator,
        Mmsi mmsi,
        boolean highAccuracy,
        boolean raim,
        NavigationStatus navigationStatus,
        Optional<Position> position,
        OptionalInt speedOverGroundKnots,
        OptionalInt courseOverGroundDegrees,
        boolean positionLatencyOverFiveSeconds)
        implements AisMessage {
    /*
     * Implementation note: the message is 96 bits; satellite receivers often deliver it padded to a
     * whole slot (168 bits), and the padding is ignored. SOG 63 and COG 511 are "not available"; COG
     * 360-510 cannot be a course and is treated the same way. The latency flag is M.1371-4's "GNSS
     * position status"; gpsd names it "gnss" and prints the raw bit, which describe keeps.
     */

    /** Payload length in bits. */
    static final int BITS = 96;

    /** Checks every field against its range in the standard. */
    public LongRangePositionReport {
        Kinematics.checkRepeat(repeatIndicator);
        if (speedOverGroundKnots.isPresent()
                && (speedOverGroundKnots.getAsInt() < 0 || speedOverGroundKnots.getAsInt() > 62)) {
            throw new IllegalArgumentException(
                    "long-range speed over ground must be within 0..62 knots, was " + speedOverGroundKnots.getAsInt());
        }
        if (courseOverGroundDegrees.isPresent()
                && (courseOverGroundDegrees.getAsInt() < 0 || courseOverGroundDegrees.getAsInt() > 359)) {
            throw new IllegalArgumentException("long-range course over ground must be within 0..359 degrees, was "
                    + courseOverGroundDegrees.getAsInt());
        }
    }

    @Override
    public int messageType() {
        return 27;
    }

    /** Decodes a payload already checked to hold at least {@link #BITS} bits. */
    static LongRangePositionReport decode(BitBuffer b) {
        int speed = b.unsigned(79, 6);
        int course = b.unsigned(85, 9);
        return new LongRangePositionReport(
                b.unsigned(6, 2),
                new Mmsi(b.unsigned(8, 30)),
                b.flag(38),
                b.flag(39),
                NavigationStatus.ofCode(b.unsigned(40, 4)),
                Coordinates.TENTH_MINUTE.read(b, 44),
                speed == 63 ? OptionalInt.empty() : OptionalInt.of(speed),
                course >= 360 ? OptionalInt.empty() : OptionalInt.of(course),
                b.flag(94));
    }

    @Override
    public void encode(BitBuffer out) {
        out.append(27, 6);
        out.append(repeatIndicator, 2);
        out.append(mmsi.value(), 30);
        out.append(highAccuracy ? 1 : 0, 1);
        out.append(raim ? 1 : 0, 1);
        out.append(navigationStatus.code(), 4);
        Coordinates.TENTH_MINUTE.write(out, position);
        out.append(speedOverGroundKnots.orElse(63), 6);
        out.append(courseOverGroundDegrees.orElse(511), 9);
        out.append(positionLatencyOverFiveSeconds ? 1 : 0, 1);
        out.append(0, 1);
    }

    @Override
    public void describe(FieldSink sink) {
        sink.bool("accuracy", highAccuracy);
        sink.bool("raim", raim);
        sink.code("status", navigationStatus);
        Coordinates.TENTH_MINUTE.describe(sink, position);
        sink.integer("speed", speedOverGroundKnots);
        sink.integer("course", courseOverGroundDegrees);
        sink.bool("gnss", positionLatencyOverFiveSeconds);
    }
}
