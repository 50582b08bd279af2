/**
 * Security incident reports in the public conflict-event conventions: what happened (a controlled
 * vocabulary of event types), when and how precisely, where and how precisely, who, the casualties
 * with "unknown" kept apart from zero, and how sure the reporting side is (source reliability and
 * information credibility). Plain Java: storage, HTTP and federation wire these types elsewhere.
 */
package io.jisr.incident;
