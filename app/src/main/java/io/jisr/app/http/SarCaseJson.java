package io.jisr.app.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.jisr.sar.cases.CaseCustody;
import io.jisr.sar.cases.CaseLogEntry;
import io.jisr.sar.cases.LastKnownPosition;
import io.jisr.sar.cases.RescueCentre;
import io.jisr.sar.cases.SarCase;
import io.jisr.sar.drift.Position;
import io.jisr.sar.leeway.LeewayObjects;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * SAR cases in JSON, and the last known position read from a request: {@code {"kind": "point", "lat",
 * "lon", "time", "radiusMetres"}}, {@code {"kind": "line", "from": {"lat", "lon", "time"}, "to": {...},
 * "radiusMetres"}} or {@code {"kind": "area", "vertices": [[lat, lon], ...], "time"}}. A bad member is
 * rejected under its path, such as {@code lastKnown.from.lat} or {@code lastKnown.vertices[2]}.
 */
final class SarCaseJson {
    private SarCaseJson() {}

    static Map<String, Object> of(SarCase c, boolean withLog) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("reference", c.reference());
        m.put("source", c.source());
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("id", c.objectId());
        LeewayObjects.bundled().byId(c.objectId()).ifPresent(o -> {
            object.put("key", o.key());
            object.put("description", o.description());
        });
        m.put("object", object);
        m.put("lastKnown", lastKnown(c.lastKnown()));
        m.put("personsOnBoard", c.personsOnBoard());
        m.put("status", c.status().name());
        m.put(
                "allowedStatuses",
                SarCase.allowedAfter(c.status()).stream().map(Enum::name).toList());
        m.put("openedAt", c.openedAt().toString());
        m.put("openedBy", c.log().getFirst().by());
        m.put("lastActivity", c.lastActivity().toString());
        m.put("custody", custody(c));
        if (withLog) {
            List<Map<String, Object>> log = new ArrayList<>();
            for (CaseLogEntry e : c.log()) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("at", e.at().toString());
                entry.put("by", e.by());
                entry.put("action", e.action().name());
                entry.put("text", e.text());
                e.subject().ifPresent(s -> entry.put("subject", s));
                log.add(entry);
            }
            m.put("log", log);
        }
        return m;
    }

    /** Who runs the case and who follows it: {@code origin} and {@code holder} are absent for this node. */
    private static Map<String, Object> custody(SarCase c) {
        CaseCustody custody = c.custody();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("heldHere", custody.heldHere());
        custody.origin().ifPresent(o -> m.put("origin", o.toString()));
        m.put("originReference", custody.originReference());
        custody.holder().ifPresent(h -> m.put("holder", h.toString()));
        m.put(
                "followers",
                custody.followers().stream().map(RescueCentre::toString).toList());
        m.put("version", c.version());
        return m;
    }

    private static Map<String, Object> lastKnown(LastKnownPosition lkp) {
        Map<String, Object> m = new LinkedHashMap<>();
        switch (lkp) {
            case LastKnownPosition.PointLkp p -> {
                m.put("kind", "point");
                m.put("lat", p.position().latitude());
                m.put("lon", p.position().longitude());
                m.put("time", p.time().toString());
                m.put("radiusMetres", p.radiusMetres());
            }
            case LastKnownPosition.LineLkp l -> {
                m.put("kind", "line");
                m.put("from", fix(l.from(), l.fromTime()));
                m.put("to", fix(l.to(), l.toTime()));
                m.put("radiusMetres", l.radiusMetres());
            }
            case LastKnownPosition.AreaLkp a -> {
                m.put("kind", "area");
                m.put(
                        "vertices",
                        a.vertices().stream()
                                .map(v -> new double[] {v.latitude(), v.longitude()})
                                .toList());
                m.put("time", a.time().toString());
            }
        }
        return m;
    }

    private static Map<String, Object> fix(Position p, Instant time) {
        return Map.of("lat", p.latitude(), "lon", p.longitude(), "time", time.toString());
    }

    /** Reads a last known position, rejecting bad members in {@code body}; empty when any was bad. */
    static Optional<LastKnownPosition> lastKnown(JsonNode n, JsonBody body) {
        String path = "lastKnown";
        String kind = n.path("kind").asText("");
        int before = rejections(body, path);
        LastKnownPosition out = null;
        switch (kind) {
            case "point" -> {
                Position p = position(n, path, body);
                Instant t = time(n, path + ".time", body);
                double r = number(n, "radiusMetres", path + ".radiusMetres", 0, 200_000, body);
                if (rejections(body, path) == before) {
                    out = new LastKnownPosition.PointLkp(p, t, r);
                }
            }
            case "line" -> {
                Position from = position(n.path("from"), path + ".from", body);
                Instant fromTime = time(n.path("from"), path + ".from.time", body);
                Position to = position(n.path("to"), path + ".to", body);
                Instant toTime = time(n.path("to"), path + ".to.time", body);
                double r = number(n, "radiusMetres", path + ".radiusMetres", 0, 200_000, body);
                if (fromTime != null && toTime != null && toTime.isBefore(fromTime)) {
                    body.reject(path + ".to.time", "must not be before lastKnown.from.time", toTime.toString());
                }
                if (rejections(body, path) == before) {
                    out = new LastKnownPosition.LineLkp(from, fromTime, to, toTime, r);
                }
            }
            case "area" -> {
                List<Position> vertices = new ArrayList<>();
                JsonNode list = n.path("vertices");
                if (!list.isArray() || list.size() < 3 || list.size() > LastKnownPosition.MAX_VERTICES) {
                    body.reject(
                            path + ".vertices",
                            "must be a list of 3 to " + LastKnownPosition.MAX_VERTICES + " [lat, lon] pairs",
                            list.toString());
                } else {
                    for (int i = 0; i < list.size(); i++) {
                        JsonNode v = list.get(i);
                        if (v.isArray()
                                && v.size() == 2
                                && v.get(0).isNumber()
                                && v.get(1).isNumber()
                                && Math.abs(v.get(0).asDouble()) <= 90
                                && Math.abs(v.get(1).asDouble()) <= 180) {
                            vertices.add(
                                    new Position(v.get(0).asDouble(), v.get(1).asDouble()));
                        } else {
                            body.reject(path + ".vertices[" + i + "]", "must be [lat, lon] in degrees", v.toString());
                        }
                    }
                }
                Instant t = time(n, path + ".time", body);
                if (rejections(body, path) == before) {
                    out = new LastKnownPosition.AreaLkp(vertices, t);
                }
            }
            default -> body.reject(path + ".kind", "must be point, line or area", kind);
        }
        return Optional.ofNullable(out);
    }

    private static int rejections(JsonBody body, String prefix) {
        return body.rejectedUnder(prefix);
    }

    private static Position position(JsonNode n, String path, JsonBody body) {
        double lat = number(n, "lat", path + ".lat", -90, 90, body);
        double lon = number(n, "lon", path + ".lon", -180, 180, body);
        return Double.isNaN(lat) || Double.isNaN(lon) ? null : new Position(lat, lon);
    }

    private static double number(JsonNode n, String member, String path, double min, double max, JsonBody body) {
        JsonNode v = n.path(member);
        if (!v.isNumber()) {
            body.reject(
                    path,
                    v.isMissingNode() ? "is required" : "must be a number",
                    v.isMissingNode() ? null : v.toString());
            return Double.NaN;
        }
        double d = v.asDouble();
        if (!(d >= min && d <= max)) {
            body.reject(
                    path,
                    "must be within " + QueryParameters.format(min) + ".." + QueryParameters.format(max),
                    v.toString());
            return Double.NaN;
        }
        return d;
    }

    private static Instant time(JsonNode n, String path, JsonBody body) {
        JsonNode v = n.path("time");
        try {
            if (!v.isTextual()) {
                throw new DateTimeParseException("not text", v.toString(), 0);
            }
            return Instant.parse(v.asText());
        } catch (DateTimeParseException e) {
            body.reject(
                    path,
                    "must be an ISO-8601 UTC time such as 2026-03-10T06:00:00Z",
                    v.isMissingNode() ? null : v.asText());
            return null;
        }
    }
}
