package io.jisr.app.federation;

import static io.jisr.app.federation.FederationFixture.hear;
import static io.jisr.app.federation.FederationFixture.position;
import static io.jisr.app.federation.FederationFixture.voyage;
import static io.jisr.app.federation.TwoNodesTest.DZA;
import static io.jisr.app.federation.TwoNodesTest.mmsi;
import static io.jisr.app.federation.TwoNodesTest.records;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.jisr.app.alerts.ZoneCatalog;
import io.jisr.app.node.NodeRuntime;
import io.jisr.detect.zone.ZoneKind;
import io.jisr.exchange.agreement.Agreement;
import io.jisr.exchange.agreement.Area;
import io.jisr.exchange.agreement.SharingAnnex;
import io.jisr.exchange.record.ShareableRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DZA shares positions and static data over a zone of its catalogue named in the annex ({@code zone:
 * dza-ts}) rather than a polygon. USA holds the same agreement file without DZA's zones: it does not need
 * them.
 */
class NamedZoneTwoNodesTest {
    static final int INSIDE = 605_000_011;
    static final int OUTSIDE = 605_000_012;
    static final int IN_LATE_ZONE = 605_000_013;
    static final int AFTER_REMOVAL = 605_000_014;
    static final int MARKER = 605_000_015;
    static final int RESHAPED = 605_000_016;
    static final int ACCEPTED = 605_000_017;
    static final int WHILE_RESHAPED = 605_000_018;

    static final String BASIN = "areas: [{name: algerian-basin, polygon: [[35, 0], [35, 8], [38.5, 8], [38.5, 0]]}]";

    /** Off Algiers: latitude 36.5 to 37, longitude 2 to 4. */
    static final String TERRITORIAL_SEA = """
            {"type":"Feature","properties":{"id":"dza-ts","name":"Algerian territorial sea (test)"},
             "geometry":{"type":"Polygon","coordinates":[[[2,36.5],[4,36.5],[4,37],[2,37],[2,36.5]]]}}
            """;

    /** An operator's zone off Annaba: latitude 35.2 to 35.8, longitude 5 to 6. */
    static final String LATE = """
            {"type":"Feature","properties":{"id":"late","name":"Drawn at run time"},
             "geometry":{"type":"Polygon","coordinates":[[[5,35.2],[6,35.2],[6,35.8],[5,35.8],[5,35.2]]]}}
            """;

    /** The same zone redrawn wider: latitude 35.2 to 36.2, longitude 5 to 7. */
    static final String LATE_WIDER = LATE.replace("[6,35.2],[6,35.8],[5,35.8]", "[7,35.2],[7,36.2],[5,36.2]");

    static FederationFixture fixture(Path dir, String zone) throws Exception {
        FederationFixture fixture = new FederationFixture(dir);
        fixture.write("zones.geojson", TERRITORIAL_SEA);
        String agreement = fixture.agreement();
        assertThat(agreement).contains(BASIN);
        fixture.write("agreement.yaml", agreement.replace(BASIN, "areas: [{zone: " + zone + "}]"));
        String dza = Files.readString(dir.resolve("dza.yaml"));
        assertThat(dza).contains("detection: {enabled: false}");
        fixture.write(
                "dza.yaml",
                dza.replace(
                        "detection: {enabled: false}",
                        "detection: {zones: [{file: zones.geojson, kind: territorial-sea}]}"));
        return fixture;
    }

    @Test
    void annexOverANamedZone_insideArrives_outsideNever_aRedrawnZoneWaitsForAnAdministrator_aRemovedOneReleasesNothing(
            @TempDir Path dir) throws Exception {
        FederationFixture fixture = fixture(dir, "dza-ts");
        try (NodeRuntime dza = fixture.startDza();
                NodeRuntime usa = fixture.startUsa()) {
            // Outside the zone first (inside the old basin box, so only the zone keeps it home), then inside.
            hear(dza, position(OUTSIDE, 36.2, 3.0));
            hear(dza, voyage(OUTSIDE, "TASSILI", 70));
            hear(dza, position(INSIDE, 36.8, 3.0));
            hear(dza, voyage(INSIDE, "EL DJAZAIR", 70));

            await().atMost(Duration.ofSeconds(60))
                    .untilAsserted(() -> assertThat(records(usa, DZA)).hasSize(2));
            assertThat(records(usa, DZA)).extracting(TwoNodesTest::mmsi).containsOnly(Optional.of(INSIDE));
            assertThat(records(usa, DZA))
                    .extracting(r -> r.handling().orElseThrow().grant().annexId())
                    .containsExactlyInAnyOrder("A1", "A2");

            Federation federation = dza.federation().orElseThrow();
            ZoneCatalog zones = dza.node().zones().orElseThrow();
            Agreement current = federation.agreements().current().getFirst().agreement();

            // An edit naming a zone the catalogue does not have is refused, naming it.
            assertThat(federation
                            .agreements()
                            .change(
                                    current.id().value(),
                                    current.version(),
                                    withA1Areas(current, List.of(new Area.NamedZone("late"))),
                                    "admin",
                                    "too early"))
                    .isInstanceOfSatisfying(
                            AgreementBook.Outcome.Invalid.class,
                            invalid -> assertThat(invalid.problems())
                                    .anySatisfy(
                                            p -> assertThat(p.toString())
                                                    .isEqualTo(
                                                            "annexes[0].areas[0]: zone \"late\" is not in the zone catalogue")));

            // An operator draws a zone; A1 is widened to it and a vessel in it is shared.
            assertThat(zones.importZones(LATE, ZoneCatalog.Format.GEOJSON, ZoneKind.OPERATOR, "op", Instant.now()))
                    .isInstanceOf(ZoneCatalog.Change.Done.class);
            assertThat(federation
                            .agreements()
                            .change(
                                    current.id().value(),
                                    current.version(),
                                    withA1Areas(
                                            current, List.of(new Area.NamedZone("dza-ts"), new Area.NamedZone("late"))),
                                    "admin",
                                    "the drawn zone too"))
                    .isInstanceOf(AgreementBook.Outcome.Saved.class);
            hear(dza, position(IN_LATE_ZONE, 35.5, 5.5));
            await().atMost(Duration.ofSeconds(60))
                    .untilAsserted(() -> assertThat(records(usa, DZA))
                            .extracting(TwoNodesTest::mmsi)
                            .contains(Optional.of(IN_LATE_ZONE)));

            // An operator redraws the zone wider: until an administrator saves the agreement again, A1 releases
            // nothing (a redrawn zone never widens an annex by itself); once saved, the new outline applies.
            assertThat(zones.remove("late")).isInstanceOf(ZoneCatalog.Change.Done.class);
            assertThat(zones.importZones(
                            LATE_WIDER, ZoneCatalog.Format.GEOJSON, ZoneKind.OPERATOR, "op", Instant.now()))
                    .isInstanceOf(ZoneCatalog.Change.Done.class);
            assertThat(federation.agreements().zoneProblems())
                    .containsExactly("dza-usa-maritime annexes[0].areas[1]: zone \"late\" has changed shape since the"
                            + " agreement naming it was saved; save the agreement again to accept the new shape, or"
                            + " restore the zone");
            hear(dza, position(RESHAPED, 35.5, 6.5));
            // Static data under A2 (dza-ts) shows that the release service has decided RESHAPED before the save.
            hear(dza, position(WHILE_RESHAPED, 36.8, 3.2));
            hear(dza, voyage(WHILE_RESHAPED, "WHILE", 70));
            await().atMost(Duration.ofSeconds(60))
                    .untilAsserted(() -> assertThat(records(usa, DZA))
                            .extracting(TwoNodesTest::mmsi)
                            .contains(Optional.of(WHILE_RESHAPED)));
            Agreement saved = federation.agreements().current().getFirst().agreement();
            assertThat(federation
                            .agreements()
                            .change(
                                    saved.id().value(),
                                    saved.version(),
                                    withA1Areas(
                                            saved, List.of(new Area.NamedZone("late"), new Area.NamedZone("dza-ts"))),
                                    "admin",
                                    "the wider zone accepted"))
                    .isInstanceOf(AgreementBook.Outcome.Saved.class);
            assertThat(federation.agreements().zoneProblems()).isEmpty();
            hear(dza, position(ACCEPTED, 35.5, 6.6));
            await().atMost(Duration.ofSeconds(60))
                    .untilAsserted(() -> assertThat(records(usa, DZA))
                            .extracting(TwoNodesTest::mmsi)
                            .contains(Optional.of(ACCEPTED)));

            // The zone is removed: A1 names a zone that no longer resolves and releases nothing, not even in
            // dza-ts; the administrators see why. A2 (static data over dza-ts) goes on.
            assertThat(zones.remove("late")).isInstanceOf(ZoneCatalog.Change.Done.class);
            assertThat(federation.agreements().zoneProblems())
                    .containsExactly(
                            "dza-usa-maritime annexes[0].areas[0]: zone \"late\" is not in the zone catalogue");
            hear(dza, position(AFTER_REMOVAL, 35.5, 5.4));
            hear(dza, position(MARKER, 36.8, 3.1));
            hear(dza, voyage(MARKER, "MARKER", 70));
            await().atMost(Duration.ofSeconds(60))
                    .untilAsserted(() -> assertThat(records(usa, DZA))
                            .extracting(TwoNodesTest::mmsi)
                            .contains(Optional.of(MARKER)));
            List<ShareableRecord> atUsa = records(usa, DZA);
            assertThat(atUsa)
                    .filteredOn(r -> mmsi(r).equals(Optional.of(MARKER)) || mmsi(r).equals(Optional.of(WHILE_RESHAPED)))
                    .extracting(r -> r.category().id())
                    .containsExactly("vessel-static", "vessel-static");
            assertThat(atUsa)
                    .extracting(TwoNodesTest::mmsi)
                    .doesNotContain(Optional.of(AFTER_REMOVAL), Optional.of(OUTSIDE), Optional.of(RESHAPED));
        }
    }

    @Test
    void agreementNamingAZoneTheSenderDoesNotHave_stopsItsStartNamingTheZone(@TempDir Path dir) throws Exception {
        FederationFixture fixture = fixture(dir, "dza-eez");

        assertThatThrownBy(fixture::startDza)
                .hasMessageContaining("the agreements cannot be enforced")
                .hasMessageContaining("annexes[0].areas[0]: zone \"dza-eez\" is not in the zone catalogue");
    }

    private static Agreement withA1Areas(Agreement agreement, List<Area> areas) {
        SharingAnnex a1 = agreement.annexes().getFirst();
        SharingAnnex narrowed = new SharingAnnex(
                a1.id(),
                a1.category(),
                a1.releasingParty(),
                a1.receivingParty(),
                areas,
                a1.subjects(),
                a1.delay(),
                a1.precision(),
                a1.marking(),
                a1.retention(),
                a1.onwardReleaseTo());
        List<SharingAnnex> annexes = new java.util.ArrayList<>(agreement.annexes());
        annexes.set(0, narrowed);
        return agreement.withAnnexes(annexes);
    }
}
