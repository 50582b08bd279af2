package io.jisr.app.federation;

import static io.jisr.app.federation.FederationFixture.hear;
import static io.jisr.app.federation.FederationFixture.position;
import static io.jisr.app.federation.FederationFixture.voyage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jisr.access.LoginOutcome;
import io.jisr.ais.identity.Mmsi;
import io.jisr.app.node.NodeRuntime;
import io.jisr.exchange.Nation;
import io.jisr.exchange.NodeId;
import io.jisr.exchange.Partner;
import io.jisr.exchange.audit.AuditVerifier;
import io.jisr.exchange.record.ShareableRecord;
import io.jisr.exchange.record.Subject;
import io.jisr.picture.Vessel;
import io.jisr.store.JdbcFederationStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two real nodes on loopback exchange positions and static data both ways, each under its own annex. */
class TwoNodesTest {
    static final Partner DZA = new Partner(Nation.of("DZA"), NodeId.of("dza-1"));
    static final Partner USA = new Partner(Nation.of("USA"), NodeId.of("usa-1"));

    static final int ALGERIAN_CARGO = 605_000_001;
    static final int ALGERIAN_CARGO_OUTSIDE = 605_000_002;
    static final int US_TANKER = 366_000_001;
    static final int US_CARGO = 366_000_002;

    static List<ShareableRecord> records(NodeRuntime node, Partner from) {
        return node.federation().orElseThrow().received(from).stream()
                .map(JdbcFederationStore.ReceivedRow::recordJson)
                .map(BatchJson::readRecord)
                .toList();
    }

    static Optional<Integer> mmsi(ShareableRecord record) {
        return ((Subject.Vessel) record.subject()).mmsi();
    }

    @Test
    void twoNodes_exchangeUnderTheirAnnexes_onlyWhatEachAnnexAllowsArrives(@TempDir Path dir) throws Exception {
        FederationFixture fixture = new FederationFixture(dir);
        try (NodeRuntime dza = fixture.startDza();
                NodeRuntime usa = fixture.startUsa()) {
            // DZA: a cargo ship in the Algerian basin (shared, rounded to 0.1 degree) and one north of it.
            hear(dza, position(ALGERIAN_CARGO, 36.81234, 3.06789));
            hear(dza, voyage(ALGERIAN_CARGO, "EL DJAZAIR", 70));
            hear(dza, position(ALGERIAN_CARGO_OUTSIDE, 40.5, 3.0));
            hear(dza, voyage(ALGERIAN_CARGO_OUTSIDE, "TASSILI", 70));
            // USA: a tanker (shared, 2 s late) and a cargo ship (never shared).
            Instant heardAtUsa = Instant.now();
            hear(usa, voyage(US_TANKER, "LIBERTY STAR", 80));
            hear(usa, position(US_TANKER, 37.5, 5.25));
            hear(usa, voyage(US_CARGO, "EAGLE", 70));
            hear(usa, position(US_CARGO, 37.6, 5.3));

            await().atMost(Duration.ofSeconds(60))
                    .untilAsserted(() -> assertThat(records(usa, DZA)).hasSize(2));
            await().atMost(Duration.ofSeconds(60))
                    .untilAsserted(() -> assertThat(records(dza, USA)).hasSize(2));

            // DZA -> USA: the position on the 0.1 degree grid, the static data, nothing from outside the box.
            List<ShareableRecord> atUsa = records(usa, DZA);
            assertThat(atUsa).extracting(TwoNodesTest::mmsi).containsOnly(Optional.of(ALGERIAN_CARGO));
            ShareableRecord pos = atUsa.stream()
                    .filter(r -> r.category().id().equals("vessel-positions"))
                    .findFirst()
                    .orElseThrow();
            assertThat(pos.position().orElseThrow().latitude()).isEqualTo(36.8);
            assertThat(pos.position().orElseThrow().longitude()).isEqualTo(3.1);
            assertThat(pos.origin().nation()).isEqualTo(Nation.of("DZA"));
            assertThat(pos.origin().node()).isEqualTo(NodeId.of("dza-1"));
            assertThat(pos.handling().orElseThrow().marking().text()).isEqualTo("REL TO DZA, USA");
            assertThat(pos.handling().orElseThrow().grant().annexId()).isEqualTo("A1");
            // In USA's picture, heard by the partner's feed.
            await().atMost(Duration.ofSeconds(30))
                    .until(() ->
                            usa.node().picture().vessel(Mmsi.of(ALGERIAN_CARGO)).isPresent());
            Vessel seen = usa.node().picture().vessel(Mmsi.of(ALGERIAN_CARGO)).orElseThrow();
            assertThat(seen.heardBy().asMap()).containsKey("partner-dza-1");
            assertThat(seen.lastFix().orElseThrow().position().latitude()).isEqualTo(36.8);
            assertThat(seen.staticData().name()).contains("EL DJAZAIR");
            assertThat(usa.node().picture().vessel(Mmsi.of(ALGERIAN_CARGO_OUTSIDE)))
                    .isEmpty();

            // USA -> DZA: the tanker only, at least 2 s after it was heard.
            List<ShareableRecord> atDza = records(dza, USA);
            assertThat(atDza).extracting(TwoNodesTest::mmsi).containsOnly(Optional.of(US_TANKER));
            assertThat(atDza)
                    .extracting(r -> r.category().id())
                    .containsExactlyInAnyOrder("vessel-static", "vessel-positions");
            for (JdbcFederationStore.ReceivedRow row :
                    dza.federation().orElseThrow().received(USA)) {
                assertThat(Instant.ofEpochMilli(row.receivedMillis())).isAfterOrEqualTo(heardAtUsa.plusSeconds(2));
            }
            assertThat(atDza.getFirst().handling().orElseThrow().marking().text())
                    .isEqualTo("REL TO USA, DZA");
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> dza.node().picture().vessel(Mmsi.of(US_TANKER)).isPresent());
            assertThat(dza.node()
                            .picture()
                            .vessel(Mmsi.of(US_TANKER))
                            .orElseThrow()
                            .heardBy()
                            .asMap())
                    .containsKey("partner-usa-1");
            assertThat(dza.node().picture().vessel(Mmsi.of(US_CARGO))).isEmpty();

            // Nothing echoes back: each node's received records all originate at the partner.
            hear(dza, position(ALGERIAN_CARGO, 36.8124, 3.0680)); // a few metres on: not a suspect jump
            await().atMost(Duration.ofSeconds(30)).until(() -> records(usa, DZA).size() == 3);
            assertThat(records(dza, USA)).allMatch(r -> r.origin().nation().equals(Nation.of("USA")));
            assertThat(records(usa, DZA)).allMatch(r -> r.origin().nation().equals(Nation.of("DZA")));
            // The tanker DZA received lies in the DZA -> USA box: had DZA taken it for its own, it would be here.
            assertThat(records(usa, DZA))
                    .hasSize(3)
                    .extracting(TwoNodesTest::mmsi)
                    .containsOnly(Optional.of(ALGERIAN_CARGO));

            // Both audit chains hold, with every batch sealed in them.
            assertThat(dza.federation().orElseThrow().verifyAudit(Optional.empty()))
                    .isInstanceOf(AuditVerifier.Verdict.Intact.class);
            AuditVerifier.Verdict usaAudit = usa.federation()
                    .orElseThrow()
                    .verifyAudit(Optional.of(usa.federation().orElseThrow().auditHead()));
            assertThat(usaAudit).isInstanceOf(AuditVerifier.Verdict.Intact.class);
            assertThat(((AuditVerifier.Verdict.Intact) usaAudit).entries()).isGreaterThanOrEqualTo(3);

            // Link status: both connected, up to date.
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                LinkStatus link = usa.federation().orElseThrow().links().getFirst();
                assertThat(link.connected()).isTrue();
                assertThat(link.lagRecords()).isZero();
                assertThat(link.applied()).isEqualTo(3);
            });

            // ... and for the operators, behind sign-in.
            HttpClient http = HttpClient.newHttpClient();
            URI links = URI.create("http://127.0.0.1:" + usa.httpPort() + "/api/federation/links");
            assertThat(http.send(HttpRequest.newBuilder(links).build(), HttpResponse.BodyHandlers.ofString())
                            .statusCode())
                    .isEqualTo(401);
            LoginOutcome.SignedIn admin = (LoginOutcome.SignedIn)
                    usa.accounts().login("admin", FederationFixture.ADMIN_PASSWORD, "127.0.0.1");
            String token = usa.accounts()
                    .createToken(admin.principal(), "tests", Optional.empty())
                    .secret();
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(links)
                            .header("Authorization", "Bearer " + token)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode body = new ObjectMapper().readTree(response.body());
            assertThat(body.path("fingerprint").asText()).isEqualTo(fixture.usaFingerprint);
            assertThat(body.path("links")).hasSize(1);
            JsonNode link = body.path("links").get(0);
            assertThat(link.path("nation").asText()).isEqualTo("DZA");
            assertThat(link.path("node").asText()).isEqualTo("dza-1");
            assertThat(link.path("connected").asBoolean()).isTrue();
            assertThat(link.path("applied").asLong()).isEqualTo(3);
            assertThat(link.path("lagRecords").asLong()).isZero();
            assertThat(link.path("lastError").isNull()).isTrue();
        }
    }
}
