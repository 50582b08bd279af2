package io.jisr.app.http;

import io.jisr.ais.identity.Flag;
import io.jisr.ais.identity.MaritimeIdentificationDigits;
import io.jisr.ais.identity.Mmsi;
import io.jisr.ais.message.Position;
import io.jisr.detect.AisGap;
import io.jisr.detect.Detection;
import io.jisr.detect.Encounter;
import io.jisr.detect.IdentityAnomaly;
import io.jisr.detect.Loitering;
import io.jisr.detect.PortVisit;
import io.jisr.detect.ZoneVisit;
import io.jisr.detect.alert.Alert;
import io.jisr.picture.Picture;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An alert in the API, the live view and the exports.
 *
 * @param id the alert's id
 * @param rule the rule that raised it
 * @param severity {@code INFO} to {@code CRITICAL}
 * @param state {@code NEW}, {@code ACKNOWLEDGED} or {@code CLOSED}
 * @param kind the detection kind, such as {@code AIS_GAP}
 * @param detectionId the detection it stands on now
 * @param vessels the vessels involved, main one first, with what the picture knows of them
 * @param start message time the situation began
 * @param end message time it ended, absent while it goes on
 * @param position where it began
 * @param raisedAt message time the alert was raised
 * @param updatedAt time of its latest change
 * @param updates how many changes it absorbed after the first
 * @param situationEnded whether the situation is over
 * @param withdrawal why later data withdrew it, absent when it stands
 * @param details the kind's own facts (durations, distances, zone, anomaly...)
 * @param notes the comments of acknowledging and closing
 * @param partner where a partner's alert came from; absent for this node's own alerts
 */
record AlertJson(
        String id,
        String rule,
        String severity,
        String state,
        String kind,
        String detectionId,
        List<VesselRef> vessels,
        Instant start,
        Instant end,
        PositionJson position,
        Instant raisedAt,
        Instant updatedAt,
        int updates,
        boolean situationEnded,
        String withdrawal,
        Map<String, Object> details,
        List<NoteJson> notes,
        PartnerJson partner) {

    /**
     * The provenance of an alert a partner's node raised.
     *
     * @param nation the partner's nation
     * @param node the partner's node
     * @param originId the alert's id there
     * @param version the version held here
     * @param marking the releasability marking it came under
     * @param receivedAt when this version was received
     */
    record PartnerJson(String nation, String node, String originId, int version, String marking, Instant receivedAt) {}

    /**
     * A vessel of an alert.
     *
     * @param mmsi its MMSI
     * @param name its name when known
     * @param flag ISO 3166-1 alpha-3 code of the flag its MMSI points to, when known
     */
    record VesselRef(int mmsi, String name, String flag) {}

    /**
     * A position.
     *
     * @param lat latitude, degrees north
     * @param lon longitude, degrees east
     */
    record PositionJson(double lat, double lon) {
        static PositionJson of(Position p) {
            return new PositionJson(p.latitude(), p.longitude());
        }
    }

    /**
     * A lifecycle comment.
     *
     * @param at when
     * @param state the state it led to
     * @param by who
     * @param text the comment
     */
    record NoteJson(Instant at, String state, String by, String text) {}

    static AlertJson of(Alert a, Picture picture, MaritimeIdentificationDigits mids) {
        Detection d = a.detection();
        return new AlertJson(
                a.id(),
                a.rule(),
                a.severity().name(),
                a.state().name(),
                d.kind().name(),
                d.id(),
                d.vessels().stream().map(m -> vessel(m, picture, mids)).toList(),
                d.start(),
                d.end().orElse(null),
                PositionJson.of(d.position()),
                a.raisedAt(),
                a.updatedAt(),
                a.updates(),
                a.situationEnded(),
                a.withdrawal().orElse(null),
                details(d),
                a.notes().stream()
                        .map(n -> new NoteJson(n.at(), n.state().name(), n.by(), n.text()))
                        .toList(),
                a.source()
                        .map(s -> new PartnerJson(
                                s.nation(), s.node(), s.originId(), s.version(), s.marking(), s.receivedAt()))
                        .orElse(null));
    }

    private static VesselRef vessel(Mmsi mmsi, Picture picture, MaritimeIdentificationDigits mids) {
        return new VesselRef(
                mmsi.value(),
                picture.vessel(mmsi).flatMap(v -> v.staticData().name()).orElse(null),
                mids.flagOf(mmsi).map(Flag::isoAlpha3).orElse(null));
    }

    /** The facts particular to each kind of detection. */
    static Map<String, Object> details(Detection detection) {
        Map<String, Object> m = new LinkedHashMap<>();
        switch (detection) {
            case AisGap g -> {
                g.nextPosition().ifPresent(p -> m.put("reappearedAt", PositionJson.of(p)));
                g.impliedSpeedKnots().ifPresent(v -> m.put("impliedSpeedKnots", round(v)));
                m.put("possibleDisabling", g.possibleDisabling());
            }
            case Encounter e -> {
                m.put("rule", e.rule());
                m.put("medianSpeedKnots", round(e.medianSpeedKnots()));
                m.put("closestMetres", Math.round(e.closestMetres()));
            }
            case Loitering l -> {
                m.put("rule", l.rule());
                m.put("averageSpeedKnots", round(l.averageSpeedKnots()));
                m.put("shoreDistanceNauticalMiles", round(l.shoreDistanceNauticalMiles()));
            }
            case ZoneVisit z -> {
                m.put("zoneId", z.zoneId());
                m.put("zoneName", z.zoneName());
                m.put("dwelling", z.dwelling());
                z.exitPosition().ifPresent(p -> m.put("exitPosition", PositionJson.of(p)));
            }
            case PortVisit p -> {
                m.put("port", p.port().name());
                m.put("locode", p.port().locode());
                p.stoppedAt().ifPresent(t -> m.put("stoppedAt", t.toString()));
                p.movingAgainAt().ifPresent(t -> m.put("movingAgainAt", t.toString()));
            }
            case IdentityAnomaly i -> {
                m.put("anomaly", i.anomaly().name());
                m.put("detail", i.detail());
            }
        }
        return m;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
