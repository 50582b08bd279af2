package io.jisr.exchange;

/** Short, printable excerpts of untrusted text for error messages. */
public final class Texts {
    private static final int MAX = 40;

    private Texts() {}

    /**
     * At most 40 characters of {@code text}, control characters shown as {@code ?}, so that a hostile
     * value cannot flood or forge a log line.
     */
    public static String excerpt(String text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX) + 1);
        for (int i = 0; i < text.length() && out.length() < MAX; i++) {
            char c = text.charAt(i);
            out.append(Character.isISOControl(c) ? '?' : c);
        }
        if (text.length() > MAX) {
            out.append('…');
        }
        return out.toString();
    }
}
