package io.jisr.access;

import java.util.Locale;
import java.util.Optional;

/**
 * The minimum a password must meet. Following NIST SP 800-63B and the OWASP Authentication Cheat
 * Sheet, length is what counts, so there are no composition rules ("one upper case letter, one
 * digit..."); only choices that are trivially guessed are refused.
 *
 * <ul>
 *   <li>at least {@value #MIN_LENGTH} characters (Unicode code points), at most {@value #MAX_LENGTH};
 *   <li>not the username, in any case;
 *   <li>not one character repeated, and not digits only (a date or a telephone number).
 * </ul>
 */
public final class PasswordPolicy {

    /** The shortest password accepted. */
    public static final int MIN_LENGTH = 12;

    /** The longest password accepted: longer ones only make hashing an attacker's lever. */
    public static final int MAX_LENGTH = 256;

    /** Creates the policy. */
    public PasswordPolicy() {}

    /**
     * Returns what is wrong with {@code password} for the account {@code username}, or empty if it is
     * acceptable. The message never repeats the password.
     */
    public Optional<String> problem(String password, Username username) {
        if (password == null || password.isEmpty()) {
            return Optional.of("password must not be empty");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("password must have at least " + MIN_LENGTH + " characters, had " + length);
        }
        if (length > MAX_LENGTH) {
            return Optional.of("password must have at most " + MAX_LENGTH + " characters, had " + length);
        }
        if (password.toLowerCase(Locale.ROOT).equals(username.value())) {
            return Optional.of("password must not be the username");
        }
        if (password.codePoints().distinct().count() == 1) {
            return Optional.of("password must not be one character repeated");
        }
        if (password.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.of("password must not be digits only");
        }
        return Optional.empty();
    }

    /**
     * Checks {@code password}.
     *
     * @throws IllegalArgumentException with the {@linkplain #problem problem}
     */
    public void check(String password, Username username) {
        problem(password, username).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
    }
}
