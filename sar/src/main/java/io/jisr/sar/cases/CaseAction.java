package io.jisr.sar.cases;

/** What a case log entry records. */
public enum CaseAction {
    /** The case was opened. */
    OPENED,
    /** The last known position was changed. */
    LKP_CHANGED,
    /** The number of persons on board was changed. */
    PERSONS_CHANGED,
    /** A drift was run from the case. */
    DRIFT_RUN,
    /** A search plan was made for the case. */
    PLAN_MADE,
    /** A planned search was carried out without finding the object. */
    SEARCH_UNSUCCESSFUL,
    /** The case moved to another status. */
    STATUS_CHANGED,
    /** A coordinator wrote a note. */
    NOTE,
    /** The case was shared with a partner's rescue centre, which follows every update. */
    SHARED,
    /** Responsibility for the case was handed over to a partner's rescue centre. */
    HANDED_OVER
}
