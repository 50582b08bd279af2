package io.jisr.sar.plan.export;

import io.jisr.sar.drift.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Escaping and number formats shared by the writers. */
final class Text {
    private Text() {}

    /**
     * Returns text safe inside XML 1.0 character data and attribute values: the five special characters
     * escaped, and characters XML 1.0 forbids (most control characters, lone surrogates, U+FFFE/U+FFFF)
     * replaced by U+FFFD so that the document stays well-formed.
     */
    static String xml(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (Character.isHighSurrogate(c)
                            && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (c == '\t'
                            || c == '\n'
                            || c == '\r'
                            || (c >= 0x20 && c <= 0xD7FF)
                            || (c >= 0xE000 && c <= 0xFFFD)) {
                        out.append(c);
                    } else {
                        out.append('\uFFFD');
                    }
                }
            }
        }
        return out.toString();
    }

    /** Returns a JSON string literal (RFC 8259), quotes included. */
    static String json(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isHighSurrogate(c)
                            && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (c < 0x20 || c == '\u2028' || c == '\u2029' || Character.isSurrogate(c)) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** Returns a number with up to {@code decimals} decimals, no exponent, no trailing zeros. */
    static String number(double value, int decimals) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("cannot write a non-finite number: " + value);
        }
        String s = String.format(Locale.ROOT, "%." + decimals + "f", value);
        if (s.indexOf('.') >= 0) {
            s = s.replaceAll("0+$", "");
            if (s.endsWith(".")) {
                s = s.substring(0, s.length() - 1);
            }
        }
        return s.equals("-0") ? "0" : s;
    }

    /** Returns a longitude in [−180, 180), as GPX requires. */
    static double longitude(double lon) {
        double l = lon - 360 * Math.floor((lon + 180) / 360);
        return l >= 180 ? l - 360 : l;
    }

    /** Returns the ring closed and anticlockwise (RFC 7946 exterior ring). */
    static List<Position> closedAnticlockwise(List<Position> outline) {
        double twice = 0;
        for (int i = 0; i < outline.size(); i++) {
            Position a = outline.get(i);
            Position b = outline.get((i + 1) % outline.size());
            twice += a.longitude() * b.latitude() - b.longitude() * a.latitude();
        }
        List<Position> ring = new ArrayList<>(outline);
        if (twice < 0) {
            java.util.Collections.reverse(ring);
        }
        ring.add(ring.getFirst());
        return ring;
    }
}
