package io.jisr.app.serve;

import io.jisr.app.node.ConfigException;
import io.jisr.app.node.NodeConfig;
import io.jisr.app.node.NodeRuntime;
import java.io.PrintWriter;
import java.time.InstantSource;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Level;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code jisr serve}: runs a node until the process is stopped (also what {@code jisr} alone does). */
public final class ServeCommand implements Callable<Integer> {
    /*
     * Implementation note: declared with picocli's programmatic API, like every command (see
     * io.jisr.app.Main). The default data directory is "data" beside the launcher (the launcher passes
     * -Djisr.home), so ./jisr works from any current directory; without the launcher it is ./data.
     */

    private final Map<String, String> environment;
    private final CommandSpec spec;
    private final NodeOptions node = new NodeOptions();

    /** Creates the command reading overrides from {@code environment}. */
    public ServeCommand(Map<String, String> environment) {
        this.environment = environment;
        this.spec = CommandSpec.wrapWithoutInspection(this).name("serve");
        spec.usageMessage()
                .sortOptions(false)
                .description(
                        "Runs a Jisr node: embedded H2 storage (or PostgreSQL), the live maritime picture, the"
                                + " configured feeds and the HTTP API on a loopback port.",
                        "With no configuration at all it replays a bundled recording of real AIS so that the API"
                                + " shows vessels at once. Settings: docs/configuration.md.");
        node.addTo(spec);
        spec.addOption(OptionSpec.builder("-h", "--help")
                .usageHelp(true)
                .description("Show this help message and exit.")
                .build());
    }

    /** Returns the command's picocli model. */
    public CommandSpec spec() {
        return spec;
    }

    /** Starts the node and waits until the process is asked to stop. */
    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        NodeConfig nodeConfig = node.load(spec, environment);
        JsonLogFormatter.install(Level.INFO);
        NodeRuntime runtime;
        try {
            runtime = NodeRuntime.start(nodeConfig, InstantSource.system());
        } catch (ConfigException e) {
            err.println("jisr: cannot start: " + e.getMessage());
            err.flush();
            return 2;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(() -> {
            runtime.close();
            stopped.countDown();
        }));
        err.println("jisr: node \"" + nodeConfig.nodeId() + "\" listening on "
                + (nodeConfig.security().https().isPresent() ? "https" : "http") + "://" + nodeConfig.httpHost() + ":"
                + runtime.httpPort() + "/ (data in "
                + nodeConfig.dataDirectory().toAbsolutePath()
                + "); API: /api/vessels, docs: /openapi.yaml; stop with Ctrl-C");
        err.flush();
        stopped.await();
        return 0;
    }
}
