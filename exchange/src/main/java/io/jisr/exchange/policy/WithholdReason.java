package io.jisr.exchange.policy;

/** Why a record does not leave (yet). */
public enum WithholdReason {
    /** The record was made by, or received from, the partner asking: never echoed back. */
    PARTNER_IS_SOURCE,
    /** The record's own marking does not name the partner's nation. */
    MARKING_EXCLUDES_PARTNER,
    /** The record came from another partner, whose terms do not allow release to this one. */
    ONWARD_RELEASE_NOT_ALLOWED,
    /** No agreement links this nation and the partner's. */
    NO_AGREEMENT,
    /** The partner's node is not registered for its nation in the agreement. */
    PARTNER_NODE_NOT_REGISTERED,
    /** The agreement is a draft. */
    AGREEMENT_NOT_IN_FORCE,
    /** The agreement is suspended. */
    AGREEMENT_SUSPENDED,
    /** The agreement has expired. */
    AGREEMENT_EXPIRED,
    /** The time is outside the agreement's validity dates. */
    OUTSIDE_VALIDITY,
    /** No annex releases this category from this nation to the partner's. */
    NO_ANNEX_FOR_CATEGORY,
    /** The record has no position but the annexes are limited to areas. */
    NO_POSITION,
    /** The position is outside every area of the annexes. */
    OUTSIDE_AREA,
    /** A named zone of the annex is not in the zone catalogue, so nothing in it is released. */
    UNKNOWN_ZONE,
    /** The subject (ship type, flag, government vessel, event type, grading) is not covered. */
    SUBJECT_NOT_COVERED,
    /** An annex allows the record, but not before its delay has passed: retry at the given time. */
    DELAYED,
    /** The annex under which it was released no longer applies (for records already in the log). */
    GRANT_WITHDRAWN
}
