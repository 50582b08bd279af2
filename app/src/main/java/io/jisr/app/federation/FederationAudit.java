package io.jisr.app.federation;

import io.jisr.exchange.Partner;
import io.jisr.exchange.audit.AuditChain;
import io.jisr.exchange.audit.AuditEncoding;
import io.jisr.exchange.audit.AuditEvent;
import io.jisr.exchange.audit.AuditVerifier;
import io.jisr.exchange.audit.SealedEntry;
import io.jisr.store.JdbcFederationStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

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

    /** Rows read from the store at a time when scanning or verifying the chain. */
    static final int PAGE = 1000;

    /**
     * Verifies the whole stored chain, against {@code expectedHead} when given, reading it {@value #PAGE}
     * entries at a time so that a long chain is never held whole.
     */
    public static AuditVerifier.Verdict verify(JdbcFederationStore store, Optional<String> expectedHead) {
        AuditVerifier.Running running = new AuditVerifier.Running();
        long after = -1;
        while (true) {
            List<JdbcFederationStore.AuditRow> rows = store.auditAfter(after, PAGE);
            for (JdbcFederationStore.AuditRow row : rows) {
                if (running.accept(new SealedEntry(row.content(), row.hash())).isPresent()) {
                    return running.finish(expectedHead);
                }
            }
            if (rows.size() < PAGE) {
                return running.finish(expectedHead);
            }
            after = rows.getLast().index();
        }
    }

    /** The kinds of entry, by their name on the API. */
    public enum Kind {
        /** A batch this node served to a partner. */
        BATCH_RELEASED("batch-released"),
        /** A batch this node applied from a partner. */
        BATCH_RECEIVED("batch-received"),
        /** A new version of an agreement. */
        AGREEMENT_CHANGED("agreement-changed");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        /** The name on the API. */
        public String id() {
            return id;
        }

        /** The kind named {@code id} (any case), if any. */
        public static Optional<Kind> of(String id) {
            for (Kind k : values()) {
                if (k.id.equals(id.toLowerCase(Locale.ROOT))) {
                    return Optional.of(k);
                }
            }
            return Optional.empty();
        }

        static Kind of(AuditEvent event) {
            return switch (event) {
                case AuditEvent.BatchReleased r -> BATCH_RELEASED;
                case AuditEvent.BatchReceived r -> BATCH_RECEIVED;
                case AuditEvent.AgreementChanged c -> AGREEMENT_CHANGED;
            };
        }
    }

    /**
     * Which entries to list.
     *
     * @param partner a partner's node id ({@code usa-1}) or nation code ({@code USA}); batches with that
     *     partner only (an agreement change names no partner)
     * @param kinds these kinds only; all when empty
     * @param from entries at or after this time
     * @param to entries before this time
     * @param before entries with an index below this one (the page after one ending at {@code before})
     * @param limit at most this many entries
     */
    public record Query(
            Optional<String> partner,
            Set<Kind> kinds,
            Optional<Instant> from,
            Optional<Instant> to,
            long before,
            int limit) {
        /** Copies the kinds. */
        public Query {
            kinds = Set.copyOf(kinds);
        }

        boolean filters() {
            return partner.isPresent() || !kinds.isEmpty() || from.isPresent() || to.isPresent();
        }

        boolean matches(AuditEvent event) {
            if (!kinds.isEmpty() && !kinds.contains(Kind.of(event))) {
                return false;
            }
            if (from.isPresent() && event.time().isBefore(from.get())) {
                return false;
            }
            if (to.isPresent() && !event.time().isBefore(to.get())) {
                return false;
            }
            if (partner.isPresent()) {
                Partner p = switch (event) {
                    case AuditEvent.BatchReleased r -> r.partner();
                    case AuditEvent.BatchReceived r -> r.sender();
                    case AuditEvent.AgreementChanged c -> null;
                };
                return p != null
                        && (p.node().value().equals(partner.get())
                                || p.nation().code().equalsIgnoreCase(partner.get()));
            }
            return true;
        }
    }

    /**
     * One stored entry as listed.
     *
     * @param index its index in the chain (the stored one)
     * @param hashHex its stored hash in hex
     * @param decoded its content read back; {@code Malformed} when the stored bytes are not an entry
     */
    public record Listed(long index, String hashHex, AuditEncoding.Decoded decoded) {}

    /**
     * A page of entries, newest first.
     *
     * @param entries the entries
     * @param nextBefore the {@code before} of the next (older) page, empty when no older entry matches
     */
    public record Page(List<Listed> entries, OptionalLong nextBefore) {}

    /**
     * The stored entries matching {@code query}, newest first, decoded from the stored bytes (what the
     * chain seals, not a copy beside it). Reads the chain backwards {@value #PAGE} rows at a time until the
     * page is full or the chain's start is reached. An entry whose bytes do not decode is listed only when
     * nothing but the page is asked for.
     */
    public static Page list(JdbcFederationStore store, Query query) {
        List<Listed> found = new ArrayList<>();
        long before = query.before();
        while (found.size() <= query.limit()) {
            List<JdbcFederationStore.AuditRow> rows = store.auditBefore(before, PAGE);
            for (JdbcFederationStore.AuditRow row : rows) {
                AuditEncoding.Decoded decoded = AuditEncoding.decode(row.content());
                boolean match =
                        decoded instanceof AuditEncoding.Decoded.Entry e ? query.matches(e.event()) : !query.filters();
                if (match) {
                    found.add(new Listed(row.index(), HexFormat.of().formatHex(row.hash()), decoded));
                    if (found.size() > query.limit()) {
                        break;
                    }
                }
            }
            if (rows.size() < PAGE) {
                break;
            }
            before = rows.getLast().index();
        }
        if (found.size() > query.limit()) {
            List<Listed> page = List.copyOf(found.subList(0, query.limit()));
            return new Page(page, OptionalLong.of(page.getLast().index()));
        }
        return new Page(List.copyOf(found), OptionalLong.empty());
    }
}
