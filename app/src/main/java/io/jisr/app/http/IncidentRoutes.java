package io.jisr.app.http;

import io.javalin.http.Context;
import io.jisr.access.AuditAction;
import io.jisr.access.Principal;
import io.jisr.app.incidents.IncidentBook;
import io.jisr.incident.CountryCode;
import io.jisr.incident.EventType;
import io.jisr.incident.Grading;
import io.jisr.incident.Incident;
import io.jisr.incident.Releasability;
import io.jisr.incident.csv.ImportDefaults;
import io.jisr.incident.csv.ImportResult;
import io.jisr.incident.csv.IncidentCsv;
import io.jisr.incident.geojson.IncidentGeoJson;
import io.jisr.incident.query.Area;
import io.jisr.incident.query.Cluster;
import io.jisr.incident.query.IncidentFilter;
import io.jisr.incident.query.IncidentIndex;
import io.jisr.incident.query.Timeline;
import io.jisr.picture.BoundingBox;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The incident endpoints: import of a CSV file in the conflict-event layout (analysts), the reports
 * filtered as JSON, CSV or GeoJSON, the map's clusters for a zoom level and the timeline by ISO week.
 * Every list takes the same filters: {@code type}, {@code actor}, {@code from}, {@code to},
 * {@code minGrading}, {@code country}, {@code sourceNation}, {@code bbox}.
 */
final class IncidentRoutes {
    /** The largest file imported at once. */
    static final int MAX_BYTES = 32 * 1024 * 1024;

    /** The heat layer's cell size on screen: small enough to look continuous, large enough to stay few. */
    static final int HEAT_CELL_PIXELS = 16;

    private final IncidentBook book;
    private final WebAccess web;

    IncidentRoutes(IncidentBook book, WebAccess web) {
        this.book = book;
        this.web = web;
    }

    /** {@code POST /api/incidents/import?sourceNation=DZA&marking=REL TO DZA, USA&grading=B2}. */
    void importCsv(Context ctx) {
        QueryParameters q = new QueryParameters(ctx.queryParamMap());
        String nation = q.requiredText("sourceNation", 3);
        String marking = q.text("marking").orElse("NOT RELEASABLE");
        String grading = q.text("grading").orElse("F6");
        q.check();
        ImportDefaults defaults;
        try {
            defaults = new ImportDefaults(
                    CountryCode.of(nation.toUpperCase(java.util.Locale.ROOT)),
                    Releasability.parse(marking),
                    Grading.parse(grading),
                    LocalDate.now(ZoneOffset.UTC));
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, ErrorJson.of(ErrorJson.BAD_PARAMETER, e.getMessage()));
        }
        if (ctx.contentLength() > MAX_BYTES) {
            throw new ApiException(413, ErrorJson.of(ErrorJson.BAD_REQUEST, "file larger than 32 MB"));
        }
        ImportResult result;
        try (Reader in = new InputStreamReader(
                new java.io.BufferedInputStream(ctx.req().getInputStream()), StandardCharsets.UTF_8)) {
            result = book.importCsv(new LimitedReader(in, MAX_BYTES), defaults);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("could not read the incident file", e);
        }
        Principal principal = AccessGate.principal(ctx);
        web.accounts()
                .record(
                        principal,
                        AuditAction.INCIDENTS_IMPORTED,
                        result.imported().size() + " reports",
                        result.errors().size() + " rows refused");
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("imported", result.imported().size());
        answer.put(
                "errors",
                result.errors().stream()
                        .map(e -> Map.of("line", e.line(), "reason", e.reason()))
                        .toList());
        answer.put("ignoredColumns", result.ignoredColumns());
        HttpApi.json(ctx, 200, answer);
    }

    /** {@code GET /api/incidents}: the reports that match, as JSON, CSV or GeoJSON. */
    void list(Context ctx) {
        QueryParameters q = new QueryParameters(ctx.queryParamMap());
        IncidentFilter filter = filter(q);
        int limit = q.integer("limit", 1000, 1, 100_000);
        String format = q.oneOf("format", "json", Set.of("json", "csv", "geojson"));
        q.check();
        IncidentIndex index = book.index();
        List<Incident> found = index.find(filter, limit);
        switch (format) {
            case "csv" -> {
                StringBuilder out = new StringBuilder();
                IncidentCsv.write(found, out);
                ctx.status(200)
                        .contentType("text/csv; charset=utf-8")
                        .header("Content-Disposition", "attachment; filename=\"jisr-incidents.csv\"")
                        .result(out.toString());
            }
            case "geojson" ->
                ctx.status(200)
                        .contentType("application/geo+json; charset=utf-8")
                        .header("Content-Disposition", "attachment; filename=\"jisr-incidents.geojson\"")
                        .result(IncidentGeoJson.toText(found));
            default -> {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (Incident i : found) {
                    Map<String, Object> row = summary(i);
                    book.source(i.id()).ifPresent(src -> row.put("partner", IncidentWorkflowRoutes.partnerJson(src)));
                    rows.add(row);
                }
                HttpApi.json(ctx, 200, Map.of("total", index.count(filter), "incidents", rows));
            }
        }
    }

    /** {@code GET /api/incidents/clusters?zoom=}: the map's clusters. */
    void clusters(Context ctx) {
        QueryParameters q = new QueryParameters(ctx.queryParamMap());
        IncidentFilter filter = filter(q);
        int zoom = q.integer("zoom", 5, 0, IncidentIndex.MAX_ZOOM);
        q.check();
        List<Map<String, Object>> out = new ArrayList<>();
        for (Cluster c : book.index().clusters(filter, zoom)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("lat", c.latitude());
            m.put("lon", c.longitude());
            m.put("count", c.count());
            m.put("knownKilled", c.knownKilled());
            m.put("byType", names(c.countsByType()));
            c.singleIncidentId().ifPresent(id -> m.put("id", id));
            out.add(m);
        }
        HttpApi.json(ctx, 200, Map.of("clusters", out));
    }

    /**
     * {@code GET /api/incidents/heat?zoom=}: the heat layer's weighted points — the reports counted in
     * cells of {@value #HEAT_CELL_PIXELS} screen pixels at that zoom, as {@code [lat, lon, count]}
     * triples (compact: a heat layer at a low zoom has thousands of cells).
     */
    void heat(Context ctx) {
        QueryParameters q = new QueryParameters(ctx.queryParamMap());
        IncidentFilter filter = filter(q);
        int zoom = q.integer("zoom", 5, 0, IncidentIndex.MAX_ZOOM);
        q.check();
        List<Cluster> cells = book.index().clusters(filter, zoom, HEAT_CELL_PIXELS);
        List<double[]> out = new ArrayList<>(cells.size());
        int max = 0;
        for (Cluster c : cells) {
            out.add(new double[] {c.latitude(), c.longitude(), c.count()});
            max = Math.max(max, c.count());
        }
        HttpApi.json(ctx, 200, Map.of("cellPixels", HEAT_CELL_PIXELS, "max", max, "cells", out));
    }

    /** {@code GET /api/incidents/timeline}: counts per ISO week by type, and reports dated to a month only. */
    void timeline(Context ctx) {
        QueryParameters q = new QueryParameters(ctx.queryParamMap());
        IncidentFilter filter = filter(q);
        q.check();
        Timeline t = book.index().timeline(filter);
        List<Map<String, Object>> weeks = t.weeks().stream()
                .map(w -> Map.<String, Object>of(
                        "monday",
                        w.monday().toString(),
                        "week",
                        w.isoWeek(),
                        "total",
                        w.total(),
                        "byType",
                        names(w.counts())))
                .toList();
        List<Map<String, Object>> months = t.monthOnly().stream()
                .map(m -> Map.<String, Object>of(
                        "month", m.month().toString(), "total", m.total(), "byType", names(m.counts())))
                .toList();
        HttpApi.json(ctx, 200, Map.of("weeks", weeks, "monthOnly", months));
    }

    private static Map<String, Integer> names(Map<EventType, Integer> counts) {
        return counts.entrySet().stream()
                .collect(
                        Collectors.toMap(e -> e.getKey().name(), Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    private static Map<String, Object> summary(Incident i) {
        var r = i.report();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", i.id());
        m.put("version", i.version());
        m.put("date", r.date().day().toString());
        m.put("place", r.location().place());
        m.put("subType", r.subType().name());
        m.put("grading", r.grading().code());
        m.put("csv", IncidentCsv.row(i));
        m.put("lat", r.location().latitude());
        m.put("lon", r.location().longitude());
        return m;
    }

    /** Reads the shared filters; bad values are collected in {@code q}. */
    private static IncidentFilter filter(QueryParameters q) {
        IncidentFilter f = IncidentFilter.ALL;
        Set<EventType> types = q.enums("type", EventType.class);
        if (!types.isEmpty()) {
            f = f.withTypes(types);
        }
        Optional<String> actor = q.text("actor");
        if (actor.isPresent()) {
            f = f.withActor(actor.get());
        }
        Optional<LocalDate> from = date(q, "from");
        Optional<LocalDate> to = date(q, "to");
        if (from.isPresent() || to.isPresent()) {
            if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
                q.reject("to", "must not be before from", to.get().toString());
            } else {
                f = f.withPeriod(from.orElse(LocalDate.of(1990, 1, 1)), to.orElse(LocalDate.of(9999, 12, 31)));
            }
        }
        Optional<String> grading = q.text("minGrading");
        if (grading.isPresent()) {
            try {
                f = f.withMinimumGrading(Grading.parse(grading.get()));
            } catch (IllegalArgumentException e) {
                q.reject("minGrading", e.getMessage(), grading.get());
            }
        }
        Set<CountryCode> countries = countries(q, "country");
        if (!countries.isEmpty()) {
            f = f.withCountries(countries);
        }
        Set<CountryCode> nations = countries(q, "sourceNation");
        if (!nations.isEmpty()) {
            f = f.withSourceNations(nations);
        }
        if (q.text("bbox").isPresent()) {
            BoundingBox box = q.bbox("bbox", BoundingBox.WORLD);
            if (!q.isRejected("bbox")) {
                f = f.withArea(new Area(box.south(), box.west(), box.north(), box.east()));
            }
        }
        return f;
    }

    private static Optional<LocalDate> date(QueryParameters q, String name) {
        Optional<String> text = q.text(name);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.get()));
        } catch (DateTimeParseException e) {
            q.reject(name, "must be a date such as 2025-03-01", text.get());
            return Optional.empty();
        }
    }

    private static Set<CountryCode> countries(QueryParameters q, String name) {
        Set<CountryCode> out = new java.util.LinkedHashSet<>();
        for (String code : q.countryCodes(name)) {
            if (CountryCode.isAssigned(code)) {
                out.add(CountryCode.of(code));
            } else {
                q.reject(name, "is not an assigned ISO 3166-1 alpha-3 code", code);
            }
        }
        return out;
    }

    /** A reader that stops with an error past a number of characters, so an endless upload cannot fill memory. */
    private static final class LimitedReader extends java.io.FilterReader {
        private long left;

        LimitedReader(Reader in, long limit) {
            super(in);
            this.left = limit;
        }

        @Override
        public int read() throws java.io.IOException {
            check(1);
            int c = super.read();
            left--;
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws java.io.IOException {
            check(1);
            int n = super.read(buffer, offset, (int) Math.min(length, left + 1));
            if (n > 0) {
                left -= n;
                check(0);
            }
            return n;
        }

        private void check(int more) {
            if (left < more - 1 || left < 0) {
                throw new ApiException(413, ErrorJson.of(ErrorJson.BAD_REQUEST, "file larger than 32 MB"));
            }
        }
    }
}
