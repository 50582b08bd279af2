package io.jisr.app.federation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jisr.access.Accounts;
import io.jisr.access.AuditEntry;
import io.jisr.access.AuditQuery;
import io.jisr.access.LoginOutcome;
import io.jisr.access.Principal;
import io.jisr.access.Role;
import io.jisr.access.Username;
import io.jisr.app.node.NodeRuntime;
import io.jisr.exchange.audit.AuditVerifier;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The agreements on the operators' API: administrators read, edit, suspend and reinstate them; every change
 * is a new stored version, validated (400 with the problems named), made on the current version (409
 * otherwise), audited in both audits, and still in force after a restart.
 */
class AgreementApiTest {
    static final String ID = "dza-usa-maritime";
    final ObjectMapper json = new ObjectMapper();
    final HttpClient http = HttpClient.newHttpClient();

    record Answer(int status, JsonNode body) {}

    Answer call(NodeRuntime node, String token, String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.httpPort() + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(
                response.statusCode(),
                response.body().isEmpty() ? json.createObjectNode() : json.readTree(response.body()));
    }

    static Principal signIn(Accounts accounts, String name, String password) {
        return ((LoginOutcome.SignedIn) accounts.login(name, password, "127.0.0.1")).principal();
    }

    static String adminToken(NodeRuntime node) {
        return node.accounts()
                .createToken(
                        signIn(node.accounts(), "admin", FederationFixture.ADMIN_PASSWORD), "tests", Optional.empty())
                .secret();
    }

    static String watchOfficerToken(NodeRuntime node) {
        Accounts accounts = node.accounts();
        Principal admin = signIn(accounts, "admin", FederationFixture.ADMIN_PASSWORD);
        String password = "watch officer password 1";
        accounts.createUser(
                admin, Username.of("wendy"), Optional.empty(), Set.of(Role.WATCH_OFFICER), "initial " + password);
        accounts.changePassword(signIn(accounts, "wendy", "initial " + password), "initial " + password, password);
        return accounts.createToken(signIn(accounts, "wendy", password), "tests", Optional.empty())
                .secret();
    }

    String edit(int version, JsonNode agreement, String reason) {
        ObjectNode body = json.createObjectNode();
        body.put("version", version);
        body.put("reason", reason);
        body.set("agreement", agreement);
        return body.toString();
    }

    static ObjectNode annex(JsonNode agreement, String id) {
        for (JsonNode a : agreement.path("annexes")) {
            if (a.path("id").asText().equals(id)) {
                return (ObjectNode) a;
            }
        }
        throw new AssertionError("no annex " + id);
    }

    @Test
    void administrators_editSuspendAndReinstate_withVersionsValidationConflictsAndAudit(@TempDir Path dir)
            throws Exception {
        FederationFixture fixture = new FederationFixture(dir);
        try (NodeRuntime dza = fixture.startDza()) {
            String admin = adminToken(dza);
            String watch = watchOfficerToken(dza);

            // Read: the file's agreement, stored as version 1 at first start.
            Answer list = call(dza, admin, "GET", "/api/federation/agreements", null);
            assertThat(list.status()).isEqualTo(200);
            assertThat(list.body().path("nation").asText()).isEqualTo("DZA");
            JsonNode first = list.body().path("agreements").get(0);
            assertThat(first.path("savedBy").asText()).isEqualTo("file");
            JsonNode v1 = first.path("agreement");
            assertThat(v1.path("id").asText()).isEqualTo(ID);
            assertThat(v1.path("version").asInt()).isEqualTo(1);
            assertThat(v1.path("status").asText()).isEqualTo("in-force");
            assertThat(v1.path("annexes")).hasSize(4);
            assertThat(annex(v1, "A1").path("areas").get(0).path("name").asText())
                    .isEqualTo("algerian-basin");
            assertThat(annex(v1, "A1").path("precision").asText()).isEqualTo("0.1");

            // Administrators only; unknown agreements are 404.
            assertThat(call(dza, watch, "GET", "/api/federation/agreements", null)
                            .status())
                    .isEqualTo(403);
            assertThat(call(dza, watch, "POST", "/api/federation/agreements/" + ID + "/suspend", "{\"reason\":\"x\"}")
                            .status())
                    .isEqualTo(403);
            assertThat(call(dza, admin, "GET", "/api/federation/agreements/nope/versions", null)
                            .status())
                    .isEqualTo(404);
            assertThat(call(dza, admin, "POST", "/api/federation/agreements/nope/suspend", "{\"reason\":\"x\"}")
                            .status())
                    .isEqualTo(404);
            assertThat(call(dza, admin, "PUT", "/api/federation/agreements/nope", edit(1, v1, "x"))
                            .status())
                    .isEqualTo(404);
            // A reason is required, and a body.
            assertThat(call(dza, admin, "POST", "/api/federation/agreements/" + ID + "/suspend", "{}")
                            .status())
                    .isEqualTo(400);
            assertThat(call(dza, admin, "POST", "/api/federation/agreements/" + ID + "/suspend", "not json")
                            .status())
                    .isEqualTo(400);

            // Edit an annex: delay, precision, retention, subjects, area.
            ObjectNode changed = v1.deepCopy();
            ObjectNode a1 = annex(changed, "A1");
            a1.put("delay", "PT5M");
            a1.put("precision", "0.5");
            a1.put("retention", "P10D");
            ((ObjectNode) a1.path("subjects")).putArray("shipTypes").add(70).add(80);
            ArrayNode ring = (ArrayNode) a1.path("areas").get(0).path("polygon");
            ring.set(2, json.createArrayNode().add(39).add(8));
            Answer v2 = call(dza, admin, "PUT", "/api/federation/agreements/" + ID, edit(1, changed, "annex 2 signed"));
            assertThat(v2.status()).as(v2.body().toString()).isEqualTo(200);
            assertThat(v2.body().path("agreement").path("version").asInt()).isEqualTo(2);
            assertThat(v2.body().path("savedBy").asText()).isEqualTo("admin");
            assertThat(v2.body().path("changes").findValuesAsText("where"))
                    .contains(
                            "annexes[A1].delay",
                            "annexes[A1].precision",
                            "annexes[A1].retention",
                            "annexes[A1].subjects",
                            "annexes[A1].areas");

            // The same edit made on version 1 again: a conflict, nothing saved.
            Answer stale = call(dza, admin, "PUT", "/api/federation/agreements/" + ID, edit(1, changed, "again"));
            assertThat(stale.status()).isEqualTo(409);
            assertThat(stale.body().path("code").asText()).isEqualTo("CONFLICT");

            // An invalid version: the validator's problems are named.
            ObjectNode invalid = v2.body().path("agreement").deepCopy();
            annex(invalid, "A1").put("marking", "REL TO DZA");
            annex(invalid, "A2").put("retention", "-P1D");
            Answer refused = call(dza, admin, "PUT", "/api/federation/agreements/" + ID, edit(2, invalid, "bad"));
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.body().path("errors").fieldNames()).toIterable().hasSizeGreaterThanOrEqualTo(2);
            assertThat(refused.body().path("message").asText())
                    .contains("marking")
                    .contains("retention");
            // Form mistakes too; and a change of parties is refused.
            ObjectNode badDelay = v2.body().path("agreement").deepCopy();
            annex(badDelay, "A1").put("delay", "five minutes");
            assertThat(call(dza, admin, "PUT", "/api/federation/agreements/" + ID, edit(2, badDelay, "bad"))
                            .body()
                            .path("message")
                            .asText())
                    .contains("annexes[0].delay");
            ObjectNode parties = v2.body().path("agreement").deepCopy();
            ((ArrayNode) parties.path("parties")).remove(1);
            Answer partyChange = call(dza, admin, "PUT", "/api/federation/agreements/" + ID, edit(2, parties, "bad"));
            assertThat(partyChange.status()).isEqualTo(400);
            assertThat(partyChange.body().path("errors").has("parties")).isTrue();
            // Nothing changed is no version.
            assertThat(call(
                                    dza,
                                    admin,
                                    "PUT",
                                    "/api/federation/agreements/" + ID,
                                    edit(2, v2.body().path("agreement"), "same"))
                            .status())
                    .isEqualTo(400);

            // Remove annex A2, add C1.
            ObjectNode annexes = v2.body().path("agreement").deepCopy();
            ArrayNode all = (ArrayNode) annexes.path("annexes");
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).path("id").asText().equals("A2")) {
                    all.remove(i);
                    break;
                }
            }
            ObjectNode c1 = annex(annexes, "A1").deepCopy();
            c1.put("id", "C1");
            c1.put("category", "vessel-static");
            c1.remove("precision");
            all.add(c1);
            Answer v3 = call(dza, admin, "PUT", "/api/federation/agreements/" + ID, edit(2, annexes, "static moved"));
            assertThat(v3.status()).as(v3.body().toString()).isEqualTo(200);
            assertThat(v3.body().path("changes").findValuesAsText("where")).contains("annexes[A2]", "annexes[C1]");

            // Suspend, then suspending again changes nothing; reinstating an old version conflicts.
            Answer suspended = call(
                    dza,
                    admin,
                    "POST",
                    "/api/federation/agreements/" + ID + "/suspend",
                    "{\"reason\":\"partner breach\",\"version\":3}");
            assertThat(suspended.status()).as(suspended.body().toString()).isEqualTo(200);
            assertThat(suspended.body().path("agreement").path("status").asText())
                    .isEqualTo("suspended");
            assertThat(suspended.body().path("agreement").path("version").asInt())
                    .isEqualTo(4);
            assertThat(call(dza, admin, "POST", "/api/federation/agreements/" + ID + "/suspend", "{\"reason\":\"x\"}")
                            .status())
                    .isEqualTo(400);
            assertThat(call(
                                    dza,
                                    admin,
                                    "POST",
                                    "/api/federation/agreements/" + ID + "/reinstate",
                                    "{\"reason\":\"x\",\"version\":3}")
                            .status())
                    .isEqualTo(409);

            Answer versions = call(dza, admin, "GET", "/api/federation/agreements/" + ID + "/versions", null);
            assertThat(versions.status()).isEqualTo(200);
            assertThat(versions.body().path("versions").findValuesAsText("reason"))
                    .containsExactly(
                            "read from the agreement file at first start",
                            "annex 2 signed",
                            "static moved",
                            "partner breach");
            assertThat(versions.body()
                            .path("versions")
                            .get(3)
                            .path("changes")
                            .get(0)
                            .path("where")
                            .asText())
                    .isEqualTo("status");

            // Both audits: the node's access audit and the exchange chain (one entry per version).
            List<AuditEntry> entries = dza.accounts()
                    .audit(signIn(dza.accounts(), "admin", FederationFixture.ADMIN_PASSWORD), AuditQuery.newest(100));
            assertThat(entries).extracting(AuditEntry::action).contains("agreement.changed", "agreement.suspended");
            assertThat(entries.stream().filter(e -> e.action().equals("agreement.suspended")))
                    .singleElement()
                    .satisfies(e ->
                            assertThat(e.detail()).contains("partner breach").contains("IN_FORCE -> SUSPENDED"));
            AuditVerifier.Verdict chain = dza.federation().orElseThrow().verifyAudit(Optional.empty());
            assertThat(chain).isInstanceOf(AuditVerifier.Verdict.Intact.class);
            assertThat(((AuditVerifier.Verdict.Intact) chain).entries()).isGreaterThanOrEqualTo(4);
        }

        // After a restart the stored version wins over the file.
        try (NodeRuntime dza = fixture.startDza()) {
            JsonNode current = call(dza, adminToken(dza), "GET", "/api/federation/agreements", null)
                    .body()
                    .path("agreements")
                    .get(0);
            assertThat(current.path("agreement").path("version").asInt()).isEqualTo(4);
            assertThat(current.path("agreement").path("status").asText()).isEqualTo("suspended");
        }

        // ... unless the file carries a higher version number: it is imported as the new version.
        fixture.write("agreement.yaml", fixture.agreement().replace("version: 1", "version: 9"));
        try (NodeRuntime dza = fixture.startDza()) {
            String admin = adminToken(dza);
            JsonNode current = call(dza, admin, "GET", "/api/federation/agreements", null)
                    .body()
                    .path("agreements")
                    .get(0);
            assertThat(current.path("agreement").path("version").asInt()).isEqualTo(9);
            assertThat(current.path("agreement").path("status").asText()).isEqualTo("in-force");
            assertThat(current.path("savedBy").asText()).isEqualTo("file");
            assertThat(call(dza, admin, "GET", "/api/federation/agreements/" + ID + "/versions", null)
                            .body()
                            .path("versions"))
                    .hasSize(5);
        }
    }
}
