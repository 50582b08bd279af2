package io.jisr.app.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jisr.access.LoginOutcome;
import io.jisr.ais.Reception;
import io.jisr.ais.message.AisMessage;
import io.jisr.app.http.TestMessages;
import io.jisr.app.node.NodeRuntime;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jisr demo --pair}: two nodes, each fed by the simulator through its own receivers, federated
 * under the example agreement; what DZA's annexes release reaches USA with its provenance, and nothing
 * else does.
 */
class DemoPairTest {
    static final String ADMIN_PASSWORD = "demo pair test administrator";

    /** Inside the agreement's Algerian basin box. */
    static final int INSIDE = 605_999_001;
    /** North of the box, off the Balearics. */
    static final int OUTSIDE = 605_999_002;

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    @Test
    void pair_releasesWhatTheAnnexAllows_withProvenance_andNothingFromOutsideIt() throws Exception {
        PrintStream console = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        DemoPair.Settings settings = new DemoPair.Settings(
                dir, 100, 1, 42, 0, 0, Duration.ofSeconds(1), Map.of("JISR_ADMIN_PASSWORD", ADMIN_PASSWORD));
        String agreementAsWritten;
        try (DemoPair pair = DemoPair.start(settings, console)) {
            agreementAsWritten = Files.readString(pair.agreement());
            assertThat(agreementAsWritten).contains("from: DZA", "to: USA", "delay: PT1S", "precision: 0.01");
            assertThat(pair.dzaConfig().nodeId()).isEqualTo("dza-1");
            assertThat(pair.usaConfig().nodeId()).isEqualTo("usa-1");
            NodeRuntime dza = pair.dza().runtime();
            NodeRuntime usa = pair.usa().runtime();
            // Heard at DZA: the vessel outside the box first, so that once the later one arrives at USA the
            // earlier would have too, had the annex released it.
            // (Static data is released at the vessel's position: it follows the first position report.)
            hear(dza, TestMessages.position(OUTSIDE, 40.5, 3.0, 12.0, 90.0, 90));
            hear(dza, TestMessages.voyage(OUTSIDE, "TASSILI", "7TAC", 70, "PALMA"));
            hear(dza, TestMessages.position(INSIDE, 36.81234, 3.06789, 12.0, 90.0, 90));
            hear(dza, TestMessages.voyage(INSIDE, "EL DJAZAIR", "7TAB", 70, "ALGIERS"));

            String token = token(usa);
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> get(usa, token, "/api/vessels/" + INSIDE).statusCode() == 200);
            JsonNode inside =
                    MAPPER.readTree(get(usa, token, "/api/vessels/" + INSIDE).body());
            assertThat(inside.path("partners").toString()).isEqualTo("[\"dza-1\"]");
            assertThat(inside.path("heardBy").findValuesAsText("receiver")).containsExactly("partner-dza-1");
            // On the annex's 0.01 degree grid, with the static data released beside it.
            assertThat(inside.path("position").path("lat").asDouble()).isEqualTo(36.81);
            assertThat(inside.path("position").path("lon").asDouble()).isEqualTo(3.07);
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> MAPPER.readTree(
                                    get(usa, token, "/api/vessels/" + INSIDE).body())
                            .path("name")
                            .asText()
                            .equals("EL DJAZAIR"));
            // DZA heard the vessel outside the box, and it never left.
            assertThat(dza.node().picture().size()).isPositive();
            assertThat(get(dza, token(dza), "/api/vessels/" + OUTSIDE).statusCode())
                    .isEqualTo(200);
            assertThat(get(usa, token, "/api/vessels/" + OUTSIDE).statusCode()).isEqualTo(404);

            // The simulated traffic DZA's coast hears reaches USA too, each vessel with its provenance.
            await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
                JsonNode rows = MAPPER.readTree(get(usa, token, "/api/vessels?format=compact&limit=50000")
                        .body());
                int partnersColumn = -1;
                for (int i = 0; i < rows.path("fields").size(); i++) {
                    if (rows.path("fields").get(i).asText().equals("partners")) {
                        partnersColumn = i;
                    }
                }
                int fromDza = 0;
                for (JsonNode row : rows.path("vessels")) {
                    if (row.get(partnersColumn).asText("").equals("dza-1")
                            && row.get(0).asInt() != INSIDE) {
                        fromDza++;
                    }
                }
                assertThat(fromDza).isGreaterThan(3);
            });

            // The link, as the operators see it.
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                JsonNode links =
                        MAPPER.readTree(get(usa, token, "/api/federation/links").body());
                assertThat(links.path("links").get(0).path("node").asText()).isEqualTo("dza-1");
                assertThat(links.path("links").get(0).path("connected").asBoolean())
                        .isTrue();
                assertThat(links.path("links").get(0).path("applied").asLong()).isGreaterThan(4);
            });
        }

        // Started again on the same directory: the same keys, so the same agreement, and the data kept.
        try (DemoPair again = DemoPair.start(settings, console)) {
            assertThat(Files.readString(again.agreement())).isEqualTo(agreementAsWritten);
            String token = token(again.usa().runtime());
            assertThat(get(again.usa().runtime(), token, "/api/vessels/" + INSIDE)
                            .statusCode())
                    .isEqualTo(200);
        }
    }

    private static void hear(NodeRuntime node, AisMessage message) {
        Instant now = Instant.now();
        Reception reception = new Reception("AI", false, Optional.of("A"), Optional.empty(), Optional.of(now), 1, 1);
        node.node().pipeline().accept("local-ais", message, reception, now, 1);
    }

    private static String token(NodeRuntime node) {
        LoginOutcome.SignedIn admin =
                (LoginOutcome.SignedIn) node.accounts().login("admin", ADMIN_PASSWORD, "127.0.0.1");
        return node.accounts()
                .createToken(admin.principal(), "tests", Optional.empty())
                .secret();
    }

    private HttpResponse<String> get(NodeRuntime node, String token, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.httpPort() + path))
                        .header("Authorization", "Bearer " + token)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
