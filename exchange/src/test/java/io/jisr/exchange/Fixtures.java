package io.jisr.exchange;

import io.jisr.exchange.agreement.Agreement;
import io.jisr.exchange.agreement.AgreementId;
import io.jisr.exchange.agreement.AgreementReference;
import io.jisr.exchange.agreement.AgreementStatus;
import io.jisr.exchange.agreement.Area;
import io.jisr.exchange.agreement.CertificateFingerprint;
import io.jisr.exchange.agreement.Party;
import io.jisr.exchange.agreement.PartyNode;
import io.jisr.exchange.agreement.Precision;
import io.jisr.exchange.agreement.SharingAnnex;
import io.jisr.exchange.agreement.SubjectFilter;
import io.jisr.exchange.agreement.Validity;
import io.jisr.exchange.record.Origin;
import io.jisr.exchange.record.ShareableRecord;
import io.jisr.exchange.record.Subject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Agreements and records the tests share: Algeria and the United States, with France as a third party. */
public final class Fixtures {
    public static final Nation DZA = Nation.of("DZA");
    public static final Nation USA = Nation.of("USA");
    public static final Nation FRA = Nation.of("FRA");
    public static final NodeId DZA_NODE = NodeId.of("dza-1");
    public static final NodeId USA_NODE = NodeId.of("usa-1");
    public static final NodeId FRA_NODE = NodeId.of("fra-1");
    public static final Partner USA_PARTNER = new Partner(USA, USA_NODE);
    public static final Partner FRA_PARTNER = new Partner(FRA, FRA_NODE);
    public static final Instant SIGNED = Instant.parse("2026-01-01T00:00:00Z");
    public static final Instant ENDS = Instant.parse("2027-01-01T00:00:00Z");
    public static final Instant NOON = Instant.parse("2026-11-26T12:00:00Z");

    /** A box off the Algerian coast, 36-38°N, 0-6°E. */
    public static final Area.Polygon ALGERIAN_BASIN = new Area.Polygon(
            "Algerian basin", List.of(GeoPoint.of(36, 0), GeoPoint.of(36, 6), GeoPoint.of(38, 6), GeoPoint.of(38, 0)));

    private Fixtures() {}

    public static CertificateFingerprint fingerprint(int n) {
        return new CertificateFingerprint(String.format("%064x", n));
    }

    public static Party party(Nation nation, NodeId node, int n) {
        return new Party(nation, List.of(new PartyNode(node, fingerprint(n))));
    }

    /** Positions from Algeria to the US in the basin, 30 min late, on a 0.01° grid, kept 30 days. */
    public static SharingAnnex positionsToUsa() {
        return new SharingAnnex(
                "A1",
                DataCategory.VESSEL_POSITIONS,
                DZA,
                USA,
                List.of(ALGERIAN_BASIN),
                new SubjectFilter.Vessels(Set.of(), Set.of(), true),
                Duration.ofMinutes(30),
                Precision.DegreeGrid.of("0.01"),
                ReleasabilityMarking.of(DZA, USA),
                Duration.ofDays(30),
                Set.of());
    }

    /** Positions from the US to Algeria, everywhere, at once, exact. */
    public static SharingAnnex positionsToDza() {
        return new SharingAnnex(
                "B1",
                DataCategory.VESSEL_POSITIONS,
                USA,
                DZA,
                List.of(new Area.Everywhere()),
                SubjectFilter.Vessels.all(),
                Duration.ZERO,
                new Precision.Exact(),
                ReleasabilityMarking.of(USA, DZA),
                Duration.ofDays(7),
                Set.of());
    }

    public static Agreement agreement(AgreementStatus status, List<SharingAnnex> annexes) {
        return new Agreement(
                AgreementId.of("dza-usa-maritime"),
                1,
                "Maritime picture exchange",
                new AgreementReference("MoU DZA-USA 2026/01", "IA-1 maritime domain awareness"),
                List.of(party(DZA, DZA_NODE, 1), party(USA, USA_NODE, 2)),
                new Validity(SIGNED, ENDS),
                status,
                annexes);
    }

    public static Agreement inForce() {
        return agreement(AgreementStatus.IN_FORCE, List.of(positionsToUsa(), positionsToDza()));
    }

    public static Subject.Vessel cargoShip(Nation flag) {
        return new Subject.Vessel(Optional.of(636012345), Optional.of(70), Optional.of(flag), false);
    }

    /** A position report this (Algerian) node made. */
    public static ShareableRecord position(GeoPoint where, Instant observedAt, Subject.Vessel vessel) {
        return new ShareableRecord(
                "pos/" + vessel.mmsi().orElse(0) + "/" + observedAt,
                DataCategory.VESSEL_POSITIONS,
                new Origin(DZA, DZA_NODE, "ais:oran"),
                observedAt,
                Optional.of(where),
                vessel,
                new TreeMap<>(java.util.Map.of("speedKnots", "12.5")),
                Optional.empty(),
                Optional.empty());
    }
}
