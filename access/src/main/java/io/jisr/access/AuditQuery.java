package io.jisr.access;

import java.time.Instant;
import java.util.Optional;

/**
 * Which audit entries to read, newest first.
 *
 * @param actor only this actor's, exactly
 * @param action only this action's
 * @param from only at or after this time
 * @param to only before this time
 * @param limit at most this many (1 to {@value #MAX_LIMIT})
 */
public record AuditQuery(
        Optional<String> actor, Optional<AuditAction> action, Optional<Instant> from, Optional<Instant> to, int limit) {

    /** The most entries one query returns. */
    public static final int MAX_LIMIT = 10_000;

    /** Checks the limit. */
    public AuditQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("audit limit must be within 1.." + MAX_LIMIT + ", was " + limit);
        }
    }

    /** Returns a query for the newest {@code limit} entries. */
    public static AuditQuery newest(int limit) {
        return new AuditQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), limit);
    }
}
