package io.jisr.access;

import java.time.Instant;
import java.util.Objects;

/**
 * A signed-in browser. The session id itself is given to the browser only; the store keeps its
 * SHA-256, so a copy of the database does not let anyone in.
 *
 * @param idHash SHA-256 of the session id, lower-case hex
 * @param username whose session it is
 * @param csrfToken the token the browser must send in {@code X-CSRF-Token} with every change
 * @param created when it started
 * @param lastSeen when it was last used (updated at most once a minute)
 * @param expires when it ends whatever happens (created plus the absolute lifetime)
 */
public record Session(
        String idHash, Username username, String csrfToken, Instant created, Instant lastSeen, Instant expires) {

    /** Checks that nothing is missing. */
    public Session {
        Objects.requireNonNull(idHash, "idHash must not be null");
        Objects.requireNonNull(username, "username must not be null");
        Objects.requireNonNull(csrfToken, "csrfToken must not be null");
        Objects.requireNonNull(created, "created must not be null");
        Objects.requireNonNull(lastSeen, "lastSeen must not be null");
        Objects.requireNonNull(expires, "expires must not be null");
    }

    /** Returns whether the session is over at {@code now}, by its absolute or its idle limit. */
    public boolean isExpired(Instant now, SessionSettings settings) {
        return !now.isBefore(expires) || !now.isBefore(lastSeen.plus(settings.idleTimeout()));
    }
}
