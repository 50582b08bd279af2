package io.jisr.app.serve;

import io.jisr.app.node.ConfigException;
import io.jisr.app.node.NodeConfig;
import io.jisr.app.node.NodeConfigLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * The options every command that starts a node takes ({@code serve}, {@code demo}): the HTTP port, the
 * data directory and the configuration file, and the configuration they select.
 */
public final class NodeOptions {
    private final OptionSpec port = OptionSpec.builder("-p", "--port")
            .paramLabel("PORT")
            .type(Integer.class)
            .description("HTTP port (default 8080, or http.port in the configuration; 0 picks a free port).")
            .build();
    private final OptionSpec dataDir = OptionSpec.builder("-d", "--data-dir")
            .paramLabel("DIR")
            .type(Path.class)
            .description(
                    "Where the embedded database and extracted demo data live (default: data/ beside the launcher).")
            .build();
    private final OptionSpec config = OptionSpec.builder("-c", "--config")
            .paramLabel("FILE")
            .type(Path.class)
            .description("Configuration file (default: jisr.yaml in the current directory, if there is one).")
            .build();

    /** Adds the options to {@code spec}, in the order the help lists them. */
    public void addTo(CommandSpec spec) {
        spec.addOption(port);
        spec.addOption(dataDir);
        spec.addOption(config);
    }

    /** Returns the HTTP port given on the command line, if any. */
    public Optional<Integer> port() {
        return Optional.ofNullable(port.<Integer>getValue());
    }

    /** Returns the data directory given on the command line, if any. */
    public Optional<Path> dataDirectory() {
        return Optional.ofNullable(dataDir.<Path>getValue());
    }

    /** Returns the configuration file given on the command line, if any. */
    public Optional<Path> configFile() {
        return Optional.ofNullable(config.<Path>getValue());
    }

    /**
     * Returns the configuration the options select: the file given, else {@code jisr.yaml} in the
     * current directory if there is one; the data directory given, else {@code data/} beside the
     * launcher ({@code -Djisr.home}), else in the current directory; {@code environment} over the file.
     *
     * @throws ParameterException naming what is wrong when the configuration is not valid
     */
    public NodeConfig load(CommandSpec spec, Map<String, String> environment) {
        Optional<Path> file = Optional.ofNullable(config.<Path>getValue());
        if (file.isEmpty() && Files.isRegularFile(Path.of("jisr.yaml"))) {
            file = Optional.of(Path.of("jisr.yaml"));
        }
        String home = System.getProperty("jisr.home");
        Path defaultData = home == null ? Path.of("data") : Path.of(home, "data");
        try {
            return NodeConfigLoader.load(
                    file,
                    environment,
                    new NodeConfigLoader.Overrides(
                            Optional.ofNullable(port.<Integer>getValue()),
                            Optional.ofNullable(dataDir.<Path>getValue())),
                    defaultData);
        } catch (ConfigException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
