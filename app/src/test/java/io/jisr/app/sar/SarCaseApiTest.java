package io.jisr.app.sar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jisr.access.Role;
import io.jisr.app.alerts.AlertNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SAR cases on a real node: opened with each kind of last known position, listed with filters, changed
 * within the lifecycle, annotated, a drift and a plan run from the case and logged in it, every write
 * audited, bad fields named, and the cases still there after a restart.
 */
class SarCaseApiTest {
    private final ObjectMapper json = new ObjectMapper();

    static final String POINT_CASE = """
            {"source": "CROSS Alger, VHF 16", "object": "44", "personsOnBoard": 6,
             "lastKnown": {"kind": "point", "lat": 36.85, "lon": 3.1, "time": "2026-03-10T06:00:00Z", "radiusMetres": 300},
             "note": "Skiff with outboard, white hull"}""";

    @Test
    void cases_openListChangeNoteAndDriftAndPlanFromTheCase(@TempDir Path dir) throws Exception {
        String reference;
        try (AlertNode node = AlertNode.start(dir)) {
            node.user("sara", Role.SAR_COORDINATOR);
            node.user("victor", Role.VIEWER);
            node.user("admin", Role.ADMINISTRATOR);

            assertThat(node.post("victor", "/api/sar/cases", POINT_CASE).statusCode())
                    .isEqualTo(403);
            var opened = node.post("sara", "/api/sar/cases", POINT_CASE);
            assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
            JsonNode c = json.readTree(opened.body());
            reference = c.path("reference").asText();
            assertThat(reference).matches("SAR-20\\d\\d-001");
            assertThat(c.path("status").asText()).isEqualTo("OPEN");
            assertThat(c.path("object").path("key").asText()).isEqualTo("SKIFF-1");
            assertThat(c.path("lastKnown").path("kind").asText()).isEqualTo("point");
            assertThat(c.path("log").findValuesAsText("action")).containsExactly("OPENED", "NOTE");
            assertThat(c.path("allowedStatuses").toString()).isEqualTo("[\"ACTIVE_SEARCH\",\"SUSPENDED\",\"CLOSED\"]");

            String line = """
                    {"source": "AIS track of FV Ennour", "object": "fishing", "personsOnBoard": 4,
                     "lastKnown": {"kind": "line", "radiusMetres": 500,
                       "from": {"lat": 36.8, "lon": 2.9, "time": "2026-03-10T04:00:00Z"},
                       "to": {"lat": 36.9, "lon": 3.0, "time": "2026-03-10T05:00:00Z"}}}""";
            var lineCase = node.post("sara", "/api/sar/cases", line.replace("\"fishing\"", "\"70\""));
            assertThat(lineCase.statusCode()).as(lineCase.body()).isEqualTo(201);
            String area = """
                    {"source": "relative, by telephone", "object": "1", "personsOnBoard": 1,
                     "lastKnown": {"kind": "area", "time": "2026-03-10T03:00:00Z",
                       "vertices": [[36.9, 2.5], [36.9, 2.7], [37.0, 2.6]]}}""";
            String areaReference = json.readTree(
                            node.post("sara", "/api/sar/cases", area).body())
                    .path("reference")
                    .asText();

            // Every bad field named.
            var bad = node.post("sara", "/api/sar/cases", """
                    {"source": "", "object": "spaceship", "personsOnBoard": -1,
                     "lastKnown": {"kind": "line", "radiusMetres": 500,
                       "from": {"lat": 96, "lon": 2.9, "time": "yesterday"},
                       "to": {"lat": 36.9, "lon": 3.0, "time": "2026-03-10T05:00:00Z"}}}""");
            assertThat(bad.statusCode()).isEqualTo(400);
            JsonNode errors = json.readTree(bad.body()).path("errors");
            assertThat(iterable(errors.fieldNames()))
                    .containsExactlyInAnyOrder(
                            "source", "object", "personsOnBoard", "lastKnown.from.lat", "lastKnown.from.time");
            // A field of the wrong type is named once.
            JsonNode wrongTypes = json.readTree(node.post(
                                    "sara",
                                    "/api/sar/cases",
                                    area.replace("\"relative, by telephone\"", "5")
                                            .replace("\"personsOnBoard\": 1", "\"personsOnBoard\": \"one\""))
                            .body())
                    .path("errors");
            assertThat(wrongTypes.path("source")).hasSize(1);
            assertThat(wrongTypes.path("personsOnBoard")).hasSize(1);
            var badArea = node.post("sara", "/api/sar/cases", area.replace("[37.0, 2.6]", "[37.0]"));
            assertThat(json.readTree(badArea.body()).path("errors").has("lastKnown.vertices[2]"))
                    .as(badArea.body())
                    .isTrue();
            var badKind = node.post("sara", "/api/sar/cases", area.replace("\"area\"", "\"circle\""));
            assertThat(json.readTree(badKind.body())
                            .path("errors")
                            .path("lastKnown.kind")
                            .get(0)
                            .path("message")
                            .asText())
                    .isEqualTo("must be point, line or area");

            // Listed and filtered.
            assertThat(node.getJson("victor", "/api/sar/cases").path("cases")).hasSize(3);
            assertThat(node.getJson("victor", "/api/sar/cases?q=ennour")
                            .path("cases")
                            .findValuesAsText("source"))
                    .containsExactly("AIS track of FV Ennour");
            assertThat(node.getJson("victor", "/api/sar/cases?q=white+hull")
                            .path("cases")
                            .findValuesAsText("reference"))
                    .containsExactly(reference);
            assertThat(node.get("victor", "/api/sar/cases?status=lost").statusCode())
                    .isEqualTo(400);
            assertThat(node.get("victor", "/api/sar/cases?from=today").body()).contains("\"from\"");
            assertThat(node.getJson("victor", "/api/sar/cases?to=2000-01-01T00:00:00Z")
                            .path("cases"))
                    .isEmpty();
            assertThat(node.get("victor", "/api/sar/cases/SAR-1999-001").statusCode())
                    .isEqualTo(404);

            // Changes within the lifecycle; a refused move is a 409 with the reason.
            var active = node.patch(
                    "sara", "/api/sar/cases/" + reference, "{\"status\": \"ACTIVE_SEARCH\", \"personsOnBoard\": 7}");
            assertThat(active.statusCode()).as(active.body()).isEqualTo(200);
            assertThat(json.readTree(active.body()).path("status").asText()).isEqualTo("ACTIVE_SEARCH");
            var refused = node.patch("sara", "/api/sar/cases/" + reference, "{\"status\": \"OPEN\"}");
            assertThat(refused.statusCode()).isEqualTo(409);
            assertThat(json.readTree(refused.body()).path("message").asText())
                    .isEqualTo("case " + reference
                            + " cannot go from ACTIVE_SEARCH to OPEN; allowed: [SUSPENDED, CLOSED]");
            assertThat(node.patch("sara", "/api/sar/cases/" + reference, "{}").body())
                    .contains("give at least one");
            assertThat(node.patch("victor", "/api/sar/cases/" + reference, "{\"status\": \"CLOSED\"}")
                            .statusCode())
                    .isEqualTo(403);
            var note =
                    node.post("sara", "/api/sar/cases/" + reference + "/notes", "{\"text\": \"Helicopter requested\"}");
            assertThat(note.statusCode()).isEqualTo(201);
            assertThat(node.post("sara", "/api/sar/cases/" + reference + "/notes", "{\"text\": \" \"}")
                            .statusCode())
                    .isEqualTo(400);

            // A drift from the case: object and seeding come from it, the run is logged.
            String run = """
                    {"caseId": "%s", "hours": 6, "particles": 2000, "environment": "sample"}""";
            assertThat(node.post("sara", "/api/sar/drift", run.formatted("SAR-1999-001"))
                            .body())
                    .contains("\"caseId\"");
            assertThat(node.post(
                                    "sara",
                                    "/api/sar/drift",
                                    run.formatted(reference).replace("\"hours\"", "\"lat\": 36, \"hours\""))
                            .body())
                    .contains("comes from the case when caseId is given");
            var queued = node.post("sara", "/api/sar/drift", run.formatted(reference));
            assertThat(queued.statusCode()).as(queued.body()).isEqualTo(202);
            String driftId = json.readTree(queued.body()).path("id").asText();
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> node.getJson("victor", "/api/sar/drift/" + driftId)
                            .path("state")
                            .asText()
                            .equals("DONE"));
            JsonNode drift = node.getJson("victor", "/api/sar/drift/" + driftId);
            assertThat(drift.path("object").path("key").asText()).isEqualTo("SKIFF-1");
            assertThat(drift.path("times").get(0).asText()).isEqualTo("2026-03-10T06:00:00Z");

            // A line case drifts from its first fix's time.
            String lineReference =
                    json.readTree(lineCase.body()).path("reference").asText();
            var lineRun = node.post("sara", "/api/sar/drift", run.formatted(lineReference));
            String lineDrift = json.readTree(lineRun.body()).path("id").asText();
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> node.getJson("victor", "/api/sar/drift/" + lineDrift)
                            .path("state")
                            .asText()
                            .equals("DONE"));
            assertThat(node.getJson("victor", "/api/sar/drift/" + lineDrift)
                            .path("times")
                            .get(0)
                            .asText())
                    .isEqualTo("2026-03-10T04:00:00Z");

            String plan = """
                    {"driftId": "%s", "share": 0.9, "pattern": "EXPANDING_SQUARE", "object": "BOAT_5M", "caseId": "%s",
                     "assets": [{"name": "Patrol boat Djebel", "kind": "VESSEL", "speedKnots": 12, "enduranceHours": 10}]}""".formatted(driftId, reference);
            var planned = node.post("sara", "/api/sar/plan", plan);
            assertThat(planned.statusCode()).as(planned.body()).isEqualTo(200);
            String planId = json.readTree(planned.body()).path("id").asText();
            assertThat(node.post("sara", "/api/sar/plan", plan.replace(reference, "SAR-1999-001"))
                            .body())
                    .contains("\"caseId\"");
            assertThat(node.post("sara", "/api/sar/plan/" + planId + "/unsuccessful", "{}")
                            .statusCode())
                    .isEqualTo(200);
            String sitrep = node.get("victor", "/api/sar/plan/" + planId + "/sitrep?lang=en")
                    .body();
            assertThat(sitrep)
                    .contains(reference)
                    .contains("SKIFF-1")
                    .contains("7 POB, reported by CROSS Alger, VHF 16")
                    .contains("SEARCH IN PROGRESS");

            JsonNode logged = node.getJson("victor", "/api/sar/cases/" + reference);
            assertThat(logged.path("log").findValuesAsText("action"))
                    .containsExactly(
                            "OPENED",
                            "NOTE",
                            "PERSONS_CHANGED",
                            "STATUS_CHANGED",
                            "NOTE",
                            "DRIFT_RUN",
                            "PLAN_MADE",
                            "SEARCH_UNSUCCESSFUL");
            assertThat(logged.path("log").findValuesAsText("subject")).containsExactly(driftId, planId, planId);
            assertThat(logged.path("log").findValuesAsText("by")).containsOnly("sara");

            // New position for the area case: the log says what it became.
            var moved = node.patch(
                    "sara",
                    "/api/sar/cases/" + areaReference,
                    "{\"lastKnown\": {\"kind\": \"point\", \"lat\": 36.95, \"lon\": 2.6,"
                            + " \"time\": \"2026-03-10T07:00:00Z\", \"radiusMetres\": 1000}}");
            assertThat(json.readTree(moved.body())
                            .path("log")
                            .get(1)
                            .path("text")
                            .asText())
                    .isEqualTo("point 36.95000, 2.60000 at 2026-03-10T07:00:00Z ±1000 m");

            // Every write audited.
            List<String> actions =
                    node.getJson("admin", "/api/audit?limit=50").path("entries").findValuesAsText("action");
            assertThat(actions).contains("sar.case.opened", "sar.case.changed", "sar.case.note");
        }
        // The cases are stored: a restarted node lists them with their logs.
        try (AlertNode again = AlertNode.start(dir)) {
            again.user("victor2", Role.VIEWER);
            assertThat(again.getJson("victor2", "/api/sar/cases").path("cases")).hasSize(3);
            assertThat(again.getJson("victor2", "/api/sar/cases/" + reference).path("log"))
                    .hasSize(8);
        }
    }

    private static <T> Iterable<T> iterable(java.util.Iterator<T> it) {
        return () -> it;
    }

    @Test
    void shareAndHandOver_checkTheirInput_andWithoutFederationAreConflicts(@TempDir Path dir) throws Exception {
        try (AlertNode node = AlertNode.start(dir)) {
            node.user("sara", Role.SAR_COORDINATOR);
            node.user("victor", Role.VIEWER);
            String reference = json.readTree(
                            node.post("sara", "/api/sar/cases", POINT_CASE).body())
                    .path("reference")
                    .asText();
            String share = "/api/sar/cases/" + reference + "/share";
            assertThat(node.post("victor", share, "{\"partner\": \"USA\"}").statusCode())
                    .isEqualTo(403);
            assertThat(node.post("sara", "/api/sar/cases/SAR-1999-001/share", "{\"partner\": \"USA\"}")
                            .statusCode())
                    .isEqualTo(404);
            var missing = node.post("sara", share, "{}");
            assertThat(missing.statusCode()).isEqualTo(400);
            assertThat(iterable(json.readTree(missing.body()).path("errors").fieldNames()))
                    .containsExactly("partner");
            var handOver = node.post("sara", "/api/sar/cases/" + reference + "/handover", "{\"partner\": \"USA\"}");
            assertThat(handOver.statusCode()).isEqualTo(409);
            assertThat(json.readTree(handOver.body()).path("message").asText())
                    .isEqualTo("this node has no federation partners");
            JsonNode sharing = node.getJson("sara", "/api/sar/sharing");
            assertThat(sharing.path("partners").size()).isZero();
            JsonNode unchanged = node.getJson("sara", "/api/sar/cases/" + reference);
            assertThat(unchanged.path("custody").path("heldHere").asBoolean()).isTrue();
            assertThat(unchanged.path("custody").path("version").asInt()).isEqualTo(2);
        }
    }
}
