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
}
