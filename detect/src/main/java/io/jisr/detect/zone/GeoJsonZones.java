package io.jisr.detect.zone;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Reads zones from GeoJSON (RFC 7946): a FeatureCollection, one Feature, or a bare Polygon or
 * MultiPolygon. A feature's {@code properties} may give {@code id}, {@code name}, {@code kind} (a
 * {@link ZoneKind} name) and {@code dwellMinutes}. The input is treated as hostile: sizes are bounded,
 * every coordinate is checked, polygons must be valid, and the answer is always a {@link ZoneImport}
 * saying where the first problem is; nothing else is thrown.
 */
public final class GeoJsonZones {

    /** The largest input accepted, in characters. */
    public static final int MAX_CHARACTERS = 64 * 1024 * 1024;

    /** The most features accepted in one file. */
    public static final int MAX_FEATURES = 100_000;

    /** The most coordinate positions accepted in one file. */
    public static final int MAX_POSITIONS = 5_000_000;

    private static final long MAX_DWELL_MINUTES = 366L * 24 * 60;

    private final GeometryFactory factory = new GeometryFactory();
    private final ZoneKind defaultKind;
    private int positions;

    private GeoJsonZones(ZoneKind defaultKind) {
        this.defaultKind = defaultKind;
    }

    /** A content problem at a path inside the document. */
    private static final class Problem extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String where;

        Problem(String where, String message) {
            super(message, null, false, false);
            this.where = where;
        }
    }

    /** Reads zones from GeoJSON text; features without a {@code kind} get {@code defaultKind}. */
    public static ZoneImport read(String text, ZoneKind defaultKind) {
        if (text.length() > MAX_CHARACTERS) {
            return new ZoneImport.Rejected(
                    "file", "is " + text.length() + " characters, more than the " + MAX_CHARACTERS + " accepted");
        }
        Object root;
        try {
            root = Json.parse(text);
        } catch (Json.SyntaxError e) {
            return new ZoneImport.Rejected("line " + e.line + ", column " + e.column, e.getMessage());
        }
        try {
            return new ZoneImport.Imported(new GeoJsonZones(defaultKind).document(root));
        } catch (Problem p) {
            return new ZoneImport.Rejected(p.where, p.getMessage());
        } catch (IllegalArgumentException e) {
            // JTS refuses some degenerate shapes itself (for example a ring that collapses to a line).
            return new ZoneImport.Rejected("geometry", "cannot be built: " + e.getMessage());
        }
    }

    private List<Zone> document(Object root) {
        Map<String, Object> object = object(root, "document");
        String type = string(object.get("type"), "type");
        List<Zone> zones = new ArrayList<>();
        switch (type) {
            case "FeatureCollection" -> {
                List<Object> features = array(object.get("features"), "features");
                if (features.size() > MAX_FEATURES) {
                    throw new Problem(
                            "features",
                            "has " + features.size() + " features, more than the " + MAX_FEATURES + " accepted");
                }
                Set<String> ids = new HashSet<>();
                for (int i = 0; i < features.size(); i++) {
                    Zone z = feature(features.get(i), "features[" + i + "]", i);
                    if (!ids.add(z.id())) {
                        throw new Problem(
                                "features[" + i + "].properties.id",
                                "zone id \"" + z.id() + "\" is used by an earlier feature");
                    }
                    zones.add(z);
                }
            }
            case "Feature" -> zones.add(feature(object, "document", 0));
            case "Polygon", "MultiPolygon" ->
                zones.add(zone(
                        "zone-1", "zone-1", defaultKind, geometry(object, "document"), Optional.empty(), "document"));
            default ->
                throw new Problem(
                        "type",
                        "\"" + Json.abbreviate(type)
                                + "\" cannot hold zones; expected FeatureCollection, Feature, Polygon or MultiPolygon");
        }
        if (zones.isEmpty()) {
            throw new Problem("features", "holds no zones");
        }
        return zones;
    }

    private Zone feature(Object value, String path, int index) {
        Map<String, Object> feature = object(value, path);
        String type = string(feature.get("type"), path + ".type");
        if (!type.equals("Feature")) {
            throw new Problem(path + ".type", "must be \"Feature\", was \"" + Json.abbreviate(type) + "\"");
        }
        Object propertiesValue = feature.get("properties");
        Map<String, Object> properties = propertiesValue == null || propertiesValue == Json.NULL
                ? Map.of()
                : object(propertiesValue, path + ".properties");
        String id = identifier(properties.get("id"), path + ".properties.id")
                .or(() -> identifier(feature.get("id"), path + ".id"))
                .orElse("zone-" + (index + 1));
        String name = properties.get("name") == null
                ? id
                : string(properties.get("name"), path + ".properties.name").strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new Problem(
                    path + ".properties.name", "must be 1-200 characters, was \"" + Json.abbreviate(name) + "\"");
        }
        ZoneKind kind =
                properties.get("kind") == null ? defaultKind : kind(properties.get("kind"), path + ".properties.kind");
        Optional<Duration> dwell = properties.get("dwellMinutes") == null
                ? Optional.empty()
                : Optional.of(dwell(properties.get("dwellMinutes"), path + ".properties.dwellMinutes"));
        Object geometryValue = feature.get("geometry");
        if (geometryValue == null || geometryValue == Json.NULL) {
            throw new Problem(path + ".geometry", "is missing; a zone needs a Polygon or MultiPolygon");
        }
        Geometry area = geometry(object(geometryValue, path + ".geometry"), path + ".geometry");
        return zone(id, name, kind, area, dwell, path);
    }

    private Zone zone(String id, String name, ZoneKind kind, Geometry area, Optional<Duration> dwell, String path) {
        IsValidOp validity = new IsValidOp(area);
        TopologyValidationError error = validity.getValidationError();
        if (error != null) {
            Coordinate c = error.getCoordinate();
            throw new Problem(
                    path + ".geometry",
                    "is not a valid polygon: " + error.getMessage().toLowerCase(Locale.ROOT)
                            + (c == null ? "" : " at longitude " + c.x + ", latitude " + c.y));
        }
        return new Zone(id, name, kind, area, dwell);
    }

    private Geometry geometry(Map<String, Object> geometry, String path) {
        String type = string(geometry.get("type"), path + ".type");
        List<Object> coordinates = array(geometry.get("coordinates"), path + ".coordinates");
        return switch (type) {
            case "Polygon" -> polygon(coordinates, path + ".coordinates");
            case "MultiPolygon" -> {
                if (coordinates.isEmpty()) {
                    throw new Problem(path + ".coordinates", "holds no polygons");
                }
                Polygon[] polygons = new Polygon[coordinates.size()];
                for (int i = 0; i < polygons.length; i++) {
                    String p = path + ".coordinates[" + i + "]";
                    polygons[i] = polygon(array(coordinates.get(i), p), p);
                }
                yield factory.createMultiPolygon(polygons);
            }
            default ->
                throw new Problem(
                        path + ".type",
                        "geometry type \"" + Json.abbreviate(type)
                                + "\" cannot be a zone; expected Polygon or MultiPolygon");
        };
    }

    private Polygon polygon(List<Object> rings, String path) {
        if (rings.isEmpty()) {
            throw new Problem(path, "a polygon needs at least its outer ring");
        }
        LinearRing shell = ring(array(rings.get(0), path + "[0]"), path + "[0]");
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(array(rings.get(i), path + "[" + i + "]"), path + "[" + i + "]");
        }
        return factory.createPolygon(shell, holes);
    }

    private LinearRing ring(List<Object> positionList, String path) {
        if (positionList.size() < 4) {
            throw new Problem(path, "a ring needs at least 4 positions, had " + positionList.size());
        }
        positions += positionList.size();
        if (positions > MAX_POSITIONS) {
            throw new Problem(path, "the file has more than the " + MAX_POSITIONS + " positions accepted");
        }
        Coordinate[] coordinates = new Coordinate[positionList.size()];
        for (int i = 0; i < coordinates.length; i++) {
            coordinates[i] = position(positionList.get(i), path + "[" + i + "]");
        }
        if (!coordinates[0].equals2D(coordinates[coordinates.length - 1])) {
            throw new Problem(
                    path,
                    "a ring must end where it starts; first " + text(coordinates[0]) + ", last "
                            + text(coordinates[coordinates.length - 1]));
        }
        return factory.createLinearRing(coordinates);
    }

    private static String text(Coordinate c) {
        return "[" + c.x + ", " + c.y + "]";
    }

    private Coordinate position(Object value, String path) {
        List<Object> p = array(value, path);
        if (p.size() < 2 || p.size() > 3) {
            throw new Problem(
                    path,
                    "a position needs [longitude, latitude] (and optional altitude), had " + p.size() + " values");
        }
        double lon = number(p.get(0), path + "[0]");
        double lat = number(p.get(1), path + "[1]");
        if (p.size() == 3) {
            number(p.get(2), path + "[2]");
        }
        if (!(lon >= -180 && lon <= 180)) {
            throw new Problem(path + "[0]", "longitude must be within -180..180, was " + lon);
        }
        if (!(lat >= -90 && lat <= 90)) {
            throw new Problem(path + "[1]", "latitude must be within -90..90, was " + lat);
        }
        return new Coordinate(lon, lat);
    }

    private static Optional<String> identifier(Object value, String path) {
        if (value == null || value == Json.NULL) {
            return Optional.empty();
        }
        String id;
        if (value instanceof String s) {
            id = s.strip();
        } else if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
            id = Long.toString(d.longValue());
        } else {
            throw new Problem(path, "must be a string or a whole number, was " + kindOf(value));
        }
        if (id.isEmpty() || id.length() > 64) {
            throw new Problem(path, "must be 1-64 characters, was \"" + Json.abbreviate(id) + "\"");
        }
        return Optional.of(id);
    }

    private static ZoneKind kind(Object value, String path) {
        String s = string(value, path);
        try {
            return ZoneKind.valueOf(
                    s.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new Problem(
                    path,
                    "\"" + Json.abbreviate(s) + "\" is not a zone kind; expected one of " + List.of(ZoneKind.values()));
        }
    }

    private static Duration dwell(Object value, String path) {
        double minutes = number(value, path);
        if (!(minutes >= 1 && minutes <= MAX_DWELL_MINUTES)) {
            throw new Problem(path, "must be 1.." + MAX_DWELL_MINUTES + " minutes, was " + minutes);
        }
        return Duration.ofSeconds(Math.round(minutes * 60));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value, String path) {
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new Problem(path, "must be an object, was " + kindOf(value));
    }

    @SuppressWarnings("unchecked")
    private static List<Object> array(Object value, String path) {
        if (value instanceof List<?> list) {
            return (List<Object>) list;
        }
        throw new Problem(path, "must be an array, was " + kindOf(value));
    }

    private static String string(Object value, String path) {
        if (value instanceof String s) {
            return s;
        }
        throw new Problem(path, "must be a string, was " + kindOf(value));
    }

    private static double number(Object value, String path) {
        if (value instanceof Double d && Double.isFinite(d)) {
            return d;
        }
        throw new Problem(path, "must be a finite number, was " + kindOf(value));
    }

    private static String kindOf(Object value) {
        if (value == null) {
            return "missing";
        }
        if (value == Json.NULL) {
            return "null";
        }
        if (value instanceof String s) {
            return "the string \"" + Json.abbreviate(s) + "\"";
        }
        if (value instanceof Double d) {
            return "the number " + d;
        }
        if (value instanceof Boolean b) {
            return b.toString();
        }
        if (value instanceof List<?>) {
            return "an array";
        }
        return "an object";
    }
}
