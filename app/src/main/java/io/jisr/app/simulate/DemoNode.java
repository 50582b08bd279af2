package io.jisr.app.simulate;

import io.jisr.app.node.NodeConfig;
import io.jisr.app.node.NodeRuntime;
import io.jisr.detect.DeclaredReceiver;
import io.jisr.feed.FeedSpec;
import io.jisr.feed.FeedStatus;
import io.jisr.sim.Receiver;
import io.jisr.sim.ReceiverNetwork;
import io.jisr.sim.scenario.ScenarioRun;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Logger;

/**
 * A node fed live by the traffic simulator with the default scenario: what {@code jisr demo} runs, and
 * what the demo's browser test photographs. The simulator reaches the node the way a real receiver
 * would, through a loopback TCP-server feed, so the demo exercises the same path as production.
 */
public final class DemoNode implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(DemoNode.class.getName());

    /** The id of the feed the simulator writes to. */
    public static final String FEED_ID = "simulator";

    private final NodeRuntime runtime;
    private final Thread simulator;
    private final int vessels;

    private DemoNode(NodeRuntime runtime, Thread simulator, int vessels) {
        this.runtime = runtime;
        this.simulator = simulator;
        this.vessels = vessels;
    }

    /**
     * Starts the node and the simulator. The simulated clock starts now, so that the node, which runs
     * in message time, shows live traffic.
     *
     * @param configured the node as configured; the simulator's feed is added and the bundled replay off
     * @param backgroundVessels vessels of background traffic besides the scenario's
     * @param speed simulated time runs this many times faster than real time
     * @param seed the traffic's seed
     */
    public static DemoNode start(NodeConfig configured, int backgroundVessels, double speed, long seed)
            throws InterruptedException {
        return start(
                configured,
                backgroundVessels,
                speed,
                seed,
                Instant.now().truncatedTo(ChronoUnit.SECONDS),
                ReceiverNetwork.shipped());
    }

    /**
     * Starts the node and a simulator whose traffic only {@code receivers} hear. Two nodes started with
     * the same seed and start, each with its own receivers, see the same simulated sea through different
     * eyes ({@code jisr demo --pair}).
     *
     * @param start the simulated clock's start
     * @param receivers the shore receivers through which the node hears the traffic (at least one)
     */
    public static DemoNode start(
            NodeConfig configured,
            int backgroundVessels,
            double speed,
            long seed,
            Instant start,
            List<Receiver> receivers)
            throws InterruptedException {
        ScenarioRun run = ScenarioRun.prepare(new ScenarioRun.Settings(
                start, Duration.ofHours(24), backgroundVessels, seed, receivers, 0.05, ScenarioYaml.defaultScenario()));
        // The scenario's zones are watched like any configured zone, so its zone entries raise alerts.
        // The simulated shore receivers are the demo node's own, so it declares them (docs/detections.md).
        NodeConfig withZones = configured.withDetection(
                configured.detection().withZones(ScenarioZones.of(run.truth())).withReceivers(declared(receivers)));
        NodeRuntime runtime = NodeRuntime.start(withSimulatorFeed(withZones), InstantSource.system());
        InetSocketAddress feed;
        try {
            feed = awaitFeedAddress(runtime);
        } catch (RuntimeException | InterruptedException e) {
            runtime.close();
            throw e;
        }
        Thread simulator = Thread.ofPlatform().name("simulator").daemon().start(() -> {
            try (LineOutput out = LineOutput.open("tcp://127.0.0.1:" + feed.getPort(), System.out)) {
                run.simulation().run(Pacer.realTime(out, speed, System::nanoTime, DemoNode::sleep));
            } catch (UncheckedIOException e) {
                LOG.warning("the simulator stopped: " + e.getMessage());
            }
        });
        return new DemoNode(runtime, simulator, backgroundVessels + run.scenarioVessels());
    }

    /** Returns the running node. */
    public NodeRuntime runtime() {
        return runtime;
    }

    /** Returns how many vessels the simulator moves, background and scenario together. */
    public int vessels() {
        return vessels;
    }

    /** Stops the simulator, then the node (which commits what is queued). */
    @Override
    public void close() {
        simulator.interrupt();
        runtime.close();
    }

    /** Returns the simulator's receivers as the node declares them to its gap detector. */
    public static List<DeclaredReceiver> declared(List<Receiver> receivers) {
        return receivers.stream()
                .map(r -> new DeclaredReceiver(
                        r.id(), r.position().lat(), r.position().lon(), r.rangeNm()))
                .toList();
    }

    /** The configured node with the simulator's feed added, and no bundled replay. */
    static NodeConfig withSimulatorFeed(NodeConfig c) {
        return c.withFeedsInsteadOfDemo(
                List.of(new NodeConfig.FeedConfig(FEED_ID, new FeedSpec.TcpServer("127.0.0.1", 0))));
    }

    static InetSocketAddress awaitFeedAddress(NodeRuntime runtime) throws InterruptedException {
        for (int i = 0; i < 500; i++) {
            Optional<InetSocketAddress> address =
                    runtime.node().feeds().status(FEED_ID).flatMap(FeedStatus::localAddress);
            if (address.isPresent()) {
                return address.get();
            }
            Thread.sleep(10);
        }
        throw new IllegalStateException("the simulator's feed did not start listening within 5 s");
    }

    private static void sleep(long nanos) {
        if (nanos > 0) {
            LockSupport.parkNanos(nanos);
        }
    }
}
