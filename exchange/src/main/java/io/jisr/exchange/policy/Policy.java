package io.jisr.exchange.policy;

import io.jisr.exchange.DataCategory;
import io.jisr.exchange.GeoPoint;
import io.jisr.exchange.Nation;
import io.jisr.exchange.Partner;
import io.jisr.exchange.ReleasabilityMarking;
import io.jisr.exchange.Texts;
import io.jisr.exchange.agreement.Agreement;
import io.jisr.exchange.agreement.AgreementHistory;
import io.jisr.exchange.agreement.AgreementId;
import io.jisr.exchange.agreement.AgreementValidator;
import io.jisr.exchange.agreement.Area;
import io.jisr.exchange.agreement.Precision;
import io.jisr.exchange.agreement.SharingAnnex;
import io.jisr.exchange.agreement.SubjectFilter;
import io.jisr.exchange.agreement.ZoneLookup;
import io.jisr.exchange.record.HandlingTerms;
import io.jisr.exchange.record.ReleaseGrant;
import io.jisr.exchange.record.ShareableRecord;
import io.jisr.exchange.record.Subject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The release policy of one node: a pure function from a record, a partner and a time to {@link
 * Decision.Release}, {@link Decision.ReleaseDegraded} or {@link Decision.Withhold}. It is the only path
 * by which anything leaves a node.
 *
 * <p>A policy is an immutable snapshot of the agreements' current versions. Suspending a partner is a
 * new agreement version and a new policy; the application swaps the snapshot atomically and the
 * outbound log rechecks every entry against the snapshot in use when it is served ({@link
 * #recheck}), so nothing more leaves after the swap.
 */
public final class Policy {
    private static final Comparator<Candidate> LEAST_DEGRADED = Comparator.comparing(
                    (Candidate c) -> gridSize(c.annex().precision()))
            .thenComparing(c -> c.agreement().id())
            .thenComparing(c -> c.annex().id());

    private final Nation self;
    private final List<Agreement> agreements;
    private final ZoneLookup zones;

    private final Map<AgreementId, List<Agreement>> earlierVersions;

    private Policy(
            Nation self, List<Agreement> agreements, ZoneLookup zones, Map<AgreementId, List<Agreement>> earlier) {
        this.self = self;
        this.agreements = List.copyOf(agreements);
        this.zones = zones;
        this.earlierVersions = Map.copyOf(earlier);
    }

    /**
     * The policy of a node of nation {@code self} under the current versions of {@code agreements}.
     *
     * <p>Named zones are looked up in {@code zones} as decisions are made. A zone missing from it is not a
     * reason to refuse the policy (a zone may leave the catalogue while an agreement names it): an annex
     * over such a zone releases nothing ({@link WithholdReason#UNKNOWN_ZONE}), and no record it released
     * earlier leaves any more ({@link #recheck}). Whether a zone exists is checked when an agreement is
     * saved or put in force, with {@link AgreementValidator}. Such an annex releases nothing even where its
     * other areas would allow it.
     *
     * @throws IllegalArgumentException if an agreement is invalid (an invalid agreement must never be
     *     put in force, so this is a programming error), or two share an id
     */
    public static Policy of(Nation self, List<Agreement> agreements, ZoneLookup zones) {
        var validator = AgreementValidator.ignoringZones();
        var ids = new LinkedHashSet<AgreementId>();
        for (Agreement agreement : agreements) {
            validator.requireValid(agreement);
            if (!ids.add(agreement.id())) {
                throw new IllegalArgumentException("agreement " + agreement.id()
                        + " is given twice; a policy takes the current version of each agreement once");
            }
        }
        return new Policy(self, agreements, zones, Map.of());
    }

    /**
     * The policy under the current versions of {@code histories}, which also lets {@link #recheck}
     * keep serving log entries released under an earlier version whose annex has not changed since.
     */
    public static Policy ofHistories(Nation self, List<AgreementHistory> histories, ZoneLookup zones) {
        Policy current =
                of(self, histories.stream().map(AgreementHistory::current).toList(), zones);
        var earlier = new LinkedHashMap<AgreementId, List<Agreement>>();
        histories.forEach(h -> earlier.put(h.current().id(), h.versions()));
        return new Policy(self, current.agreements, zones, earlier);
    }

    /** The nation this node releases for. */
    public Nation self() {
        return self;
    }

    /** The agreements this policy applies, as given. */
    public List<Agreement> agreements() {
        return agreements;
    }

    /**
     * Decides whether {@code record} may leave for {@code partner} at {@code time}, and in what form.
     * The rules, in order: never back to the partner it came from; its own marking must name the
     * partner; a partner's record goes on only where its terms allow; an agreement in force and
     * valid at {@code time} must register the partner's node; an annex of it must release the
     * category from this nation to the partner's, over an area holding the position, for the subject,
     * and its delay must have passed. Of several annexes that allow it now, the one with the finest
     * precision applies.
     */
    public Decision decide(ShareableRecord record, Partner partner, Instant time) {
        Nation to = partner.nation();
        if (record.origin().nation().equals(to)
                || record.receivedFrom().map(p -> p.nation().equals(to)).orElse(false)) {
            return Decision.Withhold.because(
                    WithholdReason.PARTNER_IS_SOURCE,
                    "record " + Texts.excerpt(record.key()) + " came from " + to + "; it is never sent back");
        }
        Optional<ReleasabilityMarking> ownMarking = record.handling().map(HandlingTerms::marking);
        if (ownMarking.isPresent() && !ownMarking.get().releasableTo(to)) {
            return Decision.Withhold.because(
                    WithholdReason.MARKING_EXCLUDES_PARTNER,
                    "record " + Texts.excerpt(record.key()) + " is marked \""
                            + ownMarking.get().text() + "\", which does not name " + to);
        }
        boolean foreign = record.isReceived() || !record.origin().nation().equals(self);
        if (foreign) {
            Set<Nation> onward =
                    record.handling().map(HandlingTerms::onwardReleaseTo).orElse(Set.of());
            if (!onward.contains(to)) {
                return Decision.Withhold.because(
                        WithholdReason.ONWARD_RELEASE_NOT_ALLOWED,
                        "record " + Texts.excerpt(record.key()) + " was made by "
                                + record.origin().nation()
                                + " and its terms allow onward release to " + (onward.isEmpty() ? "nobody" : onward)
                                + ", not " + to);
            }
        }
        List<Agreement> linking = agreements.stream()
                .filter(a -> a.party(self).isPresent() && a.party(to).isPresent())
                .toList();
        if (linking.isEmpty()) {
            return Decision.Withhold.because(WithholdReason.NO_AGREEMENT, "no agreement links " + self + " and " + to);
        }
        var open = new ArrayList<Agreement>();
        Decision.Withhold closed = null;
        for (Agreement agreement : linking) {
            Optional<Decision.Withhold> gate = gate(agreement, partner, time);
            if (gate.isEmpty()) {
                open.add(agreement);
            } else if (closed == null
                    || gate.get().reason().ordinal() < closed.reason().ordinal()) {
                closed = gate.get();
            }
        }
        if (open.isEmpty()) {
            return closed;
        }
        var allowedNow = new ArrayList<Candidate>();
        Instant earliestLater = null;
        Map<String, WithholdReason> refusals = new LinkedHashMap<>();
        var refusalDetails = new ArrayList<String>();
        for (Agreement agreement : open) {
            for (SharingAnnex annex : agreement.annexes()) {
                if (!annex.releasingParty().equals(self)
                        || !annex.receivingParty().equals(to)
                        || !annex.category().equals(record.category())) {
                    continue;
                }
                String name = agreement.id() + " annex " + annex.id();
                Optional<String> areaProblem = areaProblem(annex, record, refusals, name);
                if (areaProblem.isPresent()) {
                    refusalDetails.add(name + ": " + areaProblem.get());
                    continue;
                }
                Optional<String> subjectProblem = subjectProblem(annex.subjects(), record.subject());
                if (subjectProblem.isPresent()) {
                    refusals.put(name, WithholdReason.SUBJECT_NOT_COVERED);
                    refusalDetails.add(name + ": " + subjectProblem.get());
                    continue;
                }
                Instant releaseAt = record.observedAt().plus(annex.delay());
                if (time.isBefore(releaseAt)) {
                    if (earliestLater == null || releaseAt.isBefore(earliestLater)) {
                        earliestLater = releaseAt;
                    }
                    continue;
                }
                allowedNow.add(new Candidate(agreement, annex));
            }
        }
        if (!allowedNow.isEmpty()) {
            return release(
                    record, foreign, allowedNow.stream().min(LEAST_DEGRADED).orElseThrow());
        }
        if (earliestLater != null) {
            return new Decision.Withhold(
                    WithholdReason.DELAYED,
                    "record " + Texts.excerpt(record.key()) + " observed at " + record.observedAt() + " may leave for "
                            + to + " from " + earliestLater,
                    Optional.of(earliestLater));
        }
        if (refusals.isEmpty()) {
            return Decision.Withhold.because(
                    WithholdReason.NO_ANNEX_FOR_CATEGORY,
                    "no annex in force releases " + record.category() + " from " + self + " to " + to);
        }
        return Decision.Withhold.because(
                refusals.values().iterator().next(),
                "record " + Texts.excerpt(record.key()) + " is not covered: " + String.join("; ", refusalDetails));
    }

    /**
     * Whether a record released under {@code grant} may still leave for {@code partner} at {@code
     * time}: the agreement is in force, valid, registers the partner's node, and still has that annex
     * for the partner's nation, unchanged since the version that released it (see {@link #ofHistories}).
     * Empty when it may; the outbound log calls this as it serves each entry.
     */
    public Optional<Decision.Withhold> recheck(ReleaseGrant grant, Partner partner, Instant time) {
        Optional<Agreement> agreement = agreements.stream()
                .filter(a -> a.id().equals(grant.agreement()))
                .findFirst();
        if (agreement.isEmpty()) {
            return Optional.of(Decision.Withhold.because(
                    WithholdReason.GRANT_WITHDRAWN, "agreement " + grant.agreement() + " is no longer held"));
        }
        Optional<Decision.Withhold> gate = gate(agreement.get(), partner, time);
        if (gate.isPresent()) {
            return gate;
        }
        Optional<SharingAnnex> annex = annex(agreement.get(), grant.annexId());
        if (annex.isEmpty()
                || !annex.get().releasingParty().equals(self)
                || !annex.get().receivingParty().equals(partner.nation())) {
            return Optional.of(Decision.Withhold.because(
                    WithholdReason.GRANT_WITHDRAWN,
                    "annex " + grant.annexId() + " of agreement " + grant.agreement() + " no longer releases to "
                            + partner.nation()));
        }
        Optional<String> lostZone = lostZone(annex.get());
        if (lostZone.isPresent()) {
            return Optional.of(Decision.Withhold.because(
                    WithholdReason.UNKNOWN_ZONE,
                    "annex " + grant.annexId() + " of agreement " + grant.agreement() + " names a zone that this"
                            + " node cannot resolve now: " + lostZone.get()));
        }
        /* Released under an earlier version: it stands only if that version's annex is the same as
         * today's. A narrowed area or subject list must not let out what the wider one let into the
         * log; without the earlier versions the policy cannot tell, and withdraws. */
        if (grant.version() != agreement.get().version()) {
            Optional<SharingAnnex> then = earlierVersions.getOrDefault(grant.agreement(), List.of()).stream()
                    .filter(v -> v.version() == grant.version())
                    .findFirst()
                    .flatMap(v -> annex(v, grant.annexId()));
            if (then.isEmpty() || !then.get().equals(annex.get())) {
                return Optional.of(Decision.Withhold.because(
                        WithholdReason.GRANT_WITHDRAWN,
                        "annex " + grant.annexId() + " of agreement " + grant.agreement() + " is not as it was in"
                                + " version " + grant.version() + ", under which the record was released"
                                + (then.isEmpty() ? " (that version is not known to this policy)" : "")));
            }
        }
        return Optional.empty();
    }

    private static Optional<SharingAnnex> annex(Agreement agreement, String annexId) {
        return agreement.annexes().stream().filter(a -> a.id().equals(annexId)).findFirst();
    }

    /**
     * Why nothing at all may leave for {@code partner} at {@code time}: no agreement links the two
     * nations, or none of those that do is in force, valid and registers the partner's node. Empty
     * when at least one is open.
     */
    public Optional<Decision.Withhold> linkClosed(Partner partner, Instant time) {
        Decision.Withhold closed = Decision.Withhold.because(
                WithholdReason.NO_AGREEMENT, "no agreement links " + self + " and " + partner.nation());
        for (Agreement agreement : agreements) {
            if (agreement.party(self).isEmpty()
                    || agreement.party(partner.nation()).isEmpty()) {
                continue;
            }
            Optional<Decision.Withhold> gate = gate(agreement, partner, time);
            if (gate.isEmpty()) {
                return Optional.empty();
            }
            if (closed.reason() == WithholdReason.NO_AGREEMENT
                    || gate.get().reason().ordinal() < closed.reason().ordinal()) {
                closed = gate.get();
            }
        }
        return Optional.of(closed);
    }

    /**
     * Why this nation refuses records of {@code category} sent by {@code sender} at {@code time}, if it does:
     * it accepts them only when an agreement that is open with the sender (in force, valid, registering the
     * sender's node) has an annex releasing that category from the sender's nation to this one. The
     * receiving side's own copy of the agreement decides, so a sender whose copy says more gets nothing in.
     * Empty when accepted.
     */
    public Optional<Decision.Withhold> refusesFrom(DataCategory category, Partner sender, Instant time) {
        Optional<Decision.Withhold> closed = linkClosed(sender, time);
        if (closed.isPresent()) {
            return closed;
        }
        for (Agreement agreement : agreements) {
            if (agreement.party(self).isEmpty()
                    || agreement.party(sender.nation()).isEmpty()
                    || gate(agreement, sender, time).isPresent()) {
                continue;
            }
            for (SharingAnnex annex : agreement.annexes()) {
                if (annex.releasingParty().equals(sender.nation())
                        && annex.receivingParty().equals(self)
                        && annex.category().equals(category)) {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(Decision.Withhold.because(
                WithholdReason.NO_ANNEX_FOR_CATEGORY,
                "no annex in force releases " + category + " from " + sender.nation() + " to " + self));
    }

    /** Why nothing may leave for {@code partner} under {@code agreement} at {@code time}, if so. */
    private static Optional<Decision.Withhold> gate(Agreement agreement, Partner partner, Instant time) {
        String name = "agreement " + agreement.id() + " v" + agreement.version();
        WithholdReason reason = switch (agreement.status()) {
            case IN_FORCE -> null;
            case SUSPENDED -> WithholdReason.AGREEMENT_SUSPENDED;
            case EXPIRED -> WithholdReason.AGREEMENT_EXPIRED;
            case DRAFT -> WithholdReason.AGREEMENT_NOT_IN_FORCE;
        };
        if (reason != null) {
            return Optional.of(Decision.Withhold.because(
                    reason, name + " is " + agreement.status().name().toLowerCase(Locale.ROOT)));
        }
        if (!agreement.validity().covers(time)) {
            return Optional.of(Decision.Withhold.because(
                    WithholdReason.OUTSIDE_VALIDITY,
                    name + " is valid from " + agreement.validity().from() + " until "
                            + agreement.validity().until() + ", not at " + time));
        }
        if (!agreement.registers(partner.nation(), partner.node())) {
            return Optional.of(Decision.Withhold.because(
                    WithholdReason.PARTNER_NODE_NOT_REGISTERED,
                    "node " + partner.node() + " is not registered for " + partner.nation() + " in " + name));
        }
        return Optional.empty();
    }

    private Optional<String> areaProblem(
            SharingAnnex annex, ShareableRecord record, Map<String, WithholdReason> refusals, String name) {
        /* An annex naming a zone this node cannot resolve releases nothing at all, whatever its other areas:
         * the same rule as recheck(), so that nothing is let into the log only to be withdrawn there. */
        Optional<String> lostZone = lostZone(annex);
        if (lostZone.isPresent()) {
            refusals.put(name, WithholdReason.UNKNOWN_ZONE);
            return Optional.of("it names a zone that this node cannot resolve now: " + lostZone.get());
        }
        if (annex.areas().stream().anyMatch(a -> a instanceof Area.Everywhere)) {
            return Optional.empty();
        }
        if (record.position().isEmpty()) {
            refusals.put(name, WithholdReason.NO_POSITION);
            return Optional.of("the record has no position and the annex is limited to areas");
        }
        GeoPoint point = record.position().get();
        for (Area area : annex.areas()) {
            switch (area) {
                case Area.Everywhere everywhere -> {
                    return Optional.empty();
                }
                case Area.Polygon polygon -> {
                    if (polygon.contains(point)) {
                        return Optional.empty();
                    }
                }
                case Area.NamedZone zone -> {
                    if (zones.find(zone.zoneId()).map(p -> p.contains(point)).orElse(false)) {
                        return Optional.empty();
                    }
                }
            }
        }
        refusals.put(name, WithholdReason.OUTSIDE_AREA);
        return Optional.of("position " + point + " is outside its areas");
    }

    /** Why a zone {@code annex} names cannot be resolved now, for the first such zone. */
    private Optional<String> lostZone(SharingAnnex annex) {
        for (Area area : annex.areas()) {
            if (area instanceof Area.NamedZone zone && zones.find(zone.zoneId()).isEmpty()) {
                return Optional.of(zones.missing(zone.zoneId()));
            }
        }
        return Optional.empty();
    }

    private Optional<String> subjectProblem(SubjectFilter filter, Subject subject) {
        return switch (filter) {
            case SubjectFilter.Unfiltered unfiltered -> Optional.empty();
            case SubjectFilter.Vessels vessels -> {
                if (!(subject instanceof Subject.Vessel vessel)) {
                    yield Optional.of("the subject is not a vessel");
                }
                if (!vessels.shipTypes().isEmpty()
                        && !vessel.shipType().map(vessels.shipTypes()::contains).orElse(false)) {
                    yield Optional.of("ship type "
                            + vessel.shipType().map(String::valueOf).orElse("unknown") + " is not among "
                            + vessels.shipTypes());
                }
                if (!vessels.flags().isEmpty()
                        && !vessel.flag().map(vessels.flags()::contains).orElse(false)) {
                    yield Optional.of("flag " + vessel.flag().map(Nation::code).orElse("unknown") + " is not among "
                            + vessels.flags());
                }
                // An unknown flag could be this nation's: a government vessel of unknown flag stays home.
                if (vessels.excludeReleasersGovernmentVessels()
                        && vessel.governmentVessel()
                        && vessel.flag().map(self::equals).orElse(true)) {
                    yield Optional.of("government vessels of " + self + " are excluded"
                            + (vessel.flag().isEmpty() ? " (and this one's flag is unknown)" : ""));
                }
                yield Optional.empty();
            }
            case SubjectFilter.Incidents incidents -> {
                if (!(subject instanceof Subject.Incident incident)) {
                    yield Optional.of("the subject is not an incident");
                }
                if (!incidents.eventTypes().isEmpty() && !incidents.eventTypes().contains(incident.eventType())) {
                    yield Optional.of("event type " + incident.eventType() + " is not among " + incidents.eventTypes());
                }
                if (incidents.minimumGrading().isPresent()
                        && !incident.grading().meets(incidents.minimumGrading().get())) {
                    yield Optional.of("grading " + incident.grading() + " is below the minimum "
                            + incidents.minimumGrading().get());
                }
                yield Optional.empty();
            }
        };
    }

    private static Decision release(ShareableRecord record, boolean foreign, Candidate chosen) {
        SharingAnnex annex = chosen.annex();
        var grant = new ReleaseGrant(chosen.agreement().id(), chosen.agreement().version(), annex.id());
        ReleasabilityMarking marking = annex.marking();
        Set<Nation> onward = annex.onwardReleaseTo();
        if (record.handling().isPresent()) {
            /* A record that already has a marking (a partner's, or one this node set) is never released
             * under a wider one: the annex's nations that the record's marking also names. The partner
             * is among them, as decide() checked. */
            ReleasabilityMarking own = record.handling().get().marking();
            var kept = new LinkedHashSet<Nation>();
            marking.nations().stream().filter(own::releasableTo).forEach(kept::add);
            marking = new ReleasabilityMarking(kept);
        }
        if (foreign) {
            // The third party may not pass a partner's record further: only its maker could allow that.
            onward = Set.of();
        }
        var terms = new HandlingTerms(marking, annex.retention(), onward, grant);
        ShareableRecord released = record.releasedUnder(terms);
        if (annex.precision() instanceof Precision.DegreeGrid grid
                && record.position().isPresent()) {
            GeoPoint before = record.position().get();
            GeoPoint after = GridRounding.round(before, grid.degrees());
            if (!after.equals(before)) {
                return new Decision.ReleaseDegraded(
                        released.withPosition(Optional.of(after)),
                        grant,
                        List.of(new Degradation(
                                "position",
                                before.toString(),
                                after.toString(),
                                grid.degrees().toPlainString() + "° grid")));
            }
        }
        return new Decision.Release(released, grant);
    }

    private static BigDecimal gridSize(Precision precision) {
        return switch (precision) {
            case Precision.Exact exact -> BigDecimal.ZERO;
            case Precision.DegreeGrid grid -> grid.degrees();
        };
    }

    private record Candidate(Agreement agreement, SharingAnnex annex) {}
}
