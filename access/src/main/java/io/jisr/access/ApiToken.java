package io.jisr.access;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A token for automation (scripts, Prometheus), acting as its owner. The secret, {@code jisr_} and 43
 * Base64url characters, is shown once when created; the store keeps its SHA-256.
 *
 * @param id public identifier, to list and revoke the token (not a secret)
 * @param secretHash SHA-256 of the secret, lower-case hex
 * @param name what the owner calls it, 1 to 64 characters
 * @param owner whose rights it carries
 * @param created when it was created
 * @param expires when it stops working, if ever
 * @param lastUsed when it was last used, if ever (updated at most once a minute)
 */
public record ApiToken(
        String id,
        String secretHash,
        String name,
        Username owner,
        Instant created,
        Optional<Instant> expires,
        Optional<Instant> lastUsed) {

    /** What every token's secret starts with, so that secret scanners and people recognise it. */
    public static final String PREFIX = "jisr_";

    /** The longest name accepted. */
    public static final int MAX_NAME = 64;

    /** Checks the fields. */
    public ApiToken {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(secretHash, "secretHash must not be null");
        checkName(name);
        Objects.requireNonNull(owner, "owner must not be null");
        Objects.requireNonNull(created, "created must not be null");
        Objects.requireNonNull(expires, "expires must not be null");
        Objects.requireNonNull(lastUsed, "lastUsed must not be null");
    }

    /**
     * Checks a token name.
     *
     * @throws IllegalArgumentException saying what is wrong
     */
    public static String checkName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("token name must not be empty");
        }
        if (name.length() > MAX_NAME) {
            throw new IllegalArgumentException(
                    "token name must be at most " + MAX_NAME + " characters, was " + name.length());
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("token name must not contain control characters");
        }
        return name;
    }

    /** Returns whether the token no longer works at {@code now}. */
    public boolean isExpired(Instant now) {
        return expires.isPresent() && !now.isBefore(expires.get());
    }
}
