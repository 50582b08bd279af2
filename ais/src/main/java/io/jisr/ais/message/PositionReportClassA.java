package io.jisr.ais.message;

import io.jisr.ais.identity.Mmsi;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Class A position report, message types 1, 2 and 3 (ITU-R M.1371-5 §3.3.8.2.1, table 45): the
 * scheduled, assigned-scheduled and polled reports differ only in their type number.
 *
 * @param messageType 1, 2 or 3
 * @param repeatIndicator 0 to 3
 * @param mmsi the reporting station
 * @param navigationStatus navigational status
 * @param rateOfTurn rate of turn, with its special values
 * @param speedOverGroundKnots speed over ground; 102.2 means 102.2 knots or more
 * @param highAccuracy position accuracy flag: true for better than 10 m (DGNSS)
 * @param position reported position
 * @param courseOverGroundDegrees course over ground, 0 to 359.9
 * @param trueHeadingDegrees true heading, 0 to 359
 * @param second UTC second of the position fix, or why it is not given
 * @param maneuverIndicator special manoeuvre indicator
 * @param raim whether receiver autonomous integrity monitoring is in use
 * @param radioStatus the 19-bit SOTDMA/ITDMA communication state, uninterpreted
 */
public record PositionReportClassA(
        int messageType,
        int repeatIndicator,
        Mmsi mmsi,
        NavigationStatus navigationStatus,
        RateOfTurn rateOfTurn,
        OptionalDouble speedOverGroundKnots,
        boolean highAccuracy,
        Optional<Position> position,
        OptionalDouble courseOverGroundDegrees,
        OptionalInt trueHeadingDegrees,
        ReportSecond second,
        ManeuverIndicator maneuverIndicator,
        boolean raim,
        int radioStatus)
        implements AisMessage {

    /** Payload length in bits. */
    static final int BITS = 168;

    /** Checks every field against its range in the standard. */
    public PositionReportClassA {
        if (messageType < 1 || messageType > 3) {
            throw new IllegalArgumentException("Class A position report type must be 1, 2 or 3, was " + messageType);
        }
        Kinematics.checkRepeat(repeatIndicator);
        Kinematics.checkSpeed(speedOverGroundKnots, 102.2);
        Kinematics.checkCourse(courseOverGroundDegrees);
        Kinematics.checkHeading(trueHeadingDegrees);
        Kinematics.checkUnsigned("radio status", radioStatus, 19);
    }

    /** Decodes a payload already checked to hold at least {@link #BITS} bits. */
    static PositionReportClassA decode(BitBuffer b) {
        return new PositionReportClassA(
                b.unsigned(0, 6),
                b.unsigned(6, 2),
                new Mmsi(b.unsigned(8, 30)),
                NavigationStatus.ofCode(b.unsigned(38, 4)),
                RateOfTurn.ofRaw(b.signed(42, 8)),
                Kinematics.speedTenths(b.unsigned(50, 10)),
                b.flag(60),
                Coordinates.TEN_THOUSANDTH_MINUTE.read(b, 61),
                Kinematics.courseTenths(b.unsigned(116, 12)),
                Kinematics.heading(b.unsigned(128, 9)),
                ReportSecond.ofRaw(b.unsigned(137, 6)),
                ManeuverIndicator.ofCode(b.unsigned(143, 2)),
                b.flag(148),
                b.unsigned(149, 19));
    }

    @Override
    public void encode(BitBuffer out) {
        out.append(messageType, 6);
        out.append(repeatIndicator, 2);
        out.append(mmsi.value(), 30);
        out.append(navigationStatus.code(), 4);
        out.append(rateOfTurn.raw(), 8);
        out.append(Kinematics.speedTenthsRaw(speedOverGroundKnots), 10);
        out.append(highAccuracy ? 1 : 0, 1);
        Coordinates.TEN_THOUSANDTH_MINUTE.write(out, position);
        out.append(Kinematics.courseTenthsRaw(courseOverGroundDegrees), 12);
        out.append(Kinematics.headingRaw(trueHeadingDegrees), 9);
        out.append(second.raw(), 6);
        out.append(maneuverIndicator.code(), 2);
        out.append(0, 3);
        out.append(raim ? 1 : 0, 1);
        out.append(radioStatus, 19);
    }

    @Override
    public void describe(FieldSink sink) {
        sink.code("status", navigationStatus);
        rateOfTurn.describe(sink);
        sink.decimal("speed", speedOverGroundKnots, 1);
        sink.bool("accuracy", highAccuracy);
        Coordinates.TEN_THOUSANDTH_MINUTE.describe(sink, position);
        sink.decimal("course", courseOverGroundDegrees, 1);
        sink.integer("heading", trueHeadingDegrees);
        second.describe(sink);
        sink.code("maneuver", maneuverIndicator);
        sink.bool("raim", raim);
        sink.integer("radio", radioStatus);
    }
}
