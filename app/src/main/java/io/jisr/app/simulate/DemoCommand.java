package io.jisr.app.simulate;

import io.jisr.app.node.ConfigException;
import io.jisr.app.node.NodeConfig;
import io.jisr.app.node.NodeConfigLoader;
import io.jisr.app.node.NodeRuntime;
import io.jisr.app.serve.JsonLogFormatter;
import io.jisr.feed.FeedSpec;
import io.jisr.feed.FeedStatus;
import io.jisr.sim.ReceiverNetwork;
import io.jisr.sim.scenario.ScenarioRun;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code jisr demo}: a node (as {@code jisr serve} starts it) fed live by the traffic simulator with
 * the default scenario, in real time, so the Algerian coast and the through lane fill with traffic.
 */
public final class DemoCommand implements Callable<Integer> {
    /*
     * Implementation note: the simulator reaches the node the way a real receiver would, through a
     * tcp-server feed on a free loopback port added to the configured feeds. That keeps the node's
     * wiring unchanged (no new feed kind), and the feed's status and metrics show the simulator like
     * any other source.
     */

    /** The id of the simulator's feed in the node. */
    public static final String FEED_ID = "simulator";

    private static final Logger LOG = Logger.getLogger(DemoCommand.class.getName());

    private final Map<String, String> environment;
    private final CommandSpec spec;
    private final OptionSpec port = OptionSpec.builder("-p", "--port")
            .paramLabel("PORT")
            .type(Integer.class)
            .description("HTTP port (default 8080, or http.port in the configuration; 0 picks a free port).")
            .build();
    private final OptionSpec dataDir = OptionSpec.builder("-d", "--data-dir")
            .paramLabel("DIR")
            .type(Path.class)
            .description("Where the embedded database lives (default: data/ beside the launcher).")
            .build();
    private final OptionSpec config = OptionSpec.builder("-c", "--config")
            .paramLabel("FILE")
            .type(Path.class)
            .description("Configuration file (default: jisr.yaml in the current directory, if there is one).")
            .build();
    private final OptionSpec vessels = OptionSpec.builder("--vessels")
            .paramLabel("N")
            .type(int.class)
            .initialValue(1500)
            .description("Background vessels (default 1500).")
            .build();
    private final OptionSpec speed = OptionSpec.builder("--speed")
            .paramLabel("FACTOR")
            .type(double.class)
            .initialValue(1.0)
            .description("Simulated time runs FACTOR times faster than real time (default 1).")
            .build();
    private final OptionSpec seed = OptionSpec.builder("--seed")
            .paramLabel("N")
            .type(long.class)
            .initialValue(42L)
            .description("Seed of the simulated traffic (default 42).")
            .build();

    /** Creates the command reading overrides from {@code environment}. */
    public DemoCommand(Map<String, String> environment) {
        this.environment = environment;
        this.spec = CommandSpec.wrapWithoutInspection(this).name("demo");
        spec.usageMessage()
                .sortOptions(false)
                .description("Runs a node fed live by the traffic simulator (default scenario, Western Mediterranean,"
                        + " real time): open the printed address to watch the Algerian coast and the through lane.");
        for (OptionSpec o : List.of(port, dataDir, config, vessels, speed, seed)) {
            spec.addOption(o);
        }
        spec.addOption(OptionSpec.builder("-h", "--help")
                .usageHelp(true)
                .description("Show this help message and exit.")
                .build());
    }

    /** Returns the command's picocli model. */
    public CommandSpec spec() {
        return spec;
    }

    /** Starts the node and the simulator and waits until the process is asked to stop. */
    @Override
    public Integer call() throws InterruptedException {
        int n = vessels.getValue();
        double factor = speed.getValue();
        if (n < 0 || n > 100_000) {
            throw new ParameterException(spec.commandLine(), "--vessels must be within 0..100000, was " + n);
        }
        if (!(factor > 0 && factor <= 1000)) {
            throw new ParameterException(
                    spec.commandLine(), "--speed must be within 0..1000 (exclusive of 0), was " + factor);
        }
        NodeConfig configured;
        try {
            configured = load();
        } catch (ConfigException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        // The simulated clock starts now, so that the node, which runs in message time, shows live traffic.
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        ScenarioRun run = ScenarioRun.prepare(new ScenarioRun.Settings(
                start,
                Duration.ofHours(24),
                n,
                seed.<Long>getValue(),
                ReceiverNetwork.shipped(),
                0.05,
                ScenarioYaml.defaultScenario()));
        JsonLogFormatter.install(Level.INFO);
        NodeRuntime runtime = NodeRuntime.start(withSimulatorFeed(configured), InstantSource.system());
        InetSocketAddress feed = awaitFeedAddress(runtime);
        Thread simulator = Thread.ofPlatform().name("simulator").daemon().start(() -> {
            try (LineOutput out = LineOutput.open("tcp://127.0.0.1:" + feed.getPort(), System.out)) {
                run.simulation().run(Pacer.realTime(out, factor, System::nanoTime, DemoCommand::sleep));
            } catch (UncheckedIOException e) {
                LOG.warning("the simulator stopped: " + e.getMessage());
            }
        });
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(() -> {
            simulator.interrupt();
            runtime.close();
            stopped.countDown();
        }));
        PrintWriter err = spec.commandLine().getErr();
        err.println("jisr demo: node \"" + configured.nodeId() + "\" on http://" + configured.httpHost() + ":"
                + runtime.httpPort() + "/ fed by the simulator (" + (n + run.scenarioVessels())
                + " vessels, default scenario, " + factor + "x real time, map centre 37.0N 3.0E);"
                + " stop with Ctrl-C");
        err.flush();
        stopped.await();
        return 0;
    }

    /** The configured node with the simulator's feed added, and no bundled replay. */
    static NodeConfig withSimulatorFeed(NodeConfig c) {
        List<NodeConfig.FeedConfig> feeds = new ArrayList<>(c.feeds());
        feeds.add(new NodeConfig.FeedConfig(FEED_ID, new FeedSpec.TcpServer("127.0.0.1", 0)));
        return new NodeConfig(
                c.nodeId(),
                c.httpHost(),
                c.httpPort(),
                c.dataDirectory(),
                c.database(),
                c.maxPlausibleSpeedKnots(),
                c.staleAfter(),
                c.duplicateWindow(),
                c.retention(),
                feeds,
                false,
                c.security(),
                c.map());
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

    private NodeConfig load() {
        Optional<Path> file = Optional.ofNullable(config.<Path>getValue());
        if (file.isEmpty() && Files.isRegularFile(Path.of("jisr.yaml"))) {
            file = Optional.of(Path.of("jisr.yaml"));
        }
        String home = System.getProperty("jisr.home");
        Path defaultData = home == null ? Path.of("data") : Path.of(home, "data");
        return NodeConfigLoader.load(
                file,
                environment,
                new NodeConfigLoader.Overrides(
                        Optional.ofNullable(port.<Integer>getValue()), Optional.ofNullable(dataDir.<Path>getValue())),
                defaultData);
    }
}
