package io.jisr.access;

import java.time.Duration;

/**
 * A request to {@link Accounts} that cannot be carried out, with what is wrong for the person who made
 * it. It is an answer, not a failure: it carries no stack trace.
 */
public final class AccessRefusal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why. */
    public enum Reason {
        /** A value is not acceptable (a weak password, an unknown role). */
        INVALID,
        /** The current password given is wrong. */
        WRONG_PASSWORD,
        /** There is no such account or token (or none the caller may see). */
        NOT_FOUND,
        /** It exists already. */
        CONFLICT,
        /** The caller may not do that. */
        FORBIDDEN,
        /** Too many wrong passwords: try again after {@link #retryAfter()}. */
        THROTTLED
    }

    private final Reason reason;
    private final transient Duration retryAfter;

    /** Creates the refusal. */
    public AccessRefusal(Reason reason, String message) {
        this(reason, message, Duration.ZERO);
    }

    /** Creates a refusal that may be retried after {@code retryAfter}. */
    public AccessRefusal(Reason reason, String message, Duration retryAfter) {
        super(message, null, false, false);
        this.reason = reason;
        this.retryAfter = retryAfter;
    }

    /** Returns how long to wait before trying again; zero unless {@link Reason#THROTTLED}. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** Returns why. */
    public Reason reason() {
        return reason;
    }
}
