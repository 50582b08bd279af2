package io.jisr.ais.message;

import io.jisr.ais.identity.Mmsi;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Standard Class B equipment position report, message type 18 (ITU-R M.1371-5 Annex 8, table 70).
 *
 * @param repeatIndicator 0 to 3
 * @param mmsi the reporting station
 * @param speedOverGroundKnots speed over ground; 102.2 means 102.2 knots or more
 * @param highAccuracy position accuracy flag: true for better than 10 m
 * @param position reported position
 * @param courseOverGroundDegrees course over ground, 0 to 359.9
 * @param trueHeadingDegrees true heading, 0 to 359
 * @param second UTC second of the position fix, or why it is not given
 * @param carrierSenseUnit Class B unit flag: true for a carrier-sense ("CS") unit, false for a SOTDMA
 *     ("SO") unit
 * @param hasDisplay display flag: true when the unit has an integrated display for messages 12 and 14
 * @param hasDsc DSC flag: true when the unit has a DSC function (dedicated or time-shared)
 * @param wholeMarineBand band flag: true when the unit can use any channel of the marine band, false
 *     for only the upper 525 kHz
 * @param acceptsMessage22 message 22 flag: true when the unit follows channel management by message 22
 * @param assignedMode mode flag: true when the station is in assigned mode, false when autonomous
 * @param raim whether receiver autonomous integrity monitoring is in use
 * @param itdmaCommState communication state selector flag: true when {@code radioStatus} is an ITDMA
 *     state, false when it is a SOTDMA state (always true for "CS" units)
 * @param radioStatus the 19-bit communication state, uninterpreted
 */
public record ClassBPositionReport(
        int repeatIndicator,
        Mmsi mmsi,
        OptionalDouble speedOverGroundKnots,
        boolean highAccuracy,
        Optional<Position> position,
        OptionalDouble courseOverGroundDegrees,
        OptionalInt trueHeadingDegrees,
        ReportSecond second,
        boolean carrierSenseUnit,
        boolean hasDisplay,
        boolean hasDsc,
        boolean wholeMarineBand,
        boolean acceptsMessage22,
        boolean assignedMode,
        boolean raim,
        boolean itdmaCommState,
        int radioStatus)
        implements AisMessage {
    /*
     * Implementation note: the 8 spare bits after the MMSI and the 2 after the time stamp were
     * "regional reserved" in M.1371-1; M.1371-5 makes them spare ("should be set to zero"), so they
     * are not kept and are written as zero, as the spare of types 1-3 is. A "CS" unit fills the
     * communication state with the fixed value 1100000000000000110 (table 70); it is kept as sent.
     *
     * describe() writes "radio" as the whole 20-bit communication state field, the selector flag
     * (bit 148) followed by the 19-bit state: that is what gpsd's "radio" holds for types 9 and 18,
     * and what Jisr's type 9 and 26 write, because the 19 bits cannot be read without the flag. The
     * flag is also written on its own as itdmaCommState.
     */

    /** Payload length in bits. */
    static final int BITS = 168;

    /** Checks every field against its range in the standard. */
    public ClassBPositionReport {
        Kinematics.checkRepeat(repeatIndicator);
        Kinematics.checkSpeed(speedOverGroundKnots, 102.2);
        Kinematics.checkCourse(courseOverGroundDegrees);
        Kinematics.checkHeading(trueHeadingDegrees);
        Kinematics.checkUnsigned("radio status", radioStatus, 19);
    }

    @Override
    public int messageType() {
        return 18;
    }

    /** Decodes a payload already checked to hold at least {@link #BITS} bits. */
    static ClassBPositionReport decode(BitBuffer b) {
        return new ClassBPositionReport(
                b.unsigned(6, 2),
                new Mmsi(b.unsigned(8, 30)),
                Kinematics.speedTenths(b.unsigned(46, 10)),
                b.flag(56),
                Coordinates.TEN_THOUSANDTH_MINUTE.read(b, 57),
                Kinematics.courseTenths(b.unsigned(112, 12)),
                Kinematics.heading(b.unsigned(124, 9)),
                ReportSecond.ofRaw(b.unsigned(133, 6)),
                b.flag(141),
                b.flag(142),
                b.flag(143),
                b.flag(144),
                b.flag(145),
                b.flag(146),
                b.flag(147),
                b.flag(148),
                b.unsigned(149, 19));
    }

    @Override
    public void encode(BitBuffer out) {
        out.append(18, 6);
        out.append(repeatIndicator, 2);
        out.append(mmsi.value(), 30);
        out.append(0, 8);
        out.append(Kinematics.speedTenthsRaw(speedOverGroundKnots), 10);
        out.append(highAccuracy ? 1 : 0, 1);
        Coordinates.TEN_THOUSANDTH_MINUTE.write(out, position);
        out.append(Kinematics.courseTenthsRaw(courseOverGroundDegrees), 12);
        out.append(Kinematics.headingRaw(trueHeadingDegrees), 9);
        out.append(second.raw(), 6);
        out.append(0, 2);
        out.append(carrierSenseUnit ? 1 : 0, 1);
        out.append(hasDisplay ? 1 : 0, 1);
        out.append(hasDsc ? 1 : 0, 1);
        out.append(wholeMarineBand ? 1 : 0, 1);
        out.append(acceptsMessage22 ? 1 : 0, 1);
        out.append(assignedMode ? 1 : 0, 1);
        out.append(raim ? 1 : 0, 1);
        out.append(itdmaCommState ? 1 : 0, 1);
        out.append(radioStatus, 19);
    }

    @Override
    public void describe(FieldSink sink) {
        sink.decimal("speed", speedOverGroundKnots, 1);
        sink.bool("accuracy", highAccuracy);
        Coordinates.TEN_THOUSANDTH_MINUTE.describe(sink, position);
        sink.decimal("course", courseOverGroundDegrees, 1);
        sink.integer("heading", trueHeadingDegrees);
        second.describe(sink);
        sink.bool("cs", carrierSenseUnit);
        sink.bool("display", hasDisplay);
        sink.bool("dsc", hasDsc);
        sink.bool("band", wholeMarineBand);
        sink.bool("msg22", acceptsMessage22);
        sink.bool("assigned", assignedMode);
        sink.bool("raim", raim);
        sink.bool("itdmaCommState", itdmaCommState);
        sink.integer("radio", (itdmaCommState ? 1 << 19 : 0) | radioStatus);
    }
}
