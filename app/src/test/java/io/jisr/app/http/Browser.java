package io.jisr.app.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

/**
 * A browser signed in to a {@link TestNode}: it holds the session cookie, sends the node's own
 * {@code Origin}, and sends the CSRF token with changes unless a test says otherwise.
 */
final class Browser {
    final TestNode node;
    final HttpResponse<String> login;
    final String cookie;
    final String csrfToken;

    private Browser(TestNode node, HttpResponse<String> login, String cookie, String csrfToken) {
        this.node = node;
        this.login = login;
        this.cookie = cookie;
        this.csrfToken = csrfToken;
    }

    /** Signs in through {@code POST /api/session}; fails the test if that does not answer 200. */
    static Browser signIn(TestNode node, String username, String password) {
        HttpResponse<String> login = node.send("POST", "/api/session", credentials(username, password), Map.of());
        if (login.statusCode() != 200) {
            throw new AssertionError(
                    "sign-in as " + username + " answered " + login.statusCode() + ": " + login.body());
        }
        String setCookie = login.headers().firstValue("Set-Cookie").orElseThrow();
        JsonNode me = SecurityTest.json(login.body());
        return new Browser(
                node,
                login,
                setCookie.substring(0, setCookie.indexOf(';')),
                me.path("csrfToken").asText());
    }

    static String credentials(String username, String password) {
        return "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}";
    }

    HttpResponse<String> get(String path) {
        return node.send("GET", path, null, headers(false));
    }

    /** Sends a change with the CSRF token. */
    HttpResponse<String> send(String method, String path, String body) {
        return node.send(method, path, body, headers(true));
    }

    /** Sends a change without the CSRF token. */
    HttpResponse<String> sendWithoutCsrf(String method, String path, String body) {
        return node.send(method, path, body, headers(false));
    }

    Map<String, String> headers(boolean withCsrf) {
        Map<String, String> headers = new HashMap<>();
        headers.put("Cookie", cookie);
        headers.put("Origin", node.baseUrl());
        if (withCsrf) {
            headers.put(AccessGate.CSRF_HEADER, csrfToken);
        }
        return headers;
    }
}
