package io.jisr.app.serve;

import io.jisr.feed.FeedException;
import io.jisr.feed.ReplaySender;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;

/** {@code jisr replay FILE --to tcp://host:port --speed 10}: sends a recording to a node, for tests and demos. */
public final class ReplayCommand implements Callable<Integer> {
    private final CommandSpec spec;
    private final PositionalParamSpec file = PositionalParamSpec.builder()
            .paramLabel("FILE")
            .arity("1")
            .type(Path.class)
            .description("The recording to send, plain or gzip-compressed NMEA.")
            .build();
    private final OptionSpec to = OptionSpec.builder("--to")
            .paramLabel("URL")
            .type(String.class)
            .required(true)
            .description("Where to send it: tcp://host:port (a node's tcp-server feed) or udp://host:port.")
            .build();
    private final OptionSpec speed = OptionSpec.builder("-s", "--speed")
            .paramLabel("FACTOR")
            .type(double.class)
            .initialValue(0.0)
            .description("0 (default) sends as fast as the receiver takes it; otherwise the recorded pace times FACTOR,"
                    + " from the lines' own times.")
            .build();

    /** Creates the command. */
    public ReplayCommand() {
        this.spec = CommandSpec.wrapWithoutInspection(this).name("replay");
        spec.usageMessage()
                .sortOptions(false)
                .description("Sends a recorded NMEA file to a node's feed over TCP or UDP, as fast as possible or at"
                        + " its recorded pace times a speed factor.");
        spec.addPositional(file);
        spec.addOption(to);
        spec.addOption(speed);
        spec.addOption(OptionSpec.builder("-h", "--help")
                .usageHelp(true)
                .description("Show this help message and exit.")
                .build());
    }

    /** Returns the command's picocli model. */
    public CommandSpec spec() {
        return spec;
    }

    /** Sends the file and reports what was sent. */
    @Override
    public Integer call() {
        Path path = file.getValue();
        if (!Files.isRegularFile(path)) {
            throw new ParameterException(spec.commandLine(), "no such file: " + path);
        }
        double factor = speed.getValue();
        if (factor < 0 || Double.isNaN(factor)) {
            throw new ParameterException(spec.commandLine(), "--speed must be 0 or positive, was " + factor);
        }
        java.net.URI target;
        try {
            target = ReplaySender.target(to.getValue());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        try {
            var result = new ReplaySender(path, target, factor).run();
            err.println("jisr replay: sent " + result.linesSent() + " lines (" + result.bytesSent() + " bytes) to "
                    + to.getValue());
            err.flush();
            return 0;
        } catch (FeedException e) {
            err.println("jisr replay: " + e.getMessage());
            err.flush();
            return 1;
        }
    }
}
