package io.jisr.bench.incident;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jisr.access.LoginOutcome;
import io.jisr.access.Principal;
import io.jisr.access.Role;
import io.jisr.access.Username;
import io.jisr.app.node.NodeConfig;
import io.jisr.app.node.NodeRuntime;
import io.jisr.incident.csv.IncidentCsv;
import io.jisr.incident.sample.SahelSample;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Load tool for issue 9's acceptance 3 ("map and timeline stay responsive with 50,000 reports") at the
 * HTTP level: a node on H2 in a temporary directory, 50,000 generated Sahel reports imported through
 * {@code POST /api/incidents/import}, then each request the incident panel makes — clusters at the
 * zooms it uses, the heat layer, the weekly timeline, a page of the list — timed on the wall clock from
 * request to the last byte on a loopback client, after a warm-up: median, 95th percentile, maximum and
 * the answer's size.
 *
 * <p>Usage: {@code java -cp bench/target/benchmarks.jar io.jisr.bench.incident.IncidentHttpLoad [reports]
 * [rounds]} (defaults 50,000 reports, 200 timed rounds of each request after 50 of warm-up).
 */
public final class IncidentHttpLoad {
    /** The benchmark node's administrator password: the node lives in a temporary directory for one run. */
    private static final String ADMIN_PASSWORD = "incident load administrator";

    private static final String ANALYST_PASSWORD = "incident load analyst password";

    private IncidentHttpLoad() {}

    /** Runs the measurement and prints one line per request. */
    public static void main(String[] args) throws Exception {
        int reports = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        Path dir = Files.createTempDirectory("jisr-incident-load");
        NodeConfig config = new NodeConfig(
                "incident-load",
                "127.0.0.1",
                0,
                dir,
                new NodeConfig.Database(Optional.empty(), "", "", 4),
                60,
                Duration.ofMinutes(30),
                Duration.ofSeconds(10),
                Duration.ofDays(30),
                List.of(),
                false,
                NodeConfig.Security.DEFAULTS.withAdminPassword(ADMIN_PASSWORD),
                NodeConfig.MapTiles.NONE,
                NodeConfig.Detection.DEFAULTS,
                Optional.empty());
        HttpClient client = HttpClient.newHttpClient();
        ObjectMapper json = new ObjectMapper();
        try (NodeRuntime node = NodeRuntime.start(config, InstantSource.system())) {
            String token = analystToken(node);
            String base = "http://127.0.0.1:" + node.httpPort();
            StringBuilder csv = new StringBuilder();
            IncidentCsv.write(SahelSample.incidents(2026, reports), csv);
            long started = System.nanoTime();
            HttpResponse<String> imported = client.send(
                    HttpRequest.newBuilder(URI.create(base + "/api/incidents/import?sourceNation=DZA"))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "text/csv; charset=utf-8")
                            .POST(HttpRequest.BodyPublishers.ofString(csv.toString()))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode result = json.readTree(imported.body());
            System.out.printf(
                    "import: HTTP %d, %d reports imported, %d refused, %.1f s (%,d bytes of CSV)%n",
                    imported.statusCode(),
                    result.path("imported").asInt(),
                    result.path("errors").size(),
                    (System.nanoTime() - started) / 1e9,
                    csv.length());
            String sahel = "&bbox=10,-10,28,16";
            String[][] requests = {
                {"clusters, zoom 5, Sahel view", "/api/incidents/clusters?zoom=5" + sahel},
                {"clusters, zoom 9, 17–21° N 0–4° E", "/api/incidents/clusters?zoom=9&bbox=17,0,21,4"},
                {"heat cells, zoom 5, Sahel view", "/api/incidents/heat?zoom=5" + sahel},
                {"heat cells, zoom 7, Sahel view", "/api/incidents/heat?zoom=7" + sahel},
                {"timeline, no filter", "/api/incidents/timeline"},
                {
                    "timeline, analyst filter",
                    "/api/incidents/timeline?type=ARMED_CLASH&type=EXPLOSION_REMOTE_VIOLENCE&from=2024-01-01"
                            + "&to=2024-12-31&minGrading=C3&country=MLI&country=NER"
                },
                {"list page (20 latest)", "/api/incidents?limit=20"},
                {"list page (20), actor filter", "/api/incidents?limit=20&actor=JNIM"},
            };
            System.out.printf("%-40s %10s %10s %10s %12s%n", "request", "median ms", "p95 ms", "max ms", "bytes");
            for (String[] r : requests) {
                long[] times = new long[rounds];
                int bytes = 0;
                for (int i = -50; i < rounds; i++) {
                    long t0 = System.nanoTime();
                    HttpResponse<String> answer = client.send(
                            HttpRequest.newBuilder(URI.create(base + r[1]))
                                    .header("Authorization", "Bearer " + token)
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    long t = System.nanoTime() - t0;
                    if (answer.statusCode() != 200) {
                        throw new IllegalStateException(
                                r[1] + " answered " + answer.statusCode() + ": " + answer.body());
                    }
                    bytes = answer.body().length();
                    if (i >= 0) {
                        times[i] = t;
                    }
                }
                Arrays.sort(times);
                System.out.printf(
                        "%-40s %10.2f %10.2f %10.2f %,12d%n",
                        r[0],
                        times[rounds / 2] / 1e6,
                        times[(int) (rounds * 0.95)] / 1e6,
                        times[rounds - 1] / 1e6,
                        bytes);
            }
        }
    }

    /** An analyst account (imports are the analysts') with its first password changed, and its API token. */
    private static String analystToken(NodeRuntime node) {
        var accounts = node.accounts();
        Principal admin = ((LoginOutcome.SignedIn) accounts.login("admin", ADMIN_PASSWORD, "127.0.0.1")).principal();
        accounts.createUser(
                admin, Username.of("loader"), Optional.empty(), Set.of(Role.ANALYST), "initial " + ANALYST_PASSWORD);
        Principal first = ((LoginOutcome.SignedIn) accounts.login("loader", "initial " + ANALYST_PASSWORD, "127.0.0.1"))
                .principal();
        accounts.changePassword(first, "initial " + ANALYST_PASSWORD, ANALYST_PASSWORD);
        Principal analyst =
                ((LoginOutcome.SignedIn) accounts.login("loader", ANALYST_PASSWORD, "127.0.0.1")).principal();
        return accounts.createToken(analyst, "incident-load", Optional.of(1)).secret();
    }
}
