package io.jisr.app.node;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.jisr.access.SessionSettings;
import io.jisr.app.http.HttpsKeystore;
import io.jisr.app.http.WebAccess;
import io.jisr.feed.FeedSpec;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a {@link NodeConfig} from a {@code jisr.yaml} file (optional), then applies environment
 * overrides ({@code JISR_*}), then command-line overrides. Every key is documented in
 * {@code docs/configuration.md}; a bad value names its key, the rule and the value.
 */
public final class NodeConfigLoader {

    /** Command-line overrides; empty means "not given". */
    public record Overrides(Optional<Integer> port, Optional<Path> dataDirectory) {
        /** No overrides. */
        public static final Overrides NONE = new Overrides(Optional.empty(), Optional.empty());
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private NodeConfigLoader() {}

    /**
     * Loads the configuration.
     *
     * @param file the YAML file, if any ({@code jisr.yaml}); a missing file given explicitly is an error
     * @param environment the environment, usually {@link System#getenv()}
     * @param overrides command-line flags
     * @param defaultDataDirectory the data directory when neither file, environment nor flag names one
     */
    public static NodeConfig load(
            Optional<Path> file, Map<String, String> environment, Overrides overrides, Path defaultDataDirectory) {
        JsonNode root = file.map(NodeConfigLoader::read).orElse(MissingNode.getInstance());
        String source = file.map(Path::toString).orElse("configuration");
        String nodeId =
                env(environment, "JISR_NODE_ID").orElse(text(root.path("node").path("id"), "jisr-node"));
        String host =
                env(environment, "JISR_HTTP_HOST").orElse(text(root.path("http").path("host"), "127.0.0.1"));
        int port = overrides
                .port()
                .orElseGet(() -> env(environment, "JISR_HTTP_PORT")
                        .map(v -> parseInt("JISR_HTTP_PORT", v))
                        .orElse(integer(source, "http.port", root.path("http").path("port"), 8080)));
        checkRange(source, "http.port", port, 0, 65535);
        Path dataDirectory = overrides
                .dataDirectory()
                .or(() -> env(environment, "JISR_DATA_DIR").map(Path::of))
                .orElse(
                        root.path("dataDir").isTextual()
                                ? Path.of(root.path("dataDir").asText())
                                : defaultDataDirectory);
        JsonNode db = root.path("database");
        Optional<String> url =
                env(environment, "JISR_DB_URL").or(() -> nonEmpty(db.path("url").asText("")));
        url.ifPresent(u -> {
            if (!u.startsWith("jdbc:postgresql:") && !u.startsWith("jdbc:h2:")) {
                throw new ConfigException(
                        source + ": database.url must be a jdbc:postgresql: or jdbc:h2: URL, was \"" + u + "\"");
            }
        });
        NodeConfig.Database database = new NodeConfig.Database(
                url,
                env(environment, "JISR_DB_USER").orElse(text(db.path("user"), "")),
                env(environment, "JISR_DB_PASSWORD").orElse(text(db.path("password"), "")),
                integer(source, "database.poolSize", db.path("poolSize"), 4));
        checkRange(source, "database.poolSize", database.poolSize(), 1, 64);
        JsonNode picture = root.path("picture");
        double maxSpeed = picture.path("maxPlausibleSpeedKnots").isNumber()
                ? picture.path("maxPlausibleSpeedKnots").asDouble()
                : 60;
        if (!(maxSpeed > 0)) {
            throw new ConfigException(source + ": picture.maxPlausibleSpeedKnots must be positive, was " + maxSpeed);
        }
        Duration staleAfter =
                duration(source, "picture.staleAfter", picture.path("staleAfter"), Duration.ofMinutes(30));
        Duration duplicateWindow =
                duration(source, "picture.duplicateWindow", picture.path("duplicateWindow"), Duration.ofSeconds(10));
        Duration retention = Duration.ofDays(
                integer(source, "retention.days", root.path("retention").path("days"), 30));
        List<NodeConfig.FeedConfig> feeds = feeds(source, root.path("feeds"));
        boolean demo = env(environment, "JISR_DEMO")
                .map(v -> !v.equalsIgnoreCase("false"))
                .orElse(!root.path("demo").isBoolean() || root.path("demo").asBoolean());
        NodeConfig.Security security = security(source, environment, root.path("http"), root.path("sessions"), host);
        NodeConfig.MapTiles map = map(source, root.path("map"));
        return new NodeConfig(
                nodeId,
                host,
                port,
                dataDirectory,
                database,
                maxSpeed,
                staleAfter,
                duplicateWindow,
                retention,
                feeds,
                demo,
                security,
                map,
                DetectionConfig.read(source, file.map(Path::getParent), root.path("detection")),
                FederationConfig.read(source, file.map(Path::getParent), environment, root.path("federation")));
    }

    private static NodeConfig.Security security(
            String source, Map<String, String> environment, JsonNode http, JsonNode sessions, String host) {
        JsonNode tls = http.path("tls");
        Optional<Path> keystore = env(environment, "JISR_TLS_KEYSTORE")
                .or(() -> nonEmpty(text(tls.path("keystore"), "")))
                .map(Path::of);
        Optional<String> password =
                env(environment, "JISR_TLS_PASSWORD").or(() -> nonEmpty(text(tls.path("password"), "")));
        if (keystore.isPresent() && !Files.isRegularFile(keystore.get())) {
            throw new ConfigException(source + ": http.tls.keystore " + keystore.get() + " is not a readable file");
        }
        if (keystore.isPresent() && password.isEmpty()) {
            throw new ConfigException(
                    source
                            + ": http.tls.keystore is set but its password is not: set JISR_TLS_PASSWORD (or http.tls.password)");
        }
        JsonNode plain = http.path("allowPlainHttp");
        if (!plain.isMissingNode() && !plain.isBoolean()) {
            throw new ConfigException(source + ": http.allowPlainHttp must be true or false, was " + plain);
        }
        boolean allowPlainHttp = plain.asBoolean(false);
        if (keystore.isEmpty() && !allowPlainHttp && !isLoopback(host)) {
            throw new ConfigException(source + ": http.host is " + host
                    + ", which is not a loopback address, and no TLS keystore is configured: passwords and sessions"
                    + " would cross the network in clear. Configure http.tls.keystore, bind 127.0.0.1, or set"
                    + " http.allowPlainHttp: true if a TLS proxy on this host terminates HTTPS");
        }
        Duration lifetime = duration(source, "sessions.lifetime", sessions.path("lifetime"), Duration.ofHours(12));
        Duration idle = duration(source, "sessions.idleTimeout", sessions.path("idleTimeout"), Duration.ofHours(2));
        SessionSettings sessionSettings;
        try {
            sessionSettings = new SessionSettings(lifetime, idle);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(source + ": " + e.getMessage());
        }
        return new NodeConfig.Security(
                keystore.map(k -> new HttpsKeystore(k, password.orElseThrow())),
                allowPlainHttp,
                sessionSettings,
                env(environment, "JISR_ADMIN_PASSWORD"));
    }

    private static NodeConfig.MapTiles map(String source, JsonNode map) {
        Optional<String> tileUrl = nonEmpty(text(map.path("tileUrl"), ""));
        tileUrl.ifPresent(u -> {
            if (WebAccess.tileOrigin(u).isEmpty()) {
                throw new ConfigException(source + ": map.tileUrl must be an http:// or https:// URL template such as"
                        + " https://tile.example.org/{z}/{x}/{y}.png, was \"" + u + "\"");
            }
        });
        return new NodeConfig.MapTiles(tileUrl, nonEmpty(text(map.path("tileAttribution"), "")));
    }

    /** Returns whether {@code host} is a loopback name or address, without asking DNS. */
    static boolean isLoopback(String host) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.equals("localhost")) {
            return true;
        }
        if (!h.matches("[0-9.]+|\\[?[0-9a-f:.]+]?")) {
            return false;
        }
        try {
            return InetAddress.getByName(h.replace("[", "").replace("]", "")).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static JsonNode read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ConfigException("configuration file " + file + " does not exist");
        }
        try {
            JsonNode node = YAML.readTree(file.toFile());
            return node == null ? MissingNode.getInstance() : node;
        } catch (IOException e) {
            throw new ConfigException("configuration file " + file + " is not valid YAML: " + e.getMessage(), e);
        }
    }

    private static List<NodeConfig.FeedConfig> feeds(String source, JsonNode list) {
        if (list.isMissingNode() || list.isNull()) {
            return List.of();
        }
        if (!list.isArray()) {
            throw new ConfigException(source + ": feeds must be a list");
        }
        List<NodeConfig.FeedConfig> feeds = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode f = list.get(i);
            String at = "feeds[" + i + "]";
            String id = f.path("id").asText("");
            if (id.isBlank()) {
                throw new ConfigException(source + ": " + at + ".id is required");
            }
            if (!ids.add(id)) {
                throw new ConfigException(source + ": " + at + ".id \"" + id + "\" is used twice");
            }
            String kind = f.path("kind").asText("").toLowerCase(Locale.ROOT);
            FeedSpec spec = switch (kind) {
                case "tcp-client" ->
                    new FeedSpec.TcpClient(required(source, at + ".host", f.path("host")), port(source, at, f));
                case "tcp-server" -> new FeedSpec.TcpServer(text(f.path("host"), "0.0.0.0"), port(source, at, f));
                case "udp" ->
                    new FeedSpec.Udp(
                            text(f.path("host"), "0.0.0.0"),
                            port(source, at, f),
                            nonEmpty(f.path("multicastGroup").asText("")));
                case "file" ->
                    new FeedSpec.FileReplay(
                            Path.of(required(source, at + ".path", f.path("path"))),
                            f.path("speed").isNumber() ? f.path("speed").asDouble() : 0,
                            0);
                default ->
                    throw new ConfigException(source + ": " + at
                            + ".kind must be tcp-client, tcp-server, udp or file, was \"" + kind + "\"");
            };
            feeds.add(new NodeConfig.FeedConfig(id, spec));
        }
        return feeds;
    }

    private static int port(String source, String at, JsonNode f) {
        int port = integer(source, at + ".port", f.path("port"), -1);
        checkRange(source, at + ".port", port, 0, 65535);
        return port;
    }

    private static String required(String source, String key, JsonNode node) {
        String value = node.asText("");
        if (value.isBlank()) {
            throw new ConfigException(source + ": " + key + " is required");
        }
        return value;
    }

    private static String text(JsonNode node, String fallback) {
        return node.isValueNode() && !node.isNull() ? node.asText() : fallback;
    }

    private static int integer(String source, String key, JsonNode node, int fallback) {
        if (node.isMissingNode() || node.isNull()) {
            return fallback;
        }
        if (!node.canConvertToInt() || !node.isIntegralNumber()) {
            throw new ConfigException(source + ": " + key + " must be a whole number, was " + node);
        }
        return node.asInt();
    }

    private static Duration duration(String source, String key, JsonNode node, Duration fallback) {
        if (node.isMissingNode() || node.isNull()) {
            return fallback;
        }
        try {
            Duration d = Duration.parse(node.asText());
            if (d.isNegative() || d.isZero()) {
                throw new ConfigException(source + ": " + key + " must be positive, was " + node.asText());
            }
            return d;
        } catch (DateTimeParseException e) {
            throw new ConfigException(
                    source + ": " + key + " must be an ISO-8601 duration such as PT30M, was \"" + node.asText() + "\"");
        }
    }

    private static void checkRange(String source, String key, int value, int min, int max) {
        if (value < min || value > max) {
            throw new ConfigException(source + ": " + key + " must be within " + min + ".." + max + ", was " + value);
        }
    }

    private static int parseInt(String key, String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new ConfigException("environment: " + key + " must be a whole number, was \"" + value + "\"");
        }
    }

    private static Optional<String> env(Map<String, String> environment, String key) {
        return nonEmpty(environment.getOrDefault(key, ""));
    }

    private static Optional<String> nonEmpty(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
