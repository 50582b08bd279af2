package io.jisr.access;

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
        FORBIDDEN
    }

    private final Reason reason;

    /** Creates the refusal. */
    public AccessRefusal(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    /** Returns why. */
    public Reason reason() {
        return reason;
    }
}
