package io.jisr.app.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The security of the API over real HTTP: no data without a session or token, roles, CSRF, the login
 * rate limit, sessions, password changes, accounts, tokens, the audit log and the headers.
 */
class SecurityTest {
    private TestNode node;

    @BeforeEach
    void start() {
        node = new TestNode();
    }

    @AfterEach
    void stop() {
        node.close();
    }

    static JsonNode json(String body) {
        try {
            return Json.mapper().readTree(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<String> anonymous(String method, String path) {
        return node.send(method, path, method.equals("GET") || method.equals("DELETE") ? null : "{}", Map.of());
    }

    private static String error(String code, String message) {
        return "{\"code\":\"" + code + "\",\"message\":\"" + message + "\",\"errors\":{}}";
    }

    @Test
    void data_withoutSessionOrToken_answers401() {
        List<String> refused = new ArrayList<>();
        for (String[] request : new String[][] {
            {"GET", "/api/vessels"},
            {"GET", "/api/vessels/367076360"},
            {"GET", "/api/vessels/367076360/track"},
            {"GET", "/api/history?bbox=36.7,3.0,36.95,3.2"},
            {"GET", "/api/search?q=FOSS"},
            {"GET", "/api/nearest?lat=33.7&lon=-118.2"},
            {"GET", "/api/feeds"},
            {"GET", "/metrics"},
            {"GET", "/api/session"},
            {"DELETE", "/api/session"},
            {"POST", "/api/session/password"},
            {"PATCH", "/api/me"},
            {"GET", "/api/users"},
            {"POST", "/api/users"},
            {"PATCH", "/api/users/admin"},
            {"POST", "/api/users/admin/password"},
            {"GET", "/api/tokens"},
            {"POST", "/api/tokens"},
            {"DELETE", "/api/tokens/x"},
            {"GET", "/api/audit"},
            {"GET", "/api/ui-config"},
            {"GET", "/api/no-such-thing"}
        }) {
            HttpResponse<String> r = anonymous(request[0], request[1]);
            if (r.statusCode() == 401
                    && r.body()
                            .equals(error("UNAUTHENTICATED", "sign in first: no session cookie and no bearer token"))) {
                refused.add(request[0] + " " + request[1]);
            }
        }
        assertThat(refused).hasSize(22);
    }

    @Test
    void operationsEndpoints_arePublic() {
        assertThat(anonymous("GET", "/health/live").statusCode()).isEqualTo(200);
        assertThat(anonymous("GET", "/health").statusCode()).isEqualTo(200);
        assertThat(anonymous("GET", "/openapi.yaml").statusCode()).isEqualTo(200);
    }

    @Test
    void badBearerToken_answers401_evenWithAValidCookie() {
        Browser officer = Browser.signIn(node, "officer", TestNode.OFFICER_PASSWORD);
        HttpResponse<String> r = node.send(
                "GET", "/api/vessels", null, Map.of("Authorization", "Bearer jisr_forged", "Cookie", officer.cookie));
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.body())
                .isEqualTo(error("UNAUTHENTICATED", "the bearer token is not valid (unknown, revoked or expired)"));
        assertThat(node.send("GET", "/api/vessels", null, Map.of("Authorization", "Basic YWRtaW46YWRtaW4="))
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void login_me_logout_roundTrip() {
        Browser officer = Browser.signIn(node, "officer", TestNode.OFFICER_PASSWORD);
        JsonNode me = json(officer.login.body());
        assertThat(me.toString())
                .isEqualTo("{\"username\":\"officer\",\"displayName\":\"Officer of the watch\","
                        + "\"roles\":[\"WATCH_OFFICER\"],\"language\":\"en\",\"theme\":\"light\","
                        + "\"mustChangePassword\":false,\"csrfToken\":\"" + officer.csrfToken + "\"}");
        assertThat(officer.csrfToken).hasSize(43);
        assertThat(officer.login.headers().firstValue("Set-Cookie").orElseThrow())
                .matches("jisr_session=[A-Za-z0-9_-]{43}; Path=/; Max-Age=43200; HttpOnly; SameSite=Strict");

        HttpResponse<String> session = officer.get("/api/session");
        assertThat(session.statusCode()).isEqualTo(200);
        assertThat(session.body()).isEqualTo(officer.login.body());
        assertThat(officer.get("/api/vessels?limit=1").statusCode()).isEqualTo(200);

        HttpResponse<String> noCsrf = officer.sendWithoutCsrf("DELETE", "/api/session", null);
        assertThat(noCsrf.statusCode()).isEqualTo(403);
        assertThat(json(noCsrf.body()).path("code").asText()).isEqualTo("CSRF");

        HttpResponse<String> logout = officer.send("DELETE", "/api/session", null);
        assertThat(logout.statusCode()).isEqualTo(204);
        assertThat(logout.headers().firstValue("Set-Cookie"))
                .hasValue("jisr_session=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict");
        HttpResponse<String> after = officer.get("/api/session");
        assertThat(after.statusCode()).isEqualTo(401);
        assertThat(after.body()).isEqualTo(error("UNAUTHENTICATED", "the session has ended; sign in again"));
    }

    @Test
    void login_unknownUserAndWrongPassword_getTheSameAnswer_andAreAudited() {
        HttpResponse<String> unknown =
                node.send("POST", "/api/session", Browser.credentials("nobody", "whatever password"), Map.of());
        HttpResponse<String> wrong =
                node.send("POST", "/api/session", Browser.credentials("officer", "whatever password"), Map.of());
        HttpResponse<String> hostile = node.send(
                "POST", "/api/session", Browser.credentials("robert'); drop table account;--", "x"), Map.of());
        for (HttpResponse<String> r : List.of(unknown, wrong, hostile)) {
            assertThat(r.statusCode()).isEqualTo(401);
            assertThat(r.body()).isEqualTo(error("UNAUTHENTICATED", "wrong username or password"));
            assertThat(r.headers().firstValue("Set-Cookie")).isEmpty();
        }
        JsonNode entries = json(Browser.signIn(node, "admin", TestNode.ADMIN_PASSWORD)
                        .get("/api/audit?action=login.failed")
                        .body())
                .path("entries");
        assertThat(entries).hasSize(3);
        assertThat(entries.get(0).path("actor").asText()).isEqualTo("robert'); drop table account;--");
        assertThat(entries.get(1).path("actor").asText()).isEqualTo("officer");
        assertThat(entries.get(1).path("detail").asText()).isEqualTo("wrong password");
        assertThat(entries.get(2).path("detail").asText()).isEqualTo("unknown user");
        assertThat(entries.toString()).doesNotContain("whatever password");
    }

    @Test
    void login_fromAnotherOrigin_isRefused() {
        HttpResponse<String> r = node.send(
                "POST",
                "/api/session",
                Browser.credentials("officer", TestNode.OFFICER_PASSWORD),
                Map.of("Origin", "https://evil.example"));
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).isEqualTo(error("FORBIDDEN", "sign-in from another origin is refused"));
        // Behind a TLS proxy the browser's origin is https while the node sees http: the host decides.
        HttpResponse<String> proxied = node.send(
                "POST",
                "/api/session",
                Browser.credentials("officer", TestNode.OFFICER_PASSWORD),
                Map.of("Origin", "https://127.0.0.1:" + node.port));
        assertThat(proxied.statusCode()).isEqualTo(200);
    }

    @Test
    void login_afterFiveFailures_isRateLimited_untilTheDelayPasses() {
        for (int i = 0; i < 5; i++) {
            assertThat(node.send("POST", "/api/session", Browser.credentials("officer", "guess number " + i), Map.of())
                            .statusCode())
                    .isEqualTo(401);
        }
        HttpResponse<String> limited =
                node.send("POST", "/api/session", Browser.credentials("officer", TestNode.OFFICER_PASSWORD), Map.of());
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).hasValue("60");
        assertThat(limited.body())
                .isEqualTo(error("RATE_LIMITED", "too many failed sign-ins; try again in 60 seconds"));

        node.clock.advance(Duration.ofSeconds(61));
        assertThat(node.send(
                                "POST",
                                "/api/session",
                                Browser.credentials("officer", TestNode.OFFICER_PASSWORD),
                                Map.of())
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void passwordChange_guessingTheCurrentPassword_isRateLimited() {
        Browser officer = Browser.signIn(node, "officer", TestNode.OFFICER_PASSWORD);
        for (int i = 0; i < 5; i++) {
            assertThat(officer.send(
                                    "POST",
                                    "/api/session/password",
                                    "{\"currentPassword\":\"guess " + i + "\",\"newPassword\":\"a new long password\"}")
                            .statusCode())
                    .isEqualTo(400);
        }
        HttpResponse<String> limited = officer.send(
                "POST",
                "/api/session/password",
                "{\"currentPassword\":\"" + TestNode.OFFICER_PASSWORD + "\",\"newPassword\":\"a new long password\"}");
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).hasValue("60");
        assertThat(limited.body())
                .isEqualTo(error("RATE_LIMITED", "too many wrong passwords; try again in 60 seconds"));
    }

    @Test
    void changes_withSession_needTheCsrfToken_withTokenDoNot() {
        Browser officer = Browser.signIn(node, "officer", TestNode.OFFICER_PASSWORD);
        HttpResponse<String> missing = officer.sendWithoutCsrf("PATCH", "/api/me", "{\"theme\":\"dark\"}");
        assertThat(missing.statusCode()).isEqualTo(403);
        assertThat(missing.body())
                .isEqualTo(error(
                        "CSRF",
                        "changes made with a session need the session's CSRF token in the X-CSRF-Token header"
                                + " (missing)"));
        Map<String, String> wrong = officer.headers(false);
        wrong.put("X-CSRF-Token", "not-the-token");
        assertThat(json(node.send("PATCH", "/api/me", "{\"theme\":\"dark\"}", wrong)
                                .body())
                        .path("message")
                        .asText())
                .endsWith("(wrong)");

        HttpResponse<String> ok = officer.send("PATCH", "/api/me", "{\"theme\":\"dark\",\"language\":\"ar\"}");
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(json(ok.body()).path("theme").asText()).isEqualTo("dark");
        assertThat(json(ok.body()).path("language").asText()).isEqualTo("ar");

        HttpResponse<String> viaToken = node.send("PATCH", "/api/me", "{\"theme\":\"light\"}", node.bearer());
        assertThat(viaToken.statusCode()).isEqualTo(200);
        assertThat(json(viaToken.body()).has("csrfToken")).isFalse();

        HttpResponse<String> bad = officer.send("PATCH", "/api/me", "{\"theme\":\"purple\",\"font\":\"big\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body())
                .isEqualTo("{\"code\":\"BAD_PARAMETER\",\"message\":\"bad parameters font, theme: see errors\","
                        + "\"errors\":{\"font\":[{\"message\":\"is not a field of this request; known are language,"
                        + " theme\"}],\"theme\":[{\"message\":\"theme must be light or dark, was \\\"purple\\\"\","
                        + "\"value\":\"purple\"}]}}");
    }

    @Test
    void wrongRole_answers403_sayingWhichRole() {
        HttpResponse<String> users = node.get("/api/users");
        assertThat(users.statusCode()).isEqualTo(403);
        assertThat(users.body())
                .isEqualTo(error("FORBIDDEN", "this needs the role ADMINISTRATOR; officer does not have it"));
        assertThat(node.get("/api/audit").statusCode()).isEqualTo(403);
        // No spelling of the path reaches the administrators' routes past the gate.
        for (String variant : List.of(
                "/api/%75sers",
                "/api//users",
                "/API/users",
                "/api/users/",
                "/api/./users",
                "/api/x/../users",
                "/api;x/users",
                "/api/users;x",
                "//api/users",
                "/api/%2e/users",
                "/api%2fusers")) {
            assertThat(node.get(variant).statusCode()).as(variant).isIn(400, 403, 404);
        }

        Browser admin = Browser.signIn(node, "admin", TestNode.ADMIN_PASSWORD);
        admin.send("PATCH", "/api/users/officer", "{\"roles\":[]}");
        HttpResponse<String> data = node.get("/api/vessels");
        assertThat(data.statusCode()).isEqualTo(403);
        assertThat(data.body())
                .isEqualTo(error(
                        "FORBIDDEN",
                        "this needs one of the roles VIEWER, WATCH_OFFICER, SAR_COORDINATOR, ANALYST,"
                                + " PROGRAMME_OFFICER, ADMINISTRATOR; officer does not have it"));
        assertThat(node.get("/api/tokens").statusCode()).isEqualTo(200);
    }

    @Test
    void newUser_mustChangePassword_beforeAnythingElse() {
        Browser admin = Browser.signIn(node, "admin", TestNode.ADMIN_PASSWORD);
        HttpResponse<String> created = admin.send(
                "POST",
                "/api/users",
                "{\"username\":\"Analyst.One\",\"displayName\":\"Amina\",\"roles\":[\"analyst\"],"
                        + "\"password\":\"temporary password 1\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode account = json(created.body());
        assertThat(account.path("username").asText()).isEqualTo("analyst.one");
        assertThat(account.path("roles").toString()).isEqualTo("[\"ANALYST\"]");
        assertThat(account.path("mustChangePassword").asBoolean()).isTrue();
        assertThat(created.body()).doesNotContain("temporary password 1").doesNotContain("argon2");

        Browser analyst = Browser.signIn(node, "analyst.one", "temporary password 1");
        assertThat(json(analyst.login.body()).path("mustChangePassword").asBoolean())
                .isTrue();
        HttpResponse<String> blocked = analyst.get("/api/vessels");
        assertThat(blocked.statusCode()).isEqualTo(403);
        assertThat(blocked.body())
                .isEqualTo(
                        error("PASSWORD_CHANGE_REQUIRED", "choose a new password first (POST /api/session/password)"));
        assertThat(analyst.get("/api/session").statusCode()).isEqualTo(200);

        HttpResponse<String> weak = analyst.send(
                "POST",
                "/api/session/password",
                "{\"currentPassword\":\"temporary password 1\",\"newPassword\":\"short\"}");
        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(weak.body())
                .isEqualTo("{\"code\":\"BAD_PARAMETER\",\"message\":\"bad parameter newPassword: password must have"
                        + " at least 12 characters, had 5\",\"errors\":{\"newPassword\":[{\"message\":\"password must"
                        + " have at least 12 characters, had 5\"}]}}");
        HttpResponse<String> wrongCurrent = analyst.send(
                "POST",
                "/api/session/password",
                "{\"currentPassword\":\"not it at all\",\"newPassword\":\"a much better passphrase\"}");
        assertThat(wrongCurrent.statusCode()).isEqualTo(400);
        assertThat(json(wrongCurrent.body()).path("message").asText())
                .isEqualTo("bad parameter currentPassword: current password is wrong");

        HttpResponse<String> changed = analyst.send(
                "POST",
                "/api/session/password",
                "{\"currentPassword\":\"temporary password 1\",\"newPassword\":\"a much better passphrase\"}");
        assertThat(changed.statusCode()).isEqualTo(204);
        assertThat(analyst.get("/api/vessels?limit=1").statusCode()).isEqualTo(200);
        assertThat(json(analyst.get("/api/session").body())
                        .path("mustChangePassword")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void administrators_manageAccounts_withinTheRules() {
        Browser admin = Browser.signIn(node, "admin", TestNode.ADMIN_PASSWORD);
        JsonNode users = json(admin.get("/api/users").body()).path("users");
        assertThat(users).hasSize(2);
        assertThat(users.get(0).path("username").asText()).isEqualTo("admin");
        assertThat(users.toString()).doesNotContain("argon2").doesNotContain("password\"");

        HttpResponse<String> renamed = admin.send(
                "PATCH",
                "/api/users/officer",
                "{\"displayName\":\"Lt. Haddad\",\"roles\":[\"WATCH_OFFICER\",\"SAR_COORDINATOR\"]}");
        assertThat(renamed.statusCode()).isEqualTo(200);
        assertThat(json(renamed.body()).path("roles").toString()).isEqualTo("[\"WATCH_OFFICER\",\"SAR_COORDINATOR\"]");

        HttpResponse<String> selfDemotion = admin.send("PATCH", "/api/users/admin", "{\"roles\":[\"VIEWER\"]}");
        assertThat(selfDemotion.statusCode()).isEqualTo(403);
        assertThat(selfDemotion.body())
                .isEqualTo(error(
                        "FORBIDDEN",
                        "administrators cannot remove their own ADMINISTRATOR role or disable themselves"));
        assertThat(admin.send("PATCH", "/api/users/admin", "{\"disabled\":true}")
                        .statusCode())
                .isEqualTo(403);

        HttpResponse<String> duplicate = admin.send(
                "POST", "/api/users", "{\"username\":\"officer\",\"roles\":[],\"password\":\"another long password\"}");
        assertThat(duplicate.statusCode()).isEqualTo(409);
        assertThat(duplicate.body()).isEqualTo(error("CONFLICT", "account officer exists already"));

        HttpResponse<String> bad = admin.send(
                "POST", "/api/users", "{\"username\":\"bad name\",\"roles\":[\"CAPTAIN\"],\"password\":\"x\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json(bad.body()).path("errors").fieldNames()).toIterable().containsExactly("username", "roles");

        assertThat(admin.send("PATCH", "/api/users/nobody", "{\"disabled\":true}")
                        .statusCode())
                .isEqualTo(404);

        // Disabling ends the account's sessions and tokens at once.
        Browser officer = Browser.signIn(node, "officer", TestNode.OFFICER_PASSWORD);
        assertThat(admin.send("PATCH", "/api/users/officer", "{\"disabled\":true}")
                        .statusCode())
                .isEqualTo(200);
        assertThat(officer.get("/api/session").statusCode()).isEqualTo(401);
        assertThat(node.get("/api/vessels").statusCode()).isEqualTo(401);
        assertThat(node.send(
                                "POST",
                                "/api/session",
                                Browser.credentials("officer", TestNode.OFFICER_PASSWORD),
                                Map.of())
                        .statusCode())
                .isEqualTo(401);
        admin.send("PATCH", "/api/users/officer", "{\"disabled\":false}");

        // A reset ends the sessions and forces a change at next login.
        Browser again = Browser.signIn(node, "officer", TestNode.OFFICER_PASSWORD);
        assertThat(admin.send("POST", "/api/users/officer/password", "{\"newPassword\":\"reset by the admin\"}")
                        .statusCode())
                .isEqualTo(204);
        assertThat(again.get("/api/session").statusCode()).isEqualTo(401);
        Browser reset = Browser.signIn(node, "officer", "reset by the admin");
        assertThat(json(reset.login.body()).path("mustChangePassword").asBoolean())
                .isTrue();
    }

    @Test
    void lastAdministrator_cannotBeRemovedByAnother() {
        Browser admin = Browser.signIn(node, "admin", TestNode.ADMIN_PASSWORD);
        admin.send(
                "POST",
                "/api/users",
                "{\"username\":\"second\",\"roles\":[\"ADMINISTRATOR\"],\"password\":\"second admin password\"}");
        node.accounts.changePassword(
                node.signInDirectly("second", "second admin password"),
                "second admin password",
                "second admin changed");
        Browser second = Browser.signIn(node, "second", "second admin changed");
        assertThat(second.send("PATCH", "/api/users/admin", "{\"disabled\":true}")
                        .statusCode())
                .isEqualTo(200);
        HttpResponse<String> last = admin.get("/api/session");
        assertThat(last.statusCode()).isEqualTo(401);
        // "second" is now the only enabled administrator and cannot demote itself.
        assertThat(second.send("PATCH", "/api/users/second", "{\"roles\":[]}").statusCode())
                .isEqualTo(403);
    }

    @Test
    void tokens_areShownOnce_work_andCanBeRevoked() {
        Browser officer = Browser.signIn(node, "officer", TestNode.OFFICER_PASSWORD);
        HttpResponse<String> created =
                officer.send("POST", "/api/tokens", "{\"name\":\"prometheus\",\"expiresInDays\":30}");
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode token = json(created.body());
        String secret = token.path("token").asText();
        assertThat(secret).matches("jisr_[A-Za-z0-9_-]{43}");
        assertThat(Duration.between(
                        java.time.Instant.parse(token.path("created").asText()),
                        java.time.Instant.parse(token.path("expires").asText())))
                .isEqualTo(Duration.ofDays(30));

        HttpResponse<String> list = officer.get("/api/tokens");
        assertThat(list.body()).doesNotContain(secret).contains("\"name\":\"prometheus\"");
        assertThat(json(list.body()).path("tokens")).hasSize(2);

        Map<String, String> bearer = Map.of("Authorization", "Bearer " + secret);
        assertThat(node.send("GET", "/metrics", null, bearer).statusCode()).isEqualTo(200);
        String id = token.path("id").asText();
        assertThat(officer.send("DELETE", "/api/tokens/" + id, null).statusCode())
                .isEqualTo(204);
        assertThat(node.send("GET", "/metrics", null, bearer).statusCode()).isEqualTo(401);
        assertThat(officer.send("DELETE", "/api/tokens/" + id, null).statusCode())
                .isEqualTo(404);

        HttpResponse<String> badDays = officer.send("POST", "/api/tokens", "{\"name\":\"x\",\"expiresInDays\":0}");
        assertThat(badDays.statusCode()).isEqualTo(400);
        assertThat(badDays.body())
                .isEqualTo("{\"code\":\"BAD_PARAMETER\",\"message\":\"bad parameter expiresInDays: must be within"
                        + " 1..3650\",\"errors\":{\"expiresInDays\":[{\"message\":\"must be within 1..3650\","
                        + "\"value\":\"0\"}]}}");
        HttpResponse<String> noName = officer.send("POST", "/api/tokens", "{\"name\":\"  \"}");
        assertThat(json(noName.body()).path("message").asText())
                .isEqualTo("bad parameter name: token name must not be empty");
    }

    @Test
    void tokens_ofOthers_areInvisible_exceptToAdministrators() {
        Browser admin = Browser.signIn(node, "admin", TestNode.ADMIN_PASSWORD);
        String adminTokenId = json(admin.send("POST", "/api/tokens", "{\"name\":\"admin's\"}")
                        .body())
                .path("id")
                .asText();
        HttpResponse<String> byOfficer = node.send("DELETE", "/api/tokens/" + adminTokenId, null, node.bearer());
        assertThat(byOfficer.statusCode()).isEqualTo(404);
        String officerTokenId = node.accounts
                .tokens(node.signInDirectly("officer", TestNode.OFFICER_PASSWORD))
                .get(0)
                .id();
        assertThat(admin.send("DELETE", "/api/tokens/" + officerTokenId, null).statusCode())
                .isEqualTo(204);
        assertThat(node.get("/api/vessels").statusCode()).isEqualTo(401);
    }

    @Test
    void audit_recordsChanges_andFilters() {
        Browser admin = Browser.signIn(node, "admin", TestNode.ADMIN_PASSWORD);
        admin.send("PATCH", "/api/me", "{\"language\":\"fr\"}");
        admin.send("POST", "/api/tokens", "{\"name\":\"backup\"}");

        JsonNode all = json(admin.get("/api/audit").body()).path("entries");
        List<String> actions = new ArrayList<>();
        all.forEach(e ->
                actions.add(e.path("actor").asText() + " " + e.path("action").asText()));
        assertThat(actions)
                .containsExactly(
                        "admin token.created",
                        "admin settings.changed",
                        "admin login.succeeded",
                        "officer token.created",
                        "officer password.changed",
                        "officer login.succeeded",
                        "admin user.created",
                        "admin login.succeeded",
                        "system user.created");
        assertThat(all.get(0).path("remoteAddress").asText()).isEqualTo("127.0.0.1");
        assertThat(all.get(1).path("detail").asText()).isEqualTo("language fr, theme light");

        JsonNode filtered = json(admin.get("/api/audit?actor=officer&action=token.created")
                        .body())
                .path("entries");
        assertThat(filtered).hasSize(1);
        assertThat(json(admin.get("/api/audit?limit=2").body()).path("entries")).hasSize(2);
        String from = all.get(0).path("time").asText();
        assertThat(json(admin.get("/api/audit?from=" + from).body())
                        .path("entries")
                        .size())
                .isGreaterThanOrEqualTo(1);

        HttpResponse<String> bad = admin.get("/api/audit?action=delete.everything&from=yesterday&limit=0");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json(bad.body()).path("errors").fieldNames())
                .toIterable()
                .containsExactly("action", "from", "limit");
    }

    @Test
    void everyAnswer_carriesTheSecurityHeaders() {
        for (HttpResponse<String> r : List.of(
                node.get("/api/vessels?limit=1"), anonymous("GET", "/api/vessels"), anonymous("GET", "/health/live"))) {
            assertThat(r.headers().firstValue("Content-Security-Policy"))
                    .hasValue("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:;"
                            + " connect-src 'self' ws://127.0.0.1:" + node.port
                            + "; font-src 'self'; object-src 'none';"
                            + " base-uri 'none'; frame-ancestors 'none'; form-action 'self'");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(r.headers().firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(r.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
            assertThat(r.headers().firstValue("Cross-Origin-Opener-Policy")).hasValue("same-origin");
            assertThat(r.headers().firstValue("Permissions-Policy").orElseThrow())
                    .contains("camera=()", "microphone=()", "geolocation=()");
            assertThat(r.headers().firstValue("Strict-Transport-Security")).isEmpty();
        }
        assertThat(node.get("/api/vessels?limit=1").headers().firstValue("Cache-Control"))
                .hasValue("no-store");
        assertThat(anonymous("GET", "/health/live").headers().firstValue("Cache-Control"))
                .isEmpty();
    }

    @Test
    void uiConfig_andImagePolicy_followTheTileServer() {
        node.close();
        node = new TestNode(
                new InMemoryPictureStore(),
                LiveHub.DEFAULT_MAX_PENDING_MESSAGES,
                Duration.ZERO,
                Optional.empty(),
                Optional.of("https://tiles.example.org:8443/{z}/{x}/{y}.png"));
        HttpResponse<String> r = node.get("/api/ui-config");
        assertThat(r.body())
                .isEqualTo("{\"nodeId\":\"test-node\",\"tileUrl\":\"https://tiles.example.org:8443/{z}/{x}/{y}.png\","
                        + "\"tileAttribution\":\"© test tiles\"}");
        assertThat(r.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("img-src 'self' data: blob: https://tiles.example.org:8443;");
    }

    @Test
    void liveView_needsASessionOrToken_andTheNodesOwnOrigin() {
        assertThatThrownBy(() -> new LiveClient(node.client, node.webSocketUri(), Map.of()).close())
                .hasMessageStartingWith("cannot connect to ws://127.0.0.1:");
        assertThat(handshakeStatus(Map.of())).isEqualTo(401);

        Browser officer = Browser.signIn(node, "officer", TestNode.OFFICER_PASSWORD);
        assertThat(handshakeStatus(Map.of("Cookie", officer.cookie, "Origin", "https://evil.example")))
                .isEqualTo(403);
        assertThat(handshakeStatus(Map.of("Cookie", officer.cookie))).isEqualTo(403);
        try (LiveClient browser = new LiveClient(
                node.client, node.webSocketUri(), Map.of("Cookie", officer.cookie, "Origin", node.baseUrl()))) {
            browser.send("{\"bbox\":[33.7,-118.26,33.72,-118.24]}");
            assertThat(browser.nextJson().path("type").asText()).isEqualTo("snapshot");
        }
    }

    @Test
    void liveView_closesWhenTheSessionEnds_orTheTokenIsRevoked() throws Exception {
        Browser officer = Browser.signIn(node, "officer", TestNode.OFFICER_PASSWORD);
        try (LiveClient browser = new LiveClient(
                node.client, node.webSocketUri(), Map.of("Cookie", officer.cookie, "Origin", node.baseUrl()))) {
            // The hub registers a connection just after the handshake completes on the client's side.
            await().atMost(Duration.ofSeconds(5)).until(() -> node.live.clients() == 1);
            node.live.revalidate();
            assertThat(browser.closedWith).isNotDone();

            assertThat(officer.send("DELETE", "/api/session", null).statusCode())
                    .isEqualTo(204);
            node.live.revalidate();
            assertThat(browser.closedWith.get(5, java.util.concurrent.TimeUnit.SECONDS))
                    .isEqualTo(LiveHub.CLOSE_NOT_ADMITTED);
        }

        Browser again = Browser.signIn(node, "officer", TestNode.OFFICER_PASSWORD);
        JsonNode created = Json.mapper()
                .readTree(
                        again.send("POST", "/api/tokens", "{\"name\":\"live\"}").body());
        String token = created.get("token").asText();
        String id = created.get("id").asText();
        try (LiveClient script =
                new LiveClient(node.client, node.webSocketUri(), Map.of("Authorization", "Bearer " + token))) {
            await().atMost(Duration.ofSeconds(5)).until(() -> node.live.clients() == 1);
            node.live.revalidate();
            assertThat(script.closedWith).isNotDone();

            assertThat(again.send("DELETE", "/api/tokens/" + id, null).statusCode())
                    .isEqualTo(204);
            node.live.revalidate();
            assertThat(script.closedWith.get(5, java.util.concurrent.TimeUnit.SECONDS))
                    .isEqualTo(LiveHub.CLOSE_NOT_ADMITTED);
        }
    }

    private int handshakeStatus(Map<String, String> headers) {
        try {
            new LiveClient(node.client, node.webSocketUri(), headers).close();
            return 101;
        } catch (IllegalStateException e) {
            Throwable cause = e;
            while (cause != null && !(cause instanceof WebSocketHandshakeException)) {
                cause = cause.getCause();
            }
            if (cause == null) {
                throw e;
            }
            return ((WebSocketHandshakeException) cause).getResponse().statusCode();
        }
    }

    @Test
    void sessions_endAfterTheIdleTimeout() {
        Browser officer = Browser.signIn(node, "officer", TestNode.OFFICER_PASSWORD);
        node.clock.advance(Duration.ofMinutes(119));
        assertThat(officer.get("/api/session").statusCode()).isEqualTo(200);
        node.clock.advance(Duration.ofMinutes(119));
        assertThat(officer.get("/api/session").statusCode()).isEqualTo(200);
        node.clock.advance(Duration.ofMinutes(121));
        assertThat(officer.get("/api/session").statusCode()).isEqualTo(401);
    }

    @Test
    void sessions_endAfterTheirLifetime_howeverBusy() {
        Browser officer = Browser.signIn(node, "officer", TestNode.OFFICER_PASSWORD);
        for (int hour = 1; hour < 12; hour++) {
            node.clock.advance(Duration.ofHours(1));
            assertThat(officer.get("/api/session").statusCode())
                    .as("after %d h", hour)
                    .isEqualTo(200);
        }
        node.clock.advance(Duration.ofHours(1));
        assertThat(officer.get("/api/session").statusCode()).isEqualTo(401);
    }
}
