package io.jisr.app.http;

import io.javalin.http.Context;
import io.jisr.access.AuditAction;
import io.jisr.access.Principal;
import io.jisr.app.alerts.ZoneCatalog;
import io.jisr.detect.zone.Zone;
import io.jisr.detect.zone.ZoneKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * The zone endpoints: the zones as GeoJSON, import of a GeoJSON or KML file, removal of an operator's
 * zone. Imports and removals are audited. Without detection there are no zones: the list is empty and
 * changes answer 404.
 */
final class ZoneRoutes {
    /** The largest zone file accepted: a detailed EEZ outline is a few megabytes. */
    static final int MAX_BYTES = 16 * 1024 * 1024;

    private final ApiContext api;
    private final WebAccess web;

    ZoneRoutes(ApiContext api, WebAccess web) {
        this.api = api;
        this.web = web;
    }

    /** {@code GET /api/zones}: every zone as a GeoJSON FeatureCollection. */
    void list(Context ctx) {
        List<Map<String, Object>> features = new ArrayList<>();
        for (ZoneCatalog.Entry e : api.zones().map(ZoneCatalog::entries).orElse(List.of())) {
            Zone z = e.zone();
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("id", z.id());
            properties.put("name", z.name());
            properties.put("kind", z.kind().name());
            properties.put("source", e.source().name());
            z.dwell().ifPresent(d -> properties.put("dwellSeconds", d.toSeconds()));
            e.addedBy().ifPresent(by -> properties.put("addedBy", by));
            e.addedAt().ifPresent(at -> properties.put("addedAt", at.toString()));
            Map<String, Object> feature = new LinkedHashMap<>();
            feature.put("type", "Feature");
            feature.put("id", z.id());
            feature.put("geometry", geometry(z.area()));
            feature.put("properties", properties);
            features.add(feature);
        }
        ctx.status(200)
                .contentType("application/geo+json; charset=utf-8")
                .result(Json.write(Map.of("type", "FeatureCollection", "features", features)));
    }

    /**
     * {@code POST /api/zones?format=geojson|kml&kind=...}: imports every zone of the file in the body,
     * or none, answering 400 with where the file is wrong.
     */
    void importZones(Context ctx) {
        QueryParameters q = new QueryParameters(ctx.queryParamMap());
        String format = q.oneOf("format", "geojson", Set.of("geojson", "kml"));
        ZoneKind kind = q.enumValue("kind", ZoneKind.class).orElse(ZoneKind.OPERATOR);
        q.check();
        ZoneCatalog catalog = catalog();
        String text = body(ctx);
        Principal principal = AccessGate.principal(ctx);
        ZoneCatalog.Change change = catalog.importZones(
                text,
                ZoneCatalog.Format.valueOf(format.toUpperCase(Locale.ROOT)),
                kind,
                principal.username().value(),
                Instant.now());
        List<Zone> added = done(change);
        web.accounts()
                .record(
                        principal,
                        AuditAction.ZONES_IMPORTED,
                        String.join(",", added.stream().map(Zone::id).toList()),
                        added.size() + " zones from a " + format + " file");
        HttpApi.json(ctx, 201, Map.of("imported", added.stream().map(Zone::id).toList()));
    }

    /** {@code DELETE /api/zones/{id}}: removes an operator's zone. */
    void remove(Context ctx) {
        String id = ctx.pathParam("id");
        done(catalog().remove(id));
        web.accounts().record(AccessGate.principal(ctx), AuditAction.ZONE_REMOVED, id, "");
        ctx.status(204);
    }

    private static List<Zone> done(ZoneCatalog.Change change) {
        return switch (change) {
            case ZoneCatalog.Change.Done done -> done.zones();
            case ZoneCatalog.Change.NotFound missing -> throw ApiException.notFound("no zone " + missing.id());
            case ZoneCatalog.Change.Refused refused ->
                throw new ApiException(
                        400,
                        new ErrorJson(
                                ErrorJson.BAD_REQUEST,
                                refused.where() + ": " + refused.message(),
                                Map.of(
                                        "file",
                                        List.of(new ErrorJson.FieldError(
                                                refused.where() + ": " + refused.message(), null)))));
        };
    }

    private ZoneCatalog catalog() {
        return api.zones().orElseThrow(() -> ApiException.notFound("this node runs without detection: no zones"));
    }

    /** Reads the body as UTF-8 up to {@link #MAX_BYTES}, refusing more or bytes that are not UTF-8. */
    private static String body(Context ctx) {
        byte[] bytes;
        try (InputStream in = ctx.req().getInputStream()) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the zone file", e);
        }
        if (bytes.length > MAX_BYTES) {
            throw new ApiException(
                    413,
                    ErrorJson.of(ErrorJson.BAD_REQUEST, "zone file larger than " + MAX_BYTES / (1024 * 1024) + " MB"));
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ApiException(400, ErrorJson.of(ErrorJson.BAD_REQUEST, "zone file is not UTF-8 text"));
        }
    }

    /** A polygon or multipolygon as a GeoJSON geometry (RFC 7946: longitude first, exterior ring first). */
    static Map<String, Object> geometry(Geometry area) {
        if (area instanceof Polygon p) {
            return Map.of("type", "Polygon", "coordinates", rings(p));
        }
        List<Object> polygons = new ArrayList<>();
        for (int i = 0; i < area.getNumGeometries(); i++) {
            polygons.add(rings((Polygon) area.getGeometryN(i)));
        }
        return Map.of("type", "MultiPolygon", "coordinates", polygons);
    }

    private static List<Object> rings(Polygon p) {
        List<Object> rings = new ArrayList<>();
        rings.add(ring(p.getExteriorRing()));
        for (int i = 0; i < p.getNumInteriorRing(); i++) {
            rings.add(ring(p.getInteriorRingN(i)));
        }
        return rings;
    }

    private static List<double[]> ring(LineString ring) {
        List<double[]> points = new ArrayList<>();
        for (Coordinate c : ring.getCoordinates()) {
            points.add(new double[] {c.x, c.y});
        }
        return points;
    }
}
