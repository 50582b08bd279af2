package io.jisr.ais.message;

import java.util.Optional;

/**
 * Checks that a text field holds exactly what decoding would give back for it, so that a message
 * built by hand survives {@code decode(encode(m))} unchanged.
 */
final class CanonicalText {
    /*
     * Implementation note: BitBuffer.text cuts at the first '@' (six-bit 0, the padding character of
     * ITU-R M.1371-5 table 47) and strips trailing spaces, and Texts.optional maps "" to empty. A
     * text containing '@', ending in a space or empty therefore cannot come back from the air as
     * written; such values are refused instead of being silently changed.
     */

    private CanonicalText() {}

    /** Checks an optional text field; see {@link #check(String, String, int)}. */
    static void check(String field, Optional<String> text, int maxChars) {
        text.ifPresent(t -> check(field, t, maxChars));
    }

    /**
     * Checks that {@code text} has 1 to {@code maxChars} characters of the six-bit alphabet, no
     * {@code @} and no trailing space.
     */
    static void check(String field, String text, int maxChars) {
        if (text.isEmpty()
                || text.length() > maxChars
                || !BitBuffer.isSixBitText(text)
                || text.indexOf('@') >= 0
                || text.charAt(text.length() - 1) == ' ') {
            throw new IllegalArgumentException(field + " must be 1 to " + maxChars
                    + " characters of the AIS six-bit alphabet without '@' or trailing spaces, was \"" + text
                    + "\"");
        }
    }
}
