package io.jisr.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.http.HandlerType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RouteAccessTest {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
        "GET, /health, PUBLIC",
        "GET, /health/live, PUBLIC",
        "GET, /openapi.yaml, PUBLIC",
        "GET, /index.html, PUBLIC",
        "GET, /apiary, PUBLIC",
        "GET, /metrics, SIGNED_IN",
        "POST, /api/session, LOGIN",
        "GET, /api/session, SIGNED_IN_ANY_STATE",
        "DELETE, /api/session, SIGNED_IN_ANY_STATE",
        "POST, /api/session/password, SIGNED_IN_ANY_STATE",
        "PATCH, /api/me, SIGNED_IN",
        "GET, /api/tokens, SIGNED_IN",
        "DELETE, /api/tokens/abc, SIGNED_IN",
        "GET, /api/ui-config, SIGNED_IN",
        "GET, /api/users, ADMINISTRATION",
        "PATCH, /api/users/officer, ADMINISTRATION",
        "GET, /api/audit, ADMINISTRATION",
        "GET, /api/usersx, DATA",
        "GET, /api/vessels, DATA",
        "GET, /api/live, DATA",
        "GET, /api, DATA",
        "GET, /api/anything/new, DATA",
        "GET, /api/programme, PROGRAMME_READ",
        "GET, /api/programme/dashboard, PROGRAMME_READ",
        "GET, /api/programme/meetings/DZA-M-1/report.pdf, PROGRAMME_READ",
        "POST, /api/programme/instruments, PROGRAMME_DESK",
        "POST, /api/programme/actions/DZA-A-1/status, PROGRAMME_DESK",
        "GET, /api/programmes, DATA",
        "GET, /api/federation/links, FEDERATION_READ",
        "GET, /api/federation/agreements, ADMINISTRATION",
        "PUT, /api/federation/agreements/dza-usa, ADMINISTRATION",
        "POST, /api/federation/agreements/dza-usa/suspend, ADMINISTRATION",
        "GET, /api/federation/agreementsx, FEDERATION_READ",
        "GET, /api/federation/audit, ADMINISTRATION",
        "GET, /api/federation/auditx, FEDERATION_READ",
        "GET, /api/federationx, DATA",
        "GET, /api/incidents/reports/JSR-1, DATA",
        "GET, /api/incidents/heat, DATA",
        "POST, /api/incidents/reports, ANALYST_DESK",
        "POST, /api/incidents/reports/JSR-1/confirm, ANALYST_DESK",
        "POST, /api/incidents/reports/JSR-1/versions, ANALYST_DESK"
    })
    void of_method_path_givesTheRule(String method, String path, RouteAccess expected) {
        assertThat(RouteAccess.of(HandlerType.findOrCreate(method), path)).isEqualTo(expected);
    }
}
