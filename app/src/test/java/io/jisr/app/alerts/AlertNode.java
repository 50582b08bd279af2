package io.jisr.app.alerts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jisr.access.LoginOutcome;
import io.jisr.access.Principal;
import io.jisr.access.Role;
import io.jisr.access.Username;
import io.jisr.app.node.NodeConfig;
import io.jisr.app.node.NodeConfigLoader;
import io.jisr.app.node.NodeRuntime;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A real node for the API tests (alerts, zones, drift): H2 in a directory, detection on with the default rules, a TCP server
 * feed the test writes AIS lines to (with NMEA 4.10 tag-block times, so the test sets message time), and
 * API tokens for a watch officer and a viewer.
 */
public final class AlertNode implements AutoCloseable {
    static final String ADMIN_PASSWORD = "alert test administrator 1";
    static final String USER_PASSWORD = "alert test user password 1";

    public final NodeRuntime runtime;
    final int feedPort;
    final Map<String, String> tokens = new HashMap<>();
    private final HttpClient client = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private Socket feed;

    private AlertNode(NodeRuntime runtime, int feedPort) {
        this.runtime = runtime;
        this.feedPort = feedPort;
    }

    /** Starts a node on {@code dir}, or restarts the one that ran there. */
    public static AlertNode start(Path dir) throws IOException {
        return start(dir, "");
    }

    /** Starts a node with more configuration ({@code detection:} settings, say) after the test's own. */
    public static AlertNode start(Path dir, String moreYaml) throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path file = dir.resolve("jisr.yaml");
        Files.writeString(file, """
                node: {id: alert-test}
                http: {host: 127.0.0.1, port: 0}
                demo: false
                feeds:
                  - {id: live, kind: tcp-server, host: 127.0.0.1, port: %d}
                """.formatted(port) + moreYaml);
        NodeConfig config = NodeConfigLoader.load(
                Optional.of(file),
                Map.of("JISR_ADMIN_PASSWORD", ADMIN_PASSWORD),
                new NodeConfigLoader.Overrides(Optional.of(0), Optional.of(dir.resolve("data"))),
                dir);
        return new AlertNode(NodeRuntime.start(config, InstantSource.system()), port);
    }

    /** Creates (first start) or signs in (restart) an account with one role and keeps an API token for it. */
    public void user(String name, Role role) {
        var accounts = runtime.accounts();
        Principal admin = ((LoginOutcome.SignedIn) accounts.login("admin", ADMIN_PASSWORD, "127.0.0.1")).principal();
        if (accounts.accounts(admin).stream()
                .noneMatch(a -> a.username().value().equals(name))) {
            accounts.createUser(admin, Username.of(name), Optional.empty(), Set.of(role), "initial " + USER_PASSWORD);
            Principal first =
                    ((LoginOutcome.SignedIn) accounts.login(name, "initial " + USER_PASSWORD, "127.0.0.1")).principal();
            accounts.changePassword(first, "initial " + USER_PASSWORD, USER_PASSWORD);
        }
        String password = name.equals("admin") ? ADMIN_PASSWORD : USER_PASSWORD;
        Principal p = ((LoginOutcome.SignedIn) accounts.login(name, password, "127.0.0.1")).principal();
        tokens.put(name, accounts.createToken(p, "tests", Optional.empty()).secret());
    }

    /** Sends NMEA lines to the node's feed. */
    public void send(String lines) throws IOException {
        if (feed == null) {
            feed = new Socket("127.0.0.1", feedPort);
        }
        OutputStream out = feed.getOutputStream();
        out.write(lines.getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    public HttpResponse<String> get(String user, String path) {
        return call(user, HttpRequest.newBuilder(uri(path)).GET());
    }

    public JsonNode getJson(String user, String path) {
        try {
            return json.readTree(get(user, path).body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public HttpResponse<String> delete(String user, String path) {
        return call(user, HttpRequest.newBuilder(uri(path)).DELETE());
    }

    public HttpResponse<String> post(String user, String path, String body) {
        return call(
                user,
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> patch(String user, String path, String body) {
        return call(
                user,
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/json")
                        .method("PATCH", HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * Sends {@code body} as it is, with its content type. It asks first ({@code Expect: 100-continue}), as an
     * uploading client should: a node that refuses the size answers before the body is sent, instead of
     * closing the connection under a client still writing (which surfaced as a broken pipe in one CI run).
     */
    public HttpResponse<String> postBytes(String user, String path, byte[] body, String contentType) {
        return call(
                user,
                HttpRequest.newBuilder(uri(path))
                        .expectContinue(true)
                        .header("Content-Type", contentType)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** Returns the answer's bytes as sent (a PDF, say). */
    public HttpResponse<byte[]> getBytes(String user, String path) {
        try {
            return client.send(
                    HttpRequest.newBuilder(uri(path))
                            .header("Authorization", "Bearer " + tokens.get(user))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + runtime.httpPort() + path);
    }

    private HttpResponse<String> call(String user, HttpRequest.Builder request) {
        try {
            return client.send(
                    request.header("Authorization", "Bearer " + tokens.get(user))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws IOException {
        if (feed != null) {
            feed.close();
        }
        runtime.close();
        client.close();
    }
}
