package io.jisr.incident;

/**
 * A report under its identifier, as the map, the timeline, the CSV and GeoJSON exports see it: the
 * version chosen for them (usually the published one) and its number.
 */
public record Incident(String id, int version, IncidentReport report) {
    /** Longest identifier accepted, in characters. */
    public static final int MAX_ID = 64;

    /** Checks the identifier (1–64 printable ASCII characters, no spaces or commas) and the version (from 1). */
    public Incident {
        requireValidId(id);
        if (version < 1) {
            throw new IllegalArgumentException("version of incident " + id + " must be 1 or more, was " + version);
        }
        if (report == null) {
            throw new IllegalArgumentException("incident " + id + " needs a report");
        }
    }

    /** Returns whether the text is a valid incident identifier; see {@link #requireValidId}. */
    public static boolean isValidId(String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_ID) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c <= ' ' || c >= 0x7f || c == ',' || c == '"' || c == '\'' || c == ';') {
                return false;
            }
        }
        return true;
    }

    /**
     * Checks an identifier: 1–64 printable ASCII characters without spaces, quotes, commas or semicolons
     * (open datasets use {@code MLI12345}; Jisr's own are the same shape), or throws naming the value.
     */
    public static String requireValidId(String id) {
        if (!isValidId(id)) {
            throw new IllegalArgumentException("incident id must be 1–" + MAX_ID
                    + " printable ASCII characters without spaces, quotes, commas or semicolons, was "
                    + Text.quote(id));
        }
        return id;
    }
}
