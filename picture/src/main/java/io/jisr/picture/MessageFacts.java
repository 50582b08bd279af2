package io.jisr.picture;

import io.jisr.ais.message.AisMessage;
import io.jisr.ais.message.PositionReportClassA;
import io.jisr.ais.message.StaticAndVoyageData;
import java.time.Instant;
import java.util.Optional;

/**
 * What one AIS message tells the picture: the kind of station, a position, static data — each when
 * the message carries it.
 *
 * @param kind the kind of station the message type implies
 * @param fix the position report it carries
 * @param staticData the static or voyage data it carries
 */
record MessageFacts(Optional<VesselKind> kind, Optional<PositionFix> fix, Optional<StaticData> staticData) {

    private static final MessageFacts NOTHING = new MessageFacts(Optional.empty(), Optional.empty(), Optional.empty());

    static MessageFacts of(AisMessage message, Instant time) {
        return switch (message) {
            case PositionReportClassA m ->
                new MessageFacts(
                        Optional.of(VesselKind.CLASS_A),
                        m.position()
                                .map(p -> new PositionFix(
                                        time,
                                        p,
                                        m.speedOverGroundKnots(),
                                        m.courseOverGroundDegrees(),
                                        m.trueHeadingDegrees(),
                                        Optional.of(m.navigationStatus()),
                                        m.highAccuracy(),
                                        m.messageType(),
                                        false)),
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
            default -> NOTHING;
        };
    }
}
