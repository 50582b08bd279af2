package io.jisr.ais.message;

import io.jisr.ais.identity.Mmsi;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Standard search and rescue aircraft position report, message type 9 (ITU-R M.1371-5 Annex 8,
 * message 9).
 *
 * @param repeatIndicator 0 to 3
 * @param mmsi the reporting aircraft
 * @param altitudeMetres altitude, 0 to 4094; 4094 means 4094 m or higher
 * @param speedOverGroundKnots speed over ground in whole knots, 0 to 1022; 1022 means 1022 knots or
 *     more
 * @param highAccuracy position accuracy flag: true for better than 10 m (DGNSS)
 * @param position reported position
 * @param courseOverGroundDegrees course over ground, 0 to 359.9
 * @param second UTC second of the position fix, or why it is not given
 * @param barometricAltitude altitude sensor flag (bit 134): true when the altitude comes from a
 *     barometric source, false for GNSS
 * @param dataTerminalReady whether the data terminal equipment is available (the DTE bit is 0)
 * @param assigned whether the station is in assigned mode
 * @param raim whether receiver autonomous integrity monitoring is in use
 * @param radioStatus the communication-state selector flag (bit 148: 0 SOTDMA, 1 ITDMA) and the
 *     19-bit communication state after it, as one 20-bit value, uninterpreted
 */
public record SarAircraftPositionReport(
        int repeatIndicator,
        Mmsi mmsi,
        OptionalInt altitudeMetres,
        OptionalInt speedOverGroundKnots,
        boolean highAccuracy,
        Optional<Position> position,
        OptionalDouble courseOverGroundDegrees,
        ReportSecond second,
        boolean barometricAltitude,
        boolean dataTerminalReady,
        boolean assigned,
        boolean raim,
        int radioStatus)
        implements AisMessage {

    /*
     * Implementation note: gpsd 3.22 reads bits 134-141 as one 8-bit "regional" field from
     * M.1371-1; M.1371-5 makes bit 134 the altitude sensor and leaves 135-141 spare. Like gpsd, the
     * radio status keeps the selector flag, because the 19 bits mean nothing without it.
     */

    /** Payload length in bits. */
    static final int BITS = 168;

    /** Checks every field against its range in the standard. */
    public SarAircraftPositionReport {
        Kinematics.checkRepeat(repeatIndicator);
        if (altitudeMetres.isPresent() && (altitudeMetres.getAsInt() < 0 || altitudeMetres.getAsInt() > 4094)) {
            throw new IllegalArgumentException("altitude must be within 0..4094 m, was " + altitudeMetres.getAsInt());
        }
        if (speedOverGroundKnots.isPresent()
                && (speedOverGroundKnots.getAsInt() < 0 || speedOverGroundKnots.getAsInt() > 1022)) {
            throw new IllegalArgumentException(
                    "speed over ground must be within 0..1022 knots, was " + speedOverGroundKnots.getAsInt());
        }
        Kinematics.checkCourse(courseOverGroundDegrees);
        Kinematics.checkUnsigned("radio status", radioStatus, 20);
    }

    @Override
    public int messageType() {
        return 9;
    }

    /** Decodes a payload already checked to hold at least {@link #BITS} bits. */
    static SarAircraftPositionReport decode(BitBuffer b) {
        int altitude = b.unsigned(38, 12);
        int speed = b.unsigned(50, 10);
        return new SarAircraftPositionReport(
                b.unsigned(6, 2),
                new Mmsi(b.unsigned(8, 30)),
                altitude == 4095 ? OptionalInt.empty() : OptionalInt.of(altitude),
                speed == 1023 ? OptionalInt.empty() : OptionalInt.of(speed),
                b.flag(60),
                Coordinates.TEN_THOUSANDTH_MINUTE.read(b, 61),
                Kinematics.courseTenths(b.unsigned(116, 12)),
                ReportSecond.ofRaw(b.unsigned(128, 6)),
                b.flag(134),
                !b.flag(142),
                b.flag(146),
                b.flag(147),
                b.unsigned(148, 20));
    }

    @Override
    public void encode(BitBuffer out) {
        out.append(9, 6);
        out.append(repeatIndicator, 2);
        out.append(mmsi.value(), 30);
        out.append(altitudeMetres.orElse(4095), 12);
        out.append(speedOverGroundKnots.orElse(1023), 10);
        out.append(highAccuracy ? 1 : 0, 1);
        Coordinates.TEN_THOUSANDTH_MINUTE.write(out, position);
        out.append(Kinematics.courseTenthsRaw(courseOverGroundDegrees), 12);
        out.append(second.raw(), 6);
        out.append(barometricAltitude ? 1 : 0, 1);
        out.append(0, 7);
        out.append(dataTerminalReady ? 0 : 1, 1);
        out.append(0, 3);
        out.append(assigned ? 1 : 0, 1);
        out.append(raim ? 1 : 0, 1);
        out.append(radioStatus, 20);
    }

    @Override
    public void describe(FieldSink sink) {
        sink.integer("alt", altitudeMetres);
        sink.integer("speed", speedOverGroundKnots);
        sink.bool("accuracy", highAccuracy);
        Coordinates.TEN_THOUSANDTH_MINUTE.describe(sink, position);
        sink.decimal("course", courseOverGroundDegrees, 1);
        second.describe(sink);
        sink.bool("altSensorBarometric", barometricAltitude);
        sink.bool("dataTerminalReady", dataTerminalReady);
        sink.bool("assigned", assigned);
        sink.bool("raim", raim);
        sink.integer("radio", radioStatus);
    }
}
