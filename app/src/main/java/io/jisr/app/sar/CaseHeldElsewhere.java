package io.jisr.app.sar;

/** A change asked of a SAR case that another rescue centre holds: this node's copy is read-only. */
public final class CaseHeldElsewhere extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The refusal, with the reason (which case, held by whom). */
    public CaseHeldElsewhere(String message) {
        super(message);
    }
}
