package io.jisr.app.simulate;

import io.jisr.app.federation.NodeKeys;
import io.jisr.app.node.NodeConfig;
import io.jisr.app.node.NodeConfigLoader;
import io.jisr.exchange.NodeId;
import io.jisr.sim.Receiver;
import io.jisr.sim.ReceiverNetwork;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code jisr demo --pair}: two nodes in one process, Algeria ({@code dza-1}) and the United States
 * ({@code usa-1}), federated over loopback mutual TLS under an example agreement, each fed by the
 * simulator through its own shore receivers (the same simulated sea, seen from the Algerian coast and
 * from Rota and Sigonella). Everything lives in one working directory: both nodes' keys (made once,
 * never overwritten), the agreement, each node's {@code jisr.yaml} and database.
 */
public final class DemoPair implements AutoCloseable {
    /** The keystore password when {@code JISR_FEDERATION_PASSWORD} is not set: demo keys only. */
    static final String DEMO_KEYSTORE_PASSWORD = "jisr demo pair: not for real keys";

    /** The agreement's file name in the working directory. */
    public static final String AGREEMENT = "agreement-dza-usa.yaml";

    /**
     * What to start.
     *
     * @param directory the working directory (created if missing)
     * @param vessels background vessels of the simulated traffic
     * @param speed simulated time runs this many times faster than real time
     * @param seed the traffic's seed
     * @param dzaHttpPort DZA's operators' port (0 picks a free one)
     * @param usaHttpPort USA's operators' port (0 picks a free one)
     * @param delay how late DZA releases positions and static data to USA
     * @param environment the process environment ({@code JISR_FEDERATION_PASSWORD}, {@code JISR_ADMIN_PASSWORD}, ...)
     */
    public record Settings(
            Path directory,
            int vessels,
            double speed,
            long seed,
            int dzaHttpPort,
            int usaHttpPort,
            Duration delay,
            Map<String, String> environment) {
        /** Copies the environment. */
        public Settings {
            environment = Map.copyOf(environment);
        }
    }

    private final DemoNode dza;
    private final DemoNode usa;
    private final Path directory;
    private final NodeConfig dzaConfig;
    private final NodeConfig usaConfig;

    private DemoPair(DemoNode dza, DemoNode usa, Path directory, NodeConfig dzaConfig, NodeConfig usaConfig) {
        this.dza = dza;
        this.usa = usa;
        this.directory = directory;
        this.dzaConfig = dzaConfig;
        this.usaConfig = usaConfig;
    }

    /**
     * Makes what is missing in the working directory (keys, agreement, configuration) and starts both
     * nodes, DZA first. A node's one-time administrator password, on its first start, goes to
     * {@code console} under the node's name.
     */
    public static DemoPair start(Settings settings, PrintStream console) throws InterruptedException {
        Path dir = settings.directory().toAbsolutePath();
        Map<String, String> environment = new HashMap<>(settings.environment());
        String password = Optional.ofNullable(environment.get("JISR_FEDERATION_PASSWORD"))
                .filter(p -> !p.isEmpty())
                .orElse(DEMO_KEYSTORE_PASSWORD);
        environment.put("JISR_FEDERATION_PASSWORD", password);
        try {
            Files.createDirectories(dir.resolve("dza"));
            Files.createDirectories(dir.resolve("usa"));
            Keys dzaKeys = keys(dir.resolve("dza").resolve("dza-1.p12"), "dza-1", password);
            Keys usaKeys = keys(dir.resolve("usa").resolve("usa-1.p12"), "usa-1", password);
            Path agreement = dir.resolve(AGREEMENT);
            if (dzaKeys.made() || usaKeys.made() || !Files.exists(agreement)) {
                Files.writeString(
                        agreement,
                        agreement(dzaKeys.fingerprint(), usaKeys.fingerprint(), settings.delay()),
                        StandardCharsets.UTF_8);
            }
            int dzaFederation = freePort();
            int usaFederation = freePort();
            Files.writeString(
                    dir.resolve("dza").resolve("jisr.yaml"),
                    nodeYaml("DZA", "dza-1", usaFederation, "USA", "usa-1", dzaFederation, usaKeys.fingerprint()),
                    StandardCharsets.UTF_8);
            Files.writeString(
                    dir.resolve("usa").resolve("jisr.yaml"),
                    nodeYaml("USA", "usa-1", dzaFederation, "DZA", "dza-1", usaFederation, dzaKeys.fingerprint()),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the demo pair's directory " + dir, e);
        }
        NodeConfig dzaConfig = load(dir.resolve("dza"), environment, settings.dzaHttpPort());
        NodeConfig usaConfig = load(dir.resolve("usa"), environment, settings.usaHttpPort());
        // Both simulators run the same sea from the same instant; each node hears it through its own receivers.
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        console.println("DZA (dza-1):");
        console.flush();
        DemoNode dza = DemoNode.start(
                dzaConfig, settings.vessels(), settings.speed(), settings.seed(), start, receiversOf("DZA"));
        DemoNode usa;
        try {
            console.println("USA (usa-1):");
            console.flush();
            usa = DemoNode.start(
                    usaConfig, settings.vessels(), settings.speed(), settings.seed(), start, receiversOf("USA"));
        } catch (RuntimeException | InterruptedException e) {
            dza.close();
            throw e;
        }
        return new DemoPair(dza, usa, dir, dzaConfig, usaConfig);
    }

    /** Returns the Algerian node. */
    public DemoNode dza() {
        return dza;
    }

    /** Returns the United States node. */
    public DemoNode usa() {
        return usa;
    }

    /** Returns the Algerian node's configuration. */
    public NodeConfig dzaConfig() {
        return dzaConfig;
    }

    /** Returns the United States node's configuration. */
    public NodeConfig usaConfig() {
        return usaConfig;
    }

    /** Returns the working directory. */
    public Path directory() {
        return directory;
    }

    /** Returns the agreement file both nodes read. */
    public Path agreement() {
        return directory.resolve(AGREEMENT);
    }

    /** Stops USA, then DZA. */
    @Override
    public void close() {
        try {
            usa.close();
        } finally {
            dza.close();
        }
    }

    /** The simulator's shore receivers of {@code nation}. */
    static List<Receiver> receiversOf(String nation) {
        return ReceiverNetwork.shipped().stream()
                .filter(r -> r.partner().equals(nation))
                .toList();
    }

    private record Keys(String fingerprint, boolean made) {}

    /** Reads the node's keystore, or makes it when there is none; an existing one is never replaced. */
    private static Keys keys(Path file, String node, String password) {
        if (Files.exists(file)) {
            return new Keys(
                    NodeKeys.read(file, password.toCharArray()).fingerprint().hex(), false);
        }
        NodeKeys keys = NodeKeys.generate(NodeId.of(node), Instant.now(), Duration.ofDays(825));
        keys.write(file, password.toCharArray());
        return new Keys(keys.fingerprint().hex(), true);
    }

    private static NodeConfig load(Path nodeDir, Map<String, String> environment, int httpPort) {
        return NodeConfigLoader.load(
                Optional.of(nodeDir.resolve("jisr.yaml")),
                environment,
                new NodeConfigLoader.Overrides(Optional.of(httpPort), Optional.of(nodeDir.resolve("data"))),
                nodeDir.resolve("data"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The node's configuration: its keys, its federation port, the partner's address and fingerprint. */
    static String nodeYaml(
            String nation,
            String node,
            int partnerPort,
            String partnerNation,
            String partnerNode,
            int port,
            String partnerFingerprint) {
        return """
                # Written by `jisr demo --pair` at each start.
                node: {id: %2$s}
                federation:
                  nation: %1$s
                  nodeId: %2$s
                  keystore: %2$s.p12
                  host: 127.0.0.1
                  port: %6$d
                  partners:
                    - nation: %4$s
                      nodeId: %5$s
                      url: https://127.0.0.1:%3$d
                      fingerprint: "%7$s"
                  agreements: [../%8$s]
                """.formatted(
                        nation, node, partnerPort, partnerNation, partnerNode, port, partnerFingerprint, AGREEMENT);
    }

    /** The example agreement, in force from today for a year. */
    static String agreement(String dzaFingerprint, String usaFingerprint, Duration delay) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return """
                # The example agreement of `jisr demo --pair`, in the format every node reads (docs/federation.md).
                # Written when the directory's keys are made; edit it and restart the demo to see the effect.
                id: dza-usa-demo
                version: 1
                title: Maritime picture exchange (demonstration)
                reference: {memorandum: MoU DZA-USA (example), implementingArrangement: IA-1 (example)}
                parties:
                  - nation: DZA
                    nodes: [{id: dza-1, fingerprint: "%s"}]
                  - nation: USA
                    nodes: [{id: usa-1, fingerprint: "%s"}]
                validity: {from: %s, until: %s}
                status: in-force
                annexes:
                  # Algeria releases to the United States the positions and static data of the vessels its
                  # coast watches in the Algerian basin, %s late, positions on a 0.01 degree grid (about 1 km),
                  # never its own military or law-enforcement vessels.
                  - id: A1
                    category: vessel-positions
                    from: DZA
                    to: USA
                    areas: [{name: algerian-basin, polygon: [[35, -1], [35, 8.6], [38.5, 8.6], [38.5, -1]]}]
                    subjects: {excludeReleasersGovernmentVessels: true}
                    delay: %s
                    precision: 0.01
                    marking: REL TO DZA, USA
                    retention: P30D
                  - id: A2
                    category: vessel-static
                    from: DZA
                    to: USA
                    areas: [{name: algerian-basin, polygon: [[35, -1], [35, 8.6], [38.5, 8.6], [38.5, -1]]}]
                    subjects: {excludeReleasersGovernmentVessels: true}
                    delay: %s
                    marking: REL TO DZA, USA
                    retention: P30D
                  # The United States releases to Algeria the tankers (ship types 80-89) it hears anywhere.
                  - id: B1
                    category: vessel-positions
                    from: USA
                    to: DZA
                    areas: [everywhere]
                    subjects: {shipTypes: [80, 81, 82, 83, 84, 85, 86, 87, 88, 89]}
                    marking: REL TO USA, DZA
                    retention: P7D
                  - id: B2
                    category: vessel-static
                    from: USA
                    to: DZA
                    areas: [everywhere]
                    subjects: {shipTypes: [80, 81, 82, 83, 84, 85, 86, 87, 88, 89]}
                    marking: REL TO USA, DZA
                    retention: P7D
                  # Alerts follow the vessel data: Algeria's in its basin, the United States' about tankers.
                  - id: A3
                    category: detections-and-alerts
                    from: DZA
                    to: USA
                    areas: [{name: algerian-basin, polygon: [[35, -1], [35, 8.6], [38.5, 8.6], [38.5, -1]]}]
                    subjects: {excludeReleasersGovernmentVessels: true}
                    precision: 0.01
                    marking: REL TO DZA, USA
                    retention: P30D
                  - id: B3
                    category: detections-and-alerts
                    from: USA
                    to: DZA
                    areas: [everywhere]
                    subjects: {shipTypes: [80, 81, 82, 83, 84, 85, 86, 87, 88, 89]}
                    marking: REL TO USA, DZA
                    retention: P7D
                  # Incident reports graded C3 or better, SAR cases in the Western Mediterranean and the
                  # cooperation programme's records, both ways.
                  - id: A4
                    category: incident-reports
                    from: DZA
                    to: USA
                    areas: [everywhere]
                    subjects: {minimumGrading: C3}
                    marking: REL TO DZA, USA
                    retention: P365D
                  - id: B4
                    category: incident-reports
                    from: USA
                    to: DZA
                    areas: [everywhere]
                    subjects: {minimumGrading: C3}
                    marking: REL TO USA, DZA
                    retention: P365D
                  - id: A5
                    category: sar-cases
                    from: DZA
                    to: USA
                    areas: [{name: western-mediterranean, polygon: [[34, -6], [34, 12], [44, 12], [44, -6]]}]
                    marking: REL TO DZA, USA
                    retention: P3650D
                  - id: B5
                    category: sar-cases
                    from: USA
                    to: DZA
                    areas: [{name: western-mediterranean, polygon: [[34, -6], [34, 12], [44, 12], [44, -6]]}]
                    marking: REL TO USA, DZA
                    retention: P3650D
                  - id: A6
                    category: programme-records
                    from: DZA
                    to: USA
                    areas: [everywhere]
                    marking: REL TO DZA, USA
                    retention: P3650D
                  - id: B6
                    category: programme-records
                    from: USA
                    to: DZA
                    areas: [everywhere]
                    marking: REL TO USA, DZA
                    retention: P3650D
                """.formatted(dzaFingerprint, usaFingerprint, today, today.plusYears(1), humane(delay), delay, delay);
    }

    private static String humane(Duration delay) {
        return delay.toSeconds() + " s";
    }
}
