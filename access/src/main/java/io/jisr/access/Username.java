package io.jisr.access;

import java.util.Locale;

/**
 * The name an account signs in with: 1 to 64 characters of {@code a-z}, {@code 0-9}, {@code .},
 * {@code _} and {@code -}, compared in lower case. The narrow alphabet keeps names safe to show in
 * logs, URLs and the audit log without escaping, and rules out look-alike Unicode names.
 *
 * @param value the name, lower case
 */
public record Username(String value) {

    /** The longest name accepted. */
    public static final int MAX_LENGTH = 64;

    /** Checks the name; use {@link #of} to accept upper case input. */
    public Username {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("username must not be empty");
        }
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(
                    "username must be at most " + MAX_LENGTH + " characters, was " + value.length());
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean allowed = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
            if (!allowed) {
                throw new IllegalArgumentException("username may hold only a-z, 0-9, '.', '_' and '-', found "
                        + describe(c) + " at position " + (i + 1));
            }
        }
    }

    /**
     * Returns the username for {@code text}, lower-cased.
     *
     * @throws IllegalArgumentException saying what is wrong with it
     */
    public static Username of(String text) {
        if (text == null) {
            throw new IllegalArgumentException("username must not be empty");
        }
        return new Username(text.toLowerCase(Locale.ROOT));
    }

    private static String describe(char c) {
        return c >= 0x20 && c < 0x7F ? "'" + c + "'" : String.format(Locale.ROOT, "U+%04X", (int) c);
    }

    @Override
    public String toString() {
        return value;
    }
}
