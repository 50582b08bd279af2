package io.jisr.app.federation;

import io.jisr.ais.identity.Flag;
import io.jisr.ais.identity.MaritimeIdentificationDigits;
import io.jisr.ais.identity.Mmsi;
import io.jisr.ais.message.Position;
import io.jisr.detect.AisGap;
import io.jisr.detect.Detection;
import io.jisr.detect.DetectionKind;
import io.jisr.detect.Encounter;
import io.jisr.detect.IdentityAnomaly;
import io.jisr.detect.Loitering;
import io.jisr.detect.PortVisit;
import io.jisr.detect.ZoneVisit;
import io.jisr.detect.alert.Alert;
import io.jisr.detect.alert.AlertState;
import io.jisr.detect.alert.Severity;
import io.jisr.detect.geo.Port;
import io.jisr.exchange.DataCategory;
import io.jisr.exchange.GeoPoint;
import io.jisr.exchange.Nation;
import io.jisr.exchange.Partner;
import io.jisr.exchange.Texts;
import io.jisr.exchange.record.HandlingTerms;
import io.jisr.exchange.record.Origin;
import io.jisr.exchange.record.ShareableRecord;
import io.jisr.exchange.record.Subject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Maps an alert raised on this node to a {@code detections-and-alerts} record and back. One version of an
 * alert is one record, keyed {@code alert/<origin node>/<alert id>/v<version>}: version 1 is the alert as
 * raised, and every detection change it absorbed after that (an update, the situation's end, a withdrawal)
 * is one more ({@link Alert#updates()} + 1). The lifecycle (acknowledged, closed, the comments and who made
 * them) is this node's and never leaves it.
 *
 * <p>The subject is the alert's main vessel (the first of its detection: for an encounter, the vessel whose
 * report found it) with its MMSI, AIS ship type, flag from the MMSI and "government vessel" as for
 * positions, which is what an annex's subject filter reads. The coordinates are in the record's position
 * only (where the situation began; the policy rounds it when the annex says so); the other positions a
 * detection may hold (where a dark vessel reappeared, where a zone visit ended, the port's reference
 * point) are not sent. The rest is in the content, field by field; reading a record checks every field and
 * throws naming the first that is wrong, so one hostile record is refused alone.
 */
final class AlertRecords {
    /** Content fields every record carries. */
    static final List<String> FIELDS = List.of(
            "id",
            "version",
            "rule",
            "severity",
            "kind",
            "type",
            "detectionId",
            "vessels",
            "start",
            "end",
            "raisedAt",
            "situationEnded",
            "withdrawn",
            "withdrawal");

    /** Content fields of each detection type, besides {@link #FIELDS}. */
    static final Map<String, List<String>> TYPE_FIELDS = Map.of(
            "gap", List.of("impliedSpeedKnots", "possibleDisabling"),
            "encounter", List.of("detectionRule", "medianSpeedKnots", "closestMetres"),
            "loitering", List.of("detectionRule", "averageSpeedKnots", "shoreDistanceNauticalMiles"),
            "zone", List.of("zoneId", "zoneName", "dwelling"),
            "port", List.of("locode", "portName", "stoppedAt", "movingAgainAt"),
            "identity", List.of("anomaly", "detail"));

    /** The sensor named in the records' origin. */
    static final String SENSOR = "detection";

    private static final Pattern READABLE_ID = Pattern.compile("[A-Za-z0-9._-]{1,40}");
    private static final int MAX_TEXT = 2_000;
    private static final int MAX_NAME = 200;
    private static final String LIST_SEPARATOR = ";";
    /** AIS ship types of government vessels: 35 military operations, 55 law enforcement. */
    private static final int MILITARY = 35;

    private static final int LAW_ENFORCEMENT = 55;

    private AlertRecords() {}

    /**
     * The record by which this node ({@code self}) shares this version of one of its alerts, observed at the
     * alert's latest change (message time).
     *
     * @param shipType the AIS ship type of a vessel (1-99) as the picture knows it now, or empty
     * @throws IllegalArgumentException for a partner's alert, which is never sent on
     */
    static ShareableRecord record(
            Alert alert, Partner self, MaritimeIdentificationDigits mids, Function<Mmsi, Optional<Integer>> shipType) {
        if (alert.isFromPartner()) {
            throw new IllegalArgumentException("alert " + alert.id() + " is a partner's; it is not sent on");
        }
        Detection d = alert.detection();
        int version = alert.updates() + 1;
        SortedMap<String, String> c = new TreeMap<>();
        c.put("id", alert.id());
        c.put("version", Integer.toString(version));
        c.put("rule", alert.rule());
        c.put("severity", alert.severity().name());
        c.put("kind", d.kind().name());
        c.put("detectionId", d.id());
        c.put(
                "vessels",
                String.join(
                        LIST_SEPARATOR,
                        d.vessels().stream()
                                .map(m -> Integer.toString(m.value()))
                                .toList()));
        c.put("start", d.start().toString());
        c.put("end", d.end().map(Instant::toString).orElse(""));
        c.put("raisedAt", alert.raisedAt().toString());
        c.put("situationEnded", Boolean.toString(alert.situationEnded()));
        c.put("withdrawn", Boolean.toString(alert.isWithdrawn()));
        c.put("withdrawal", alert.withdrawal().orElse(""));
        switch (d) {
            case AisGap g -> {
                c.put("type", "gap");
                c.put(
                        "impliedSpeedKnots",
                        g.impliedSpeedKnots().isPresent()
                                ? Double.toString(g.impliedSpeedKnots().getAsDouble())
                                : "");
                c.put("possibleDisabling", Boolean.toString(g.possibleDisabling()));
            }
            case Encounter e -> {
                c.put("type", "encounter");
                c.put("detectionRule", e.rule());
                c.put("medianSpeedKnots", Double.toString(e.medianSpeedKnots()));
                c.put("closestMetres", Double.toString(e.closestMetres()));
            }
            case Loitering l -> {
                c.put("type", "loitering");
                c.put("detectionRule", l.rule());
                c.put("averageSpeedKnots", Double.toString(l.averageSpeedKnots()));
                c.put("shoreDistanceNauticalMiles", Double.toString(l.shoreDistanceNauticalMiles()));
            }
            case ZoneVisit z -> {
                c.put("type", "zone");
                c.put("zoneId", z.zoneId());
                c.put("zoneName", z.zoneName());
                c.put("dwelling", Boolean.toString(z.dwelling()));
            }
            case PortVisit p -> {
                c.put("type", "port");
                c.put("locode", p.port().locode());
                c.put("portName", p.port().name());
                c.put("stoppedAt", p.stoppedAt().map(Instant::toString).orElse(""));
                c.put("movingAgainAt", p.movingAgainAt().map(Instant::toString).orElse(""));
            }
            case IdentityAnomaly i -> {
                c.put("type", "identity");
                c.put("anomaly", i.anomaly().name());
                c.put("detail", i.detail());
            }
        }
        Mmsi main = d.vessels().getFirst();
        return new ShareableRecord(
                key(self.node().value(), alert.id(), version),
                DataCategory.DETECTIONS_AND_ALERTS,
                new Origin(self.nation(), self.node(), SENSOR),
                alert.updatedAt(),
                Optional.of(GeoPoint.of(d.position().latitude(), d.position().longitude())),
                subject(main, shipType.apply(main), mids),
                c,
                Optional.empty(),
                Optional.empty());
    }

    /** The key of one version of an alert: {@code alert/dza-1/alert-17/v3}. */
    static String key(String node, String alertId, int version) {
        return "alert/" + node + "/" + alertId + "/v" + version;
    }

    /** A vessel subject as positions have it: ship type 1-99, flag from the MMSI, government by type. */
    static Subject.Vessel subject(Mmsi mmsi, Optional<Integer> shipType, MaritimeIdentificationDigits mids) {
        Optional<Integer> type = shipType.filter(t -> t >= 1 && t <= 99);
        Optional<Nation> flag = mids.flagOf(mmsi)
                .map(Flag::isoAlpha3)
                .filter(Nation::isAssigned)
                .map(Nation::of);
        boolean government =
                type.map(t -> t == MILITARY || t == LAW_ENFORCEMENT).orElse(false);
        return new Subject.Vessel(Optional.of(mmsi.value()), type, flag, government);
    }

    /**
     * The alert a record received from {@code from} carries, as this node holds it: id {@code
     * <nation>:<node>:<alert id>}, {@link AlertState#NEW}, no notes, with its {@link Alert.Source}.
     *
     * @param self this node: the record's marking must name its nation
     * @param receivedAt when it was received, kept in its source
     * @throws IllegalArgumentException naming the missing or bad part
     */
    static Alert read(ShareableRecord record, Partner from, Partner self, Instant receivedAt) {
        String key = Texts.excerpt(record.key());
        if (!record.category().equals(DataCategory.DETECTIONS_AND_ALERTS)) {
            throw new IllegalArgumentException(
                    "record " + key + " is " + record.category() + ", not " + DataCategory.DETECTIONS_AND_ALERTS);
        }
        String what = "alert record " + key;
        if (!record.origin().nation().equals(from.nation())
                || !record.origin().node().equals(from.node())) {
            throw new IllegalArgumentException(
                    what + " was made by " + record.origin().nation() + " "
                            + record.origin().node() + ", not by the sending node " + from.nation() + " " + from.node()
                            + "; alerts are taken from the node that raised them only");
        }
        SortedMap<String, String> c = record.content();
        for (String field : FIELDS) {
            if (!c.containsKey(field)) {
                throw new IllegalArgumentException(what + " has no content field \"" + field + "\"");
            }
        }
        HandlingTerms terms = record.handling()
                .orElseThrow(() -> new IllegalArgumentException(what + " has no handling terms (marking)"));
        if (!terms.marking().releasableTo(self.nation())) {
            throw new IllegalArgumentException(
                    what + " is marked \"" + terms.marking().text() + "\", which does not name " + self.nation());
        }
        GeoPoint point = record.position().orElseThrow(() -> new IllegalArgumentException(what + " has no position"));
        Position position = Position.of(point.latitude(), point.longitude());
        String id = field(what, c, "id", AlertRecords::readableId);
        int version = field(what, c, "version", AlertRecords::positive);
        String expectedKey = key(from.node().value(), id, version);
        if (!record.key().equals(expectedKey)) {
            throw new IllegalArgumentException(
                    what + ": its key is not " + expectedKey + " (node, content fields \"id\" and \"version\")");
        }
        String rule = field(what, c, "rule", t -> text(t, 1, MAX_NAME));
        Severity severity = field(what, c, "severity", Severity::valueOf);
        DetectionKind kind = field(what, c, "kind", DetectionKind::valueOf);
        String type = field(what, c, "type", t -> {
            if (!TYPE_FIELDS.containsKey(t)) {
                throw new IllegalArgumentException("must be one of " + new TreeMap<>(TYPE_FIELDS).keySet());
            }
            return t;
        });
        for (String field : TYPE_FIELDS.get(type)) {
            if (!c.containsKey(field)) {
                throw new IllegalArgumentException(
                        what + " has no content field \"" + field + "\" (type " + type + ")");
            }
        }
        String detectionId = field(what, c, "detectionId", t -> text(t, 1, MAX_NAME));
        List<Mmsi> vessels = field(what, c, "vessels", AlertRecords::vessels);
        Instant start = field(what, c, "start", Instant::parse);
        Optional<Instant> end = field(what, c, "end", AlertRecords::optionalInstant);
        if (end.isPresent() && end.get().isBefore(start)) {
            throw new IllegalArgumentException(what + ": content field \"end\" is before \"start\"");
        }
        Instant raisedAt = field(what, c, "raisedAt", Instant::parse);
        boolean situationEnded = field(what, c, "situationEnded", AlertRecords::bool);
        boolean withdrawn = field(what, c, "withdrawn", AlertRecords::bool);
        String withdrawal = field(what, c, "withdrawal", t -> text(t, 0, MAX_TEXT));
        if (!(record.subject() instanceof Subject.Vessel subject)) {
            throw new IllegalArgumentException(what + " has no vessel subject");
        }
        if (subject.mmsi().isEmpty()
                || subject.mmsi().get() != vessels.getFirst().value()) {
            throw new IllegalArgumentException(what + ": its subject's MMSI "
                    + subject.mmsi().map(String::valueOf).orElse("(none)") + " is not its first vessel "
                    + vessels.getFirst().value());
        }
        int expectedVessels = type.equals("encounter") ? 2 : 1;
        if (vessels.size() != expectedVessels) {
            throw new IllegalArgumentException(what + ": content field \"vessels\" must name " + expectedVessels
                    + " vessel(s) for type " + type + ", named " + vessels.size());
        }
        Detection detection;
        try {
            detection = switch (type) {
                case "gap" ->
                    new AisGap(
                            detectionId,
                            vessels.getFirst(),
                            start,
                            end,
                            position,
                            Optional.empty(),
                            field(
                                    what,
                                    c,
                                    "impliedSpeedKnots",
                                    t -> t.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(number(t, 100_000))),
                            field(what, c, "possibleDisabling", AlertRecords::bool));
                case "encounter" ->
                    new Encounter(
                            detectionId,
                            field(what, c, "detectionRule", t -> text(t, 1, MAX_NAME)),
                            vessels.get(0),
                            vessels.get(1),
                            start,
                            end,
                            position,
                            field(what, c, "medianSpeedKnots", t -> number(t, 1_000)),
                            field(what, c, "closestMetres", t -> number(t, 100_000_000)));
                case "loitering" ->
                    new Loitering(
                            detectionId,
                            field(what, c, "detectionRule", t -> text(t, 1, MAX_NAME)),
                            vessels.getFirst(),
                            start,
                            end,
                            position,
                            field(what, c, "averageSpeedKnots", t -> number(t, 1_000)),
                            field(what, c, "shoreDistanceNauticalMiles", t -> number(t, 100_000)));
                case "zone" ->
                    new ZoneVisit(
                            detectionId,
                            vessels.getFirst(),
                            field(what, c, "zoneId", t -> text(t, 1, MAX_NAME)),
                            field(what, c, "zoneName", t -> text(t, 0, MAX_NAME)),
                            start,
                            end,
                            position,
                            Optional.empty(),
                            field(what, c, "dwelling", AlertRecords::bool));
                case "port" ->
                    new PortVisit(
                            detectionId,
                            vessels.getFirst(),
                            new Port(
                                    field(what, c, "locode", t -> text(t, 1, MAX_NAME)),
                                    field(what, c, "portName", t -> text(t, 0, MAX_NAME)),
                                    position),
                            start,
                            end,
                            position,
                            field(what, c, "stoppedAt", AlertRecords::optionalInstant),
                            field(what, c, "movingAgainAt", AlertRecords::optionalInstant));
                case "identity" ->
                    new IdentityAnomaly(
                            detectionId,
                            vessels.getFirst(),
                            field(what, c, "anomaly", IdentityAnomaly.Anomaly::valueOf),
                            start,
                            position,
                            field(what, c, "detail", t -> text(t, 0, MAX_TEXT)));
                default -> throw new IllegalStateException("type checked above: " + type);
            };
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith(what)) {
                throw e;
            }
            throw new IllegalArgumentException(what + " is not a valid detection: " + e.getMessage(), e);
        }
        if (detection.kind() != kind) {
            throw new IllegalArgumentException(
                    what + ": content field \"kind\" is " + kind + " but its type " + type + " is " + detection.kind());
        }
        String localId = IncidentRecords.localId(from, id);
        return new Alert(
                localId,
                "partner/" + localId,
                rule,
                severity,
                AlertState.NEW,
                detection,
                raisedAt,
                record.observedAt(),
                version - 1,
                situationEnded,
                withdrawn ? Optional.of(withdrawal) : Optional.empty(),
                List.of(),
                Optional.of(new Alert.Source(
                        from.nation().code(),
                        from.node().value(),
                        id,
                        version,
                        terms.marking().text(),
                        receivedAt)));
    }

    private static <T> T field(String what, SortedMap<String, String> c, String name, Function<String, T> parse) {
        String text = c.get(name);
        try {
            return parse.apply(text);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(
                    what + ": content field \"" + name + "\" is not valid (\"" + Texts.excerpt(text) + "\"): "
                            + e.getMessage(),
                    e);
        }
    }

    private static String readableId(String text) {
        if (!READABLE_ID.matcher(text).matches()) {
            throw new IllegalArgumentException("must be 1 to 40 letters, digits, '.', '_' or '-'");
        }
        return text;
    }

    private static int positive(String text) {
        int n = Integer.parseInt(text);
        if (n < 1) {
            throw new IllegalArgumentException("must be 1 or more");
        }
        return n;
    }

    /** Text of {@code min} to {@code max} characters, without control characters. */
    private static String text(String text, int min, int max) {
        if (text.length() < min || text.length() > max) {
            throw new IllegalArgumentException("must have " + min + " to " + max + " characters, had " + text.length());
        }
        for (int i = 0; i < text.length(); i++) {
            if (Character.isISOControl(text.charAt(i))) {
                throw new IllegalArgumentException("must not hold control characters");
            }
        }
        return text;
    }

    private static double number(String text, double max) {
        double v = Double.parseDouble(text);
        if (!Double.isFinite(v) || v < 0 || v > max) {
            throw new IllegalArgumentException("must be a number from 0 to " + max);
        }
        return v;
    }

    private static boolean bool(String text) {
        return switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("must be true or false");
        };
    }

    private static Optional<Instant> optionalInstant(String text) {
        return text.isEmpty() ? Optional.empty() : Optional.of(Instant.parse(text));
    }

    private static List<Mmsi> vessels(String text) {
        String[] parts = text.split(LIST_SEPARATOR, -1);
        if (parts.length < 1 || parts.length > 2) {
            throw new IllegalArgumentException("must name one or two MMSIs separated by ';'");
        }
        List<Mmsi> vessels = new ArrayList<>();
        for (String part : parts) {
            if (!part.matches("[0-9]{1,9}")) {
                throw new IllegalArgumentException("\"" + Texts.excerpt(part) + "\" is not an MMSI number");
            }
            vessels.add(Mmsi.of(Integer.parseInt(part)));
        }
        return vessels;
    }
}
