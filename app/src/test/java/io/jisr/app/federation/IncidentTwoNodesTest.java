package io.jisr.app.federation;

import static io.jisr.app.federation.FederationFixture.hear;
import static io.jisr.app.federation.FederationFixture.position;
import static io.jisr.app.federation.FederationFixture.voyage;
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
import io.jisr.store.JdbcFederationStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9, acceptance 1 (second part) on two real nodes: incident reports published on DZA are released to USA
 * under the annex of the {@code incident-reports} category (area, event types, minimum grading, marking) and
 * arrive with their grading, marking and provenance, read-only; a report below the annex's minimum grading, of a
 * type it does not name, outside its area, or whose own marking leaves USA out never arrives; a correction
 * arrives as a new version, and one the annex no longer covers (downgraded below the minimum) is withheld
 * while USA keeps the version it had; without an annex nothing is sent and nothing is taken.
 */
public class IncidentTwoNodesTest {
    static final Partner DZA = new Partner(Nation.of("DZA"), NodeId.of("dza-1"));
    static final Partner USA = new Partner(Nation.of("USA"), NodeId.of("usa-1"));

    /** Border incidents and armed clashes graded C3 or better, in a box over the Algeria–Mali border. */
    public static final String INCIDENTS_TO_USA = """
              - id: I1
                category: incident-reports
                from: DZA
                to: USA
                areas: [{name: algeria-mali-border, polygon: [[18, -1], [18, 5], [22, 5], [22, -1]]}]
                subjects: {eventTypes: [border-incident, armed-clash], minimumGrading: C3}
                marking: REL TO DZA, USA
                retention: P365D
            """;

    /** Tin Zaouatine, on the Algerian side of the border with Mali: a border incursion graded B2. */
    static final String TINZAOUATEN = """
            {"date":"2026-11-20","timePrecision":"DAY","place":"Tin Zaouatine","admin1":"In Guezzam",
             "admin2":"Tin Zaouatine","country":"DZA","latitude":19.966,"longitude":2.985,"geoPrecision":"NEAR",
             "subType":"BORDER_INCURSION","actors":["JNIM","Algerian Army"],"killed":2,"wounded":null,
             "kidnapped":0,"narrative":"An armed group crossed from Mali near the border post and withdrew.",
             "sources":["Border post report","Regional command"],"grading":"%s","sourceNation":"DZA",
             "releasability":"%s","handlingNote":"Not for public release."%s}""";

    private final ObjectMapper json = new ObjectMapper();

    static String report(String grading, String releasability) {
        return TINZAOUATEN.formatted(grading, releasability, "");
    }

    @Test
    void reportInsideTheAnnex_arrivesWithGradingMarkingAndProvenance_othersNever_correctionAsNewVersion(
            @TempDir Path dir) throws Exception {
        FederationFixture fixture = new FederationFixture(dir);
        fixture.write("agreement.yaml", fixture.agreement() + INCIDENTS_TO_USA);
        try (NodeRuntime dza = fixture.startDza();
                NodeRuntime usa = fixture.startUsa()) {
            Desk algiers = new Desk(dza);
            Desk washington = new Desk(usa);

            // Inside the annex: a border incident at Tin Zaouatine graded B2, marked REL TO DZA, USA.
            String inside = algiers.publish(report("B2", "REL TO DZA, USA"));
            // Never released: graded D4 (below C3); an attack on civilians (a type the annex does not name);
            // at Algiers (outside the area); and one its own author marked for DZA only.
            algiers.publish(report("D4", "REL TO DZA, USA"));
            algiers.publish(report("B2", "REL TO DZA, USA").replace("BORDER_INCURSION", "ATTACK"));
            algiers.publish(report("B2", "REL TO DZA, USA")
                    .replace("\"latitude\":19.966,\"longitude\":2.985", "\"latitude\":36.75,\"longitude\":3.06"));
            algiers.publish(report("B2", "REL TO DZA"));
            assertThat(inside).isEqualTo("JSR-1");

            String local = "DZA:dza-1:JSR-1";
            await().atMost(Duration.ofSeconds(60))
                    .untilAsserted(() -> assertThat(washington.page(local)).isPresent());
            JsonNode page = washington.page(local).orElseThrow();
            assertThat(page.path("origin").asText()).isEqualTo("partner");
            assertThat(page.path("status").asText()).isEqualTo("PUBLISHED");
            assertThat(page.path("report").path("grading").asText()).isEqualTo("B2");
            assertThat(page.path("report").path("releasability").asText()).isEqualTo("REL TO DZA, USA");
            assertThat(page.path("report").path("place").asText()).isEqualTo("Tin Zaouatine");
            assertThat(page.path("report").path("latitude").asDouble()).isEqualTo(19.966);
            JsonNode partner = page.path("partner");
            assertThat(partner.path("nation").asText()).isEqualTo("DZA");
            assertThat(partner.path("node").asText()).isEqualTo("dza-1");
            assertThat(partner.path("originId").asText()).isEqualTo("JSR-1");
            assertThat(partner.path("originVersion").asInt()).isEqualTo(1);
            assertThat(partner.path("marking").asText()).isEqualTo("REL TO DZA, USA");
            assertThat(partner.path("receivedAt").asText()).isNotBlank();
            assertThat(page.path("history").get(0).path("action").asText()).isEqualTo("RECEIVED");
            assertThat(page.path("history").get(0).path("by").asText()).isEqualTo("DZA dza-1");

            // On USA's map list with its partner badge data; the withheld reports are not in DZA's log for USA.
            JsonNode list = washington.getJson("/api/incidents");
            assertThat(list.path("total").asInt()).isEqualTo(1);
            assertThat(list.path("incidents").get(0).path("id").asText()).isEqualTo(local);
            assertThat(list.path("incidents")
                            .get(0)
                            .path("partner")
                            .path("nation")
                            .asText())
                    .isEqualTo("DZA");
            assertThat(incidentKeys(dza.federation().orElseThrow().released(USA)))
                    .containsExactly("inc/JSR-1/v1");

            // Read-only on USA: its analysts cannot correct or review DZA's report.
            var step = washington.post("amina", "/api/incidents/reports/" + local + "/submit", "");
            assertThat(step.statusCode()).isEqualTo(409);
            assertThat(step.body()).contains("read-only on this node");
            var revise = washington.post(
                    "amina",
                    "/api/incidents/reports/" + local + "/versions",
                    TINZAOUATEN.formatted("A1", "REL TO DZA, USA", ",\"reason\":\"better\""));
            assertThat(revise.statusCode()).isEqualTo(409);

            // A correction on DZA (a third death) arrives as version 2 of the same report.
            String corrected = report("B2", "REL TO DZA, USA").replace("\"killed\":2", "\"killed\":3");
            algiers.correct(inside, corrected, "a third soldier died of his wounds");
            await().atMost(Duration.ofSeconds(60))
                    .untilAsserted(() -> assertThat(
                                    washington.page(local).orElseThrow().path("versions"))
                            .hasSize(2));
            JsonNode after = washington.page(local).orElseThrow();
            assertThat(after.path("report").path("killed").asInt()).isEqualTo(3);
            assertThat(after.path("partner").path("originVersion").asInt()).isEqualTo(2);
            assertThat(after.path("versions").get(0).path("status").asText()).isEqualTo("SUPERSEDED");
            assertThat(after.path("versions").get(1).path("status").asText()).isEqualTo("PUBLISHED");
            assertThat(after.path("versions").get(1).path("reason").asText())
                    .isEqualTo("a third soldier died of his wounds");
            assertThat(after.path("versions").get(1).path("changed").toString()).isEqualTo("[\"casualties\"]");
            assertThat(washington.getJson("/api/incidents").path("total").asInt())
                    .isEqualTo(1);
            assertThat(incidentKeys(dza.federation().orElseThrow().released(USA)))
                    .containsExactly("inc/JSR-1/v1", "inc/JSR-1/v2");

            // A correction that downgrades the grading below the annex's minimum is withheld, and nothing is
            // sent in its place: USA keeps version 2. A later report inside the annex shows the link has passed.
            algiers.correct(
                    inside,
                    report("D4", "REL TO DZA, USA").replace("\"killed\":2", "\"killed\":3"),
                    "the source is less reliable than thought");
            String later = algiers.publish(report("A1", "REL TO DZA, USA").replace("2026-11-20", "2026-11-21"));
            await().atMost(Duration.ofSeconds(60))
                    .untilAsserted(() ->
                            assertThat(washington.page("DZA:dza-1:" + later)).isPresent());
            JsonNode kept = washington.page(local).orElseThrow();
            assertThat(kept.path("versions")).hasSize(2);
            assertThat(kept.path("report").path("grading").asText()).isEqualTo("B2");
            assertThat(kept.path("partner").path("originVersion").asInt()).isEqualTo(2);
            assertThat(incidentKeys(dza.federation().orElseThrow().released(USA)))
                    .containsExactly("inc/JSR-1/v1", "inc/JSR-1/v2", "inc/" + later + "/v1");

            IncidentReceiver receiver = usa.incidentReceiver().orElseThrow();
            assertThat(receiver.added()).isEqualTo(2);
            assertThat(receiver.corrected()).isEqualTo(1);
            assertThat(receiver.refused()).isZero();
            JsonNode audit = washington.getJson("/api/audit?action=partner.incident.received");
            assertThat(audit.path("entries")).hasSize(3);
        }
    }

    @Test
    void agreementWithoutTheCategory_sendsNoIncidentReports_andAReceiverWithoutItTakesNone(@TempDir Path dir)
            throws Exception {
        FederationFixture fixture = new FederationFixture(dir);
        // DZA's copy releases incident reports to USA; USA's copy (the maritime annexes only) takes none, and
        // neither releases any from USA to DZA.
        fixture.write("agreement.yaml", fixture.agreement() + INCIDENTS_TO_USA);
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
            Desk washington = new Desk(usa);
            algiers.publish(report("B2", "REL TO DZA, USA"));
            washington.publish(
                    report("B2", "REL TO DZA, USA").replace("\"sourceNation\":\"DZA\"", "\"sourceNation\":\"USA\""));

            // USA's copy has no annex from USA: nothing of its report is in its log for DZA.
            assertThat(incidentKeys(usa.federation().orElseThrow().released(DZA)))
                    .isEmpty();
            // DZA's copy releases its report; USA's copy refuses it on arrival and stores none.
            assertThat(incidentKeys(dza.federation().orElseThrow().released(USA)))
                    .containsExactly("inc/JSR-1/v1");

            // Records heard after the reports arrive on both sides, so the links have passed the reports.
            hear(dza, position(605_000_001, 36.81234, 3.06789));
            hear(usa, voyage(366_000_001, "LIBERTY STAR", 80));
            hear(usa, position(366_000_001, 37.5, 5.25));
            await().atMost(Duration.ofSeconds(60))
                    .untilAsserted(() -> assertThat(received(usa, DZA)).contains("vessel-positions"));
            await().atMost(Duration.ofSeconds(60))
                    .untilAsserted(() -> assertThat(received(dza, USA)).contains("vessel-positions"));

            assertThat(received(usa, DZA)).doesNotContain(DataCategory.INCIDENT_REPORTS.id());
            assertThat(received(dza, USA)).doesNotContain(DataCategory.INCIDENT_REPORTS.id());
            assertThat(washington.page("DZA:dza-1:JSR-1")).isEmpty();
            assertThat(algiers.page("USA:usa-1:JSR-1")).isEmpty();
            assertThat(washington.getJson("/api/incidents").path("total").asInt())
                    .isEqualTo(1);
            IncidentReceiver receiver = usa.incidentReceiver().orElseThrow();
            assertThat(receiver.added()).isZero();
            assertThat(receiver.refused()).isEqualTo(1);
            assertThat(receiver.lastRefusal()).isEqualTo("no annex in force releases incident-reports from DZA to USA");
            JsonNode audit = washington.getJson("/api/audit?action=partner.incident.refused");
            assertThat(audit.path("entries")).isNotEmpty();
            assertThat(audit.path("entries").get(0).path("detail").asText())
                    .isEqualTo("1 incident records: no annex in force releases incident-reports from DZA to USA");
        }
    }

    private static List<String> incidentKeys(List<JdbcFederationStore.OutboundRow> log) {
        return log.stream()
                .map(r -> BatchJson.readRecord(r.recordJson()))
                .filter(r -> r.category().equals(DataCategory.INCIDENT_REPORTS))
                .map(r -> r.key())
                .toList();
    }

    private static List<String> received(NodeRuntime node, Partner from) {
        return node.federation().orElseThrow().received(from).stream()
                .map(JdbcFederationStore.ReceivedRow::category)
                .toList();
    }

    /** Two analysts (amina writes, bilal reviews) and an administrator of one node, over its HTTP API. */
    private final class Desk {
        private final NodeRuntime node;
        private final String amina;
        private final String bilal;
        private final String admin;
        private final HttpClient http = HttpClient.newHttpClient();

        Desk(NodeRuntime node) {
            this.node = node;
            Accounts accounts = node.accounts();
            Principal administrator = signIn(accounts, "admin", FederationFixture.ADMIN_PASSWORD);
            this.amina = analyst(accounts, administrator, "amina");
            this.bilal = analyst(accounts, administrator, "bilal");
            this.admin = accounts.createToken(administrator, "tests", Optional.empty())
                    .secret();
        }

        private static String analyst(Accounts accounts, Principal administrator, String name) {
            String password = name + " analyst password 1";
            accounts.createUser(
                    administrator, Username.of(name), Optional.empty(), Set.of(Role.ANALYST), "initial " + password);
            accounts.changePassword(signIn(accounts, name, "initial " + password), "initial " + password, password);
            return accounts.createToken(signIn(accounts, name, password), "tests", Optional.empty())
                    .secret();
        }

        private static Principal signIn(Accounts accounts, String name, String password) {
            return ((LoginOutcome.SignedIn) accounts.login(name, password, "127.0.0.1")).principal();
        }

        /** Amina writes and submits the report, Bilal confirms and publishes it; returns its id. */
        String publish(String report) throws IOException {
            var created = post("amina", "/api/incidents/reports", report);
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            String id = json.readTree(created.body()).path("id").asText();
            review(id);
            return id;
        }

        /** Amina corrects a published report, Bilal confirms and publishes the correction. */
        void correct(String id, String report, String reason) {
            String body = report.substring(0, report.lastIndexOf('}')) + ",\"reason\":\"" + reason + "\"}";
            var revised = post("amina", "/api/incidents/reports/" + id + "/versions", body);
            assertThat(revised.statusCode()).as(revised.body()).isEqualTo(200);
            review(id);
        }

        private void review(String id) {
            for (String[] step : new String[][] {{"amina", "submit"}, {"bilal", "confirm"}, {"bilal", "publish"}}) {
                var answer = post(step[0], "/api/incidents/reports/" + id + "/" + step[1], "");
                assertThat(answer.statusCode())
                        .as(step[1] + ": " + answer.body())
                        .isEqualTo(200);
            }
        }

        Optional<JsonNode> page(String id) {
            HttpResponse<String> r =
                    send(bilal, request("/api/incidents/reports/" + id).GET());
            if (r.statusCode() == 404) {
                return Optional.empty();
            }
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            return Optional.of(read(r.body()));
        }

        HttpResponse<String> post(String who, String path, String body) {
            return send(
                    who.equals("amina") ? amina : bilal,
                    request(path)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        JsonNode getJson(String path) {
            HttpResponse<String> r = send(
                    path.startsWith("/api/audit") ? admin : bilal, request(path).GET());
            assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
            return read(r.body());
        }

        private JsonNode read(String body) {
            try {
                return json.readTree(body);
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
