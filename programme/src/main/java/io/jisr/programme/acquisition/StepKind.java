package io.jisr.programme.acquisition;

/** The dated steps of an acquisition case, in the order they may happen. */
public enum StepKind {
    /** The requesting side's letter of request. */
    LETTER_OF_REQUEST,
    /** The providing side's offer in answer. */
    OFFER,
    /** The requesting side's acceptance of the offer. */
    ACCEPTANCE,
    /** A change to the accepted case; there may be several. */
    AMENDMENT
}
