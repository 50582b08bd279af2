package io.jisr.app.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.jisr.app.node.NodeConfig;
import io.jisr.app.node.NodeConfigLoader;
import io.jisr.app.node.NodeRuntime;
import io.jisr.feed.FeedSpec;
import io.jisr.sim.ReceiverNetwork;
import io.jisr.sim.scenario.Scenario;
import io.jisr.sim.scenario.ScenarioRun;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
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
        NodeConfig demo = DemoCommand.withSimulatorFeed(c);
        assertThat(demo.demo()).isFalse();
        assertThat(demo.feeds().getLast())
                .isEqualTo(new NodeConfig.FeedConfig(DemoCommand.FEED_ID, new FeedSpec.TcpServer("127.0.0.1", 0)));
    }

    @Test
    void demo_nodeShowsSimulatedVesselsWithinSeconds() throws Exception {
        NodeConfig c = NodeConfigLoader.load(
                Optional.empty(), Map.of(), new NodeConfigLoader.Overrides(Optional.of(0), Optional.empty()), data);
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        ScenarioRun run = ScenarioRun.prepare(new ScenarioRun.Settings(
                start, Duration.ofMinutes(10), 400, 42, ReceiverNetwork.shipped(), 0.05, Scenario.empty()));
        try (NodeRuntime node = NodeRuntime.start(DemoCommand.withSimulatorFeed(c), InstantSource.system())) {
            InetSocketAddress feed = DemoCommand.awaitFeedAddress(node);
            Thread simulator = Thread.ofPlatform().daemon().start(() -> {
                try (LineOutput out = LineOutput.open("tcp://127.0.0.1:" + feed.getPort(), System.out)) {
                    run.simulation().run(Pacer.realTime(out, 1, System::nanoTime, LockSupport::parkNanos));
                }
            });
            try {
                await().atMost(Duration.ofSeconds(30))
                        .until(() -> node.node().picture().size() > 20);
            } finally {
                simulator.interrupt();
            }
        }
    }
}
