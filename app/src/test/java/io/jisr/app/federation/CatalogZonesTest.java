package io.jisr.app.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jisr.detect.zone.GeoJsonZones;
import io.jisr.detect.zone.ZoneImport;
import io.jisr.detect.zone.ZoneKind;
import io.jisr.detect.zone.ZoneSet;
import io.jisr.exchange.DataCategory;
import io.jisr.exchange.GeoPoint;
import io.jisr.exchange.Nation;
import io.jisr.exchange.NodeId;
import io.jisr.exchange.Partner;
import io.jisr.exchange.agreement.Agreement;
import io.jisr.exchange.agreement.AgreementValidator;
import io.jisr.exchange.agreement.Area;
import io.jisr.exchange.policy.Decision;
import io.jisr.exchange.policy.Policy;
import io.jisr.exchange.policy.WithholdReason;
import io.jisr.exchange.record.Origin;
import io.jisr.exchange.record.ShareableRecord;
import io.jisr.exchange.record.Subject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogZonesTest {
    private static final Nation DZA = Nation.of("DZA");
    private static final Partner USA = new Partner(Nation.of("USA"), NodeId.of("usa-1"));
    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

    /** One zone of each shape: a plain polygon, a polygon with a hole, and two polygons. */
    private static final String ZONES = """
            {"type":"FeatureCollection","features":[
             {"type":"Feature","properties":{"id":"dza-ts","name":"Algerian territorial sea"},
              "geometry":{"type":"Polygon","coordinates":[[[2,36.5],[4,36.5],[4,37],[2,37],[2,36.5]]]}},
             {"type":"Feature","properties":{"id":"holed","name":"With an island"},
              "geometry":{"type":"Polygon","coordinates":[[[0,35],[8,35],[8,38],[0,38],[0,35]],
                                                         [[3,36],[4,36],[4,37],[3,37],[3,36]]]}},
             {"type":"Feature","properties":{"id":"two-parts","name":"Two ports"},
              "geometry":{"type":"MultiPolygon","coordinates":[
                [[[0,35],[1,35],[1,36],[0,36],[0,35]]],[[[5,35],[6,35],[6,36],[5,36],[5,35]]]]}}
            ]}
            """;

    private static ZoneSet zones() {
        return ZoneSet.of(((ZoneImport.Imported) GeoJsonZones.read(ZONES, ZoneKind.TERRITORIAL_SEA)).zones());
    }

    @Test
    void find_polygonZone_isItsOutlineNamedForPeople() {
        CatalogZones lookup = CatalogZones.of(zones());

        Area.Polygon polygon = lookup.find("dza-ts").orElseThrow();
        assertThat(polygon.name()).isEqualTo("Algerian territorial sea");
        assertThat(polygon.corners())
                .containsExactly(GeoPoint.of(36.5, 2), GeoPoint.of(36.5, 4), GeoPoint.of(37, 4), GeoPoint.of(37, 2));
        assertThat(polygon.contains(GeoPoint.of(36.8, 3))).isTrue();
        assertThat(polygon.contains(GeoPoint.of(36.2, 3))).isFalse();
    }

    @Test
    void find_zonesThatAreNotOnePlainPolygon_areRefusedSayingWhy() {
        CatalogZones lookup = CatalogZones.of(zones());

        assertThat(lookup.find("holed")).isEmpty();
        assertThat(lookup.missing("holed"))
                .isEqualTo("zone \"holed\" has 1 hole(s); an annex can name only a zone of one polygon without holes");
        assertThat(lookup.find("two-parts")).isEmpty();
        assertThat(lookup.missing("two-parts"))
                .isEqualTo("zone \"two-parts\" is 2 polygons; an annex can name only a zone of one polygon without"
                        + " holes (draw the parts as polygons in the annex instead)");
        assertThat(lookup.find("nowhere")).isEmpty();
        assertThat(lookup.missing("nowhere")).isEqualTo("zone \"nowhere\" is not in the zone catalogue");
        assertThat(CatalogZones.of(ZoneSet.EMPTY).find("dza-ts")).isEmpty();
    }

    @Test
    void policy_annexOverANamedZone_releasesInsideTheZoneAndWithholdsOutside(@TempDir Path dir) throws Exception {
        Agreement agreement = agreement(dir, "dza-ts");
        Policy policy = Policy.of(DZA, List.of(agreement), CatalogZones.of(zones()));

        assertThat(policy.decide(position(36.8, 3.0), USA, NOW)).isInstanceOf(Decision.Release.class);
        assertThat(policy.decide(position(36.2, 3.0), USA, NOW))
                .isInstanceOfSatisfying(
                        Decision.Withhold.class, w -> assertThat(w.reason()).isEqualTo(WithholdReason.OUTSIDE_AREA));
        // The zone gone from the catalogue: the annex releases nothing, and says which zone.
        Policy without = Policy.of(DZA, List.of(agreement), CatalogZones.of(ZoneSet.EMPTY));
        assertThat(without.decide(position(36.8, 3.0), USA, NOW)).isInstanceOfSatisfying(Decision.Withhold.class, w -> {
            assertThat(w.reason()).isEqualTo(WithholdReason.UNKNOWN_ZONE);
            assertThat(w.detail()).contains("zone \"dza-ts\" is not in the zone catalogue");
        });
    }

    @Test
    void agreementFile_namingAZoneThatCannotServe_isRefusedNamingIt(@TempDir Path dir) throws Exception {
        Path file = write(dir, "two-parts");

        assertThatThrownBy(() -> AgreementFile.read(file, CatalogZones.of(zones())))
                .hasMessageContaining("annexes[0].areas[0]: zone \"two-parts\" is 2 polygons");
        assertThatThrownBy(() -> AgreementFile.read(write(dir, "gone"), CatalogZones.of(zones())))
                .hasMessageContaining("annexes[0].areas[0]: zone \"gone\" is not in the zone catalogue");
        assertThat(AgreementFile.read(file, AgreementValidator.ignoringZones())
                        .annexes()
                        .getFirst()
                        .areas())
                .containsExactly(new Area.NamedZone("two-parts"));
    }

    private static Agreement agreement(Path dir, String zone) throws Exception {
        return AgreementFile.read(write(dir, zone), CatalogZones.of(zones()));
    }

    private static Path write(Path dir, String zone) throws Exception {
        Path file = dir.resolve(zone + ".yaml");
        Files.writeString(file, """
                id: dza-usa-zone
                version: 1
                title: Territorial sea picture
                reference: {memorandum: MoU DZA-USA 2026/01}
                parties:
                  - nation: DZA
                    nodes: [{id: dza-1, fingerprint: "%s"}]
                  - nation: USA
                    nodes: [{id: usa-1, fingerprint: "%s"}]
                validity: {from: 2020-01-01, until: 2100-01-01}
                status: in-force
                annexes:
                  - id: A1
                    category: vessel-positions
                    from: DZA
                    to: USA
                    areas: [{zone: %s}]
                    marking: REL TO DZA, USA
                    retention: P30D
                """.formatted("11".repeat(32), "22".repeat(32), zone));
        return file;
    }

    private static ShareableRecord position(double lat, double lon) {
        return new ShareableRecord(
                "pos/636012345/" + lat,
                DataCategory.VESSEL_POSITIONS,
                new Origin(DZA, NodeId.of("dza-1"), "ais:oran"),
                NOW.minusSeconds(60),
                Optional.of(GeoPoint.of(lat, lon)),
                new Subject.Vessel(Optional.of(636012345), Optional.of(70), Optional.of(Nation.of("FRA")), false),
                new TreeMap<>(),
                Optional.empty(),
                Optional.empty());
    }
}
