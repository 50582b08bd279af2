package io.jisr.app.federation;

import io.jisr.ais.Reception;
import io.jisr.ais.message.AisMessage;
import io.jisr.app.http.TestMessages;
import io.jisr.app.node.NodeConfig;
import io.jisr.app.node.NodeConfigLoader;
import io.jisr.app.node.NodeRuntime;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Two real nodes for the federation tests, DZA ({@code dza-1}) and USA ({@code usa-1}), each with its
 * own data directory (embedded H2), its own keys made by {@code jisr keys generate}, and an agreement
 * with two different annexes:
 *
 * <ul>
 *   <li>DZA to USA: positions and static data of any vessel in the Algerian basin box (35-38.5 N, 0-8 E),
 *       positions on a 0.1 degree grid, no delay;
 *   <li>USA to DZA: positions and static data of tankers (ship types 80-89) anywhere, 2 seconds late.
 * </ul>
 */
public final class FederationFixture {
    static final String PASSWORD = "federation test keystore";
    public static final String ADMIN_PASSWORD = "federation test administrator";
    static final Map<String, String> ENV =
            Map.of("JISR_FEDERATION_PASSWORD", PASSWORD, "JISR_ADMIN_PASSWORD", ADMIN_PASSWORD);

    final Path dir;
    final String dzaFingerprint;
    final String usaFingerprint;
    final int dzaPort;
    final int usaPort;

    public FederationFixture(Path dir) {
        this.dir = dir;
        this.dzaFingerprint = generate(dir.resolve("dza.p12"), "dza-1");
        this.usaFingerprint = generate(dir.resolve("usa.p12"), "usa-1");
        this.dzaPort = freePort();
        this.usaPort = freePort();
        write("agreement.yaml", agreement());
        write("dza.yaml", nodeYaml("DZA", "dza-1", "dza.p12", dzaPort, "USA", "usa-1", usaPort, usaFingerprint, ""));
        write("usa.yaml", nodeYaml("USA", "usa-1", "usa.p12", usaPort, "DZA", "dza-1", dzaPort, dzaFingerprint, ""));
    }

    /** Runs {@code jisr keys generate} and returns the fingerprint it printed. */
    static String generate(Path out, String nodeId, String... more) {
        StringWriter stdout = new StringWriter();
        var cli = new KeysCommand(ENV).commandLine();
        cli.setOut(new PrintWriter(stdout));
        cli.setErr(new PrintWriter(new StringWriter()));
        List<String> args = new ArrayList<>(List.of("generate", "--out", out.toString(), "--node-id", nodeId));
        args.addAll(List.of(more));
        int status = cli.execute(args.toArray(String[]::new));
        if (status != 0) {
            throw new IllegalStateException("jisr keys generate failed with " + status);
        }
        return stdout.toString().strip();
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String agreement() {
        return """
                id: dza-usa-maritime
                version: 1
                title: Maritime picture exchange
                reference:
                  memorandum: MoU DZA-USA 2026/01
                  implementingArrangement: IA-1
                parties:
                  - nation: DZA
                    nodes: [{id: dza-1, fingerprint: "%s"}]
                  - nation: USA
                    nodes: [{id: usa-1, fingerprint: "%s"}]
                validity: {from: 2020-01-01, until: 2100-01-01}
                status: in-force
                annexes:
                  - id: A1
                    category: vessel-positions
                    from: DZA
                    to: USA
                    areas: [{name: algerian-basin, polygon: [[35, 0], [35, 8], [38.5, 8], [38.5, 0]]}]
                    precision: 0.1
                    marking: REL TO DZA, USA
                    retention: P30D
                  - id: A2
                    category: vessel-static
                    from: DZA
                    to: USA
                    areas: [{name: algerian-basin, polygon: [[35, 0], [35, 8], [38.5, 8], [38.5, 0]]}]
                    marking: REL TO DZA, USA
                    retention: P30D
                  - id: B1
                    category: vessel-positions
                    from: USA
                    to: DZA
                    areas: [everywhere]
                    subjects: {shipTypes: [80, 81, 82, 83, 84, 85, 86, 87, 88, 89]}
                    delay: PT2S
                    marking: REL TO USA, DZA
                    retention: P7D
                  - id: B2
                    category: vessel-static
                    from: USA
                    to: DZA
                    areas: [everywhere]
                    subjects: {shipTypes: [80, 81, 82, 83, 84, 85, 86, 87, 88, 89]}
                    delay: PT2S
                    marking: REL TO USA, DZA
                    retention: P7D
                """.formatted(dzaFingerprint, usaFingerprint);
    }

    static String nodeYaml(
            String nation,
            String nodeId,
            String keystore,
            int port,
            String partnerNation,
            String partnerId,
            int partnerPort,
            String partnerFingerprint,
            String morePartners) {
        return """
                nodeId: %s
                demo: false
                detection: {enabled: false}
                federation:
                  nation: %s
                  nodeId: %s
                  keystore: %s
                  port: %d
                  pullWaitSeconds: 2
                  partners:
                    - nation: %s
                      nodeId: %s
                      url: https://127.0.0.1:%d
                      fingerprint: "%s"
                %s  agreements: [agreement.yaml]
                """.formatted(
                        nodeId,
                        nation,
                        nodeId,
                        keystore,
                        port,
                        partnerNation,
                        partnerId,
                        partnerPort,
                        partnerFingerprint,
                        morePartners);
    }

    public void write(String name, String text) {
        try {
            Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    NodeConfig config(String yaml, String dataDir) {
        return NodeConfigLoader.load(
                Optional.of(dir.resolve(yaml)),
                ENV,
                new NodeConfigLoader.Overrides(Optional.of(0), Optional.empty()),
                dir.resolve(dataDir));
    }

    NodeRuntime start(String yaml, String dataDir) {
        return NodeRuntime.start(
                config(yaml, dataDir), InstantSource.system(), new PrintStream(new ByteArrayOutputStream()));
    }

    public NodeRuntime startDza() {
        return start("dza.yaml", "dza-data");
    }

    public NodeRuntime startUsa() {
        return start("usa.yaml", "usa-data");
    }

    /** Puts a message into a node's picture as its own AIS receiver heard it now. */
    static void hear(NodeRuntime node, AisMessage message) {
        Instant now = Instant.now();
        Reception reception = new Reception("AI", false, Optional.of("A"), Optional.empty(), Optional.of(now), 1, 1);
        node.node().pipeline().accept("local-ais", message, reception, now, 1);
    }

    static AisMessage position(int mmsi, double lat, double lon) {
        return TestMessages.position(mmsi, lat, lon, 12.0, 90.0, 90);
    }

    static AisMessage voyage(int mmsi, String name, int shipType) {
        return TestMessages.voyage(mmsi, name, "7TAB", shipType, "ALGIERS");
    }
}
