package io.jisr.sim.scenario;

import java.util.Locale;
import java.util.Map;

/**
 * Writes ground truth as JSON lines, one object per event, keys in a fixed order: byte-identical
 * output for identical runs, and no JSON library in a domain module.
 */
public final class GroundTruthJson {
    private GroundTruthJson() {}

    /** Returns the event as one line of JSON, without a line terminator. */
    public static String line(TruthEvent e) {
        StringBuilder b = new StringBuilder(256);
        b.append("{\"type\":");
        string(b, e.type());
        b.append(",\"id\":");
        string(b, e.id());
        b.append(",\"mmsis\":[");
        for (int i = 0; i < e.mmsis().size(); i++) {
            b.append(i == 0 ? "" : ",").append(e.mmsis().get(i));
        }
        b.append("],\"start\":");
        string(b, e.start().toString());
        b.append(",\"end\":");
        if (e.end().isPresent()) {
            string(b, e.end().get().toString());
        } else {
            b.append("null");
        }
        b.append(",\"positions\":[");
        for (int i = 0; i < e.positions().size(); i++) {
            TruthEvent.Point p = e.positions().get(i);
            b.append(i == 0 ? "{" : ",{").append("\"role\":");
            string(b, p.role());
            b.append(",\"mmsi\":").append(p.mmsi()).append(",\"time\":");
            string(b, p.time().toString());
            b.append(",\"lat\":")
                    .append(coordinate(p.lat()))
                    .append(",\"lon\":")
                    .append(coordinate(p.lon()));
            b.append('}');
        }
        b.append(']');
        if (e.zone().isPresent()) {
            b.append(",\"zone\":{\"name\":");
            string(b, e.zone().get().name());
            b.append(",\"polygon\":[");
            for (int i = 0; i < e.zone().get().polygon().size(); i++) {
                double[] c = e.zone().get().polygon().get(i);
                b.append(i == 0 ? "[" : ",[")
                        .append(coordinate(c[0]))
                        .append(',')
                        .append(coordinate(c[1]))
                        .append(']');
            }
            b.append("]}");
        }
        b.append(",\"details\":{");
        boolean first = true;
        for (Map.Entry<String, String> d : e.details().entrySet()) {
            b.append(first ? "" : ",");
            string(b, d.getKey());
            b.append(':');
            string(b, d.getValue());
            first = false;
        }
        return b.append("}}").toString();
    }

    private static String coordinate(double degrees) {
        return String.format(Locale.ROOT, "%.6f", degrees);
    }

    private static void string(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }
}
