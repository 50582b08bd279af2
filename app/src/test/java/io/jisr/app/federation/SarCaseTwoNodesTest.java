package io.jisr.app.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jisr.access.Accounts;
import io.jisr.access.LoginOutcome;
import io.jisr.access.Principal;
import io.jisr.access.Role;
import io.jisr.access.Username;
import io.jisr.app.node.NodeRuntime;
import io.jisr.exchange.DataCategory;
import io.jisr.exchange.Nation;
import io.jisr.exchange.NodeId;
import io.jisr.exchange.Partner;
import io.jisr.exchange.record.ShareableRecord;
import io.jisr.sar.cases.CaseCustody;
import io.jisr.sar.cases.LastKnownPosition;
import io.jisr.sar.cases.RescueCentre;
import io.jisr.sar.cases.SarCase;
import io.jisr.sar.drift.Position;
import io.jisr.store.JdbcFederationStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8 on two real nodes: a SAR case shared by DZA appears on USA with its log, read-only, and follows
 * DZA's updates; handed over, it becomes USA's to run and USA's update comes back to DZA, with each actor's
 * centre in the log; without an annex for sar-cases nothing crosses, and what the receiver does not take is
 * refused, counted and audited.
 */
class SarCaseTwoNodesTest {
    static final Partner DZA = new Partner(Nation.of("DZA"), NodeId.of("dza-1"));
    static final Partner USA = new Partner(Nation.of("USA"), NodeId.of("usa-1"));

    private static final String SAR_BOTH_WAYS = """
              - id: S1
                category: sar-cases
                from: DZA
                to: USA
                areas: [{name: algerian-basin, polygon: [[35, 0], [35, 8], [38.5, 8], [38.5, 0]]}]
                marking: REL TO DZA, USA
                retention: P3650D
              - id: S2
                category: sar-cases
                from: USA
                to: DZA
                areas: [everywhere]
                marking: REL TO USA, DZA
                retention: P3650D
            """;

    static final String CASE = """
            {"source": "CROSS Alger, VHF 16", "object": "44", "personsOnBoard": 6,
             "lastKnown": {"kind": "point", "lat": %s, "lon": %s, "time": "2026-03-10T06:00:00Z", "radiusMetres": 300},
             "note": "Skiff with outboard, white hull"}""";

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void sharedCase_followsUpdates_handedOver_thePartnersUpdateReturns(@TempDir Path dir) throws Exception {
        FederationFixture fixture = new FederationFixture(dir);
        fixture.write("agreement.yaml", fixture.agreement() + SAR_BOTH_WAYS);
        try (NodeRuntime dza = fixture.startDza();
                NodeRuntime usa = fixture.startUsa()) {
            Desk algiers = new Desk(dza);
            Desk norfolk = new Desk(usa);
            assertThat(algiers.getJson("/api/sar/sharing").path("partners").toString())
                    .isEqualTo("[\"USA/usa-1\"]");

            var opened = algiers.post("/api/sar/cases", CASE.formatted(36.85, 3.1));
            assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
            String reference = json.readTree(opened.body()).path("reference").asText();
            String theirs = "DZA-" + reference;

            // Nothing crosses before the case is shared.
            assertThat(sarRecords(dza.federation().orElseThrow().released(USA))).isEmpty();
            assertThat(algiers.post("/api/sar/cases/" + reference + "/share", "{\"partner\": \"FRA/fra-1\"}")
                            .statusCode())
                    .isEqualTo(400);
            var shared = algiers.post("/api/sar/cases/" + reference + "/share", "{\"partner\": \"USA\"}");
            assertThat(shared.statusCode()).as(shared.body()).isEqualTo(200);
            assertThat(json.readTree(shared.body())
                            .path("custody")
                            .path("followers")
                            .toString())
                    .isEqualTo("[\"USA/usa-1\"]");
            // Sharing again changes nothing, and is not audited again.
            var again = algiers.post("/api/sar/cases/" + reference + "/share", "{\"partner\": \"USA/usa-1\"}");
            assertThat(again.statusCode()).isEqualTo(200);
            assertThat(json.readTree(again.body())
                            .path("custody")
                            .path("version")
                            .asInt())
                    .isEqualTo(3);

            // USA gets a read-only copy with the log, each entry naming DZA's centre.
            await().atMost(Duration.ofSeconds(30)).until(() -> norfolk.status("/api/sar/cases/" + theirs) == 200);
            JsonNode copy = norfolk.getJson("/api/sar/cases/" + theirs);
            assertThat(copy.path("custody").path("heldHere").asBoolean()).isFalse();
            assertThat(copy.path("custody").path("holder").asText()).isEqualTo("DZA/dza-1");
            assertThat(copy.path("custody").path("origin").asText()).isEqualTo("DZA/dza-1");
            assertThat(copy.path("log").findValuesAsText("action")).containsExactly("OPENED", "NOTE", "SHARED");
            assertThat(copy.path("log").findValuesAsText("by")).containsOnly("sara@DZA/dza-1");
            assertThat(norfolk.patch("/api/sar/cases/" + theirs, "{\"personsOnBoard\": 2}")
                            .statusCode())
                    .isEqualTo(409);
            var drift = norfolk.post("/api/sar/drift", "{\"caseId\": \"" + theirs + "\", \"hours\": 1}");
            assertThat(drift.statusCode()).isEqualTo(400);
            assertThat(json.readTree(drift.body()).path("errors").has("caseId")).isTrue();

            // An update on DZA follows.
            assertThat(algiers.patch("/api/sar/cases/" + reference, "{\"personsOnBoard\": 5}")
                            .statusCode())
                    .isEqualTo(200);
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> norfolk.getJson("/api/sar/cases/" + theirs)
                                    .path("personsOnBoard")
                                    .asInt()
                            == 5);

            // Handed over: USA runs it; DZA's copy is read-only and follows USA's update.
            var handed = algiers.post("/api/sar/cases/" + reference + "/handover", "{\"partner\": \"USA/usa-1\"}");
            assertThat(handed.statusCode()).as(handed.body()).isEqualTo(200);
            assertThat(json.readTree(handed.body())
                            .path("custody")
                            .path("holder")
                            .asText())
                    .isEqualTo("USA/usa-1");
            assertThat(algiers.patch("/api/sar/cases/" + reference, "{\"personsOnBoard\": 4}")
                            .statusCode())
                    .isEqualTo(409);
            assertThat(algiers.post("/api/sar/cases/" + reference + "/handover", "{\"partner\": \"USA\"}")
                            .statusCode())
                    .isEqualTo(409);
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> norfolk.getJson("/api/sar/cases/" + theirs)
                            .path("custody")
                            .path("heldHere")
                            .asBoolean());
            var active = norfolk.patch("/api/sar/cases/" + theirs, "{\"status\": \"ACTIVE_SEARCH\"}");
            assertThat(active.statusCode()).as(active.body()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> algiers.getJson("/api/sar/cases/" + reference)
                            .path("status")
                            .asText()
                            .equals("ACTIVE_SEARCH"));
            JsonNode back = algiers.getJson("/api/sar/cases/" + reference);
            assertThat(back.path("custody").path("heldHere").asBoolean()).isFalse();
            assertThat(back.path("custody").path("holder").asText()).isEqualTo("USA/usa-1");
            assertThat(back.path("log").findValuesAsText("action"))
                    .containsExactly("OPENED", "NOTE", "SHARED", "PERSONS_CHANGED", "HANDED_OVER", "STATUS_CHANGED");
            assertThat(back.path("log").findValuesAsText("by"))
                    .containsExactly("sara", "sara", "sara", "sara", "sara", "sara@USA/usa-1");
            assertThat(algiers.getJson("/api/sar/sharing").path("refused").asLong())
                    .isZero();
            assertThat(norfolk.getJson("/api/sar/sharing").path("refused").asLong())
                    .isZero();
            assertThat(norfolk.getJson("/api/sar/sharing").path("received").asLong())
                    .isGreaterThanOrEqualTo(3);

            // Both sides audited what was done and what was taken from the partner.
            assertThat(details(algiers.getJson("/api/audit?action=sar.case.handed.over")))
                    .containsExactly("handed over to USA/usa-1");
            assertThat(details(algiers.getJson("/api/audit?action=sar.case.shared")))
                    .containsExactly("shared with USA/usa-1");
            assertThat(details(norfolk.getJson("/api/audit?action=partner.sar.case.received")))
                    .anyMatch(d -> d.endsWith("held by this node"));
        }
    }

    @Test
    void withoutAnAnnexForSarCases_nothingCrosses_andWhatArrivesAnywayIsRefusedCountedAndAudited(@TempDir Path dir)
            throws Exception {
        FederationFixture fixture = new FederationFixture(dir);
        // DZA's copy releases SAR cases to USA; USA's copy has the maritime annexes only: it takes none and
        // releases none.
        fixture.write("agreement.yaml", fixture.agreement() + SAR_BOTH_WAYS);
        fixture.write("agreement-usa.yaml", fixture.agreement());
        fixture.write(
                "usa.yaml",
                FederationFixture.nodeYaml(
                                "USA",
                                "usa-1",
                                "usa.p12",
                                fixture.usaPort,
                                "DZA",
                                "dza-1",
                                fixture.dzaPort,
                                fixture.dzaFingerprint,
                                "")
                        .replace("agreements: [agreement.yaml]", "agreements: [agreement-usa.yaml]"));
        try (NodeRuntime dza = fixture.startDza();
                NodeRuntime usa = fixture.startUsa()) {
            Desk algiers = new Desk(dza);
            Desk norfolk = new Desk(usa);

            // USA's agreements send no SAR case to DZA: the share is refused and nothing is released.
            String usaCase = json.readTree(norfolk.post("/api/sar/cases", CASE.formatted(36.85, 3.1))
                            .body())
                    .path("reference")
                    .asText();
            var refused = norfolk.post("/api/sar/cases/" + usaCase + "/share", "{\"partner\": \"DZA\"}");
            assertThat(refused.statusCode()).isEqualTo(409);
            assertThat(json.readTree(refused.body()).path("message").asText())
                    .isEqualTo("case " + usaCase + " cannot go to DZA/dza-1: no annex in force releases sar-cases"
                            + " from USA to DZA");
            assertThat(norfolk.getJson("/api/sar/cases/" + usaCase).path("log").findValuesAsText("action"))
                    .doesNotContain("SHARED");
            assertThat(sarRecords(usa.federation().orElseThrow().released(DZA))).isEmpty();

            // DZA's annex is limited to the Algerian basin: a case outside it cannot be shared.
            String farCase = json.readTree(algiers.post("/api/sar/cases", CASE.formatted(43.0, 7.5))
                            .body())
                    .path("reference")
                    .asText();
            assertThat(algiers.post("/api/sar/cases/" + farCase + "/share", "{\"partner\": \"USA\"}")
                            .statusCode())
                    .isEqualTo(409);

            // DZA's copy releases a case inside the basin; USA's copy takes none: refused, counted, audited.
            String dzaCase = json.readTree(algiers.post("/api/sar/cases", CASE.formatted(36.85, 3.1))
                            .body())
                    .path("reference")
                    .asText();
            assertThat(algiers.post("/api/sar/cases/" + dzaCase + "/share", "{\"partner\": \"USA\"}")
                            .statusCode())
                    .isEqualTo(200);
            assertThat(sarRecords(dza.federation().orElseThrow().released(USA))).hasSize(1);
            await().atMost(Duration.ofSeconds(30))
                    .until(() ->
                            norfolk.getJson("/api/sar/sharing").path("refused").asLong() == 1);
            JsonNode sync = norfolk.getJson("/api/sar/sharing");
            assertThat(sync.path("received").asLong()).isZero();
            assertThat(sync.path("lastRefusal").asText())
                    .isEqualTo("no annex in force releases sar-cases from DZA to USA");
            assertThat(norfolk.status("/api/sar/cases/DZA-" + dzaCase)).isEqualTo(404);
            assertThat(details(norfolk.getJson("/api/audit?action=partner.sar.case.refused")))
                    .containsExactly("1 records: no annex in force releases sar-cases from DZA to USA");
            assertThat(received(usa, DZA)).doesNotContain(DataCategory.SAR_CASES.id());
        }
    }

    @Test
    void unreadableAndForgedRecords_areRefusedAlone_countedAndAudited_andTheGoodOneInTheSameBatchIsTaken(
            @TempDir Path dir) throws Exception {
        FederationFixture fixture = new FederationFixture(dir);
        fixture.write("agreement.yaml", fixture.agreement() + SAR_BOTH_WAYS);
        try (NodeRuntime dza = fixture.startDza();
                NodeRuntime usa = fixture.startUsa()) {
            Desk algiers = new Desk(dza);
            Instant at = Instant.now().minusSeconds(60);
            RescueCentre algiersCentre = new RescueCentre("DZA", "dza-1");
            LastKnownPosition lkp = new LastKnownPosition.PointLkp(new Position(36.9, 4.0), at, 300);
            SarCase good = SarCase.open("SAR-2026-077", "MRCC Norfolk", 44, lkp, 3, "pat", at)
                    .sharedWith(algiersCentre, "pat", at.plusSeconds(1));
            ShareableRecord goodRecord = SarCaseRecords.record(good, USA);
            SortedMap<String, String> broken = new TreeMap<>(goodRecord.content());
            broken.put("case", "{not json");
            ShareableRecord unreadable = new ShareableRecord(
                    "sar/USA/usa-1/SAR-2026-076/v2",
                    goodRecord.category(),
                    goodRecord.origin(),
                    goodRecord.observedAt(),
                    goodRecord.position(),
                    goodRecord.subject(),
                    broken,
                    Optional.empty(),
                    Optional.empty());
            // A node that does not follow the rule sends a case it says a third centre holds.
            SarCase thirds = SarCase.open("SAR-2026-078", "MRCC Norfolk", 44, lkp, 3, "pat", at)
                    .withCustody(
                            "SAR-2026-078",
                            new CaseCustody(
                                    Optional.empty(),
                                    "SAR-2026-078",
                                    Optional.of(new RescueCentre("ESP", "esp-1")),
                                    List.of(algiersCentre)));
            usa.federation()
                    .orElseThrow()
                    .shareWith(DZA, List.of(unreadable, SarCaseRecords.record(thirds, USA), goodRecord));

            await().atMost(Duration.ofSeconds(30))
                    .until(() ->
                            algiers.getJson("/api/sar/sharing").path("received").asLong() == 1);
            JsonNode sync = algiers.getJson("/api/sar/sharing");
            assertThat(sync.path("refused").asLong()).isEqualTo(2);
            assertThat(sync.path("lastRefusal").asText())
                    .isEqualTo("USA/usa-1 sent case SAR-2026-078 of USA/usa-1, held by ESP/esp-1, not by the sender");
            JsonNode taken = algiers.getJson("/api/sar/cases/USA-SAR-2026-077");
            assertThat(taken.path("custody").path("holder").asText()).isEqualTo("USA/usa-1");
            assertThat(taken.path("log").findValuesAsText("by")).containsOnly("pat@USA/usa-1");
            assertThat(algiers.status("/api/sar/cases/USA-SAR-2026-078")).isEqualTo(404);
            assertThat(details(algiers.getJson("/api/audit?action=partner.sar.case.refused")))
                    .containsExactlyInAnyOrder(
                            "1 records: SAR case record sar/USA/usa-1/SAR-2026-076/v2 cannot be read: not JSON:"
                                    + " Unexpected character ('n' (code 110)): was expecting double-quote to start"
                                    + " field name",
                            "USA/usa-1 sent case SAR-2026-078 of USA/usa-1, held by ESP/esp-1, not by the sender");
        }
    }

    private static List<String> details(JsonNode audit) {
        List<String> details = new ArrayList<>();
        audit.path("entries").forEach(e -> details.add(e.path("detail").asText()));
        return details;
    }

    private static List<String> sarRecords(List<JdbcFederationStore.OutboundRow> log) {
        return log.stream()
                .map(r -> BatchJson.readRecord(r.recordJson()))
                .filter(r -> r.category().equals(DataCategory.SAR_CASES))
                .map(r -> r.key())
                .toList();
    }

    private static List<String> received(NodeRuntime node, Partner from) {
        return node.federation().orElseThrow().received(from).stream()
                .map(JdbcFederationStore.ReceivedRow::category)
                .toList();
    }

    /** A rescue coordinator and an administrator of one node, over its HTTP API. */
    private final class Desk {
        private final NodeRuntime node;
        private final String coordinator;
        private final String admin;
        private final HttpClient http = HttpClient.newHttpClient();

        Desk(NodeRuntime node) {
            this.node = node;
            Accounts accounts = node.accounts();
            Principal administrator = signIn(accounts, "admin", FederationFixture.ADMIN_PASSWORD);
            String password = "rescue coordinator password 1";
            accounts.createUser(
                    administrator,
                    Username.of("sara"),
                    Optional.empty(),
                    Set.of(Role.SAR_COORDINATOR),
                    "initial " + password);
            accounts.changePassword(signIn(accounts, "sara", "initial " + password), "initial " + password, password);
            this.coordinator = accounts.createToken(signIn(accounts, "sara", password), "tests", Optional.empty())
                    .secret();
            this.admin = accounts.createToken(administrator, "tests", Optional.empty())
                    .secret();
        }

        private static Principal signIn(Accounts accounts, String name, String password) {
            return ((LoginOutcome.SignedIn) accounts.login(name, password, "127.0.0.1")).principal();
        }

        HttpResponse<String> post(String path, String body) {
            return send(
                    coordinator,
                    request(path)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        HttpResponse<String> patch(String path, String body) {
            return send(
                    coordinator,
                    request(path)
                            .header("Content-Type", "application/json")
                            .method("PATCH", HttpRequest.BodyPublishers.ofString(body)));
        }

        int status(String path) {
            return send(coordinator, request(path).GET()).statusCode();
        }

        JsonNode getJson(String path) {
            HttpResponse<String> r = send(
                    path.startsWith("/api/audit") ? admin : coordinator,
                    request(path).GET());
            assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
            try {
                return json.readTree(r.body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.httpPort() + path));
        }

        private HttpResponse<String> send(String token, HttpRequest.Builder request) {
            try {
                return http.send(
                        request.header("Authorization", "Bearer " + token).build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
