package io.jisr.ais.message;

import io.jisr.ais.identity.Mmsi;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Extended Class B equipment position report, message type 19 (ITU-R M.1371-5 Annex 8, table 71): a
 * type 18 position with the static data of type 24, sent by legacy Class B equipment.
 *
 * @param repeatIndicator 0 to 3
 * @param mmsi the reporting station
 * @param speedOverGroundKnots speed over ground; 102.2 means 102.2 knots or more
 * @param highAccuracy position accuracy flag: true for better than 10 m
 * @param position reported position
 * @param courseOverGroundDegrees course over ground, 0 to 359.9
 * @param trueHeadingDegrees true heading, 0 to 359
 * @param second UTC second of the position fix, or why it is not given
 * @param shipname name, if sent
 * @param shipType type of ship and cargo, if sent
 * @param dimensions dimensions and reference point
 * @param epfd type of position fixing device
 * @param raim whether receiver autonomous integrity monitoring is in use
 * @param dataTerminalReady whether the data terminal equipment is available (the DTE bit is 0)
 * @param assignedMode mode flag: true when the station is in assigned mode, false when autonomous
 */
public record ExtendedClassBPositionReport(
        int repeatIndicator,
        Mmsi mmsi,
        OptionalDouble speedOverGroundKnots,
        boolean highAccuracy,
        Optional<Position> position,
        OptionalDouble courseOverGroundDegrees,
        OptionalInt trueHeadingDegrees,
        ReportSecond second,
        Optional<String> shipname,
        Optional<ShipType> shipType,
        Dimensions dimensions,
        EpfdType epfd,
        boolean raim,
        boolean dataTerminalReady,
        boolean assignedMode)
        implements AisMessage {
    /*
     * Implementation note: like type 18, the 8 spare bits after the MMSI, the 4 after the time stamp
     * and the 4 at the end are spare in M.1371-5 and are written as zero. Real transmitters sometimes
     * fill them (gpsd's sample shows "reserved":248,"regional":4 for MMSI 367059850); the defined
     * fields are unaffected.
     */

    /** Payload length in bits. */
    static final int BITS = 312;

    /** Checks every field against its range in the standard. */
    public ExtendedClassBPositionReport {
        Kinematics.checkRepeat(repeatIndicator);
        Kinematics.checkSpeed(speedOverGroundKnots, 102.2);
        Kinematics.checkCourse(courseOverGroundDegrees);
        Kinematics.checkHeading(trueHeadingDegrees);
        CanonicalText.check("ship name", shipname, 20);
    }

    @Override
    public int messageType() {
        return 19;
    }

    /** Decodes a payload already checked to hold at least {@link #BITS} bits. */
    static ExtendedClassBPositionReport decode(BitBuffer b) {
        int shipType = b.unsigned(263, 8);
        return new ExtendedClassBPositionReport(
                b.unsigned(6, 2),
                new Mmsi(b.unsigned(8, 30)),
                Kinematics.speedTenths(b.unsigned(46, 10)),
                b.flag(56),
                Coordinates.TEN_THOUSANDTH_MINUTE.read(b, 57),
                Kinematics.courseTenths(b.unsigned(112, 12)),
                Kinematics.heading(b.unsigned(124, 9)),
                ReportSecond.ofRaw(b.unsigned(133, 6)),
                Texts.optional(b.text(143, 20)),
                shipType == 0 ? Optional.empty() : Optional.of(new ShipType(shipType)),
                Dimensions.read(b, 271),
                EpfdType.ofCode(b.unsigned(301, 4)),
                b.flag(305),
                !b.flag(306),
                b.flag(307));
    }

    @Override
    public void encode(BitBuffer out) {
        out.append(19, 6);
        out.append(repeatIndicator, 2);
        out.append(mmsi.value(), 30);
        out.append(0, 8);
        out.append(Kinematics.speedTenthsRaw(speedOverGroundKnots), 10);
        out.append(highAccuracy ? 1 : 0, 1);
        Coordinates.TEN_THOUSANDTH_MINUTE.write(out, position);
        out.append(Kinematics.courseTenthsRaw(courseOverGroundDegrees), 12);
        out.append(Kinematics.headingRaw(trueHeadingDegrees), 9);
        out.append(second.raw(), 6);
        out.append(0, 4);
        out.appendText(shipname.orElse(""), 20);
        out.append(shipType.map(ShipType::code).orElse(0), 8);
        dimensions.write(out);
        out.append(epfd.code(), 4);
        out.append(raim ? 1 : 0, 1);
        out.append(dataTerminalReady ? 0 : 1, 1);
        out.append(assignedMode ? 1 : 0, 1);
        out.append(0, 4);
    }

    @Override
    public void describe(FieldSink sink) {
        sink.decimal("speed", speedOverGroundKnots, 1);
        sink.bool("accuracy", highAccuracy);
        Coordinates.TEN_THOUSANDTH_MINUTE.describe(sink, position);
        sink.decimal("course", courseOverGroundDegrees, 1);
        sink.integer("heading", trueHeadingDegrees);
        second.describe(sink);
        sink.text("shipname", shipname);
        Texts.describeShipType(sink, shipType);
        dimensions.describe(sink);
        sink.code("epfd", epfd);
        sink.bool("raim", raim);
        sink.bool("dataTerminalReady", dataTerminalReady);
        sink.bool("assigned", assignedMode);
    }
}
