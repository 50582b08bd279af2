package io.jisr.app.federation;

import static io.jisr.app.federation.FederationFixture.hear;
import static io.jisr.app.federation.FederationFixture.position;
import static io.jisr.app.federation.FederationFixture.voyage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.jisr.app.node.NodeRuntime;
import io.jisr.store.StoreSettings;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code GET /api/federation/audit} on two real nodes after records flowed both ways: the batches released and
 * received and the agreement's first version, newest first and decoded; the filters, paging by {@code before},
 * 400 naming the bad parameter, 403 to a watch officer; and the verification, intact, then broken at the entry
 * whose stored bytes were changed directly in the database.
 */
class FederationAuditApiTest {
    static final int ALGERIAN_CARGO = 605_000_101;
    static final int US_TANKER = 366_000_101;

    final AgreementApiTest api = new AgreementApiTest();

    AgreementApiTest.Answer get(NodeRuntime node, String token, String query) throws Exception {
        return api.call(node, token, "GET", "/api/federation/audit" + query, null);
    }

    static List<String> kinds(JsonNode entries) {
        List<String> kinds = new ArrayList<>();
        entries.forEach(e -> kinds.add(e.path("kind").asText()));
        return kinds;
    }

    static List<Long> indices(JsonNode entries) {
        List<Long> indices = new ArrayList<>();
        entries.forEach(e -> indices.add(e.path("index").asLong()));
        return indices;
    }

    @Test
    void batchesReleasedAndReceived_listedFilteredPagedAndVerified_brokenAfterTampering(@TempDir Path dir)
            throws Exception {
        FederationFixture fixture = new FederationFixture(dir);
        try (NodeRuntime dza = fixture.startDza();
                NodeRuntime usa = fixture.startUsa()) {
            String admin = AgreementApiTest.adminToken(dza);
            String watch = AgreementApiTest.watchOfficerToken(dza);
            hear(dza, position(ALGERIAN_CARGO, 36.81234, 3.06789));
            hear(dza, voyage(ALGERIAN_CARGO, "EL DJAZAIR", 70));
            hear(usa, voyage(US_TANKER, "LIBERTY STAR", 80));
            hear(usa, position(US_TANKER, 37.5, 5.25));
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                JsonNode all = get(dza, admin, "?limit=1000").body().path("entries");
                assertThat(kinds(all)).contains("batch-released", "batch-received", "agreement-changed");
                long released = 0;
                long received = 0;
                for (JsonNode e : all) {
                    if (e.path("kind").asText().equals("batch-released")) {
                        released += e.path("records").asLong();
                    } else if (e.path("kind").asText().equals("batch-received")) {
                        received += e.path("records").asLong();
                    }
                }
                assertThat(released).isEqualTo(2);
                assertThat(received).isEqualTo(2);
            });

            // Everything, newest first, decoded, and the chain verified now.
            AgreementApiTest.Answer all = get(dza, admin, "");
            assertThat(all.status()).isEqualTo(200);
            JsonNode entries = all.body().path("entries");
            List<Long> order = indices(entries);
            assertThat(order).isSortedAccordingTo((a, b) -> Long.compare(b, a)).endsWith(0L);
            assertThat(all.body().path("nextBefore").isNull()).isTrue();
            JsonNode verified = all.body().path("verified");
            assertThat(verified.path("ok").asBoolean()).isTrue();
            assertThat(verified.path("entries").asLong()).isEqualTo(order.size());
            assertThat(verified.path("head").asText())
                    .isEqualTo(all.body().path("head").asText())
                    .isEqualTo(entries.get(0).path("hash").asText())
                    .hasSize(64);
            JsonNode first = entries.get(entries.size() - 1);
            assertThat(first.path("kind").asText()).isEqualTo("agreement-changed");
            assertThat(first.path("agreement").asText()).isEqualTo("dza-usa-maritime");
            assertThat(first.path("version").asInt()).isEqualTo(1);
            assertThat(first.path("actor").asText()).isEqualTo("file");
            assertThat(first.path("changes").get(0).asText()).startsWith("agreement: added version 1");
            for (JsonNode e : entries) {
                assertThat(e.path("time").asText()).isNotEmpty();
                if (e.path("kind").asText().startsWith("batch-")) {
                    assertThat(e.path("partner").path("nation").asText()).isEqualTo("USA");
                    assertThat(e.path("partner").path("node").asText()).isEqualTo("usa-1");
                    assertThat(e.path("upTo").asLong())
                            .isGreaterThan(e.path("after").asLong());
                    long sum = 0;
                    for (JsonNode c : e.path("categories")) {
                        assertThat(c.path("category").asText()).isIn("vessel-positions", "vessel-static");
                        sum += c.path("count").asLong();
                    }
                    assertThat(sum).isEqualTo(e.path("records").asLong()).isPositive();
                }
            }

            // Filters: kind, partner by node or nation, time.
            JsonNode received = get(dza, admin, "?kind=batch-received").body().path("entries");
            assertThat(kinds(received)).isNotEmpty().containsOnly("batch-received");
            JsonNode batches = get(dza, admin, "?kind=batch-released,batch-received")
                    .body()
                    .path("entries");
            assertThat(kinds(batches))
                    .contains("batch-released", "batch-received")
                    .doesNotContain("agreement-changed");
            assertThat(indices(get(dza, admin, "?partner=usa-1").body().path("entries")))
                    .isEqualTo(indices(batches));
            assertThat(indices(get(dza, admin, "?partner=USA").body().path("entries")))
                    .isEqualTo(indices(batches));
            assertThat(get(dza, admin, "?partner=gbr-1").body().path("entries")).isEmpty();
            assertThat(get(dza, admin, "?kind=agreement-changed&partner=usa-1")
                            .body()
                            .path("entries"))
                    .isEmpty();
            assertThat(get(dza, admin, "?from=2100-01-01T00:00:00Z").body().path("entries"))
                    .isEmpty();
            assertThat(get(dza, admin, "?to=2020-01-01T00:00:00Z").body().path("entries"))
                    .isEmpty();
            String firstTime = first.path("time").asText();
            assertThat(indices(get(dza, admin, "?to=" + firstTime).body().path("entries")))
                    .doesNotContain(0L);
            assertThat(indices(get(dza, admin, "?from=2020-01-01T00:00:00Z&to=2100-01-01T00:00:00Z")
                            .body()
                            .path("entries")))
                    .containsAll(order);

            // Paging: one entry at a time, by before, gives the same entries in the same order.
            List<Long> paged = new ArrayList<>();
            String query = "?limit=1&verify=false";
            while (true) {
                AgreementApiTest.Answer page = get(dza, admin, query);
                assertThat(page.status()).isEqualTo(200);
                assertThat(page.body().has("verified")).isFalse();
                assertThat(page.body().path("entries").size()).isLessThanOrEqualTo(1);
                paged.addAll(indices(page.body().path("entries")));
                if (page.body().path("nextBefore").isNull()) {
                    break;
                }
                assertThat(page.body().path("nextBefore").asLong()).isEqualTo(paged.getLast());
                query = "?limit=1&verify=false&before="
                        + page.body().path("nextBefore").asLong();
            }
            assertThat(paged).containsSubsequence(order);
            assertThat(paged).endsWith(0L).doesNotHaveDuplicates();

            // Bad parameters: 400 naming the parameter.
            for (String[] bad : new String[][] {
                {"limit=0", "limit"},
                {"limit=1001", "limit"},
                {"limit=ten", "limit"},
                {"limit=1&limit=2", "limit"},
                {"kind=batch-lost", "kind"},
                {"from=yesterday", "from"},
                {"to=2020-01-01T00:00:00Z&from=2021-01-01T00:00:00Z", "to"},
                {"before=0", "before"},
                {"partner=usa%201", "partner"},
                {"verify=maybe", "verify"}
            }) {
                AgreementApiTest.Answer answer = get(dza, admin, "?" + bad[0]);
                assertThat(answer.status()).as(bad[0]).isEqualTo(400);
                assertThat(answer.body().path("code").asText()).isEqualTo("BAD_PARAMETER");
                assertThat(answer.body().path("message").asText()).as(bad[0]).contains(bad[1]);
                assertThat(answer.body().path("errors").has(bad[1])).as(bad[0]).isTrue();
            }

            // Administrators only.
            assertThat(get(dza, watch, "").status()).isEqualTo(403);

            // Someone with the database changes a released batch's count: the chain is broken there.
            long tampered = received.get(0).path("index").asLong();
            try (Connection db = DriverManager.getConnection(
                    StoreSettings.h2(dir.resolve("dza-data")).jdbcUrl(), "jisr", "")) {
                byte[] content;
                try (PreparedStatement read = db.prepareStatement("SELECT content FROM fed_audit WHERE idx = ?")) {
                    read.setLong(1, tampered);
                    try (ResultSet rs = read.executeQuery()) {
                        assertThat(rs.next()).isTrue();
                        content = rs.getBytes(1);
                    }
                }
                // The last byte is the low byte of upTo: the batch now claims to end one record later.
                content[content.length - 1]++;
                try (PreparedStatement write = db.prepareStatement("UPDATE fed_audit SET content = ? WHERE idx = ?")) {
                    write.setBytes(1, content);
                    write.setLong(2, tampered);
                    assertThat(write.executeUpdate()).isEqualTo(1);
                }
            }
            AgreementApiTest.Answer after = get(dza, admin, "?kind=batch-received");
            assertThat(after.status()).isEqualTo(200);
            JsonNode broken = after.body().path("verified");
            assertThat(broken.path("ok").asBoolean()).isFalse();
            assertThat(broken.path("brokenAt").asLong()).isEqualTo(tampered);
            assertThat(broken.path("message").asText())
                    .isEqualTo("entry " + tampered + ": its bytes do not hash to its stored hash "
                            + received.get(0).path("hash").asText());
            // The listing shows what is stored now; the hash says it is not what was sealed.
            JsonNode listed = after.body().path("entries").get(0);
            assertThat(listed.path("index").asLong()).isEqualTo(tampered);
            assertThat(listed.path("upTo").asLong())
                    .isEqualTo(received.get(0).path("upTo").asLong() + 1);
            assertThat(dza.federation().orElseThrow().verifyAudit(java.util.Optional.empty()))
                    .isEqualTo(new io.jisr.exchange.audit.AuditVerifier.Verdict.Broken(
                            tampered, broken.path("message").asText()));
        }
    }
}
