/**
 * The life of a report: versions with who, when and why; the review state machine (draft, submitted,
 * confirmed by a second analyst, published, rejected) whose refusals are values that say why; and links
 * between reports. Pure: every step takes the time and the person and returns a new value.
 */
package io.jisr.incident.workflow;
