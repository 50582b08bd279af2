package io.jisr.picture;

import io.jisr.ais.message.Acknowledgement;
import io.jisr.ais.message.AddressedBinaryMessage;
import io.jisr.ais.message.AddressedSafetyMessage;
import io.jisr.ais.message.AidToNavigationReport;
import io.jisr.ais.message.AisMessage;
import io.jisr.ais.message.AssignedModeCommand;
import io.jisr.ais.message.BaseStationReport;
import io.jisr.ais.message.BinaryBroadcastMessage;
import io.jisr.ais.message.ChannelManagement;
import io.jisr.ais.message.ClassBPositionReport;
import io.jisr.ais.message.DataLinkManagement;
import io.jisr.ais.message.ExtendedClassBPositionReport;
import io.jisr.ais.message.GnssBroadcastBinaryMessage;
import io.jisr.ais.message.GroupAssignmentCommand;
import io.jisr.ais.message.Interrogation;
import io.jisr.ais.message.LongRangePositionReport;
import io.jisr.ais.message.MultipleSlotBinaryMessage;
import io.jisr.ais.message.PositionReportClassA;
import io.jisr.ais.message.SafetyBroadcastMessage;
import io.jisr.ais.message.SarAircraftPositionReport;
import io.jisr.ais.message.SingleSlotBinaryMessage;
import io.jisr.ais.message.StaticAndVoyageData;
import io.jisr.ais.message.StaticDataReport;
import io.jisr.ais.message.UtcDateInquiry;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * What one AIS message tells the picture: the kind of station, a position, static data — each when
 * the message carries it.
 *
 * @param kind the kind of station the message type implies
 * @param fix the position report it carries
 * @param staticData the static or voyage data it carries
 * @param classBUnlessKnown whether the message suggests a Class B station without proving it (type
 *     24, which Class B units send but others may too): it sets the kind only while it is unknown
 */
record MessageFacts(
        Optional<VesselKind> kind,
        Optional<PositionFix> fix,
        Optional<StaticData> staticData,
        boolean classBUnlessKnown) {

    /** Messages that say nothing about where the sender is or what it is: the sender was heard, that is all. */
    private static final MessageFacts HEARD_ONLY =
            new MessageFacts(Optional.empty(), Optional.empty(), Optional.empty(), false);

    MessageFacts(Optional<VesselKind> kind, Optional<PositionFix> fix, Optional<StaticData> staticData) {
        this(kind, fix, staticData, false);
    }

    static MessageFacts of(AisMessage message, Instant time) {
        return switch (message) {
            case PositionReportClassA m ->
                new MessageFacts(
                        Optional.of(VesselKind.CLASS_A),
                        fix(
                                time,
                                m.position(),
                                m.speedOverGroundKnots(),
                                m.courseOverGroundDegrees(),
                                m.trueHeadingDegrees(),
                                Optional.of(m.navigationStatus()),
                                m.highAccuracy(),
                                m.messageType()),
                        Optional.empty());
            case StaticAndVoyageData m ->
                new MessageFacts(
                        Optional.of(VesselKind.CLASS_A),
                        Optional.empty(),
                        Optional.of(new StaticData(
                                m.vesselName(),
                                m.callSign(),
                                m.imo(),
                                m.shipType(),
                                StaticData.known(m.dimensions()),
                                m.destination(),
                                m.eta(),
                                m.draughtMetres())));
            // Type 11 is a mobile station answering a UTC inquiry: a position, but not a base station.
            case BaseStationReport m ->
                new MessageFacts(
                        m.messageType() == 4 ? Optional.of(VesselKind.BASE_STATION) : Optional.empty(),
                        m.position().map(p -> still(time, p, m.highAccuracy(), m.messageType())),
                        Optional.empty());
            case SarAircraftPositionReport m ->
                new MessageFacts(
                        Optional.of(VesselKind.SAR_AIRCRAFT),
                        fix(
                                time,
                                m.position(),
                                whole(m.speedOverGroundKnots()),
                                m.courseOverGroundDegrees(),
                                OptionalInt.empty(),
                                Optional.empty(),
                                m.highAccuracy(),
                                9),
                        Optional.empty());
            case ClassBPositionReport m ->
                new MessageFacts(
                        Optional.of(VesselKind.CLASS_B),
                        fix(
                                time,
                                m.position(),
                                m.speedOverGroundKnots(),
                                m.courseOverGroundDegrees(),
                                m.trueHeadingDegrees(),
                                Optional.empty(),
                                m.highAccuracy(),
                                18),
                        Optional.empty());
            case ExtendedClassBPositionReport m ->
                new MessageFacts(
                        Optional.of(VesselKind.CLASS_B),
                        fix(
                                time,
                                m.position(),
                                m.speedOverGroundKnots(),
                                m.courseOverGroundDegrees(),
                                m.trueHeadingDegrees(),
                                Optional.empty(),
                                m.highAccuracy(),
                                19),
                        Optional.of(identity(
                                m.shipname(), Optional.empty(), m.shipType(), StaticData.known(m.dimensions()))));
            case AidToNavigationReport m ->
                new MessageFacts(
                        Optional.of(VesselKind.AID_TO_NAVIGATION),
                        m.position().map(p -> still(time, p, m.highAccuracy(), 21)),
                        Optional.of(identity(
                                m.name(), Optional.empty(), Optional.empty(), StaticData.known(m.dimensions()))));
            case StaticDataReport.PartA m ->
                new MessageFacts(
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of(identity(m.shipname(), Optional.empty(), Optional.empty(), Optional.empty())),
                        true);
            case StaticDataReport.PartB m ->
                new MessageFacts(
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of(identity(Optional.empty(), m.callSign(), m.shipType(), m.dimensions())),
                        true);
            // Type 27 is sent by Class A ships beyond shore coverage (satellite AIS): 1/10-minute positions.
            case LongRangePositionReport m ->
                new MessageFacts(
                        Optional.of(VesselKind.CLASS_A),
                        fix(
                                time,
                                m.position(),
                                whole(m.speedOverGroundKnots()),
                                whole(m.courseOverGroundDegrees()),
                                OptionalInt.empty(),
                                Optional.of(m.navigationStatus()),
                                m.highAccuracy(),
                                27),
                        Optional.empty());
            case AddressedBinaryMessage m -> HEARD_ONLY;
            case Acknowledgement m -> HEARD_ONLY;
            case BinaryBroadcastMessage m -> HEARD_ONLY;
            case UtcDateInquiry m -> HEARD_ONLY;
            case AddressedSafetyMessage m -> HEARD_ONLY;
            case SafetyBroadcastMessage m -> HEARD_ONLY;
            case Interrogation m -> HEARD_ONLY;
            case AssignedModeCommand m -> HEARD_ONLY;
            case GnssBroadcastBinaryMessage m -> HEARD_ONLY;
            case DataLinkManagement m -> HEARD_ONLY;
            case ChannelManagement m -> HEARD_ONLY;
            case GroupAssignmentCommand m -> HEARD_ONLY;
            case SingleSlotBinaryMessage m -> HEARD_ONLY;
            case MultipleSlotBinaryMessage m -> HEARD_ONLY;
        };
    }

    /** The position fix a report carries, when it carries a position. */
    private static Optional<PositionFix> fix(
            Instant time,
            Optional<io.jisr.ais.message.Position> position,
            OptionalDouble speed,
            OptionalDouble course,
            OptionalInt heading,
            Optional<io.jisr.ais.message.NavigationStatus> status,
            boolean highAccuracy,
            int messageType) {
        return position.map(
                p -> new PositionFix(time, p, speed, course, heading, status, highAccuracy, messageType, false));
    }

    private static PositionFix still(Instant time, io.jisr.ais.message.Position p, boolean highAccuracy, int type) {
        return new PositionFix(
                time,
                p,
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                OptionalInt.empty(),
                Optional.empty(),
                highAccuracy,
                type,
                false);
    }

    private static OptionalDouble whole(OptionalInt value) {
        return value.isPresent() ? OptionalDouble.of(value.getAsInt()) : OptionalDouble.empty();
    }

    private static StaticData identity(
            Optional<String> name,
            Optional<String> callSign,
            Optional<io.jisr.ais.message.ShipType> shipType,
            Optional<io.jisr.ais.message.Dimensions> dimensions) {
        return new StaticData(
                name,
                callSign,
                Optional.empty(),
                shipType,
                dimensions,
                Optional.empty(),
                Optional.empty(),
                OptionalDouble.empty());
    }
}
