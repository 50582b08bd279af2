package io.jisr.app.simulate;

import io.jisr.app.federation.FederationException;
import io.jisr.app.node.ConfigException;
import io.jisr.app.node.NodeConfig;
import io.jisr.app.serve.JsonLogFormatter;
import io.jisr.app.serve.NodeOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Level;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code jisr demo}: a node (as {@code jisr serve} starts it) fed live by the traffic simulator with
 * the default scenario, in real time, so the Algerian coast and the through lane fill with traffic.
 */
public final class DemoCommand implements Callable<Integer> {

    private final Map<String, String> environment;
    private final CommandSpec spec;
    private final NodeOptions node = new NodeOptions();
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
    private final OptionSpec pair = OptionSpec.builder("--pair")
            .arity("0")
            .type(boolean.class)
            .initialValue(false)
            .description("Two federated nodes instead of one: Algeria (DZA) and the United States (USA), sharing"
                    + " under an example agreement over loopback mutual TLS. --data-dir is then their working"
                    + " directory (keys, agreement, databases; default a new temporary directory), --port DZA's"
                    + " port (default 8080) and the next one USA's.")
            .build();
    private final OptionSpec delay = OptionSpec.builder("--delay")
            .paramLabel("SECONDS")
            .type(int.class)
            .initialValue(30)
            .description("With --pair: how late DZA releases to USA, in seconds (default 30), when the agreement is"
                    + " written (a directory's existing agreement is kept as it is).")
            .build();

    /** Creates the command reading overrides from {@code environment}. */
    public DemoCommand(Map<String, String> environment) {
        this.environment = environment;
        this.spec = CommandSpec.wrapWithoutInspection(this).name("demo");
        spec.usageMessage()
                .sortOptions(false)
                .description("Runs a node fed live by the traffic simulator (default scenario, Western Mediterranean,"
                        + " real time): open the printed address to watch the Algerian coast and the through lane. With --pair,"
                        + " two federated nodes (DZA and USA) so that shared data can be watched arriving.");
        node.addTo(spec);
        for (OptionSpec o : List.of(vessels, speed, seed, pair, delay)) {
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
        if (pair.<Boolean>getValue()) {
            return pair(n, factor);
        }
        NodeConfig configured = node.load(spec, environment);
        JsonLogFormatter.install(Level.INFO);
        DemoNode demo = DemoNode.start(configured, n, factor, seed.<Long>getValue());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(() -> {
            demo.close();
            stopped.countDown();
        }));
        PrintWriter err = spec.commandLine().getErr();
        err.println("jisr demo: node \"" + configured.nodeId() + "\" on http://" + configured.httpHost() + ":"
                + demo.runtime().httpPort() + "/ fed by the simulator (" + demo.vessels()
                + " vessels, default scenario, " + factor + "x real time, map centre 37.0N 3.0E);"
                + " stop with Ctrl-C");
        err.flush();
        stopped.await();
        return 0;
    }

    private Integer pair(int n, double factor) throws InterruptedException {
        if (node.configFile().isPresent()) {
            throw new ParameterException(
                    spec.commandLine(), "--config cannot be used with --pair: the pair writes its own configuration");
        }
        int seconds = delay.getValue();
        if (seconds < 0 || seconds > 86_400) {
            throw new ParameterException(spec.commandLine(), "--delay must be within 0..86400, was " + seconds);
        }
        int dzaPort = node.port().orElse(8080);
        if (dzaPort < 0 || dzaPort > 65_534) {
            throw new ParameterException(
                    spec.commandLine(), "--port must be within 0..65534 with --pair, was " + dzaPort);
        }
        int usaPort = dzaPort == 0 ? 0 : dzaPort + 1;
        Path dir;
        try {
            dir = node.dataDirectory().isPresent()
                    ? node.dataDirectory().get()
                    : Files.createTempDirectory("jisr-demo-pair-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory for the demo pair", e);
        }
        JsonLogFormatter.install(Level.INFO);
        DemoPair demo;
        try {
            demo = DemoPair.start(
                    new DemoPair.Settings(
                            dir,
                            n,
                            factor,
                            seed.<Long>getValue(),
                            dzaPort,
                            usaPort,
                            Duration.ofSeconds(seconds),
                            environment),
                    System.out);
        } catch (ConfigException | FederationException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(() -> {
            demo.close();
            stopped.countDown();
        }));
        PrintWriter err = spec.commandLine().getErr();
        err.println("jisr demo --pair: two federated nodes, fed by the simulator ("
                + demo.dza().vessels() + " vessels, default scenario, " + factor
                + "x real time, map centre 37.0N 3.0E)");
        err.println("  DZA (dza-1): " + url(demo.dzaConfig(), demo.dza()) + "  hears the Algerian shore receivers");
        err.println("  USA (usa-1): " + url(demo.usaConfig(), demo.usa())
                + "  hears Rota and Sigonella, and what DZA releases under the agreement");
        err.println("  sign in to each as admin: with JISR_ADMIN_PASSWORD if it was set, else with the one-time"
                + " password printed above under the node's name (first start of a directory only)");
        err.println("  the agreement: " + demo.agreement() + " (edit it and start again with --data-dir " + dir
                + " to see the effect)");
        err.println("  working directory: " + dir + " (keys, each node's jisr.yaml and database)");
        err.println("  partner links: Partners in the web UI, or GET /api/federation/links; stop with Ctrl-C");
        err.flush();
        stopped.await();
        return 0;
    }

    private static String url(NodeConfig config, DemoNode demo) {
        return "http://" + config.httpHost() + ":" + demo.runtime().httpPort() + "/";
    }
}
