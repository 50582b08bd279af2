package io.jisr.app.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.jisr.app.node.NodeConfig;
import io.jisr.app.node.NodeConfigLoader;
import io.jisr.feed.FeedSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's wiring: a node whose simulator feed receives live simulated traffic. */
class DemoCommandTest {
    @TempDir
    Path data;

    @Test
    void withSimulatorFeed_addsALoopbackTcpServerFeed_andTurnsTheReplayOff() {
        NodeConfig c = NodeConfigLoader.load(
                Optional.empty(), Map.of(), new NodeConfigLoader.Overrides(Optional.of(0), Optional.empty()), data);
        NodeConfig demo = DemoNode.withSimulatorFeed(c);
        assertThat(demo.demo()).isFalse();
        assertThat(demo.feeds().getLast())
                .isEqualTo(new NodeConfig.FeedConfig(DemoNode.FEED_ID, new FeedSpec.TcpServer("127.0.0.1", 0)));
    }

    @Test
    void demo_nodeShowsSimulatedVesselsWithinSeconds() throws Exception {
        NodeConfig c = NodeConfigLoader.load(
                Optional.empty(), Map.of(), new NodeConfigLoader.Overrides(Optional.of(0), Optional.empty()), data);
        try (DemoNode demo = DemoNode.start(c, 400, 1, 42)) {
            assertThat(demo.vessels()).isGreaterThan(400);
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> demo.runtime().node().picture().size() > 20);
        }
    }

    @Test
    void pair_refusesAConfigurationFileAndBadValues_beforeStartingAnything() {
        Cli config =
                Cli.run("demo", "--pair", "--config", data.resolve("jisr.yaml").toString());
        assertThat(config.exitCode()).isEqualTo(2);
        assertThat(config.stderr()).contains("--config cannot be used with --pair");
        Cli delay = Cli.run("demo", "--pair", "--delay", "-1");
        assertThat(delay.exitCode()).isEqualTo(2);
        assertThat(delay.stderr()).contains("--delay must be within 0..86400, was -1");
        Cli port = Cli.run("demo", "--pair", "--port", "65535");
        assertThat(port.exitCode()).isEqualTo(2);
        assertThat(port.stderr()).contains("--port must be within 0..65534 with --pair, was 65535");
    }
}
