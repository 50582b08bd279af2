package io.jisr.app.sar;

import io.jisr.sar.cases.CaseCustody;
import io.jisr.sar.cases.CaseFilter;
import io.jisr.sar.cases.LastKnownPosition;
import io.jisr.sar.cases.RescueCentre;
import io.jisr.sar.cases.SarCase;
import io.jisr.sar.cases.SarCaseStore;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The node's SAR cases: loaded from storage at start, opened and changed by the rescue coordinators, every
 * change stored before it is visible. Changes are serialised. Thread-safe.
 */
public final class SarCaseBook {
    /*
     * Implementation note. References are minted as SAR-<year>-<nnn>, one above the highest number of that
     * year on this node, in the style of rescue centres' case numbers. Log entries take the later of the
     * clock and the case's last entry, so a clock stepped back by a few seconds cannot make a case refuse
     * its next entry.
     */

    /*
     * Sharing. A case shared with partners goes to every centre that holds or follows it after each change
     * made here, inside the book's lock so that versions reach the outbox in order; a change is stored
     * before it is sent, so a failure to send is made good by the next change (each record is the whole
     * case). Only the holder changes a case: a change asked of a copy throws CaseHeldElsewhere. A received
     * case replaces the copy only when its version (log length) is higher, and only when it comes from
     * the centre that holds the copy (see receive).
     */

    private final SarCaseStore store;
    private final InstantSource clock;
    private final Map<String, SarCase> cases = new LinkedHashMap<>();
    private volatile Optional<CasePartners> partners = Optional.empty();
    private long received;
    private long stale;
    private long refused;
    private String lastRefusal = "";

    /** Loads the stored cases. */
    public SarCaseBook(SarCaseStore store, InstantSource clock) {
        this.store = store;
        this.clock = clock;
        store.load().forEach(c -> cases.put(c.reference(), c));
    }

    /** Connects the book to the federation's partners once it runs: from then on shared cases are sent. */
    public void connect(CasePartners federation) {
        this.partners = Optional.of(federation);
    }

    /** The partners' rescue centres cases can be shared with; empty without federation. */
    public List<RescueCentre> partners() {
        return partners.map(CasePartners::partners).orElse(List.of());
    }

    /** Opens a case under a new reference, stores and returns it. */
    public synchronized SarCase open(
            String source, int objectId, LastKnownPosition lastKnown, int personsOnBoard, String by) {
        Instant now = clock.instant();
        String prefix = "SAR-" + now.atZone(ZoneOffset.UTC).getYear() + "-";
        int next = 1
                + cases.keySet().stream()
                        .filter(r -> r.startsWith(prefix))
                        .mapToInt(r -> Integer.parseInt(r.substring(prefix.length())))
                        .max()
                        .orElse(0);
        SarCase opened =
                SarCase.open(prefix + "%03d".formatted(next), source, objectId, lastKnown, personsOnBoard, by, now);
        store.save(opened);
        cases.put(opened.reference(), opened);
        return opened;
    }

    /** Returns the cases that pass {@code filter}, most recently acted on first. */
    public synchronized List<SarCase> list(CaseFilter filter) {
        return cases.values().stream()
                .filter(filter::matches)
                .sorted(Comparator.comparing(SarCase::lastActivity).reversed())
                .toList();
    }

    /** Returns the case {@code reference}. */
    public synchronized Optional<SarCase> find(String reference) {
        return Optional.ofNullable(cases.get(reference));
    }

    /**
     * Changes the case {@code reference}: {@code change} gets the case and the time to log, returns the new
     * case (or throws, and nothing is stored); the new case is stored and returned.
     *
     * @return the changed case, empty when there is no such case
     */
    public synchronized Optional<SarCase> change(String reference, BiFunction<SarCase, Instant, SarCase> change) {
        SarCase current = cases.get(reference);
        if (current == null) {
            return Optional.empty();
        }
        requireHeldHere(current);
        Instant at = clock.instant();
        SarCase changed = change.apply(current, at.isBefore(current.lastActivity()) ? current.lastActivity() : at);
        if (changed == current) {
            return Optional.of(current);
        }
        store.save(changed);
        cases.put(reference, changed);
        send(changed);
        return Optional.of(changed);
    }

    private static void requireHeldHere(SarCase c) {
        if (!c.custody().heldHere()) {
            throw new CaseHeldElsewhere("case " + c.reference() + " is held by "
                    + c.custody().holder().get() + "; this node's copy is read-only");
        }
    }

    /** Sends a changed case to every centre that holds or follows it, other than this node. */
    private void send(SarCase changed) {
        if (!changed.custody().isShared() || partners.isEmpty()) {
            return;
        }
        CasePartners federation = partners.get();
        RescueCentre self = federation.self();
        Set<RescueCentre> to = new LinkedHashSet<>();
        changed.custody().holder().ifPresent(to::add);
        to.addAll(changed.custody().followers());
        to.remove(self);
        for (RescueCentre partner : to) {
            federation.send(changed, partner);
        }
    }

    /**
     * Shares the case {@code reference} with {@code partner}'s rescue centre, which from then on follows every
     * update; logged, stored and sent.
     *
     * @return the shared case, empty when there is no such case
     * @throws SharingRefused when the partner is not one of this node's, or the agreements would not send it
     * @throws CaseHeldElsewhere when another centre holds the case
     */
    public synchronized Optional<SarCase> share(String reference, String partner, String by) {
        RescueCentre to = partner(partner);
        return change(reference, (c, at) -> checked(c.sharedWith(to, by, at), to));
    }

    /**
     * Hands the case {@code reference} over to {@code partner}'s rescue centre, which runs it from then on;
     * this node keeps a read-only copy that follows the partner's updates. Logged, stored and sent.
     *
     * @return the handed-over case, empty when there is no such case
     * @throws SharingRefused when the partner is not one of this node's, or the agreements would not send it
     * @throws CaseHeldElsewhere when another centre holds the case
     */
    public synchronized Optional<SarCase> handOver(String reference, String partner, String by) {
        RescueCentre to = partner(partner);
        RescueCentre self = partners.orElseThrow().self();
        return change(reference, (c, at) -> checked(c.handedOver(to, self, by, at), to));
    }

    private SarCase checked(SarCase next, RescueCentre to) {
        Optional<String> refusal = partners.orElseThrow().refusal(next, to);
        if (refusal.isPresent()) {
            throw new SharingRefused(
                    SharingRefused.Kind.CONFLICT,
                    "case " + next.reference() + " cannot go to " + to + ": " + refusal.get());
        }
        return next;
    }

    /** The partner centre named {@code NAT/node}, or by its nation alone when that nation has one node here. */
    private RescueCentre partner(String name) {
        if (partners.isEmpty()) {
            throw new SharingRefused(SharingRefused.Kind.CONFLICT, "this node has no federation partners");
        }
        List<RescueCentre> known = partners.get().partners();
        List<RescueCentre> named = known.stream()
                .filter(c -> c.toString().equals(name) || c.nation().equals(name))
                .toList();
        if (named.size() != 1) {
            throw new SharingRefused(
                    SharingRefused.Kind.UNKNOWN_PARTNER,
                    (named.isEmpty() ? "is not one of this node's partners " : "names more than one node of ")
                            + known.stream().map(RescueCentre::toString).toList());
        }
        return named.getFirst();
    }

    /**
     * Takes a case received from {@code from}, as this node keeps it ({@code SarCaseRecords.sarCase}): a copy of
     * a case that centre holds and shares with this node, or a case handed over to this node. A version not
     * newer than the one kept is ignored; a case held here, or held by a third centre, is not replaced by what
     * another sends.
     *
     * @return applied, ignored as not newer, or refused with the reason
     */
    public synchronized Receipt receive(SarCase incoming, RescueCentre from, RescueCentre self) {
        CaseCustody custody = incoming.custody();
        String name = "case " + custody.originReference() + " of "
                + custody.origin().map(RescueCentre::toString).orElse(self.toString());
        if (custody.holder().isPresent() && !custody.holder().get().equals(from)) {
            return refused(
                    from + " sent " + name + ", held by " + custody.holder().get() + ", not by the sender");
        }
        if (custody.holder().isPresent() && !custody.followers().contains(self)) {
            return refused(from + " sent " + name + ", which is not shared with " + self);
        }
        SarCase current = cases.get(incoming.reference());
        if (current != null) {
            if (!current.custody().origin().equals(custody.origin())
                    || !current.custody().originReference().equals(custody.originReference())) {
                return refused(from + " sent " + name + ", but " + incoming.reference() + " here is another case");
            }
            if (incoming.version() <= current.version()) {
                stale++;
                return new Receipt.Stale();
            }
            if (current.custody().heldHere()) {
                return refused(from + " sent " + name + ", which this node holds; only the holder changes it");
            }
            if (!current.custody().holder().get().equals(from)) {
                return refused(from + " sent " + name + ", held by "
                        + current.custody().holder().get());
            }
        }
        store.save(incoming);
        cases.put(incoming.reference(), incoming);
        received++;
        return new Receipt.Applied();
    }

    /** What became of a received case. */
    public sealed interface Receipt {
        /** Kept: a new copy, a newer version, or a case handed over to this node. */
        record Applied() implements Receipt {}

        /** Ignored: this node keeps the same or a newer version. */
        record Stale() implements Receipt {}

        /**
         * Refused, and counted.
         *
         * @param reason why
         */
        record Refused(String reason) implements Receipt {}
    }

    /** Counts records of SAR cases that were not taken at all: unreadable, or no annex takes them. */
    public synchronized void refuse(int count, String reason) {
        refused += count;
        lastRefusal = reason;
    }

    private Receipt refused(String reason) {
        refuse(1, reason);
        return new Receipt.Refused(reason);
    }

    /**
     * How receiving went since start.
     *
     * @param received partners' case versions applied
     * @param stale versions ignored as not newer than the one kept
     * @param refused records refused (unreadable, not taken, or not the sender's to change)
     * @param lastRefusal the reason of the last refusal, empty when none
     */
    public record Sync(long received, long stale, long refused, String lastRefusal) {}

    /** How receiving went since start. */
    public synchronized Sync sync() {
        return new Sync(received, stale, refused, lastRefusal);
    }
}
