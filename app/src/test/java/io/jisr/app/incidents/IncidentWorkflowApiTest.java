package io.jisr.app.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jisr.access.Role;
import io.jisr.app.alerts.AlertNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review workflow of incident reports through the API on a real node: an analyst writes a report near
 * the Algeria–Mali border, cannot confirm it herself, a second analyst confirms and publishes it, it is
 * on the map and the timeline, a correction makes version 2 while viewers keep seeing version 1, links,
 * actor suggestions, every step audited, every bad field named in a 400, and all of it after a restart.
 */
class IncidentWorkflowApiTest {
    private final ObjectMapper json = new ObjectMapper();

    /** A report at Tin Zaouatine, on the Algerian side of the border with Mali; 2 killed, wounded unknown, none kidnapped. */
    static final String TINZAOUATEN = """
            {"date":"2026-11-20","timePrecision":"DAY","place":"Tin Zaouatine","admin1":"In Guezzam",
             "admin2":"Tin Zaouatine","country":"DZA","latitude":19.966,"longitude":2.985,"geoPrecision":"NEAR",
             "subType":"BORDER_INCURSION","actors":["JNIM","Algerian Army"],"killed":2,"wounded":null,
             "kidnapped":0,"narrative":"An armed group crossed from Mali near the border post and withdrew.",
             "sources":["Border post report","Regional command"],"grading":"B2","sourceNation":"DZA",
             "releasability":"REL TO DZA, USA","handlingNote":"Not for public release."}""";

    @Test
    void workflow_secondAnalystConfirms_publishedOnMapAndTimeline_correctionsKeepHistory(@TempDir Path dir)
            throws Exception {
        try (AlertNode node = AlertNode.start(dir)) {
            node.user("amina", Role.ANALYST);
            node.user("bilal", Role.ANALYST);
            node.user("victor", Role.VIEWER);
            node.user("admin", Role.ADMINISTRATOR);

            assertThat(node.post("victor", "/api/incidents/reports", TINZAOUATEN)
                            .statusCode())
                    .isEqualTo(403);

            var created = node.post("amina", "/api/incidents/reports", TINZAOUATEN);
            assertThat(created.statusCode()).isEqualTo(201);
            JsonNode page = json.readTree(created.body());
            String id = page.path("id").asText();
            assertThat(id).isEqualTo("JSR-1");
            assertThat(page.path("status").asText()).isEqualTo("DRAFT");
            assertThat(page.path("report").path("grading").asText()).isEqualTo("B2");
            assertThat(page.path("report").path("killed").asInt()).isEqualTo(2);
            // Unknown is left out of the answer (the API writes no nulls); 0 is written.
            assertThat(page.path("report").has("wounded")).isFalse();
            assertThat(page.path("report").has("kidnapped")).isTrue();
            assertThat(page.path("report").path("kidnapped").asInt()).isZero();
            assertThat(page.path("report").path("type").asText()).isEqualTo("BORDER_INCIDENT");

            // A draft is its author's until she submits it: neither a viewer nor another analyst sees it.
            assertThat(node.get("victor", "/api/incidents/reports/" + id).statusCode())
                    .isEqualTo(404);
            assertThat(node.get("bilal", "/api/incidents/reports/" + id).statusCode())
                    .isEqualTo(404);
            assertThat(node.getJson("bilal", "/api/incidents/reports?status=DRAFT")
                            .path("reports"))
                    .isEmpty();
            assertThat(node.getJson("amina", "/api/incidents/reports?status=DRAFT")
                            .path("reports"))
                    .hasSize(1);
            assertThat(node.post("amina", "/api/incidents/reports/" + id + "/submit", "")
                            .statusCode())
                    .isEqualTo(200);
            assertThat(node.getJson("bilal", "/api/incidents/reports?status=SUBMITTED")
                            .path("reports")
                            .get(0)
                            .path("id")
                            .asText())
                    .isEqualTo(id);
            assertThat(node.get("victor", "/api/incidents/reports").statusCode())
                    .isEqualTo(403);

            // The author cannot confirm her own report: the server refuses, whatever the UI shows.
            var own = node.post("amina", "/api/incidents/reports/" + id + "/confirm", "");
            assertThat(own.statusCode()).isEqualTo(409);
            assertThat(own.body())
                    .isEqualTo("{\"code\":\"CONFLICT\",\"message\":\"version 1 of incident JSR-1 was written by amina,"
                            + " who cannot confirm it: a second analyst must\",\"errors\":{}}");
            assertThat(node.post("amina", "/api/incidents/reports/" + id + "/publish", "")
                            .statusCode())
                    .isEqualTo(409);
            assertThat(node.getJson("victor", "/api/incidents?limit=5")
                            .path("total")
                            .asInt())
                    .isZero();

            assertThat(node.post("bilal", "/api/incidents/reports/" + id + "/confirm", "")
                            .statusCode())
                    .isEqualTo(200);
            var published = node.post("bilal", "/api/incidents/reports/" + id + "/publish", "");
            assertThat(published.statusCode()).isEqualTo(200);
            page = json.readTree(published.body());
            assertThat(page.path("status").asText()).isEqualTo("PUBLISHED");
            assertThat(page.path("author").asText()).isEqualTo("amina");
            assertThat(page.path("confirmedBy").asText()).isEqualTo("bilal");
            assertThat(page.path("publishedBy").asText()).isEqualTo("bilal");

            // On the map (clusters and heat) and the timeline, for a viewer.
            JsonNode clusters = node.getJson("victor", "/api/incidents/clusters?zoom=9&bbox=19,0,20.5,4")
                    .path("clusters");
            assertThat(clusters).hasSize(1);
            assertThat(clusters.get(0).path("id").asText()).isEqualTo(id);
            JsonNode heat = node.getJson("victor", "/api/incidents/heat?zoom=6");
            assertThat(heat.path("cells")).hasSize(1);
            assertThat(heat.path("cells").get(0).get(2).asInt()).isEqualTo(1);
            JsonNode weeks = node.getJson("victor", "/api/incidents/timeline?type=BORDER_INCIDENT")
                    .path("weeks");
            assertThat(weeks).hasSize(1);
            assertThat(weeks.get(0).path("week").asText()).isEqualTo("2026-W47");
            assertThat(weeks.get(0).path("byType").path("BORDER_INCIDENT").asInt())
                    .isEqualTo(1);
            JsonNode forViewer = node.getJson("victor", "/api/incidents/reports/" + id);
            assertThat(forViewer.path("report").path("releasability").asText()).isEqualTo("REL TO DZA, USA");
            assertThat(forViewer.path("report").path("handlingNote").asText()).isEqualTo("Not for public release.");

            // A correction is a new version; the published one stays on the map until it is published.
            String corrected = TINZAOUATEN
                    .replace("\"killed\":2", "\"killed\":3")
                    .replace("}", ",\"reason\":\"a third soldier died of his wounds\"}");
            var revised = node.post("amina", "/api/incidents/reports/" + id + "/versions", corrected);
            assertThat(revised.statusCode()).isEqualTo(200);
            page = json.readTree(revised.body());
            assertThat(page.path("versions")).hasSize(2);
            assertThat(page.path("versions").get(1).path("changed").toString()).isEqualTo("[\"casualties\"]");
            assertThat(page.path("versions").get(1).path("reason").asText())
                    .isEqualTo("a third soldier died of his wounds");
            assertThat(page.path("versions").get(0).path("status").asText()).isEqualTo("PUBLISHED");
            forViewer = node.getJson("victor", "/api/incidents/reports/" + id);
            assertThat(forViewer.path("versions")).hasSize(1);
            assertThat(forViewer.path("report").path("killed").asInt()).isEqualTo(2);
            assertThat(node.getJson("bilal", "/api/incidents/reports/" + id).path("versions"))
                    .hasSize(1);
            node.post("amina", "/api/incidents/reports/" + id + "/submit", "");
            node.post("bilal", "/api/incidents/reports/" + id + "/confirm", "");
            node.post("amina", "/api/incidents/reports/" + id + "/publish", "");
            forViewer = node.getJson("victor", "/api/incidents/reports/" + id);
            assertThat(forViewer.path("versions")).hasSize(2);
            assertThat(forViewer.path("versions").get(0).path("status").asText())
                    .isEqualTo("SUPERSEDED");
            assertThat(forViewer.path("report").path("killed").asInt()).isEqualTo(3);
            assertThat(node.getJson("victor", "/api/incidents?limit=5")
                            .path("total")
                            .asInt())
                    .isEqualTo(1);

            // A follow-up, linked; a link to itself or to no report is refused.
            String followUp = node.post(
                            "bilal",
                            "/api/incidents/reports",
                            TINZAOUATEN.replace("2026-11-20", "2026-11-22").replace("BORDER_INCURSION", "ARREST"))
                    .body();
            String second = json.readTree(followUp).path("id").asText();
            assertThat(second).isEqualTo("JSR-2");
            var linked = node.post(
                    "bilal",
                    "/api/incidents/reports/" + second + "/links",
                    "{\"kind\":\"FOLLOW_UP\",\"to\":\"JSR-1\"}");
            assertThat(linked.statusCode()).isEqualTo(201);
            assertThat(json.readTree(linked.body()).path("links").toString())
                    .isEqualTo("[{\"from\":\"JSR-2\",\"kind\":\"FOLLOW_UP\",\"to\":\"JSR-1\"}]");
            assertThat(node.post(
                                    "bilal",
                                    "/api/incidents/reports/JSR-2/links",
                                    "{\"kind\":\"SAME_EVENT\",\"to\":\"JSR-2\"}")
                            .body())
                    .isEqualTo(
                            "{\"code\":\"CONFLICT\",\"message\":\"report JSR-2 cannot be linked to itself\",\"errors\":{}}");
            assertThat(node.post(
                                    "bilal",
                                    "/api/incidents/reports/JSR-2/links",
                                    "{\"kind\":\"SAME_EVENT\",\"to\":\"JSR-99\"}")
                            .statusCode())
                    .isEqualTo(409);

            JsonNode suggestions = node.getJson("amina", "/api/incidents/actors?q=jn");
            assertThat(suggestions.path("actors").get(0).path("name").asText()).isEqualTo("JNIM");

            List<String> audited = new ArrayList<>();
            JsonNode audit = node.getJson("admin", "/api/audit?limit=200");
            for (JsonNode e : audit.isArray() ? audit : audit.path("entries")) {
                if (e.path("action").asText().startsWith("incident.")) {
                    audited.add(
                            e.path("action").asText() + " " + e.path("actor").asText());
                }
            }
            assertThat(audited)
                    .contains(
                            "incident.created amina",
                            "incident.submitted amina",
                            "incident.confirmed bilal",
                            "incident.published bilal",
                            "incident.revised amina",
                            "incident.linked bilal");
            assertThat(audited).doesNotContain("incident.confirmed amina");
        }
        try (AlertNode again = AlertNode.start(dir)) {
            again.user("victor", Role.VIEWER);
            again.user("amina", Role.ANALYST);
            JsonNode page = again.getJson("amina", "/api/incidents/reports/JSR-1");
            assertThat(page.path("versions")).hasSize(2);
            assertThat(page.path("history")).hasSize(8);
            assertThat(page.path("links")).hasSize(1);
            assertThat(again.getJson("victor", "/api/incidents?limit=5")
                            .path("total")
                            .asInt())
                    .isEqualTo(1);
        }
    }

    @Test
    void create_badFields_answer400NamingEachField(@TempDir Path dir) throws Exception {
        try (AlertNode node = AlertNode.start(dir)) {
            node.user("amina", Role.ANALYST);
            String bad = TINZAOUATEN
                    .replace("19.966", "123.5")
                    .replace("BORDER_INCURSION", "SKIRMISH")
                    .replace("\"B2\"", "\"Z9\"")
                    .replace("\"killed\":2", "\"killed\":-1")
                    .replace("\"place\":\"Tin Zaouatine\",", "");
            var answer = node.post("amina", "/api/incidents/reports", bad);
            assertThat(answer.statusCode()).isEqualTo(400);
            JsonNode errors = json.readTree(answer.body()).path("errors");
            List<String> fields = new ArrayList<>();
            errors.fieldNames().forEachRemaining(fields::add);
            assertThat(fields).containsExactlyInAnyOrder("place", "latitude", "subType", "killed", "grading");
            assertThat(errors.path("latitude").toString())
                    .isEqualTo("[{\"message\":\"must be within -90..90\",\"value\":\"123.5\"}]");

            var noSource = node.post(
                    "amina",
                    "/api/incidents/reports",
                    TINZAOUATEN.replace("[\"Border post report\",\"Regional command\"]", "[]"));
            assertThat(noSource.body())
                    .isEqualTo("{\"code\":\"BAD_PARAMETER\",\"message\":\"bad parameter sources: report needs at least"
                            + " one source\",\"errors\":{\"sources\":[{\"message\":\"report needs at least one"
                            + " source\"}]}}");
            var unknownField = node.post("amina", "/api/incidents/reports", TINZAOUATEN.replace("\"date\"", "\"day\""));
            assertThat(unknownField.statusCode()).isEqualTo(400);
            assertThat(json.readTree(unknownField.body()).path("errors").has("day"))
                    .isTrue();
            assertThat(json.readTree(unknownField.body()).path("errors").has("date"))
                    .isTrue();
            var rejectNoReason = node.post("amina", "/api/incidents/reports/JSR-1/reject", "{}");
            assertThat(rejectNoReason.statusCode()).isEqualTo(400);
            assertThat(node.post("amina", "/api/incidents/reports/JSR-1/approve", "")
                            .statusCode())
                    .isEqualTo(404);
        }
    }
}
