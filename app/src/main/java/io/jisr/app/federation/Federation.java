package io.jisr.app.federation;

import io.jisr.ais.identity.MaritimeIdentificationDigits;
import io.jisr.app.node.NodeConfig;
import io.jisr.exchange.DataCategory;
import io.jisr.exchange.Partner;
import io.jisr.exchange.agreement.Agreement;
import io.jisr.exchange.agreement.CertificateFingerprint;
import io.jisr.exchange.agreement.Party;
import io.jisr.exchange.agreement.PartyNode;
import io.jisr.exchange.agreement.ZoneLookup;
import io.jisr.exchange.audit.AuditVerifier;
import io.jisr.exchange.log.PartnerOutbox;
import io.jisr.exchange.policy.Decision;
import io.jisr.exchange.policy.Policy;
import io.jisr.exchange.record.ShareableRecord;
import io.jisr.feed.FeedSink;
import io.jisr.incident.Releasability;
import io.jisr.incident.workflow.IncidentRecord;
import io.jisr.picture.PictureEvent;
import io.jisr.programme.sync.FieldEdit;
import io.jisr.store.JdbcFederationStore;
import io.jisr.store.StoreSettings;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * A node's federation, running: the release service fed from the picture, the mutual-TLS endpoint
 * partners pull from, one puller per partner, and the stored audit chain. Start it with {@link
 * #start} once the node runs; {@link #close} stops pulling and serving, then offers what is queued.
 */
public final class Federation implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(Federation.class.getName());

    private final NodeKeys keys;
    private final JdbcFederationStore store;
    private final FederationAudit audit;
    private final AgreementBook agreements;
    private final ReleaseService release;
    private final FederationServer server;
    private final List<PartnerPuller> pullers;
    private final PinnedTrust serverTrust;
    private final Partner self;
    private final InstantSource clock;
    // Purges received records past their keep-until: a minute after start, then every hour.
    private final ScheduledExecutorService retention = Executors.newSingleThreadScheduledExecutor(
            r -> Thread.ofPlatform().name("jisr-federation-retention").daemon().unstarted(r));

    private Federation(
            Partner self,
            InstantSource clock,
            NodeKeys keys,
            JdbcFederationStore store,
            FederationAudit audit,
            AgreementBook agreements,
            ReleaseService release,
            FederationServer server,
            List<PartnerPuller> pullers,
            PinnedTrust serverTrust) {
        this.self = self;
        this.clock = clock;
        this.serverTrust = serverTrust;
        this.keys = keys;
        this.store = store;
        this.audit = audit;
        this.agreements = agreements;
        this.release = release;
        this.server = server;
        this.pullers = List.copyOf(pullers);
        retention.scheduleWithFixedDelay(this::purgeExpiredLogged, 1, 60, TimeUnit.MINUTES);
    }

    /**
     * Deletes the received records whose keep-until has passed: the retention the annex that released each
     * gave, counted from its receipt. What the receiving modules made of them (the picture's history, a
     * partner's alerts or reports) is not touched here; see docs/federation.md.
     *
     * @return how many records were deleted
     */
    public long purgeExpired() {
        return store.purgeReceived(clock.millis());
    }

    private void purgeExpiredLogged() {
        try {
            long purged = purgeExpired();
            if (purged > 0) {
                LOG.log(
                        System.Logger.Level.INFO,
                        "deleted {0} received records past the retention of their annex",
                        purged);
            }
        } catch (RuntimeException e) {
            // the next run tries again; a failing database is reported by the node's health check
            LOG.log(System.Logger.Level.WARNING, "purging received records past their retention failed", e);
        }
    }

    /**
     * Starts federation.
     *
     * @param config identity, keystore, port, partners and agreements
     * @param storeSettings the node's database
     * @param picture where received positions and static data go (the node's ingest pipeline)
     * @param mids the MMSI-to-flag table, for the flag of a vessel subject
     * @param receivers where records of the categories that do not go into the picture go when received
     *     (the programme register, the incident book...); a category without one is not taken
     * @param zones the zone catalogue as it is now, for annexes over named zones (see {@link #zonesChanged})
     * @param clock wall time, for delays, validity and receipts
     * @throws FederationException when the keys cannot be read, do not match the agreements, or the port
     *     cannot be opened
     */
    public static Federation start(
            NodeConfig.Federation config,
            StoreSettings storeSettings,
            FeedSink picture,
            MaritimeIdentificationDigits mids,
            List<CategoryReceiver> receivers,
            ZoneLookup zones,
            InstantSource clock) {
        NodeKeys keys = NodeKeys.read(
                config.keystore().path(), config.keystore().password().toCharArray());
        checkOwnRegistration(config, keys.fingerprint());
        // The policy is built from the stored versions of the agreements (the files seed them; see
        // AgreementBook) and swapped whenever an administrator changes one.
        AtomicReference<Policy> current = new AtomicReference<>();
        ReadWriteLock swap = new ReentrantReadWriteLock();
        JdbcFederationStore store = JdbcFederationStore.open(storeSettings);
        List<AutoCloseable> started = new ArrayList<>();
        try {
            FederationAudit audit = new FederationAudit(store);
            AgreementBook agreements;
            try {
                agreements = AgreementBook.open(
                        config.self().nation(), config.agreements(), store, audit, current, swap, clock, zones);
            } catch (IllegalArgumentException e) {
                throw new FederationException("the agreements cannot be enforced: " + e.getMessage(), e);
            }
            Map<CertificateFingerprint, FederationServer.Link> links = new HashMap<>();
            Map<PartnerOutbox, DurableOutboundLog> outboxes = new LinkedHashMap<>();
            for (PartnerLink partner : config.partners()) {
                DurableOutboundLog log = new DurableOutboundLog(partner.partner(), store);
                PartnerOutbox outbox = new PartnerOutbox(config.self(), log);
                // Records held for an annex's delay when the node stopped wait again for their time.
                outbox.restore(log.held());
                outboxes.put(outbox, log);
                links.put(partner.fingerprint(), new FederationServer.Link(partner, outbox, log));
            }
            Set<CertificateFingerprint> registered =
                    config.partners().stream().map(PartnerLink::fingerprint).collect(Collectors.toSet());
            PinnedTrust serverTrust = new PinnedTrust(registered);
            FederationServer server = new FederationServer(
                    config.host(),
                    config.port(),
                    PinnedTrust.context(keys, serverTrust),
                    links,
                    current,
                    swap,
                    audit,
                    clock,
                    config.pullWait());
            started.add(server);
            ReceivedEchoes echoes = new ReceivedEchoes();
            ReleaseService release = new ReleaseService(
                    new RecordMapping(config.self(), mids), echoes, outboxes, current, clock, 65_536);
            started.add(release);
            Map<DataCategory, CategoryReceiver> byCategory = new HashMap<>();
            for (CategoryReceiver receiver : receivers) {
                if (byCategory.put(receiver.category(), receiver) != null) {
                    throw new IllegalArgumentException("two receivers for " + receiver.category());
                }
            }
            List<PartnerPuller> pullers = new ArrayList<>();
            for (PartnerLink partner : config.partners()) {
                PartnerPuller puller = new PartnerPuller(
                        config.self().nation(),
                        partner,
                        PinnedTrust.context(keys, new PinnedTrust(Set.of(partner.fingerprint()))),
                        store,
                        audit,
                        picture,
                        echoes,
                        byCategory,
                        current,
                        clock,
                        config.pullWait());
                pullers.add(puller);
                started.add(puller);
            }
            return new Federation(
                    config.self(), clock, keys, store, audit, agreements, release, server, pullers, serverTrust);
        } catch (RuntimeException e) {
            for (AutoCloseable c : started.reversed()) {
                try {
                    c.close();
                } catch (Exception suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            store.close();
            throw e;
        }
    }

    /** An agreement that registers this node under another certificate would make every partner refuse it. */
    private static void checkOwnRegistration(NodeConfig.Federation config, CertificateFingerprint own) {
        Partner self = config.self();
        for (Agreement a : config.agreements()) {
            Optional<CertificateFingerprint> registered = a.party(self.nation()).stream()
                    .map(Party::nodes)
                    .flatMap(List::stream)
                    .filter(n -> n.id().equals(self.node()))
                    .map(PartyNode::fingerprint)
                    .findFirst();
            if (registered.isPresent() && !registered.get().equals(own)) {
                throw new FederationException("agreement " + a.id() + " registers node " + self.node()
                        + " with fingerprint " + registered.get() + ", but the keystore "
                        + config.keystore().path()
                        + " holds a certificate with fingerprint " + own);
            }
        }
    }

    /** Where the picture's events go to be offered to the partners; does not block unless the queue is full. */
    public Consumer<PictureEvent> releases() {
        return release;
    }

    /**
     * Offers programme edits made on this node to every partner, one {@code programme-records} record each,
     * decided by the policy record by record; what it releases is in the partners' logs when this returns.
     *
     * @throws RuntimeException when the released entries cannot be stored (nothing of them is served then)
     */
    public void shareProgramme(List<FieldEdit> edits) {
        Instant now = clock.instant();
        share(edits.stream().map(e -> ProgrammeRecords.record(e, self, now)).toList());
    }

    /**
     * Offers records made outside the picture (an incident report, a SAR case) to every partner, decided by the
     * policy record by record; what it releases at once is in the partners' logs when this returns, and what
     * an annex delays is released when due.
     *
     * @throws RuntimeException when the released entries cannot be stored (nothing of them is served then)
     */
    public void share(List<ShareableRecord> records) {
        release.offerNow(records);
    }

    /**
     * Offers the published version of an incident report written on this node to the partners its own
     * releasability marking names ({@code REL TO DZA, USA}; a report marked {@code NOT RELEASABLE} goes to
     * none), one {@code incident-reports} record, decided by the policy as every record is: the annex's area,
     * event types and minimum grading, its marking and delay. A report without a published version is not
     * offered.
     *
     * @throws RuntimeException when the released entries cannot be stored (nothing of them is served then)
     */
    public void shareIncident(IncidentRecord record) {
        Optional<ShareableRecord> shared = IncidentRecords.record(record, self);
        if (shared.isEmpty()) {
            return;
        }
        Releasability marking = record.published().orElseThrow().report().releasability();
        release.offerNow(
                List.of(shared.get()),
                partner ->
                        io.jisr.incident.CountryCode.isAssigned(partner.nation().code())
                                && marking.isReleasableTo(io.jisr.incident.CountryCode.of(
                                        partner.nation().code())));
    }

    /**
     * Offers records made outside the picture to {@code partner} alone (a SAR case shared with that partner's
     * rescue centre), decided by the policy record by record; returns each record's decision, in order, empty
     * when {@code partner} is not one of this node's partners.
     *
     * @throws RuntimeException when the released entries cannot be stored (nothing of them is served then)
     */
    public List<Decision> shareWith(Partner partner, List<ShareableRecord> records) {
        return release.offerNowTo(partner, records);
    }

    /** What the policy in force would decide for {@code record} to {@code partner} now; releases nothing. */
    public Decision decide(ShareableRecord record, Partner partner) {
        return release.decide(record, partner);
    }

    /** The partners' nodes, in configuration order. */
    public List<Partner> partners() {
        return pullers.stream().map(p -> p.status().partner()).toList();
    }

    /** The agreements this node applies, their versions, and the changes administrators make to them. */
    public AgreementBook agreements() {
        return agreements;
    }

    /** Rebuilds the policy over the zone catalogue as it is now (see {@link AgreementBook#zonesChanged}). */
    public void zonesChanged(ZoneLookup zones) {
        agreements.zonesChanged(zones);
    }

    /** This node's nation and node, the origin of the records it shares. */
    public Partner self() {
        return self;
    }

    /** The port partners pull from. */
    public int port() {
        return server.port();
    }

    /** This node's certificate fingerprint. */
    public CertificateFingerprint fingerprint() {
        return keys.fingerprint();
    }

    /** The state of each partner's link, in configuration order. */
    public List<LinkStatus> links() {
        return pullers.stream().map(PartnerPuller::status).toList();
    }

    /** The records received from {@code partner}'s node, by sequence, as stored. */
    public List<JdbcFederationStore.ReceivedRow> received(Partner partner) {
        return store.received(DurableOutboundLog.key(partner));
    }

    /** Every entry of {@code partner}'s outbound log, by sequence, as stored. */
    public List<JdbcFederationStore.OutboundRow> released(Partner partner) {
        return store.readOutbound(DurableOutboundLog.key(partner), 0, Integer.MAX_VALUE);
    }

    /** Records offered to the outboxes since start. */
    public long offered() {
        return release.offered();
    }

    /** The audit chain's head hash. */
    public String auditHead() {
        return audit.headHex();
    }

    /** Verifies the stored audit chain. */
    public AuditVerifier.Verdict verifyAudit(Optional<String> expectedHead) {
        return FederationAudit.verify(store, expectedHead);
    }

    /** The stored audit entries matching {@code query}, newest first (see {@link FederationAudit#list}). */
    public FederationAudit.Page audit(FederationAudit.Query query) {
        return FederationAudit.list(store, query);
    }

    /** Client certificates the endpoint refused in the TLS handshake (not registered, or expired). */
    public long refusedCertificates() {
        return serverTrust.refused();
    }

    /** Requests refused by the endpoint after the handshake. */
    public long refusedRequests() {
        return server.refused();
    }

    /** Stops pulling and serving, offers what is queued, closes the store. */
    @Override
    public void close() {
        retention.shutdown();
        pullers.forEach(PartnerPuller::close);
        server.close();
        release.close();
        awaitPurge();
        store.close();
    }

    /** Lets a purge that is running finish its transaction before the store closes (it is not interrupted). */
    private void awaitPurge() {
        try {
            if (!retention.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.log(System.Logger.Level.WARNING, "a retention purge is still running after 30 s; closing anyway");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
