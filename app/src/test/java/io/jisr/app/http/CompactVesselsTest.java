package io.jisr.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code GET /api/vessels?format=compact}: the rows the web map loads its viewport with. */
class CompactVesselsTest {

    static TestNode node;

    @BeforeAll
    static void start() {
        node = new TestNode();
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @Test
    void vessels_compact_answersRowsWithTheMapsFields() {
        HttpResponse<String> response = node.get("/api/vessels?format=compact&limit=50000");
        JsonNode body = HttpApiTest.json(response);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(body.get("count").asInt()).isEqualTo(156);
        assertThat(body.get("truncated").asBoolean()).isFalse();
        assertThat(body.get("fields").toString())
                .isEqualTo("[\"mmsi\",\"kind\",\"category\",\"lat\",\"lon\",\"speedKnots\",\"courseDegrees\","
                        + "\"headingDegrees\",\"lastSeen\",\"name\",\"flag\",\"partners\"]");
        JsonNode campbellFoss = null;
        for (JsonNode row : body.get("vessels")) {
            if (row.get(0).asInt() == 367076360) {
                campbellFoss = row;
            }
        }
        assertThat(campbellFoss).isNotNull();
        assertThat(campbellFoss.toString())
                .isEqualTo("[367076360,\"CLASS_A\",\"TUG_AND_SPECIAL\",33.709537,-118.251758,2.2,134.6,null,"
                        + "\"2026-01-01T00:03:16Z\",\"CAMPBELL FOSS\",\"USA\",null]");
    }

    @Test
    void vessels_compactWithLimit_keepsOrderAndSaysTruncated() {
        JsonNode full = HttpApiTest.json(node.get("/api/vessels?limit=3"));
        JsonNode compact = HttpApiTest.json(node.get("/api/vessels?limit=3&format=compact"));

        assertThat(compact.get("truncated").asBoolean()).isTrue();
        for (int i = 0; i < 3; i++) {
            assertThat(compact.get("vessels").get(i).get(0).asInt())
                    .isEqualTo(full.get("vessels").get(i).get("mmsi").asInt());
        }
    }

    @Test
    void vessels_unknownFormat_isBadParameter() {
        HttpResponse<String> response = node.get("/api/vessels?format=xml");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body())
                .isEqualTo("{\"code\":\"BAD_PARAMETER\",\"message\":\"bad parameter format: must be full or compact\","
                        + "\"errors\":{\"format\":[{\"message\":\"must be full or compact\",\"value\":\"xml\"}]}}");
    }
}
