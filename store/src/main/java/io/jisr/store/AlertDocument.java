package io.jisr.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import io.jisr.detect.alert.AlertState;
import io.jisr.detect.alert.Severity;
import io.jisr.detect.geo.Port;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * An alert as a JSON document, for the {@code alert} table: every field named, one object per
 * detection type with a {@code type} member, times as ISO-8601 text. Written and read field by field
 * rather than by reflection, so that renaming a Java field cannot silently change what is stored.
 */
final class AlertDocument {
    /*
     * Version 1. A reader must accept documents of every version it ever wrote: add members with
     * defaults, never rename or reuse one.
     */
    static final int VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper();

    private AlertDocument() {}

    /** Writes the alert. */
    static String write(Alert alert) {
        ObjectNode o = JSON.createObjectNode();
        o.put("version", VERSION);
        o.put("id", alert.id());
        o.put("situation", alert.situation());
        o.put("rule", alert.rule());
        o.put("severity", alert.severity().name());
        o.put("state", alert.state().name());
        o.set("detection", detection(alert.detection()));
        o.put("raisedAt", alert.raisedAt().toString());
        o.put("updatedAt", alert.updatedAt().toString());
        o.put("updates", alert.updates());
        o.put("situationEnded", alert.situationEnded());
        alert.withdrawal().ifPresent(w -> o.put("withdrawal", w));
        ArrayNode notes = o.putArray("notes");
        for (Alert.Note n : alert.notes()) {
            notes.addObject()
                    .put("at", n.at().toString())
                    .put("state", n.state().name())
                    .put("by", n.by())
                    .put("text", n.text());
        }
        alert.source()
                .ifPresent(src -> o.putObject("source")
                        .put("nation", src.nation())
                        .put("node", src.node())
                        .put("originId", src.originId())
                        .put("version", src.version())
                        .put("marking", src.marking())
                        .put("receivedAt", src.receivedAt().toString()));
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write alert " + alert.id() + " as JSON", e);
        }
    }

    /**
     * Reads an alert written by {@link #write}.
     *
     * @throws IllegalArgumentException naming the member that is missing or wrong
     */
    static Alert read(String text) {
        JsonNode o;
        try {
            o = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("alert document is not JSON: " + e.getOriginalMessage(), e);
        }
        List<Alert.Note> notes = new ArrayList<>();
        for (JsonNode n : o.path("notes")) {
            notes.add(new Alert.Note(
                    instant(n, "at"), AlertState.valueOf(text(n, "state")), text(n, "by"), text(n, "text")));
        }
        return new Alert(
                text(o, "id"),
                text(o, "situation"),
                text(o, "rule"),
                Severity.valueOf(text(o, "severity")),
                AlertState.valueOf(text(o, "state")),
                detection(o.path("detection")),
                instant(o, "raisedAt"),
                instant(o, "updatedAt"),
                o.path("updates").asInt(),
                o.path("situationEnded").asBoolean(),
                optionalText(o, "withdrawal"),
                notes,
                source(o));
    }

    /** A partner's alert's source; absent (the member was added later, with its default) for this node's. */
    private static Optional<Alert.Source> source(JsonNode o) {
        if (!o.has("source")) {
            return Optional.empty();
        }
        JsonNode s = o.get("source");
        if (!s.path("version").canConvertToInt()) {
            throw new IllegalArgumentException("alert document: source.version must be a number");
        }
        return Optional.of(new Alert.Source(
                text(s, "nation"),
                text(s, "node"),
                text(s, "originId"),
                s.get("version").asInt(),
                text(s, "marking"),
                instant(s, "receivedAt")));
    }

    private static ObjectNode detection(Detection detection) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", detection.id());
        o.put("start", detection.start().toString());
        detection.end().ifPresent(e -> o.put("end", e.toString()));
        switch (detection) {
            case AisGap g -> {
                o.put("type", "gap");
                o.put("mmsi", g.mmsi().value());
                o.set("lastPosition", position(g.lastPosition()));
                g.nextPosition().ifPresent(p -> o.set("nextPosition", position(p)));
                g.impliedSpeedKnots().ifPresent(v -> o.put("impliedSpeedKnots", v));
                o.put("possibleDisabling", g.possibleDisabling());
            }
            case Encounter e -> {
                o.put("type", "encounter");
                o.put("rule", e.rule());
                o.put("first", e.first().value());
                o.put("second", e.second().value());
                o.set("position", position(e.position()));
                o.put("medianSpeedKnots", e.medianSpeedKnots());
                o.put("closestMetres", e.closestMetres());
            }
            case Loitering l -> {
                o.put("type", "loitering");
                o.put("rule", l.rule());
                o.put("mmsi", l.mmsi().value());
                o.set("position", position(l.position()));
                o.put("averageSpeedKnots", l.averageSpeedKnots());
                o.put("shoreDistanceNauticalMiles", l.shoreDistanceNauticalMiles());
            }
            case ZoneVisit z -> {
                o.put("type", "zone");
                o.put("mmsi", z.mmsi().value());
                o.put("zoneId", z.zoneId());
                o.put("zoneName", z.zoneName());
                o.set("position", position(z.position()));
                z.exitPosition().ifPresent(p -> o.set("exitPosition", position(p)));
                o.put("dwelling", z.dwelling());
            }
            case PortVisit p -> {
                o.put("type", "port");
                o.put("mmsi", p.mmsi().value());
                o.put("locode", p.port().locode());
                o.put("portName", p.port().name());
                o.set("portPosition", position(p.port().position()));
                o.set("position", position(p.position()));
                p.stoppedAt().ifPresent(t -> o.put("stoppedAt", t.toString()));
                p.movingAgainAt().ifPresent(t -> o.put("movingAgainAt", t.toString()));
            }
            case IdentityAnomaly a -> {
                o.put("type", "identity");
                o.put("mmsi", a.mmsi().value());
                o.put("anomaly", a.anomaly().name());
                o.set("position", position(a.position()));
                o.put("detail", a.detail());
            }
        }
        return o;
    }

    private static Detection detection(JsonNode o) {
        String id = text(o, "id");
        Instant start = instant(o, "start");
        Optional<Instant> end = optionalText(o, "end").map(Instant::parse);
        return switch (text(o, "type")) {
            case "gap" ->
                new AisGap(
                        id,
                        mmsi(o, "mmsi"),
                        start,
                        end,
                        position(o, "lastPosition"),
                        optionalPosition(o, "nextPosition"),
                        o.has("impliedSpeedKnots")
                                ? OptionalDouble.of(o.get("impliedSpeedKnots").asDouble())
                                : OptionalDouble.empty(),
                        o.path("possibleDisabling").asBoolean());
            case "encounter" ->
                new Encounter(
                        id,
                        text(o, "rule"),
                        mmsi(o, "first"),
                        mmsi(o, "second"),
                        start,
                        end,
                        position(o, "position"),
                        o.path("medianSpeedKnots").asDouble(),
                        o.path("closestMetres").asDouble());
            case "loitering" ->
                new Loitering(
                        id,
                        text(o, "rule"),
                        mmsi(o, "mmsi"),
                        start,
                        end,
                        position(o, "position"),
                        o.path("averageSpeedKnots").asDouble(),
                        o.path("shoreDistanceNauticalMiles").asDouble());
            case "zone" ->
                new ZoneVisit(
                        id,
                        mmsi(o, "mmsi"),
                        text(o, "zoneId"),
                        text(o, "zoneName"),
                        start,
                        end,
                        position(o, "position"),
                        optionalPosition(o, "exitPosition"),
                        o.path("dwelling").asBoolean());
            case "port" ->
                new PortVisit(
                        id,
                        mmsi(o, "mmsi"),
                        new Port(text(o, "locode"), text(o, "portName"), position(o, "portPosition")),
                        start,
                        end,
                        position(o, "position"),
                        optionalText(o, "stoppedAt").map(Instant::parse),
                        optionalText(o, "movingAgainAt").map(Instant::parse));
            case "identity" ->
                new IdentityAnomaly(
                        id,
                        mmsi(o, "mmsi"),
                        IdentityAnomaly.Anomaly.valueOf(text(o, "anomaly")),
                        start,
                        position(o, "position"),
                        text(o, "detail"));
            default -> throw new IllegalArgumentException("unknown detection type \"" + text(o, "type") + "\"");
        };
    }

    private static ObjectNode position(Position p) {
        return JSON.createObjectNode().put("lat", p.latitude()).put("lon", p.longitude());
    }

    private static Position position(JsonNode o, String name) {
        JsonNode p = o.path(name);
        if (!p.path("lat").isNumber() || !p.path("lon").isNumber()) {
            throw new IllegalArgumentException("alert document: " + name + " needs numeric lat and lon");
        }
        return Position.of(p.get("lat").asDouble(), p.get("lon").asDouble());
    }

    private static Optional<Position> optionalPosition(JsonNode o, String name) {
        return o.has(name) ? Optional.of(position(o, name)) : Optional.empty();
    }

    private static Mmsi mmsi(JsonNode o, String name) {
        if (!o.path(name).canConvertToInt()) {
            throw new IllegalArgumentException("alert document: " + name + " must be an MMSI number");
        }
        return Mmsi.of(o.get(name).asInt());
    }

    private static String text(JsonNode o, String name) {
        JsonNode v = o.path(name);
        if (!v.isTextual()) {
            throw new IllegalArgumentException("alert document: " + name + " is missing or not text");
        }
        return v.asText();
    }

    private static Optional<String> optionalText(JsonNode o, String name) {
        return o.has(name) ? Optional.of(text(o, name)) : Optional.empty();
    }

    private static Instant instant(JsonNode o, String name) {
        try {
            return Instant.parse(text(o, name));
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("alert document: " + name + " is not an ISO-8601 instant", e);
        }
    }
}
