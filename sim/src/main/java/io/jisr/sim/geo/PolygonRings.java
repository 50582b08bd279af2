package io.jisr.sim.geo;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the rings of every {@code "coordinates"} member of a GeoJSON text (Polygon or
 * MultiPolygon): enough JSON for the land model, without a JSON library in a domain module.
 */
final class PolygonRings {
    private final String text;
    private int at;

    private PolygonRings(String text) {
        this.text = text;
    }

    /** Returns each ring as {@code lon, lat} pairs. */
    static List<double[]> read(String geoJson) {
        List<double[]> rings = new ArrayList<>();
        PolygonRings reader = new PolygonRings(geoJson);
        int from = 0;
        while ((from = geoJson.indexOf("\"coordinates\"", from)) >= 0) {
            reader.at = geoJson.indexOf(':', from) + 1;
            reader.collectRings(reader.value(), rings);
            from = reader.at;
        }
        return rings;
    }

    /** A ring is an array of positions; anything deeper is walked until rings are found. */
    private void collectRings(Object value, List<double[]> rings) {
        if (!(value instanceof List<?> list) || list.isEmpty()) {
            return;
        }
        if (list.getFirst() instanceof List<?> first && !first.isEmpty() && first.getFirst() instanceof Double) {
            double[] ring = new double[list.size() * 2];
            for (int i = 0; i < list.size(); i++) {
                List<?> point = (List<?>) list.get(i);
                ring[2 * i] = (Double) point.get(0);
                ring[2 * i + 1] = (Double) point.get(1);
            }
            rings.add(ring);
            return;
        }
        for (Object child : list) {
            collectRings(child, rings);
        }
    }

    private Object value() {
        skipSpace();
        if (at >= text.length()) {
            throw new IllegalArgumentException("GeoJSON ends inside coordinates at offset " + at);
        }
        if (text.charAt(at) == '[') {
            at++;
            List<Object> items = new ArrayList<>();
            skipSpace();
            if (text.charAt(at) == ']') {
                at++;
                return items;
            }
            while (true) {
                items.add(value());
                skipSpace();
                char c = text.charAt(at++);
                if (c == ']') {
                    return items;
                }
                if (c != ',') {
                    throw new IllegalArgumentException(
                            "GeoJSON coordinates: expected ',' or ']' at offset " + (at - 1) + ", found '" + c + "'");
                }
            }
        }
        int start = at;
        while (at < text.length() && "+-.eE0123456789".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        if (start == at) {
            throw new IllegalArgumentException(
                    "GeoJSON coordinates: expected a number at offset " + start + ", found '" + text.charAt(at) + "'");
        }
        return Double.parseDouble(text.substring(start, at));
    }

    private void skipSpace() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }
}
