package io.jisr.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jisr.app.node.NodeConfig;
import io.jisr.app.node.NodeConfigLoader;
import io.jisr.app.node.NodeRuntime;
import io.jisr.feed.FeedState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A real node for the browser tests: H2 in a temporary directory, the HTTP API and web UI on a free
 * loopback port, fed by recorded files (replayed as fast as possible before the browser opens) and,
 * when asked, a TCP server feed that the test writes live lines to.
 */
final class UiNode implements AutoCloseable {

    /** The first administrator's password for nodes that have accounts. */
    static final String ADMIN_PASSWORD = "correct horse battery staple 7";

    final NodeRuntime runtime;
    final String base;
    final int livePort;
    /** The administrator's current password (a forced change in a browser test changes it). */
    String adminPassword = ADMIN_PASSWORD;

    private final HttpClient client = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    private UiNode(NodeRuntime runtime, int livePort) {
        this.runtime = runtime;
        this.base = "http://127.0.0.1:" + runtime.httpPort();
        this.livePort = livePort;
    }

    /**
     * Starts a node that replays {@code recordings} and, if {@code withLiveFeed}, listens for AIS lines
     * on {@link #livePort}; returns once the recordings are applied and committed.
     */
    static UiNode start(Path dir, List<Path> recordings, boolean withLiveFeed) throws IOException {
        StringBuilder yaml = new StringBuilder();
        yaml.append("node: {id: ui-test}\n");
        yaml.append("http: {host: 127.0.0.1, port: 0}\n");
        yaml.append("demo: false\n");
        // A tile server the UI offers as an alternative base layer (never selected: the tests stay offline).
        yaml.append(
                "map: {tileUrl: \"https://tiles.example.org/{z}/{x}/{y}.png\", tileAttribution: \"Example tiles\"}\n");
        yaml.append("feeds:\n");
        List<String> replays = new ArrayList<>();
        for (int i = 0; i < recordings.size(); i++) {
            String id = "replay-" + i;
            replays.add(id);
            yaml.append("  - {id: ")
                    .append(id)
                    .append(", kind: file, path: \"")
                    .append(recordings.get(i).toAbsolutePath())
                    .append("\", speed: 0}\n");
        }
        int livePort = -1;
        if (withLiveFeed) {
            livePort = freePort();
            yaml.append("  - {id: live, kind: tcp-server, host: 127.0.0.1, port: ")
                    .append(livePort)
                    .append("}\n");
        }
        Path file = dir.resolve("jisr.yaml");
        Files.writeString(file, yaml);
        NodeConfig config = NodeConfigLoader.load(
                Optional.of(file),
                Map.of("JISR_ADMIN_PASSWORD", ADMIN_PASSWORD),
                new NodeConfigLoader.Overrides(Optional.of(0), Optional.of(dir.resolve("data"))),
                dir);
        NodeRuntime runtime = NodeRuntime.start(config, InstantSource.system());
        UiNode node = new UiNode(runtime, livePort);
        try {
            node.awaitReplays(replays);
        } catch (RuntimeException | InterruptedException e) {
            node.close();
            throw new IllegalStateException("the node did not finish its replays", e);
        }
        return node;
    }

    /** Creates an account with one role (its first sign-in asks for a new password), as the first administrator. */
    void createUser(String username, String displayName, io.jisr.access.Role role, String password) {
        var accounts = runtime.accounts();
        var admin = ((io.jisr.access.LoginOutcome.SignedIn) accounts.login("admin", adminPassword, "127.0.0.1"))
                .principal();
        accounts.createUser(
                admin,
                io.jisr.access.Username.of(username),
                Optional.of(displayName),
                java.util.Set.of(role),
                password);
    }

    /** Wraps a node some other test wiring started (the demo's), signed in as the first administrator. */
    static UiNode of(NodeRuntime runtime) {
        return new UiNode(runtime, -1);
    }

    private void awaitReplays(List<String> replays) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        for (String id : replays) {
            while (runtime.node()
                    .feeds()
                    .status(id)
                    .map(s -> s.state() != FeedState.FINISHED)
                    .orElse(true)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("replay " + id + " not finished after 120 s: "
                            + runtime.node().feeds().status(id));
                }
                Thread.sleep(20);
            }
        }
        runtime.node().pipeline().drain(60, TimeUnit.SECONDS);
        runtime.node().writer().flush();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** GETs {@code path} from the API (without a session: only for nodes without accounts). */
    JsonNode getJson(String path) {
        try {
            HttpResponse<String> answer = client.send(
                    HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
            return json.readTree(answer.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The raw answer to {@code GET path}. */
    HttpResponse<String> get(String path) {
        try {
            return client.send(
                    HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        runtime.close();
        client.close();
    }
}
