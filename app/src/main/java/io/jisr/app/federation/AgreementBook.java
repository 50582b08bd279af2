package io.jisr.app.federation;

import io.jisr.exchange.Nation;
import io.jisr.exchange.agreement.Agreement;
import io.jisr.exchange.agreement.AgreementChange;
import io.jisr.exchange.agreement.AgreementDiff;
import io.jisr.exchange.agreement.AgreementHistory;
import io.jisr.exchange.agreement.AgreementId;
import io.jisr.exchange.agreement.AgreementProblem;
import io.jisr.exchange.agreement.AgreementStatus;
import io.jisr.exchange.agreement.AgreementValidator;
import io.jisr.exchange.agreement.Area;
import io.jisr.exchange.agreement.ZoneLookup;
import io.jisr.exchange.audit.AuditEvent;
import io.jisr.exchange.policy.Policy;
import io.jisr.store.JdbcFederationStore;
import io.jisr.store.StoreException;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReadWriteLock;

/**
 * The agreements a node applies, versioned and stored, changed at run time by administrators. Every change
 * (an edit, a suspension, a reinstatement) is a new stored version with who, when and why; it builds a new
 * {@link Policy} from every agreement's history and swaps the snapshot the release service, the federation
 * endpoint and the pullers read, and it appends an {@link AuditEvent.AgreementChanged} to the exchange
 * audit chain, all before it returns.
 *
 * <p>At start, the configured agreement files say <em>which</em> agreements the node holds and the store
 * says <em>which version</em>: an agreement not stored yet is stored as its file has it; a stored one keeps
 * its newest stored version unless the file carries a higher version number, which is then imported as a
 * new version (saved by {@code file}). Stored agreements no longer named by a file are not applied.
 */
public final class AgreementBook {
    private static final System.Logger LOG = System.getLogger(AgreementBook.class.getName());
    /** The actor of versions read from agreement files. */
    public static final String FILE_ACTOR = "file";

    /**
     * One stored version.
     *
     * @param agreement the agreement as of this version
     * @param saved when it was saved
     * @param actor who saved it ({@link #FILE_ACTOR} when read from a file)
     * @param reason why
     * @param changes what changed from the version before (empty for the first one)
     */
    public record Version(
            Agreement agreement, Instant saved, String actor, String reason, List<AgreementChange> changes) {
        /** Copies the changes. */
        public Version {
            changes = List.copyOf(changes);
        }
    }

    /** The outcome of a change. */
    public sealed interface Outcome {
        /** Saved as a new version, in force on this node from now. */
        record Saved(Version version) implements Outcome {}

        /** No agreement with that id. */
        record NotFound(String id) implements Outcome {}

        /** The change was made on another version than the current one. */
        record Conflict(int current) implements Outcome {}

        /** The new version would be invalid, or changes nothing. */
        record Invalid(List<AgreementProblem> problems) implements Outcome {
            /** Copies the problems. */
            public Invalid {
                problems = List.copyOf(problems);
            }
        }
    }

    private final Nation self;
    private final JdbcFederationStore store;
    private final FederationAudit audit;
    private final AtomicReference<Policy> policy;
    private final ReadWriteLock swap;
    private final InstantSource clock;
    /** The zone catalogue as it is now. */
    private ZoneLookup catalogue;
    /** The outline of each zone an annex of this nation names, as it was when the annex was last saved. */
    private Map<String, Area.Polygon> accepted = Map.of();
    /** What the policy resolves: the catalogue, but only for zones whose outline is the one accepted. */
    private ZoneLookup zones;
    /** Checks edits against the catalogue as it is (saving a version accepts the zones' outlines now). */
    private AgreementValidator validator;

    private final Map<AgreementId, List<Version>> versions = new LinkedHashMap<>();

    private AgreementBook(
            Nation self,
            JdbcFederationStore store,
            FederationAudit audit,
            AtomicReference<Policy> policy,
            ReadWriteLock swap,
            InstantSource clock,
            ZoneLookup zones) {
        this.self = self;
        this.catalogue = zones;
        this.zones = zones;
        this.validator = AgreementValidator.releasing(self, zones);
        this.store = store;
        this.audit = audit;
        this.policy = policy;
        this.swap = swap;
        this.clock = clock;
    }

    /**
     * Reads the stored versions, stores or imports the files' agreements as the rule above says, and sets
     * {@code policy} to the current versions. Named zones are looked up in {@code zones}; a current version
     * whose annexes from this node's nation name a zone {@code zones} cannot resolve is refused, naming the
     * zone (the partner's annexes name the partner's zones and are not looked up here).
     *
     * @throws IllegalArgumentException when the agreements cannot be enforced
     */
    static AgreementBook open(
            Nation self,
            List<Agreement> files,
            JdbcFederationStore store,
            FederationAudit audit,
            AtomicReference<Policy> policy,
            ReadWriteLock swap,
            InstantSource clock,
            ZoneLookup zones) {
        AgreementBook book = new AgreementBook(self, store, audit, policy, swap, clock, zones);
        Map<String, List<JdbcFederationStore.AgreementRow>> stored = new LinkedHashMap<>();
        for (JdbcFederationStore.AgreementRow row : store.agreements()) {
            stored.computeIfAbsent(row.agreementId(), k -> new ArrayList<>()).add(row);
        }
        for (Agreement file : files) {
            List<Version> history = new ArrayList<>();
            Agreement previous = null;
            for (JdbcFederationStore.AgreementRow row :
                    stored.getOrDefault(file.id().value(), List.of())) {
                Agreement a = AgreementFile.parse(
                        readTree(row.agreementJson()), "stored agreement " + row.agreementId() + " v" + row.version());
                history.add(new Version(
                        a,
                        Instant.ofEpochMilli(row.savedMillis()),
                        row.actor(),
                        row.reason(),
                        previous == null ? List.of() : AgreementDiff.between(previous, a)));
                previous = a;
            }
            book.versions.put(file.id(), history);
            if (previous == null || file.version() > previous.version()) {
                // Checked here, with the zone catalogue, before anything is stored or audited.
                book.validator.requireValid(file);
                String reason = previous == null
                        ? "read from the agreement file at first start"
                        : "imported from the agreement file (version " + file.version() + " is newer than the stored "
                                + previous.version() + ")";
                book.save(file, previous, FILE_ACTOR, reason);
            }
        }
        // The zones' outlines at start are the accepted ones.
        Map<String, Area.Polygon> accepted = new HashMap<>();
        book.versions.values().forEach(h -> book.accept(h.getLast().agreement(), accepted));
        book.accepted = Map.copyOf(accepted);
        book.zones = pinned(zones, book.accepted);
        policy.set(book.build(book.versions, book.validator));
        return book;
    }

    private static com.fasterxml.jackson.databind.JsonNode readTree(String json) {
        try {
            return AgreementJson.MAPPER.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("a stored agreement is not JSON: " + e.getMessage(), e);
        }
    }

    /** The current version of every agreement applied, in configuration order. */
    public synchronized List<Version> current() {
        return versions.values().stream().map(List::getLast).toList();
    }

    /** Every version of agreement {@code id}, oldest first; empty when there is no such agreement. */
    public synchronized Optional<List<Version>> versions(String id) {
        return find(id).map(versions::get).map(List::copyOf);
    }

    /** Suspends agreement {@code id} (its next version, status suspended) from now. */
    public Outcome suspend(String id, int base, String actor, String reason) {
        return status(id, base, AgreementStatus.SUSPENDED, actor, reason);
    }

    /** Puts agreement {@code id} back in force (its next version, status in force) from now. */
    public Outcome reinstate(String id, int base, String actor, String reason) {
        return status(id, base, AgreementStatus.IN_FORCE, actor, reason);
    }

    private synchronized Outcome status(String id, int base, AgreementStatus status, String actor, String reason) {
        Optional<AgreementId> key = find(id);
        if (key.isEmpty()) {
            return new Outcome.NotFound(id);
        }
        Agreement current = versions.get(key.get()).getLast().agreement();
        /* A suspension must never be refused because a zone the agreement names has left the catalogue; nor
         * a reinstatement, whose annex over such a zone then releases nothing (UNKNOWN_ZONE). */
        return change(
                id,
                base < 0 ? current.version() : base,
                current.withStatus(status),
                actor,
                reason,
                AgreementValidator.ignoringZones());
    }

    /**
     * Rebuilds the policy with the zone catalogue as it is now, after a zone was imported, drawn or removed,
     * and swaps it as an agreement change does. A named zone resolves only while its outline is the one
     * accepted when an agreement naming it was last saved (or at start): a redrawn zone does not widen an
     * annex until an administrator saves the agreement again. An annex whose zone does not resolve releases
     * nothing ({@code UNKNOWN_ZONE}), nor does anything it released before leave the outbound log any more.
     * The agreements themselves do not change (no new version); an edit naming a missing zone is refused.
     */
    public synchronized void zonesChanged(ZoneLookup now) {
        catalogue = now;
        zones = pinned(now, accepted);
        validator = AgreementValidator.releasing(self, now);
        Policy built = build(versions, AgreementValidator.ignoringZones());
        swap.writeLock().lock();
        try {
            policy.set(built);
        } finally {
            swap.writeLock().unlock();
        }
        for (String problem : zoneProblems()) {
            LOG.log(
                    System.Logger.Level.WARNING,
                    "agreement zone no longer resolves, its annex releases nothing: " + problem);
        }
    }

    /**
     * The areas of the current versions' annexes this node releases that name a zone the policy cannot
     * resolve now, missing or reshaped ({@code "<agreement> annexes[i].areas[j]: zone ..."}); empty when
     * every named zone resolves.
     */
    public synchronized List<String> zoneProblems() {
        List<String> problems = new ArrayList<>();
        for (List<Version> history : versions.values()) {
            Agreement a = history.getLast().agreement();
            for (int i = 0; i < a.annexes().size(); i++) {
                if (!a.annexes().get(i).releasingParty().equals(self)) {
                    continue; // the partner's zones: its policy resolves them
                }
                var areas = a.annexes().get(i).areas();
                for (int j = 0; j < areas.size(); j++) {
                    if (areas.get(j) instanceof Area.NamedZone z
                            && zones.find(z.zoneId()).isEmpty()) {
                        problems.add(a.id() + " annexes[" + i + "].areas[" + j + "]: " + zones.missing(z.zoneId()));
                    }
                }
            }
        }
        return List.copyOf(problems);
    }

    /**
     * Saves {@code proposed} as the next version of agreement {@code id}, made from version {@code base}.
     * Its version number is set here; its id and parties must be those of the current version (parties and
     * their certificates change in the agreement files, where the keys are).
     */
    public synchronized Outcome change(String id, int base, Agreement proposed, String actor, String reason) {
        return change(id, base, proposed, actor, reason, validator);
    }

    private Outcome change(
            String id, int base, Agreement proposed, String actor, String reason, AgreementValidator check) {
        Optional<AgreementId> key = find(id);
        if (key.isEmpty()) {
            return new Outcome.NotFound(id);
        }
        Agreement current = versions.get(key.get()).getLast().agreement();
        if (base != current.version()) {
            return new Outcome.Conflict(current.version());
        }
        Agreement next = new Agreement(
                current.id(),
                current.version() + 1,
                proposed.title(),
                proposed.reference(),
                proposed.parties(),
                proposed.validity(),
                proposed.status(),
                proposed.annexes());
        List<AgreementProblem> problems = new ArrayList<>();
        if (!proposed.id().equals(current.id())) {
            problems.add(
                    new AgreementProblem("id", "is " + current.id() + " and is not changed, was " + proposed.id()));
        }
        if (!next.parties().equals(current.parties())) {
            problems.add(new AgreementProblem(
                    "parties", "are changed in the agreement files (with the nodes' certificates), not here"));
        }
        problems.addAll(check.validate(next));
        if (problems.isEmpty() && AgreementDiff.between(current, next).isEmpty()) {
            problems.add(new AgreementProblem("agreement", "the new version changes nothing"));
        }
        if (!problems.isEmpty()) {
            return new Outcome.Invalid(problems);
        }
        try {
            return new Outcome.Saved(save(next, current, actor, reason));
        } catch (IllegalArgumentException e) {
            return new Outcome.Invalid(List.of(new AgreementProblem("agreement", e.getMessage())));
        } catch (StoreException e) {
            // Another node process saved this version number first.
            if (store.agreements().stream()
                    .anyMatch(r -> r.agreementId().equals(id) && r.version() == next.version())) {
                return new Outcome.Conflict(next.version());
            }
            throw e;
        }
    }

    /**
     * Stores {@code next}, swaps the policy (waiting for batches being written under the old one) and seals
     * the change into the audit chain.
     */
    private Version save(Agreement next, Agreement previous, String actor, String reason) {
        Instant now = clock.instant();
        List<AgreementChange> changes = previous == null ? List.of() : AgreementDiff.between(previous, next);
        Version version = new Version(next, now, actor, reason, changes);
        Map<AgreementId, List<Version>> after = new LinkedHashMap<>(versions);
        List<Version> history = new ArrayList<>(after.getOrDefault(next.id(), List.of()));
        history.add(version);
        after.put(next.id(), history);
        Map<String, Area.Polygon> acceptedAfter = new HashMap<>(accepted);
        accept(next, acceptedAfter);
        ZoneLookup zonesAfter = pinned(catalogue, acceptedAfter);
        Policy built = build(after, zonesAfter, AgreementValidator.ignoringZones());
        store.appendAgreement(new JdbcFederationStore.AgreementRow(
                next.id().value(),
                next.version(),
                now.toEpochMilli(),
                actor,
                reason,
                AgreementJson.write(next).toString()));
        versions.put(next.id(), List.copyOf(history));
        accepted = Map.copyOf(acceptedAfter);
        zones = zonesAfter;
        if (policy.get() != null) {
            swap.writeLock().lock();
            try {
                policy.set(built);
            } finally {
                swap.writeLock().unlock();
            }
        }
        List<AgreementChange> audited = previous == null
                ? List.of(new AgreementChange("agreement", "", "version " + next.version() + " (" + reason + ")"))
                : withReason(changes, reason);
        audit.record(AuditEvent.AgreementChanged.of(now, actor, next, audited));
        return version;
    }

    private static List<AgreementChange> withReason(List<AgreementChange> changes, String reason) {
        List<AgreementChange> all = new ArrayList<>(changes);
        if (!reason.isBlank()) {
            all.add(new AgreementChange("reason", "", reason));
        }
        return all;
    }

    /** The policy over {@code all} with the zones as this book resolves them now. */
    private Policy build(Map<AgreementId, List<Version>> all, AgreementValidator check) {
        return build(all, zones, check);
    }

    /** The policy over {@code all} resolving zones in {@code zones}; {@code check} validates each current version. */
    private Policy build(Map<AgreementId, List<Version>> all, ZoneLookup zones, AgreementValidator check) {
        List<AgreementHistory> histories = all.values().stream()
                .map(h -> AgreementHistory.resume(
                        h.stream().map(Version::agreement).toList(), check))
                .toList();
        return Policy.ofHistories(self, histories, zones);
    }

    /** Records in {@code into} the catalogue's outline now of each zone {@code agreement}'s own annexes name. */
    private void accept(Agreement agreement, Map<String, Area.Polygon> into) {
        for (var annex : agreement.annexes()) {
            if (!annex.releasingParty().equals(self)) {
                continue;
            }
            for (Area area : annex.areas()) {
                if (area instanceof Area.NamedZone z) {
                    catalogue.find(z.zoneId()).ifPresent(p -> into.put(z.zoneId(), p));
                }
            }
        }
    }

    /**
     * {@code catalogue} as the policy sees it: a zone whose outline is not the accepted one does not resolve,
     * so that redrawing a zone (an operator's act) never widens what an annex releases; saving a version of
     * the agreement (an administrator's act) accepts the new outline.
     */
    private static ZoneLookup pinned(ZoneLookup catalogue, Map<String, Area.Polygon> accepted) {
        return new ZoneLookup() {
            @Override
            public Optional<Area.Polygon> find(String zoneId) {
                Optional<Area.Polygon> now = catalogue.find(zoneId);
                Area.Polygon then = accepted.get(zoneId);
                return now.isPresent()
                                && then != null
                                && !then.ring().equals(now.get().ring())
                        ? Optional.empty()
                        : now;
            }

            @Override
            public String missing(String zoneId) {
                if (catalogue.find(zoneId).isPresent()) {
                    return "zone \"" + io.jisr.exchange.Texts.excerpt(zoneId) + "\" has changed shape since the"
                            + " agreement naming it was saved; save the agreement again to accept the new shape, or"
                            + " restore the zone";
                }
                return catalogue.missing(zoneId);
            }
        };
    }

    private Optional<AgreementId> find(String id) {
        return versions.keySet().stream().filter(k -> k.value().equals(id)).findFirst();
    }
}
