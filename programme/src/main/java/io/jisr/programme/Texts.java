package io.jisr.programme;

/** How the records of this module check short texts and quote bad values in messages. */
public final class Texts {
    private Texts() {}

    /**
     * Quotes a value for an error message, truncated to 60 characters with control characters escaped, so
     * that hostile input cannot forge lines in a log.
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

    /** Checks a required text is present and not blank; returns it stripped. */
    public static String require(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank, was " + quote(value));
        }
        return value.strip();
    }

    /** Checks a required object is present. */
    public static <T> T present(String field, T value) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }
}
