package io.jisr.access;

import java.time.Duration;

/**
 * How long sessions last.
 *
 * @param absoluteLifetime a session ends this long after login, however busy (default 12 h: one watch
 *     shift and a handover)
 * @param idleTimeout a session ends after this long without a request (default 2 h); the live view's
 *     WebSocket does not count as activity, only requests do
 */
public record SessionSettings(Duration absoluteLifetime, Duration idleTimeout) {

    /** The defaults: 12 hours absolute, 2 hours idle. */
    public static final SessionSettings DEFAULTS = new SessionSettings(Duration.ofHours(12), Duration.ofHours(2));

    /** Checks that both are positive and the idle timeout is not longer than the lifetime. */
    public SessionSettings {
        if (absoluteLifetime == null || absoluteLifetime.isNegative() || absoluteLifetime.isZero()) {
            throw new IllegalArgumentException("session lifetime must be positive, was " + absoluteLifetime);
        }
        if (idleTimeout == null || idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("session idle timeout must be positive, was " + idleTimeout);
        }
        if (idleTimeout.compareTo(absoluteLifetime) > 0) {
            throw new IllegalArgumentException("session idle timeout " + idleTimeout
                    + " must not be longer than the session lifetime " + absoluteLifetime);
        }
    }
}
