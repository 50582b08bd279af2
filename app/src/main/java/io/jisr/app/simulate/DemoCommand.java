package io.jisr.app.simulate;

import io.jisr.app.node.NodeConfig;
import io.jisr.app.serve.JsonLogFormatter;
import io.jisr.app.serve.NodeOptions;
import java.io.PrintWriter;
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

    /** Creates the command reading overrides from {@code environment}. */
    public DemoCommand(Map<String, String> environment) {
        this.environment = environment;
        this.spec = CommandSpec.wrapWithoutInspection(this).name("demo");
        spec.usageMessage()
                .sortOptions(false)
                .description("Runs a node fed live by the traffic simulator (default scenario, Western Mediterranean,"
                        + " real time): open the printed address to watch the Algerian coast and the through lane.");
        node.addTo(spec);
        for (OptionSpec o : List.of(vessels, speed, seed)) {
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
}
