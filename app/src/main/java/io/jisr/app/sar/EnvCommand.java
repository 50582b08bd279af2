package io.jisr.app.sar;

import io.jisr.sar.SarInputException;
import io.jisr.sar.env.Environment;
import io.jisr.sar.env.Vector;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code jisr env}: the wind and current the drift model sees at one point and time, for operators
 * checking a forecast and for tests — interpolated exactly as the drift interpolates them.
 */
public final class EnvCommand implements Callable<Integer> {
    private final OutputStream stdout;
    private final CommandSpec spec;
    private final EnvironmentOptions environment = new EnvironmentOptions();
    private final OptionSpec lat = OptionSpec.builder("--lat")
            .paramLabel("DEG")
            .type(double.class)
            .required(true)
            .description("Latitude, degrees north.")
            .build();
    private final OptionSpec lon = OptionSpec.builder("--lon")
            .paramLabel("DEG")
            .type(double.class)
            .required(true)
            .description("Longitude, degrees east.")
            .build();
    private final OptionSpec time = OptionSpec.builder("--time")
            .paramLabel("TIME")
            .type(String.class)
            .required(true)
            .description("ISO-8601 UTC time.")
            .build();

    /** Creates the command; it prints to {@code stdout}. */
    public EnvCommand(OutputStream stdout) {
        this.stdout = stdout;
        this.spec = CommandSpec.wrapWithoutInspection(this).name("env");
        spec.usageMessage()
                .sortOptions(false)
                .description("Prints the wind and current the drift model sees at one point and time.");
        spec.addOption(lat);
        spec.addOption(lon);
        spec.addOption(time);
        environment.addTo(spec);
        spec.addOption(OptionSpec.builder("-h", "--help")
                .usageHelp(true)
                .description("Show this help message and exit.")
                .build());
    }

    /** Returns the command's picocli model. */
    public CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        Instant at;
        try {
            at = Instant.parse(time.getValue());
        } catch (DateTimeParseException e) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--time must be an ISO-8601 UTC time such as 2026-11-26T06:00:00Z, was " + time.getValue());
        }
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
        try {
            Environment env = environment.environment(spec);
            Environment.Conditions c = env.at(lat.<Double>getValue(), lon.<Double>getValue(), at);
            line(out, "wind   ", c.wind());
            line(out, "current", c.current());
            return 0;
        } catch (SarInputException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("jisr env: " + e.getMessage());
            err.flush();
            return 1;
        }
    }

    private static void line(PrintWriter out, String what, Vector v) {
        out.printf(
                Locale.ROOT,
                "%s east %.3f m/s, north %.3f m/s (%.3f m/s toward %03.0f°)%n",
                what,
                v.east(),
                v.north(),
                v.speed(),
                v.towardDegrees());
        out.flush();
    }
}
