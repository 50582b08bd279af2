package io.jisr.access;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the audit log: who did what to what, from where. Never holds a password or a secret.
 *
 * @param time when
 * @param actor who: a username, or the name attempted for a failed login, or {@code system}
 * @param action what, one of {@link AuditAction}'s names in lower case with dots ({@code login.failed})
 * @param target what it was done to (a username, a token id), empty when nothing in particular
 * @param detail what changed, for people
 * @param remoteAddress where the request came from, empty for the node itself
 */
public record AuditEntry(
        Instant time, String actor, String action, String target, String detail, String remoteAddress) {

    /** Checks that nothing is missing. */
    public AuditEntry {
        Objects.requireNonNull(time, "time must not be null");
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(action, "action must not be null");
        Objects.requireNonNull(target, "target must not be null");
        Objects.requireNonNull(detail, "detail must not be null");
        Objects.requireNonNull(remoteAddress, "remoteAddress must not be null");
    }
}
