package io.jisr.app.http;

import io.jisr.access.AuditEntry;
import java.time.Instant;

/** One audit log entry. */
record AuditJson(Instant time, String actor, String action, String target, String detail, String remoteAddress) {

    static AuditJson of(AuditEntry e) {
        return new AuditJson(e.time(), e.actor(), e.action(), e.target(), e.detail(), e.remoteAddress());
    }
}
