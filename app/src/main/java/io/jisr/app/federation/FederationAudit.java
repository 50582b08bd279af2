package io.jisr.app.federation;

import io.jisr.exchange.audit.AuditChain;
import io.jisr.exchange.audit.AuditEvent;
import io.jisr.exchange.audit.AuditVerifier;
import io.jisr.exchange.audit.SealedEntry;
import io.jisr.store.JdbcFederationStore;
import java.util.List;
import java.util.Optional;

/**
 * The exchange audit chain, stored: every batch released and received is sealed into the chain and
 * written before the call returns. One lock orders the appends of the server's and the pullers'
 * threads.
 */
public final class FederationAudit {
    private final JdbcFederationStore store;
    private final AuditChain chain;

    FederationAudit(JdbcFederationStore store) {
        this.store = store;
        this.chain = store.lastAudit()
                .map(last -> AuditChain.resumeAfter(new SealedEntry(last.content(), last.hash())))
                .orElseGet(AuditChain::start);
    }

    /** Seals and stores {@code event}. */
    synchronized void record(AuditEvent event) {
        long index = chain.nextIndex();
        SealedEntry sealed = chain.append(event);
        store.appendAudit(index, sealed.content(), sealed.hash());
    }

    /** The hash of the newest entry, to be recorded outside the node. */
    public synchronized String headHex() {
        return chain.headHex();
    }

    /** Verifies the whole stored chain, against {@code expectedHead} when given. */
    public static AuditVerifier.Verdict verify(JdbcFederationStore store, Optional<String> expectedHead) {
        List<SealedEntry> entries = store.auditEntries().stream()
                .map(row -> new SealedEntry(row.content(), row.hash()))
                .toList();
        return AuditVerifier.verify(entries, expectedHead);
    }
}
