package io.jisr.app.sar;

/**
 * A share or hand-over of a SAR case that cannot be done: the partner is not one of this node's
 * ({@link Kind#UNKNOWN_PARTNER}), the node has no partners, or the agreements would not send the case
 * ({@link Kind#CONFLICT}).
 */
public final class SharingRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What kind of refusal. */
    public enum Kind {
        /** The partner named is not one of this node's. */
        UNKNOWN_PARTNER,
        /** The node's state forbids it: no federation, or the agreements withhold the case. */
        CONFLICT
    }

    private final Kind kind;

    /** A refusal of {@code kind}, with the reason. */
    public SharingRefused(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    /** What kind of refusal. */
    public Kind kind() {
        return kind;
    }
}
