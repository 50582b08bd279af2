package io.jisr.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jisr.sar.cases.CaseAction;
import io.jisr.sar.cases.CaseCustody;
import io.jisr.sar.cases.CaseLogEntry;
import io.jisr.sar.cases.LastKnownPosition;
import io.jisr.sar.cases.RescueCentre;
import io.jisr.sar.cases.SarCase;
import io.jisr.sar.drift.Position;
import io.jisr.sar.plan.export.CaseStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A SAR case as a JSON document for the {@code sar_case} table: every field named, times as ISO-8601 text,
 * the last known position with a {@code kind} ({@code point}, {@code line}, {@code area}). Written and read
 * field by field, as {@link ProgrammeDocument} is, so renaming a Java field cannot change what is stored;
 * the records' constructors check what is read.
 */
public final class SarCaseDocument {
    /*
     * Version 2 adds the custody (origin, originReference, holder, followers), absent in version 1, which
     * reads as a case opened here and shared with nobody. Readers accept every version ever written: add
     * members with defaults, never rename one. The same document travels between nodes as the content of a
     * sar-cases record (app: SarCaseRecords).
     */
    static final int VERSION = 2;

    private static final ObjectMapper JSON = new ObjectMapper();

    private SarCaseDocument() {}

    /** The case as a JSON document. */
    public static String write(SarCase c) {
        ObjectNode o = JSON.createObjectNode();
        o.put("version", VERSION);
        o.put("reference", c.reference());
        o.put("source", c.source());
        o.put("objectId", c.objectId());
        writePosition(o.putObject("lastKnown"), c.lastKnown());
        o.put("personsOnBoard", c.personsOnBoard());
        o.put("status", c.status().name());
        ArrayNode log = o.putArray("log");
        for (CaseLogEntry e : c.log()) {
            ObjectNode entry = log.addObject();
            entry.put("at", e.at().toString());
            entry.put("by", e.by());
            entry.put("action", e.action().name());
            entry.put("text", e.text());
            e.subject().ifPresent(s -> entry.put("subject", s));
        }
        CaseCustody custody = c.custody();
        custody.origin().ifPresent(r -> o.put("origin", r.toString()));
        o.put("originReference", custody.originReference());
        custody.holder().ifPresent(r -> o.put("holder", r.toString()));
        ArrayNode followers = o.putArray("followers");
        custody.followers().forEach(r -> followers.add(r.toString()));
        return o.toString();
    }

    private static void writePosition(ObjectNode o, LastKnownPosition lkp) {
        switch (lkp) {
            case LastKnownPosition.PointLkp p -> {
                o.put("kind", "point");
                point(o.putObject("position"), p.position());
                o.put("time", p.time().toString());
                o.put("radiusMetres", p.radiusMetres());
            }
            case LastKnownPosition.LineLkp l -> {
                o.put("kind", "line");
                point(o.putObject("from"), l.from());
                o.put("fromTime", l.fromTime().toString());
                point(o.putObject("to"), l.to());
                o.put("toTime", l.toTime().toString());
                o.put("radiusMetres", l.radiusMetres());
            }
            case LastKnownPosition.AreaLkp a -> {
                o.put("kind", "area");
                ArrayNode vertices = o.putArray("vertices");
                a.vertices().forEach(v -> point(vertices.addObject(), v));
                o.put("time", a.time().toString());
            }
        }
    }

    private static void point(ObjectNode o, Position p) {
        o.put("lat", p.latitude());
        o.put("lon", p.longitude());
    }

    /**
     * The case a document holds.
     *
     * @throws IllegalArgumentException naming what is missing or wrong
     */
    public static SarCase read(String document) {
        JsonNode o;
        try {
            o = JSON.readTree(document);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
        if (!o.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        List<CaseLogEntry> log = new ArrayList<>();
        for (JsonNode e : o.path("log")) {
            log.add(new CaseLogEntry(
                    Instant.parse(text(e, "at")),
                    text(e, "by"),
                    CaseAction.valueOf(text(e, "action")),
                    text(e, "text"),
                    Optional.ofNullable(e.get("subject")).map(JsonNode::asText)));
        }
        return new SarCase(
                text(o, "reference"),
                text(o, "source"),
                o.path("objectId").asInt(),
                readPosition(o.path("lastKnown")),
                o.path("personsOnBoard").asInt(),
                CaseStatus.valueOf(text(o, "status")),
                log,
                custody(o));
    }

    private static CaseCustody custody(JsonNode o) {
        String reference = text(o, "reference");
        if (!o.has("originReference")) {
            return CaseCustody.local(reference);
        }
        List<RescueCentre> followers = new ArrayList<>();
        for (JsonNode f : o.path("followers")) {
            followers.add(RescueCentre.parse(f.asText()));
        }
        return new CaseCustody(centre(o, "origin"), text(o, "originReference"), centre(o, "holder"), followers);
    }

    private static Optional<RescueCentre> centre(JsonNode o, String name) {
        return o.has(name) ? Optional.of(RescueCentre.parse(text(o, name))) : Optional.empty();
    }

    private static LastKnownPosition readPosition(JsonNode o) {
        String kind = text(o, "kind");
        return switch (kind) {
            case "point" ->
                new LastKnownPosition.PointLkp(
                        position(o.path("position")),
                        Instant.parse(text(o, "time")),
                        o.path("radiusMetres").asDouble());
            case "line" ->
                new LastKnownPosition.LineLkp(
                        position(o.path("from")),
                        Instant.parse(text(o, "fromTime")),
                        position(o.path("to")),
                        Instant.parse(text(o, "toTime")),
                        o.path("radiusMetres").asDouble());
            case "area" -> {
                List<Position> vertices = new ArrayList<>();
                o.path("vertices").forEach(v -> vertices.add(position(v)));
                yield new LastKnownPosition.AreaLkp(vertices, Instant.parse(text(o, "time")));
            }
            default -> throw new IllegalArgumentException("last known position of unknown kind \"" + kind + "\"");
        };
    }

    private static Position position(JsonNode o) {
        return new Position(o.path("lat").asDouble(), o.path("lon").asDouble());
    }

    private static String text(JsonNode o, String name) {
        JsonNode value = o.get(name);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("member \"" + name + "\" missing or not text");
        }
        return value.asText();
    }
}
