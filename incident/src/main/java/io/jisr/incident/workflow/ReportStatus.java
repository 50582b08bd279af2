package io.jisr.incident.workflow;

/** Where one version of a report stands in review. */
public enum ReportStatus {
    /** Being written; only its author's desk sees it. */
    DRAFT,
    /** Submitted for review by a second analyst. */
    SUBMITTED,
    /** Confirmed by a second analyst (never the version's author); ready to publish. */
    CONFIRMED,
    /** Published: the version the map, the timeline and the sharing see. */
    PUBLISHED,
    /** Rejected by a reviewer, with a reason; a revision makes a new version. */
    REJECTED,
    /** Replaced by a later version: a draft revised again, or a published version after its correction was published. */
    SUPERSEDED
}
