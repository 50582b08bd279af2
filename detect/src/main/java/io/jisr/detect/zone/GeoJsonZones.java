package io.jisr.detect.zone;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Reads zones from GeoJSON (RFC 7946): a FeatureCollection, one Feature, or a bare Polygon or
 * MultiPolygon. A feature's {@code properties} may give {@code id}, {@code name}, {@code kind} (a
 * {@link ZoneKind} name) and {@code dwellMinutes}. The input is treated as hostile: sizes are bounded,
 * every coordinate is checked, polygons must be valid, and the answer is always a {@link ZoneImport}
 * saying where the first problem is; nothing else is thrown.
 */
public final class GeoJsonZones {

    /** The largest input accepted, in characters. */
    public static final int MAX_CHARACTERS = ZoneShapes.MAX_CHARACTERS;

    /** The most features accepted in one file. */
    public static final int MAX_FEATURES = ZoneShapes.MAX_FEATURES;

    /** The most coordinate positions accepted in one file. */
    public static final int MAX_POSITIONS = ZoneShapes.MAX_POSITIONS;

    private final ZoneShapes shapes = new ZoneShapes();
    private final ZoneKind defaultKind;

    private GeoJsonZones(ZoneKind defaultKind) {
        this.defaultKind = defaultKind;
    }

    /** Reads zones from GeoJSON text; features without a {@code kind} get {@code defaultKind}. */
    public static ZoneImport read(String text, ZoneKind defaultKind) {
        return ZoneShapes.importing(text, () -> {
            Object root;
            try {
                root = Json.parse(text);
            } catch (Json.SyntaxError e) {
                return new ZoneImport.Rejected("line " + e.line + ", column " + e.column, e.getMessage());
            }
            return ZoneShapes.imported(() -> new GeoJsonZones(defaultKind).document(root));
        });
    }

    private List<Zone> document(Object root) {
        Map<String, Object> object = object(root, "document");
        String type = string(object.get("type"), "type");
        List<Zone> zones = new ArrayList<>();
        switch (type) {
            case "FeatureCollection" -> {
                List<Object> features = array(object.get("features"), "features");
                if (features.size() > MAX_FEATURES) {
                    throw new ZoneProblem(
                            "features",
                            "has " + features.size() + " features, more than the " + MAX_FEATURES + " accepted");
                }
                Set<String> ids = new HashSet<>();
                for (int i = 0; i < features.size(); i++) {
                    Zone z = feature(features.get(i), "features[" + i + "]", i);
                    if (!ids.add(z.id())) {
                        throw new ZoneProblem(
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
                throw new ZoneProblem(
                        "type",
                        "\"" + Json.abbreviate(type)
                                + "\" cannot hold zones; expected FeatureCollection, Feature, Polygon or MultiPolygon");
        }
        if (zones.isEmpty()) {
            throw new ZoneProblem("features", "holds no zones");
        }
        return zones;
    }

    private Zone feature(Object value, String path, int index) {
        Map<String, Object> feature = object(value, path);
        String type = string(feature.get("type"), path + ".type");
        if (!type.equals("Feature")) {
            throw new ZoneProblem(path + ".type", "must be \"Feature\", was \"" + Json.abbreviate(type) + "\"");
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
            throw new ZoneProblem(
                    path + ".properties.name", "must be 1-200 characters, was \"" + Json.abbreviate(name) + "\"");
        }
        ZoneKind kind =
                properties.get("kind") == null ? defaultKind : kind(properties.get("kind"), path + ".properties.kind");
        Optional<Duration> dwell = properties.get("dwellMinutes") == null
                ? Optional.empty()
                : Optional.of(dwell(properties.get("dwellMinutes"), path + ".properties.dwellMinutes"));
        Object geometryValue = feature.get("geometry");
        if (geometryValue == null || geometryValue == Json.NULL) {
            throw new ZoneProblem(path + ".geometry", "is missing; a zone needs a Polygon or MultiPolygon");
        }
        Geometry area = geometry(object(geometryValue, path + ".geometry"), path + ".geometry");
        return zone(id, name, kind, area, dwell, path);
    }

    private Zone zone(String id, String name, ZoneKind kind, Geometry area, Optional<Duration> dwell, String path) {
        return new Zone(id, name, kind, ZoneShapes.valid(area, path + ".geometry"), dwell);
    }

    private Geometry geometry(Map<String, Object> geometry, String path) {
        String type = string(geometry.get("type"), path + ".type");
        List<Object> coordinates = array(geometry.get("coordinates"), path + ".coordinates");
        return switch (type) {
            case "Polygon" -> polygon(coordinates, path + ".coordinates");
            case "MultiPolygon" -> {
                if (coordinates.isEmpty()) {
                    throw new ZoneProblem(path + ".coordinates", "holds no polygons");
                }
                Polygon[] polygons = new Polygon[coordinates.size()];
                for (int i = 0; i < polygons.length; i++) {
                    String p = path + ".coordinates[" + i + "]";
                    polygons[i] = polygon(array(coordinates.get(i), p), p);
                }
                yield shapes.factory.createMultiPolygon(polygons);
            }
            default ->
                throw new ZoneProblem(
                        path + ".type",
                        "geometry type \"" + Json.abbreviate(type)
                                + "\" cannot be a zone; expected Polygon or MultiPolygon");
        };
    }

    private Polygon polygon(List<Object> rings, String path) {
        if (rings.isEmpty()) {
            throw new ZoneProblem(path, "a polygon needs at least its outer ring");
        }
        LinearRing shell = ring(array(rings.get(0), path + "[0]"), path + "[0]");
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(array(rings.get(i), path + "[" + i + "]"), path + "[" + i + "]");
        }
        return shapes.factory.createPolygon(shell, holes);
    }

    private LinearRing ring(List<Object> positionList, String path) {
        shapes.countRing(positionList.size(), path);
        Coordinate[] coordinates = new Coordinate[positionList.size()];
        for (int i = 0; i < coordinates.length; i++) {
            coordinates[i] = position(positionList.get(i), path + "[" + i + "]");
        }
        return shapes.ring(coordinates, path, text(coordinates[0]), text(coordinates[coordinates.length - 1]));
    }

    private static String text(Coordinate c) {
        return "[" + c.x + ", " + c.y + "]";
    }

    private Coordinate position(Object value, String path) {
        List<Object> p = array(value, path);
        if (p.size() < 2 || p.size() > 3) {
            throw new ZoneProblem(
                    path,
                    "a position needs [longitude, latitude] (and optional altitude), had " + p.size() + " values");
        }
        double lon = number(p.get(0), path + "[0]");
        double lat = number(p.get(1), path + "[1]");
        if (p.size() == 3) {
            number(p.get(2), path + "[2]");
        }
        return ZoneShapes.position(lon, lat, path + "[0]", path + "[1]", lon, lat);
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
            throw new ZoneProblem(path, "must be a string or a whole number, was " + kindOf(value));
        }
        if (id.isEmpty() || id.length() > 64) {
            throw new ZoneProblem(path, "must be 1-64 characters, was \"" + Json.abbreviate(id) + "\"");
        }
        return Optional.of(id);
    }

    private static ZoneKind kind(Object value, String path) {
        return ZoneShapes.kind(string(value, path), path);
    }

    private static Duration dwell(Object value, String path) {
        double minutes = number(value, path);
        return ZoneShapes.dwell(minutes, path, minutes);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value, String path) {
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new ZoneProblem(path, "must be an object, was " + kindOf(value));
    }

    @SuppressWarnings("unchecked")
    private static List<Object> array(Object value, String path) {
        if (value instanceof List<?> list) {
            return (List<Object>) list;
        }
        throw new ZoneProblem(path, "must be an array, was " + kindOf(value));
    }

    private static String string(Object value, String path) {
        if (value instanceof String s) {
            return s;
        }
        throw new ZoneProblem(path, "must be a string, was " + kindOf(value));
    }

    private static double number(Object value, String path) {
        if (value instanceof Double d && Double.isFinite(d)) {
            return d;
        }
        throw new ZoneProblem(path, "must be a finite number, was " + kindOf(value));
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
