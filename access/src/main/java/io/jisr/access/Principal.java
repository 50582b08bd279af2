package io.jisr.access;

import java.util.Objects;

/**
 * Who is making a request and how they proved it.
 *
 * @param account the account, as read for this request
 * @param credential the session or token that was presented
 * @param remoteAddress where the request came from, for the audit log
 */
public record Principal(Account account, Credential credential, String remoteAddress) {

    /** How a principal proved who it is. */
    public sealed interface Credential {}

    /**
     * A browser session (a cookie): changes must carry the session's CSRF token.
     *
     * @param session the session
     */
    public record ViaSession(Session session) implements Credential {}

    /**
     * An API token: sent explicitly by its holder, so no CSRF check is needed.
     *
     * @param token the token
     */
    public record ViaToken(ApiToken token) implements Credential {}

    /** Checks that nothing is missing. */
    public Principal {
        Objects.requireNonNull(account, "account must not be null");
        Objects.requireNonNull(credential, "credential must not be null");
        Objects.requireNonNull(remoteAddress, "remoteAddress must not be null");
    }

    /** Returns the account's name. */
    public Username username() {
        return account.username();
    }

    /** Returns whether the account holds {@code role}. */
    public boolean hasRole(Role role) {
        return account.hasRole(role);
    }
}
