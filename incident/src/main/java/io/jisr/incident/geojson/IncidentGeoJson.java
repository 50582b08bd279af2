package io.jisr.incident.geojson;

import io.jisr.incident.Count;
import io.jisr.incident.Incident;
import io.jisr.incident.IncidentReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * Writes incidents as an RFC 7946 FeatureCollection: one Point feature per incident at its coordinates
 * (longitude first, as GeoJSON orders them), with the report's fields as properties. Unknown casualty
 * counts are {@code null}, known ones numbers, so that unknown stays distinct from zero. Text is escaped
 * per RFC 8259 (quotes, backslashes, control characters, and U+2028/U+2029 for JavaScript consumers).
 */
public final class IncidentGeoJson {
    private IncidentGeoJson() {}

    /** Returns the feature collection as text. */
    public static String toText(List<Incident> incidents) {
        StringBuilder out = new StringBuilder(512 * incidents.size() + 64);
        write(incidents, out);
        return out.toString();
    }

    /**
     * Writes the feature collection.
     *
     * @throws UncheckedIOException if the output fails
     */
    public static void write(List<Incident> incidents, Appendable out) {
        try {
            out.append("{\"type\":\"FeatureCollection\",\"features\":[");
            for (int i = 0; i < incidents.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                feature(incidents.get(i), out);
            }
            out.append("]}");
        } catch (IOException e) {
            throw new UncheckedIOException("writing GeoJSON failed", e);
        }
    }

    private static void feature(Incident incident, Appendable out) throws IOException {
        IncidentReport r = incident.report();
        out.append("{\"type\":\"Feature\",\"id\":").append(quote(incident.id()));
        out.append(",\"geometry\":{\"type\":\"Point\",\"coordinates\":[")
                .append(number(r.location().longitude()))
                .append(',')
                .append(number(r.location().latitude()))
                .append("]},\"properties\":{");
        out.append("\"id\":").append(quote(incident.id()));
        out.append(",\"version\":").append(Integer.toString(incident.version()));
        out.append(",\"eventDate\":").append(quote(r.date().day().toString()));
        out.append(",\"timePrecision\":").append(quote(r.date().precision().name()));
        out.append(",\"firstDay\":").append(quote(r.date().first().toString()));
        out.append(",\"lastDay\":").append(quote(r.date().last().toString()));
        out.append(",\"type\":").append(quote(r.type().name()));
        out.append(",\"subType\":").append(quote(r.subType().name()));
        out.append(",\"codebookEventType\":").append(quote(r.subType().codebookType()));
        out.append(",\"codebookSubEventType\":").append(quote(r.subType().codebookSubType()));
        out.append(",\"place\":").append(quote(r.location().place()));
        out.append(",\"admin1\":").append(quote(r.location().admin1()));
        out.append(",\"admin2\":").append(quote(r.location().admin2()));
        out.append(",\"country\":").append(quote(r.location().country().alpha3()));
        out.append(",\"geoPrecision\":").append(quote(r.location().precision().name()));
        out.append(",\"actors\":");
        strings(r.actors(), out);
        out.append(",\"killed\":").append(count(r.casualties().killed()));
        out.append(",\"wounded\":").append(count(r.casualties().wounded()));
        out.append(",\"kidnapped\":").append(count(r.casualties().kidnapped()));
        out.append(",\"grading\":").append(quote(r.grading().code()));
        out.append(",\"sourceNation\":").append(quote(r.sourceNation().alpha3()));
        out.append(",\"releasability\":").append(quote(r.releasability().marking()));
        out.append(",\"handlingNote\":").append(quote(r.handlingNote()));
        out.append(",\"narrative\":").append(quote(r.narrative()));
        out.append(",\"sources\":");
        strings(r.sources(), out);
        out.append("}}");
    }

    private static void strings(List<String> values, Appendable out) throws IOException {
        out.append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quote(values.get(i)));
        }
        out.append(']');
    }

    private static String count(Count count) {
        return switch (count) {
            case Count.Known k -> Integer.toString(k.value());
            case Count.Unknown u -> "null";
        };
    }

    /** Coordinates as plain decimals (no exponent), exactly the double's shortest decimal form. */
    private static String number(double degrees) {
        return BigDecimal.valueOf(degrees).toPlainString();
    }

    /** Returns the text as a JSON string literal, quotes included. */
    public static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    boolean pairedSurrogate = Character.isHighSurrogate(c)
                                    && i + 1 < text.length()
                                    && Character.isLowSurrogate(text.charAt(i + 1))
                            || Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
                    // A lone surrogate cannot be encoded in UTF-8; escaped, the JSON stays valid.
                    if (c < 0x20
                            || c == '\u2028'
                            || c == '\u2029'
                            || c == 0x7f
                            || (Character.isSurrogate(c) && !pairedSurrogate)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
