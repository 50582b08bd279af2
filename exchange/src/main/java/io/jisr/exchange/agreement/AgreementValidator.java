package io.jisr.exchange.agreement;

import io.jisr.exchange.GeoPoint;
import io.jisr.exchange.Nation;
import io.jisr.exchange.NodeId;
import io.jisr.exchange.Texts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks an agreement before it may be saved or put in force, and says what is wrong and where.
 *
 * <p>The records that make up an agreement only refuse missing parts; every rule about their meaning
 * is here, so that an administrator's draft can be held, shown and corrected with all its problems
 * listed at once.
 */
public final class AgreementValidator {
    private static final Pattern ANNEX_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,31}");
    private static final Pattern EVENT_TYPE = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private static final BigDecimal FINEST_GRID = new BigDecimal("0.0001");
    private static final BigDecimal COARSEST_GRID = BigDecimal.TEN;
    private static final int MAX_CORNERS = 10_000;

    private final ZoneLookup zones;
    private final boolean checkZones;
    private final Nation releaser;

    /** A validator that resolves named zones in {@code zones}, in every annex. */
    public AgreementValidator(ZoneLookup zones) {
        this(zones, true, null);
    }

    private AgreementValidator(ZoneLookup zones, boolean checkZones, Nation releaser) {
        this.zones = zones;
        this.checkZones = checkZones;
        this.releaser = releaser;
    }

    /**
     * A validator for a node of nation {@code self}: named zones are resolved in {@code zones} only in the
     * annexes {@code self} releases. An annex a partner releases names the partner's zones, which this node
     * neither holds nor needs (it accepts by category; the partner's policy applies the area).
     */
    public static AgreementValidator releasing(Nation self, ZoneLookup zones) {
        return new AgreementValidator(zones, true, java.util.Objects.requireNonNull(self, "self"));
    }

    /**
     * A validator that checks everything but whether named zones are in the catalogue: for an agreement
     * read before the catalogue is at hand (the configuration), and for a policy, which withholds what an
     * annex would release over a zone that has since left the catalogue ({@code UNKNOWN_ZONE}) rather than
     * refuse to exist.
     */
    public static AgreementValidator ignoringZones() {
        return new AgreementValidator(ZoneLookup.none(), false, null);
    }

    /** Every problem of {@code agreement}, in the order of its fields; empty when it is valid. */
    public List<AgreementProblem> validate(Agreement agreement) {
        var problems = new ArrayList<AgreementProblem>();
        if (agreement.version() < 1) {
            problems.add(new AgreementProblem("version", "version must be 1 or more, was " + agreement.version()));
        }
        if (agreement.title().isBlank()) {
            problems.add(new AgreementProblem("title", "title must not be blank"));
        }
        if (agreement.reference().memorandum().isBlank()) {
            problems.add(new AgreementProblem("reference.memorandum", "the memorandum reference must not be blank"));
        }
        checkParties(agreement, problems);
        if (!agreement.validity().from().isBefore(agreement.validity().until())) {
            problems.add(new AgreementProblem(
                    "validity",
                    "validity must end after it starts, was from "
                            + agreement.validity().from() + " until "
                            + agreement.validity().until()));
        }
        var annexIds = new HashMap<String, Integer>();
        for (int i = 0; i < agreement.annexes().size(); i++) {
            SharingAnnex annex = agreement.annexes().get(i);
            String at = "annexes[" + i + "]";
            Integer earlier = annexIds.putIfAbsent(annex.id(), i);
            if (earlier != null) {
                problems.add(new AgreementProblem(
                        at + ".id", "annex id \"" + annex.id() + "\" is already used by annexes[" + earlier + "]"));
            }
            checkAnnex(agreement, annex, at, problems);
        }
        return List.copyOf(problems);
    }

    /** Throws {@link IllegalArgumentException} listing every problem, if there is one. */
    public void requireValid(Agreement agreement) {
        List<AgreementProblem> problems = validate(agreement);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("agreement " + agreement.id() + " version " + agreement.version()
                    + " is not valid: "
                    + String.join(
                            "; ",
                            problems.stream().map(AgreementProblem::toString).toList()));
        }
    }

    private static void checkParties(Agreement agreement, List<AgreementProblem> problems) {
        if (agreement.parties().size() < 2) {
            problems.add(new AgreementProblem(
                    "parties",
                    "an agreement needs at least two parties, has "
                            + agreement.parties().size()));
        }
        var nations = new HashMap<Nation, Integer>();
        var nodes = new HashMap<NodeId, String>();
        var fingerprints = new HashMap<CertificateFingerprint, String>();
        for (int i = 0; i < agreement.parties().size(); i++) {
            Party party = agreement.parties().get(i);
            String at = "parties[" + i + "]";
            Integer earlier = nations.putIfAbsent(party.nation(), i);
            if (earlier != null) {
                problems.add(
                        new AgreementProblem(at + ".nation", party.nation() + " is already parties[" + earlier + "]"));
            }
            if (party.nodes().isEmpty()) {
                problems.add(new AgreementProblem(at + ".nodes", party.nation() + " must register at least one node"));
            }
            for (int j = 0; j < party.nodes().size(); j++) {
                PartyNode node = party.nodes().get(j);
                String nodeAt = at + ".nodes[" + j + "]";
                String before = nodes.putIfAbsent(node.id(), nodeAt);
                if (before != null) {
                    problems.add(new AgreementProblem(
                            nodeAt + ".id", "node " + node.id() + " is already registered at " + before));
                }
                String fpBefore = fingerprints.putIfAbsent(node.fingerprint(), nodeAt);
                if (fpBefore != null) {
                    problems.add(new AgreementProblem(
                            nodeAt + ".fingerprint",
                            "certificate fingerprint " + node.fingerprint() + " is already registered at " + fpBefore));
                }
            }
        }
    }

    private void checkAnnex(Agreement agreement, SharingAnnex annex, String at, List<AgreementProblem> problems) {
        if (!ANNEX_ID.matcher(annex.id()).matches()) {
            problems.add(new AgreementProblem(
                    at + ".id",
                    "annex id must be 1 to 32 of letters, digits, '.', '-' and '_', was \"" + Texts.excerpt(annex.id())
                            + "\""));
        }
        if (agreement.party(annex.releasingParty()).isEmpty()) {
            problems.add(new AgreementProblem(
                    at + ".releasingParty", annex.releasingParty() + " is not a party to this agreement"));
        }
        if (agreement.party(annex.receivingParty()).isEmpty()) {
            problems.add(new AgreementProblem(
                    at + ".receivingParty", annex.receivingParty() + " is not a party to this agreement"));
        }
        if (annex.releasingParty().equals(annex.receivingParty())) {
            problems.add(new AgreementProblem(
                    at + ".receivingParty", "a party cannot release to itself (" + annex.receivingParty() + ")"));
        }
        if (annex.areas().isEmpty()) {
            problems.add(new AgreementProblem(
                    at + ".areas", "an annex needs at least one area; use Everywhere for no limit"));
        }
        for (int i = 0; i < annex.areas().size(); i++) {
            checkArea(annex, annex.areas().get(i), at + ".areas[" + i + "]", problems);
        }
        checkSubjects(annex, at + ".subjects", problems);
        if (annex.delay().isNegative()) {
            problems.add(new AgreementProblem(at + ".delay", "delay must not be negative, was " + annex.delay()));
        }
        if (annex.precision() instanceof Precision.DegreeGrid grid
                && (grid.degrees().compareTo(FINEST_GRID) < 0 || grid.degrees().compareTo(COARSEST_GRID) > 0)) {
            problems.add(new AgreementProblem(
                    at + ".precision",
                    "a degree grid must be 0.0001 to 10 degrees, was "
                            + grid.degrees().toPlainString()));
        }
        if (!annex.marking().releasableTo(annex.receivingParty())) {
            problems.add(new AgreementProblem(
                    at + ".marking",
                    "marking \"" + annex.marking().text() + "\" must name the receiving party "
                            + annex.receivingParty()));
        }
        if (annex.retention().isNegative() || annex.retention().isZero()) {
            problems.add(new AgreementProblem(
                    at + ".retention", "retention must be longer than zero, was " + annex.retention()));
        }
        for (Nation third : annex.onwardReleaseTo()) {
            if (third.equals(annex.releasingParty()) || third.equals(annex.receivingParty())) {
                problems.add(new AgreementProblem(
                        at + ".onwardReleaseTo",
                        "onward release is to third parties; " + third + " is a party to this annex"));
            } else if (!annex.marking().releasableTo(third)) {
                problems.add(new AgreementProblem(
                        at + ".onwardReleaseTo",
                        "onward release to " + third + " needs " + third + " in the marking \""
                                + annex.marking().text() + "\""));
            }
        }
    }

    private void checkArea(SharingAnnex annex, Area area, String at, List<AgreementProblem> problems) {
        switch (area) {
            case Area.Everywhere everywhere -> {}
            case Area.NamedZone zone -> {
                if (checkZones
                        && (releaser == null || releaser.equals(annex.releasingParty()))
                        && zones.find(zone.zoneId()).isEmpty()) {
                    problems.add(new AgreementProblem(at, zones.missing(zone.zoneId())));
                }
            }
            case Area.Polygon polygon -> {
                String problem = polygonProblem(polygon);
                if (problem != null) {
                    problems.add(new AgreementProblem(at, problem));
                }
            }
        }
    }

    /** What is wrong with a polygon's shape, or null. */
    static String polygonProblem(Area.Polygon polygon) {
        List<GeoPoint> c = polygon.corners();
        if (c.size() > MAX_CORNERS) {
            return "a polygon may have at most " + MAX_CORNERS + " corners, has " + c.size();
        }
        Set<GeoPoint> distinct = new HashSet<>(c);
        if (distinct.size() < 3) {
            return "a polygon needs at least 3 distinct corners, has " + distinct.size();
        }
        for (int i = 0; i < c.size(); i++) {
            GeoPoint a = c.get(i);
            GeoPoint b = c.get((i + 1) % c.size());
            if (Math.abs(a.longitude() - b.longitude()) > 180) {
                return "edge " + i + " from " + a + " to " + b
                        + " crosses the antimeridian; split the area into two polygons";
            }
        }
        for (int i = 0; i < c.size(); i++) {
            for (int j = i + 2; j < c.size(); j++) {
                if (i == 0 && j == c.size() - 1) {
                    continue; // adjacent through the closing edge
                }
                if (segmentsCross(c.get(i), c.get((i + 1) % c.size()), c.get(j), c.get((j + 1) % c.size()))) {
                    return "edges " + i + " and " + j + " cross each other; a polygon must not intersect itself";
                }
            }
        }
        return null;
    }

    private static boolean segmentsCross(GeoPoint a, GeoPoint b, GeoPoint c, GeoPoint d) {
        double d1 = orientation(c, d, a);
        double d2 = orientation(c, d, b);
        double d3 = orientation(a, b, c);
        double d4 = orientation(a, b, d);
        if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) {
            return true;
        }
        return (d1 == 0 && onSegment(c, d, a))
                || (d2 == 0 && onSegment(c, d, b))
                || (d3 == 0 && onSegment(a, b, c))
                || (d4 == 0 && onSegment(a, b, d));
    }

    private static double orientation(GeoPoint p, GeoPoint q, GeoPoint r) {
        return (q.longitude() - p.longitude()) * (r.latitude() - p.latitude())
                - (q.latitude() - p.latitude()) * (r.longitude() - p.longitude());
    }

    private static boolean onSegment(GeoPoint p, GeoPoint q, GeoPoint r) {
        return Math.min(p.longitude(), q.longitude()) <= r.longitude()
                && r.longitude() <= Math.max(p.longitude(), q.longitude())
                && Math.min(p.latitude(), q.latitude()) <= r.latitude()
                && r.latitude() <= Math.max(p.latitude(), q.latitude());
    }

    private static void checkSubjects(SharingAnnex annex, String at, List<AgreementProblem> problems) {
        if (annex.subjects().kind() != annex.category().subjectKind()) {
            problems.add(new AgreementProblem(
                    at,
                    "category " + annex.category() + " takes a subject filter of kind "
                            + annex.category().subjectKind() + ", not "
                            + annex.subjects().kind()));
            return;
        }
        switch (annex.subjects()) {
            case SubjectFilter.Vessels vessels -> {
                for (int type : vessels.shipTypes()) {
                    if (type < 1 || type > 99) {
                        problems.add(
                                new AgreementProblem(at + ".shipTypes", "AIS ship type must be 1 to 99, was " + type));
                    }
                }
            }
            case SubjectFilter.Incidents incidents -> {
                for (String type : incidents.eventTypes()) {
                    if (!EVENT_TYPE.matcher(type).matches()) {
                        problems.add(new AgreementProblem(
                                at + ".eventTypes",
                                "event type must be 1 to 40 of a-z, 0-9 and '-', was \"" + Texts.excerpt(type) + "\""));
                    }
                }
            }
            case SubjectFilter.Unfiltered unfiltered -> {}
        }
    }
}
