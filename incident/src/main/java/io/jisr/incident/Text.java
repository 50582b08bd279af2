package io.jisr.incident;

/** Small text rules shared by the records of this module: limits and how bad values are quoted in messages. */
public final class Text {
    /** Longest narrative or handling note accepted, in characters: a long cable, not a document dump. */
    public static final int MAX_LONG_TEXT = 20_000;

    /** Longest short text (place names, actors, sources, user names), in characters. */
    public static final int MAX_SHORT_TEXT = 300;

    private Text() {}

    /**
     * Quotes a value for an error message, truncated to 60 characters and with control characters shown
     * as escapes, so that hostile input cannot forge lines in a log or a report.
     */
    public static String quote(String value) {
        if (value == null) {
            return "nothing";
        }
        StringBuilder out = new StringBuilder("\"");
        int limit = Math.min(value.length(), 60);
        for (int i = 0; i < limit; i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        if (value.length() > limit) {
            out.append('…');
        }
        return out.append('"').toString();
    }

    /** Checks a required short text: not blank, at most {@link #MAX_SHORT_TEXT}; returns it stripped. */
    public static String requireShort(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return optionalShort(field, value);
    }

    /** Checks an optional short text (may be empty): at most {@link #MAX_SHORT_TEXT}; returns it stripped. */
    public static String optionalShort(String field, String value) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.length() > MAX_SHORT_TEXT) {
            throw new IllegalArgumentException(
                    field + " must be at most " + MAX_SHORT_TEXT + " characters, was " + stripped.length());
        }
        return stripped;
    }

    /** Checks an optional long text (may be empty): at most {@link #MAX_LONG_TEXT}; returns it stripped. */
    public static String optionalLong(String field, String value) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.length() > MAX_LONG_TEXT) {
            throw new IllegalArgumentException(
                    field + " must be at most " + MAX_LONG_TEXT + " characters, was " + stripped.length());
        }
        return stripped;
    }
}
