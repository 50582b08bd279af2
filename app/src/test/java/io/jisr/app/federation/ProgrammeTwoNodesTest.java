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
import io.jisr.programme.sync.FieldEdit;
import io.jisr.programme.sync.FieldKey;
import io.jisr.programme.sync.Hlc;
import io.jisr.programme.sync.RecordKey;
import io.jisr.store.JdbcFederationStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acceptance 2 of issue 10 on two real nodes: programme records travel as field edits in the {@code
 * programme-records} category, each side edits only what it owns, edits made on either node converge to the same
 * state on both, also after a restart; an edit of a field the sender does not own is refused, counted and
 * audited; and a node whose agreement has no annex for the category neither sends nor takes any.
 */
class ProgrammeTwoNodesTest {
    static final Partner DZA = new Partner(Nation.of("DZA"), NodeId.of("dza-1"));
    static final Partner USA = new Partner(Nation.of("USA"), NodeId.of("usa-1"));
    static final int US_TANKER = 366_000_001;
    static final int ALGERIAN_CARGO = 605_000_001;

    private static final String PROGRAMME_TO_USA = """
              - id: P1
                category: programme-records
                from: DZA
                to: USA
                areas: [everywhere]
                marking: REL TO DZA, USA
                retention: P3650D
            """;
    private static final String PROGRAMME_TO_DZA = """
              - id: P2
                category: programme-records
                from: USA
                to: DZA
                areas: [everywhere]
                marking: REL TO USA, DZA
                retention: P3650D
            """;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void meetingCreatedOnDza_editedOnBothNodes_convergesOnBoth_alsoAfterARestart(@TempDir Path dir) throws Exception {
        FederationFixture fixture = new FederationFixture(dir);
        fixture.write("agreement.yaml", fixture.agreement() + PROGRAMME_TO_USA + PROGRAMME_TO_DZA);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        NodeRuntime usa = null;
        try (NodeRuntime dza = fixture.startDza()) {
            usa = fixture.startUsa();
            Desk algiers = new Desk(dza);
            Desk washington = new Desk(usa);

            // Created on DZA: a meeting with two decisions and an action item of DZA's.
            assertThat(algiers.post("/api/programme/groups", """
                            {"name": "Maritime security and SAR",
                             "coChairs": [{"name": "Col. A. Benali", "side": "DZA"}, {"name": "Capt. J. Smith", "side": "USA"}],
                             "termsOfReference": "Meets twice a year."}""").statusCode()).isEqualTo(201);
            var held = algiers.post(
                    "/api/programme/meetings", """
                    {"workingGroupId": "DZA-WG-1", "title": "3rd session",
                     "start": "%s", "zone": "Africa/Algiers", "durationMinutes": 180,
                     "place": "Algiers, Naval HQ", "agenda": ["Opening", "SAR exercise 2027"],
                     "attendees": [{"name": "Col. A. Benali", "side": "DZA"}],
                     "minutes": "Opened at 09:30.",
                     "decisions": ["Hold a joint SAR exercise in 2027", "Share AIS tracks"],
                     "actions": [{"decision": 1, "title": "Draft the exercise plan", "assignee": "Cdt S. Haddad",
                                  "side": "DZA", "due": "%s"}]}""".formatted(today.plusDays(14) + "T09:30", today.plusDays(30)));
            assertThat(held.statusCode()).isEqualTo(201);

            // It reaches USA, marked with its owning side.
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(
                            () -> assertThat(washington.meeting("DZA-M-1")).isPresent());
            assertThat(washington
                            .meeting("DZA-M-1")
                            .orElseThrow()
                            .path("owningSide")
                            .asText())
                    .isEqualTo("DZA");
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(
                            () -> assertThat(washington.action("DZA-A-1")).isPresent());
            assertThat(washington.action("DZA-A-1").orElseThrow().path("side").asText())
                    .isEqualTo("DZA");

            // USA may not change what DZA owns: the place, the status of DZA's action item, or send DZA's people.
            var place = washington.patch("/api/programme/meetings/DZA-M-1", "{\"place\": \"Norfolk\"}");
            assertThat(place.statusCode()).isEqualTo(400);
            assertThat(json.readTree(place.body()).path("message").asText())
                    .isEqualTo("bad parameter side: this node keeps the records of USA only, not meeting DZA-M-1");
            var status = washington.post("/api/programme/actions/DZA-A-1/status", "{\"status\": \"DONE\"}");
            assertThat(status.statusCode()).isEqualTo(400);
            var wrongPeople = washington.post(
                    "/api/programme/meetings/DZA-M-1/attendees",
                    "{\"attendees\": [{\"name\": \"Col. A. Benali\", \"side\": \"DZA\"}]}");
            assertThat(wrongPeople.statusCode()).isEqualTo(400);
            assertThat(json.readTree(wrongPeople.body()).path("message").asText())
                    .isEqualTo("bad parameter attendees: USA sends only its own people, not Col. A. Benali of DZA");

            // Concurrently: USA sends its attendees (the field DZA's meeting sets aside for USA) while DZA moves
            // the meeting, writes more minutes and marks its action done.
            assertThat(washington
                            .post("/api/programme/meetings/DZA-M-1/attendees", """
                            {"attendees": [{"name": "Capt. J. Smith", "side": "USA"}, {"name": "Cdr K. Lee", "side": "USA"}]}""")
                            .statusCode())
                    .isEqualTo(200);
            assertThat(algiers.patch("/api/programme/meetings/DZA-M-1", """
                            {"place": "Oran, Naval base", "minutes": "Opened at 09:30. Exercise dates agreed."}""").statusCode())
                    .isEqualTo(200);
            assertThat(algiers.post("/api/programme/actions/DZA-A-1/status", "{\"status\": \"DONE\"}")
                            .statusCode())
                    .isEqualTo(200);

            // After the links catch up, both nodes' API give the same meeting and action item.
            awaitSame(algiers, washington);
            JsonNode meeting = algiers.meeting("DZA-M-1").orElseThrow();
            assertThat(meeting.path("place").asText()).isEqualTo("Oran, Naval base");
            assertThat(meeting.path("minutes").asText()).isEqualTo("Opened at 09:30. Exercise dates agreed.");
            assertThat(names(meeting.path("attendees")))
                    .containsExactly("Col. A. Benali", "Capt. J. Smith", "Cdr K. Lee");
            assertThat(algiers.action("DZA-A-1").orElseThrow().path("status").asText())
                    .isEqualTo("DONE");
            JsonNode dzaSync = algiers.getJson("/api/programme/sync");
            assertThat(dzaSync.path("applied").asLong()).isEqualTo(1);
            assertThat(dzaSync.path("refused").asLong()).isZero();
            assertThat(washington.getJson("/api/programme/sync").path("refused").asLong())
                    .isZero();

            // The edits travelled one record each, in the programme-records category, under the annexes.
            assertThat(categories(dza.federation().orElseThrow().released(USA))).hasSizeGreaterThan(10);
            assertThat(categories(usa.federation().orElseThrow().released(DZA)))
                    .containsExactly(DataCategory.PROGRAMME_RECORDS.id());

            // USA stops. Meanwhile DZA changes the minutes; USA comes back with what it had, stored.
            usa.close();
            usa = null;
            assertThat(algiers.patch("/api/programme/meetings/DZA-M-1", """
                            {"minutes": "Exercise dates agreed; the plan is due in 30 days."}""").statusCode())
                    .isEqualTo(200);
            usa = fixture.startUsa();
            Desk restarted = new Desk(usa);
            assertThat(names(restarted.meeting("DZA-M-1").orElseThrow().path("attendees")))
                    .containsExactly("Col. A. Benali", "Capt. J. Smith", "Cdr K. Lee");
            // After the restart USA edits again (its clock goes on from its stored stamps), DZA moves the place.
            assertThat(restarted
                            .post("/api/programme/meetings/DZA-M-1/attendees", """
                            {"attendees": [{"name": "Capt. J. Smith", "side": "USA"}]}""")
                            .statusCode())
                    .isEqualTo(200);
            assertThat(algiers.patch("/api/programme/meetings/DZA-M-1", "{\"place\": \"Algiers, Naval HQ\"}")
                            .statusCode())
                    .isEqualTo(200);
            awaitSame(algiers, restarted);
            JsonNode after = restarted.meeting("DZA-M-1").orElseThrow();
            assertThat(after.path("place").asText()).isEqualTo("Algiers, Naval HQ");
            assertThat(after.path("minutes").asText()).isEqualTo("Exercise dates agreed; the plan is due in 30 days.");
            assertThat(names(after.path("attendees"))).containsExactly("Col. A. Benali", "Capt. J. Smith");
        } finally {
            if (usa != null) {
                usa.close();
            }
        }
    }

    /**
     * Instruments and working groups travel as field edits too: each node's reach the other marked with their
     * owning side, the other side may not change them, and changes made on both nodes at once converge.
     */
    @Test
    void instrumentsAndWorkingGroups_reachThePartner_andTheirChangesConverge(@TempDir Path dir) throws Exception {
        FederationFixture fixture = new FederationFixture(dir);
        fixture.write("agreement.yaml", fixture.agreement() + PROGRAMME_TO_USA + PROGRAMME_TO_DZA);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        try (NodeRuntime dza = fixture.startDza();
                NodeRuntime usa = fixture.startUsa()) {
            Desk algiers = new Desk(dza);
            Desk washington = new Desk(usa);
            assertThat(algiers.post("/api/programme/groups", """
                            {"name": "Maritime security and SAR",
                             "coChairs": [{"name": "Col. A. Benali", "side": "DZA"}, {"name": "Capt. J. Smith", "side": "USA"}],
                             "termsOfReference": "Meets twice a year."}""").statusCode()).isEqualTo(201);
            assertThat(algiers.post("/api/programme/instruments", """
                            {"kind": "MEMORANDUM_OF_UNDERSTANDING", "title": "Memorandum on maritime security",
                             "parties": ["DZA", "USA"], "signed": "2021-02-10", "entryIntoForce": "2021-03-01",
                             "initial": "P5Y", "renewal": "P5Y", "notice": "P6M"}""").statusCode())
                    .isEqualTo(201);
            assertThat(washington.post("/api/programme/instruments", """
                            {"kind": "LETTER", "title": "Letter on port visits", "parties": ["USA", "DZA"],
                             "initial": "P1Y"}""").statusCode())
                    .isEqualTo(201);

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(washington.find("groups", "DZA-WG-1")).isPresent();
                assertThat(washington.find("instruments", "DZA-I-1")).isPresent();
                assertThat(algiers.find("instruments", "USA-I-1")).isPresent();
            });
            assertThat(washington
                            .find("groups", "DZA-WG-1")
                            .orElseThrow()
                            .path("owningSide")
                            .asText())
                    .isEqualTo("DZA");
            assertThat(algiers.find("instruments", "USA-I-1")
                            .orElseThrow()
                            .path("owningSide")
                            .asText())
                    .isEqualTo("USA");

            // USA may not change DZA's memorandum.
            var denounceTheirs = washington.post(
                    "/api/programme/instruments/DZA-I-1/status",
                    "{\"change\": \"DENOUNCE\", \"date\": \"2026-08-01\"}");
            assertThat(denounceTheirs.statusCode()).isEqualTo(400);
            assertThat(json.readTree(denounceTheirs.body()).path("message").asText())
                    .isEqualTo("bad parameter side: this node keeps the records of USA only, not instrument DZA-I-1");

            // At once: DZA denounces its memorandum, USA signs its letter; both nodes end with both changes.
            assertThat(algiers.post(
                                    "/api/programme/instruments/DZA-I-1/status",
                                    "{\"change\": \"DENOUNCE\", \"date\": \"2026-08-01\"}")
                            .statusCode())
                    .isEqualTo(200);
            assertThat(washington
                            .post("/api/programme/instruments/USA-I-1/status", """
                            {"change": "SIGN", "date": "%s", "entryIntoForce": "%s"}""".formatted(
                                            today.minusDays(2), today.minusDays(1)))
                            .statusCode())
                    .isEqualTo(200);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(washington.find("instruments", "DZA-I-1")).isEqualTo(algiers.find("instruments", "DZA-I-1"));
                assertThat(algiers.find("instruments", "USA-I-1")).isEqualTo(washington.find("instruments", "USA-I-1"));
            });
            assertThat(washington
                            .find("instruments", "DZA-I-1")
                            .orElseThrow()
                            .path("denounced")
                            .asText())
                    .isEqualTo("2026-08-01");
            assertThat(algiers.find("instruments", "USA-I-1")
                            .orElseThrow()
                            .path("status")
                            .asText())
                    .isEqualTo("IN_FORCE");
            assertThat(washington.find("groups", "DZA-WG-1")).isEqualTo(algiers.find("groups", "DZA-WG-1"));
            assertThat(algiers.getJson("/api/programme/sync").path("refused").asLong())
                    .isZero();
            assertThat(washington.getJson("/api/programme/sync").path("refused").asLong())
                    .isZero();
        }
    }

    @Test
    void editOfAFieldTheSenderDoesNotOwn_isRefusedCountedAndAudited_neverApplied(@TempDir Path dir) throws Exception {
        FederationFixture fixture = new FederationFixture(dir);
        fixture.write("agreement.yaml", fixture.agreement() + PROGRAMME_TO_USA + PROGRAMME_TO_DZA);
        try (NodeRuntime dza = fixture.startDza();
                NodeRuntime usa = fixture.startUsa()) {
            Desk algiers = new Desk(dza);
            Desk washington = new Desk(usa);
            algiers.post("/api/programme/groups", """
                    {"name": "Maritime security and SAR",
                     "coChairs": [{"name": "Col. A. Benali", "side": "DZA"}, {"name": "Capt. J. Smith", "side": "USA"}],
                     "termsOfReference": "Meets twice a year."}""");
            assertThat(algiers.post("/api/programme/meetings", """
                            {"workingGroupId": "DZA-WG-1", "title": "3rd session",
                             "start": "2027-03-01T09:30", "zone": "Africa/Algiers", "durationMinutes": 180,
                             "place": "Algiers, Naval HQ", "agenda": ["Opening"],
                             "attendees": [{"name": "Col. A. Benali", "side": "DZA"}],
                             "minutes": "", "decisions": ["Hold a joint SAR exercise"], "actions": []}""").statusCode())
                    .isEqualTo(201);
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(
                            () -> assertThat(washington.meeting("DZA-M-1")).isPresent());

            // A node that does not follow the rule: USA's node sends an edit of the place, which DZA owns, and one
            // it claims DZA made. The API never makes these; they are put straight into USA's outbound log.
            RecordKey meeting = new RecordKey("meeting", io.jisr.programme.Nation.of("DZA"), "DZA-M-1");
            long later = System.currentTimeMillis() + 60_000;
            usa.federation()
                    .orElseThrow()
                    .shareProgramme(List.of(
                            new FieldEdit(
                                    new FieldKey(meeting, "place"),
                                    "Norfolk",
                                    new Hlc(later, 0, "usa-1"),
                                    io.jisr.programme.Nation.of("USA")),
                            new FieldEdit(
                                    new FieldKey(meeting, "minutes"),
                                    "Cancelled.",
                                    new Hlc(later, 1, "usa-1"),
                                    io.jisr.programme.Nation.of("DZA"))));

            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> assertThat(algiers.getJson("/api/programme/sync")
                                    .path("refused")
                                    .asLong())
                            .isEqualTo(2));
            JsonNode sync = algiers.getJson("/api/programme/sync");
            assertThat(sync.path("applied").asLong()).isZero();
            assertThat(sync.path("lastRefusal").asText())
                    .isEqualTo("a node of USA sent an edit made by DZA to minutes of meeting/DZA/DZA-M-1");
            JsonNode kept = algiers.meeting("DZA-M-1").orElseThrow();
            assertThat(kept.path("place").asText()).isEqualTo("Algiers, Naval HQ");
            assertThat(kept.path("minutes").asText()).isEmpty();

            JsonNode audit = algiers.getJson("/api/audit?action=partner.edit.refused");
            List<String> details = new ArrayList<>();
            audit.path("entries").forEach(e -> {
                assertThat(e.path("actor").asText()).isEqualTo("partner:usa-1");
                details.add(e.path("detail").asText());
            });
            assertThat(details)
                    .containsExactlyInAnyOrder(
                            "USA may not edit place of meeting/DZA/DZA-M-1: it belongs to DZA, which owns the record",
                            "a node of USA sent an edit made by DZA to minutes of meeting/DZA/DZA-M-1");
        }
    }

    @Test
    void agreementWithoutTheCategory_sendsNoProgrammeRecords_andAReceiverWithoutItTakesNone(@TempDir Path dir)
            throws Exception {
        FederationFixture fixture = new FederationFixture(dir);
        // DZA's copy releases programme records to USA; USA's copy (the maritime annexes only) takes none, and
        // neither copy releases any from USA to DZA.
        fixture.write("agreement.yaml", fixture.agreement() + PROGRAMME_TO_USA);
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
            for (Desk desk : List.of(algiers, washington)) {
                assertThat(desk.post("/api/programme/groups", """
                                {"name": "Maritime security and SAR",
                                 "coChairs": [{"name": "Col. A. Benali", "side": "DZA"}, {"name": "Capt. J. Smith", "side": "USA"}],
                                 "termsOfReference": "Meets twice a year."}""").statusCode()).isEqualTo(201);
            }
            String meeting = """
                    {"workingGroupId": "%s", "title": "3rd session",
                     "start": "2027-03-01T09:30", "zone": "Africa/Algiers", "durationMinutes": 180,
                     "place": "Algiers, Naval HQ", "agenda": ["Opening"],
                     "attendees": [{"name": "Col. A. Benali", "side": "DZA"}],
                     "minutes": "", "decisions": ["Hold a joint SAR exercise"], "actions": []}""";
            assertThat(algiers.post("/api/programme/meetings", meeting.formatted("DZA-WG-1"))
                            .statusCode())
                    .isEqualTo(201);
            assertThat(washington
                            .post("/api/programme/meetings", meeting.formatted("USA-WG-1"))
                            .statusCode())
                    .isEqualTo(201);

            // USA's agreement has no annex from USA for the category: nothing of its meeting is in its log.
            assertThat(categories(usa.federation().orElseThrow().released(DZA))).isEmpty();
            // DZA's copy releases its meeting's edits; USA's copy refuses them on arrival, stores none.
            assertThat(categories(dza.federation().orElseThrow().released(USA))).isNotEmpty();

            // Records heard after the meetings arrive on both sides, so the links have passed the meetings.
            hear(dza, position(ALGERIAN_CARGO, 36.81234, 3.06789));
            hear(usa, voyage(US_TANKER, "LIBERTY STAR", 80));
            hear(usa, position(US_TANKER, 37.5, 5.25));
            await().atMost(Duration.ofSeconds(60))
                    .untilAsserted(() -> assertThat(received(usa, DZA)).contains("vessel-positions"));
            await().atMost(Duration.ofSeconds(60))
                    .untilAsserted(() -> assertThat(received(dza, USA)).contains("vessel-positions"));

            assertThat(washington.meeting("DZA-M-1")).isEmpty();
            assertThat(algiers.meeting("USA-M-1")).isEmpty();
            assertThat(received(usa, DZA)).doesNotContain(DataCategory.PROGRAMME_RECORDS.id());
            assertThat(received(dza, USA)).doesNotContain(DataCategory.PROGRAMME_RECORDS.id());
            int sent = categories(dza.federation().orElseThrow().released(USA)).size();
            JsonNode sync = washington.getJson("/api/programme/sync");
            assertThat(sync.path("refused").asLong()).isEqualTo(sent);
            assertThat(sync.path("applied").asLong()).isZero();
            assertThat(sync.path("lastRefusal").asText())
                    .isEqualTo("no annex in force releases programme-records from DZA to USA");
            JsonNode audit = washington.getJson("/api/audit?action=partner.edit.refused");
            assertThat(audit.path("entries")).isNotEmpty();
            assertThat(audit.path("entries").get(0).path("detail").asText())
                    .endsWith("programme records: no annex in force releases programme-records from DZA to USA");
        }
    }

    private void awaitSame(Desk a, Desk b) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(b.meeting("DZA-M-1")).isEqualTo(a.meeting("DZA-M-1"));
            assertThat(b.action("DZA-A-1")).isEqualTo(a.action("DZA-A-1"));
        });
    }

    private static List<String> names(JsonNode people) {
        List<String> names = new ArrayList<>();
        people.forEach(p -> names.add(p.path("name").asText()));
        return names;
    }

    private static List<String> categories(List<JdbcFederationStore.OutboundRow> log) {
        return log.stream()
                .map(r -> BatchJson.readRecord(r.recordJson()).category().id())
                .filter(c -> c.equals(DataCategory.PROGRAMME_RECORDS.id()))
                .toList();
    }

    private static List<String> received(NodeRuntime node, Partner from) {
        return node.federation().orElseThrow().received(from).stream()
                .map(JdbcFederationStore.ReceivedRow::category)
                .toList();
    }

    /** A programme officer and an administrator of one node, over its HTTP API. */
    private final class Desk {
        private final NodeRuntime node;
        private final String officer;
        private final String admin;
        private final HttpClient http = HttpClient.newHttpClient();

        Desk(NodeRuntime node) {
            this.node = node;
            Accounts accounts = node.accounts();
            Principal administrator = signIn(accounts, "admin", FederationFixture.ADMIN_PASSWORD);
            String password = "programme officer password 1";
            if (accounts.accounts(administrator).stream()
                    .noneMatch(a -> a.username().value().equals("po"))) {
                accounts.createUser(
                        administrator,
                        Username.of("po"),
                        Optional.empty(),
                        Set.of(Role.PROGRAMME_OFFICER),
                        "initial " + password);
                accounts.changePassword(signIn(accounts, "po", "initial " + password), "initial " + password, password);
            }
            this.officer = accounts.createToken(signIn(accounts, "po", password), "tests", Optional.empty())
                    .secret();
            this.admin = accounts.createToken(administrator, "tests", Optional.empty())
                    .secret();
        }

        private static Principal signIn(Accounts accounts, String name, String password) {
            return ((LoginOutcome.SignedIn) accounts.login(name, password, "127.0.0.1")).principal();
        }

        HttpResponse<String> post(String path, String body) {
            return send(
                    officer,
                    request(path)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        HttpResponse<String> patch(String path, String body) {
            return send(
                    officer,
                    request(path)
                            .header("Content-Type", "application/json")
                            .method("PATCH", HttpRequest.BodyPublishers.ofString(body)));
        }

        JsonNode getJson(String path) {
            HttpResponse<String> r = send(
                    path.startsWith("/api/audit") ? admin : officer,
                    request(path).GET());
            assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
            try {
                return json.readTree(r.body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        Optional<JsonNode> meeting(String id) {
            return find(getJson("/api/programme").path("meetings"), id);
        }

        /** Returns the record of the register's list {@code list} ("instruments", "groups") with this id. */
        Optional<JsonNode> find(String list, String id) {
            return find(getJson("/api/programme").path(list), id);
        }

        Optional<JsonNode> action(String id) {
            return find(getJson("/api/programme").path("actions"), id);
        }

        private static Optional<JsonNode> find(JsonNode items, String id) {
            for (JsonNode item : items) {
                if (item.path("id").asText().equals(id)) {
                    return Optional.of(item);
                }
            }
            return Optional.empty();
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
