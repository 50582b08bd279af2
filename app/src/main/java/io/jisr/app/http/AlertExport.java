package io.jisr.app.http;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Alerts as files to download: CSV for spreadsheets (RFC 4180, UTF-8) and GeoJSON for GIS tools (one
 * point feature per alert at the position where it began, RFC 7946).
 */
final class AlertExport {
    private AlertExport() {}

    static final List<String> CSV_COLUMNS = List.of(
            "id",
            "severity",
            "state",
            "kind",
            "rule",
            "vessels",
            "names",
            "start",
            "end",
            "latitude",
            "longitude",
            "raised_at",
            "updated_at",
            "updates",
            "situation_ended",
            "withdrawal",
            "details",
            "notes");

    static void csv(Context ctx, List<AlertJson> alerts) {
        StringBuilder out = new StringBuilder(String.join(",", CSV_COLUMNS)).append("\r\n");
        for (AlertJson a : alerts) {
            List<String> row = List.of(
                    a.id(),
                    a.severity(),
                    a.state(),
                    a.kind(),
                    a.rule(),
                    a.vessels().stream().map(v -> String.valueOf(v.mmsi())).collect(Collectors.joining(" ")),
                    a.vessels().stream()
                            .map(v -> v.name() == null ? "" : v.name())
                            .collect(Collectors.joining(" / ")),
                    a.start().toString(),
                    a.end() == null ? "" : a.end().toString(),
                    String.valueOf(a.position().lat()),
                    String.valueOf(a.position().lon()),
                    a.raisedAt().toString(),
                    a.updatedAt().toString(),
                    String.valueOf(a.updates()),
                    String.valueOf(a.situationEnded()),
                    a.withdrawal() == null ? "" : a.withdrawal(),
                    Json.write(a.details()),
                    a.notes().stream()
                            .map(n -> n.at() + " " + n.by() + " " + n.state() + ": " + n.text())
                            .collect(Collectors.joining(" | ")));
            out.append(row.stream().map(AlertExport::cell).collect(Collectors.joining(",")))
                    .append("\r\n");
        }
        ctx.status(200)
                .contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"jisr-alerts.csv\"")
                .result(out.toString());
    }

    /**
     * Quotes a CSV cell when needed, and defuses text a spreadsheet would run as a formula (OWASP CSV
     * injection: a leading {@code = + - @}, tab or carriage return gets a leading apostrophe). Numbers
     * written by the node itself (a negative longitude) are left as they are.
     */
    static String cell(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !isNumber(v)) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    private static boolean isNumber(String v) {
        return v.matches("-?\\d+(\\.\\d+)?(E-?\\d+)?");
    }

    static void geoJson(Context ctx, List<AlertJson> alerts) {
        List<Map<String, Object>> features = new ArrayList<>(alerts.size());
        for (AlertJson a : alerts) {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("id", a.id());
            properties.put("severity", a.severity());
            properties.put("state", a.state());
            properties.put("kind", a.kind());
            properties.put("rule", a.rule());
            properties.put("vessels", a.vessels());
            properties.put("start", a.start());
            properties.put("end", a.end());
            properties.put("raisedAt", a.raisedAt());
            properties.put("updatedAt", a.updatedAt());
            properties.put("situationEnded", a.situationEnded());
            properties.put("withdrawal", a.withdrawal());
            properties.put("details", a.details());
            properties.put("notes", a.notes());
            Map<String, Object> feature = new LinkedHashMap<>();
            feature.put("type", "Feature");
            feature.put("id", a.id());
            feature.put(
                    "geometry",
                    Map.of(
                            "type",
                            "Point",
                            "coordinates",
                            List.of(a.position().lon(), a.position().lat())));
            feature.put("properties", properties);
            features.add(feature);
        }
        ctx.status(200)
                .contentType("application/geo+json; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"jisr-alerts.geojson\"")
                .result(Json.write(Map.of("type", "FeatureCollection", "features", features)));
    }
}
