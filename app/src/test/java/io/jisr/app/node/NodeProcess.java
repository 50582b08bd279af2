package io.jisr.app.node;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A node running in its own JVM, as {@code jisr serve} runs it, for tests that kill it. */
final class NodeProcess implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("listening on http://([^/]+)/");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The administrator's password, given to the node at its first start as an operator would. */
    static final String ADMIN_PASSWORD = "restart test administrator";

    final Process process;
    final String baseUrl;
    final List<String> stderr = new ArrayList<>();
    private final HttpClient client = HttpClient.newHttpClient();
    private String sessionCookie;

    private NodeProcess(Process process, String baseUrl) {
        this.process = process;
        this.baseUrl = baseUrl;
    }

    /** Starts {@code jisr serve --config config --data-dir data --port 0} and waits until it listens. */
    static NodeProcess start(Path config, Path data) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(
                        java,
                        "-Xmx512m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        "io.jisr.app.Main",
                        "serve",
                        "--config",
                        config.toString(),
                        "--data-dir",
                        data.toString(),
                        "--port",
                        "0")
                .redirectErrorStream(false)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("JISR_ADMIN_PASSWORD", ADMIN_PASSWORD);
        Process p = builder.start();
        BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
        List<String> lines = new ArrayList<>();
        CompletableFuture<String> url = CompletableFuture.supplyAsync(() -> {
            try {
                String line;
                while ((line = err.readLine()) != null) {
                    synchronized (lines) {
                        lines.add(line);
                    }
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) {
                        return "http://" + m.group(1);
                    }
                }
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        String base;
        try {
            base = url.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            p.destroyForcibly();
            throw new IllegalStateException("node did not start; its output: " + lines, e);
        }
        if (base == null) {
            throw new IllegalStateException("node exited before listening; its output: " + lines);
        }
        // Keep draining its output so that it never blocks on a full pipe.
        Thread.ofVirtual().start(() -> {
            try {
                while (err.readLine() != null) {
                    // discarded
                }
            } catch (IOException e) {
                // the process is gone
            }
        });
        NodeProcess node = new NodeProcess(p, base);
        node.stderr.addAll(lines);
        return node;
    }

    /** Returns GET {@code path} as JSON, signed in as the administrator (a session, as a browser would). */
    JsonNode get(String path) throws IOException, InterruptedException {
        if (sessionCookie == null) {
            sessionCookie = signIn();
        }
        HttpResponse<String> r = client.send(
                HttpRequest.newBuilder(URI.create(baseUrl + path))
                        .header("Cookie", sessionCookie)
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(r.body());
    }

    private String signIn() throws IOException, InterruptedException {
        HttpResponse<String> r = client.send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/api/session"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"username\":\"admin\",\"password\":\"" + ADMIN_PASSWORD + "\"}"))
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("cannot sign in: " + r.statusCode() + " " + r.body());
        }
        String setCookie = r.headers().firstValue("Set-Cookie").orElseThrow();
        return setCookie.substring(0, setCookie.indexOf(';'));
    }

    /** Returns the status of one feed from {@code /api/feeds}. */
    JsonNode feed(String id) throws IOException, InterruptedException {
        for (JsonNode f : get("/api/feeds").path("feeds")) {
            if (f.path("id").asText().equals(id)) {
                return f;
            }
        }
        throw new IllegalStateException("no feed " + id + " in " + get("/api/feeds"));
    }

    /** Kills the JVM at once, as {@code kill -9} does: no shutdown hook runs. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Asks the JVM to stop (SIGTERM) and waits: the node commits what is queued. */
    int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("node did not stop within 60 s");
        }
        return process.exitValue();
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
