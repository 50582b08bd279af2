package io.jisr.incident.workflow;

import io.jisr.incident.IncidentReport;
import java.time.Instant;

/**
 * One version of a report: its content, its review status, who wrote it, when and why (the first
 * version's reason is "created"; a correction says what it corrects).
 */
public record ReportVersion(
        int number, IncidentReport report, ReportStatus status, String author, Instant writtenAt, String reason) {

    /** Checks the fields. */
    public ReportVersion {
        if (number < 1) {
            throw new IllegalArgumentException("version number must be 1 or more, was " + number);
        }
        if (report == null || status == null || author == null || writtenAt == null || reason == null) {
            throw new IllegalArgumentException(
                    "version " + number + " needs a report, status, author, time and reason");
        }
    }

    ReportVersion withStatus(ReportStatus next) {
        return new ReportVersion(number, report, next, author, writtenAt, reason);
    }
}
