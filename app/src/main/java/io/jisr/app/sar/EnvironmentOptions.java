package io.jisr.app.sar;

import io.jisr.sar.SarInputException;
import io.jisr.sar.env.ConstantField;
import io.jisr.sar.env.Environment;
import io.jisr.sar.env.NetcdfForecast;
import io.jisr.sar.env.PointSeriesField;
import io.jisr.sar.env.VectorField;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * The wind and current options shared by {@code jisr drift} and {@code jisr env}: a constant vector
 * ({@code --wind-east/--wind-north}), a time series at a point (CSV) or a gridded forecast (NetCDF-4,
 * {@code .nc}); {@code sample} names the bundled synthetic forecast off Algeria. Components are m/s
 * toward east and north (the direction the wind blows toward, as the forecast files give them).
 */
final class EnvironmentOptions {
    /**
     * jHDF logs every dataset it reads at INFO (through SLF4J to java.util.logging): noise for an
     * operator. Held in a field, since java.util.logging keeps loggers only weakly.
     */
    private static final java.util.logging.Logger JHDF = quiet(java.util.logging.Logger.getLogger("io.jhdf"));

    private static java.util.logging.Logger quiet(java.util.logging.Logger logger) {
        logger.setLevel(java.util.logging.Level.WARNING);
        return logger;
    }

    /** The file name that stands for the bundled sample forecast. */
    static final String SAMPLE = "sample";

    private final OptionSpec windEast = number("--wind-east", "10 m wind toward the east, m/s (constant).");
    private final OptionSpec windNorth = number("--wind-north", "10 m wind toward the north, m/s (constant).");
    private final OptionSpec windFile = file(
            "--wind-file",
            "Wind from a file: NetCDF-4 (.nc, CF eastward_wind/northward_wind), a CSV time series at a point,"
                    + " or 'sample' for the bundled forecast.");
    private final OptionSpec currentEast = number("--current-east", "Surface current toward the east, m/s (constant).");
    private final OptionSpec currentNorth =
            number("--current-north", "Surface current toward the north, m/s (constant).");
    private final OptionSpec currentFile = file(
            "--current-file",
            "Current from a file: NetCDF-4 (.nc, CF eastward/northward_sea_water_velocity), a CSV time series,"
                    + " or 'sample'.");

    void addTo(CommandSpec spec) {
        for (OptionSpec o : new OptionSpec[] {windEast, windNorth, windFile, currentEast, currentNorth, currentFile}) {
            spec.addOption(o);
        }
    }

    /**
     * Returns the environment the options describe.
     *
     * @throws ParameterException when both or neither of a constant and a file are given
     * @throws SarInputException when a file is unreadable or lacks what is needed
     */
    Environment environment(CommandSpec spec) {
        VectorField wind = field(spec, "wind", windEast, windNorth, windFile, NetcdfForecast::requireWind);
        VectorField current =
                field(spec, "current", currentEast, currentNorth, currentFile, NetcdfForecast::requireCurrent);
        return new Environment(wind, current);
    }

    private static VectorField field(
            CommandSpec spec,
            String what,
            OptionSpec east,
            OptionSpec north,
            OptionSpec file,
            Function<NetcdfForecast, VectorField> fromForecast) {
        boolean constant = given(spec, east) || given(spec, north);
        boolean fromFile = given(spec, file);
        if (constant && fromFile) {
            throw new ParameterException(
                    spec.commandLine(),
                    "give the " + what + " either as " + east.longestName() + "/" + north.longestName() + " or as "
                            + file.longestName() + ", not both");
        }
        if (fromFile) {
            return fromFile(file.getValue(), fromForecast);
        }
        if (!given(spec, east) || !given(spec, north)) {
            throw new ParameterException(
                    spec.commandLine(),
                    "the " + what + " is needed: " + east.longestName() + " and " + north.longestName() + ", or "
                            + file.longestName());
        }
        double e = east.getValue();
        double n = north.getValue();
        return ConstantField.of(e, n, what + " " + e + " m/s east, " + n + " m/s north");
    }

    private static VectorField fromFile(String name, Function<NetcdfForecast, VectorField> fromForecast) {
        if (name.equals(SAMPLE)) {
            return fromForecast.apply(NetcdfForecast.bundledSample());
        }
        Path path = Path.of(name);
        if (!Files.isRegularFile(path)) {
            throw new SarInputException("no such file: " + path);
        }
        if (name.toLowerCase(Locale.ROOT).endsWith(".nc")) {
            return fromForecast.apply(NetcdfForecast.read(path));
        }
        try {
            return PointSeriesField.parse(
                    Files.readString(path, StandardCharsets.UTF_8),
                    path.getFileName().toString());
        } catch (IOException e) {
            throw new SarInputException("cannot read " + path + ": " + e.getMessage());
        }
    }

    private static OptionSpec number(String name, String description) {
        return OptionSpec.builder(name)
                .paramLabel("M/S")
                .type(double.class)
                .description(description)
                .build();
    }

    private static OptionSpec file(String name, String description) {
        return OptionSpec.builder(name)
                .paramLabel("FILE")
                .type(String.class)
                .description(description)
                .build();
    }

    /** Whether the option was on the command line (picocli's own record of this parse). */
    static boolean given(CommandSpec spec, OptionSpec option) {
        return spec.commandLine().getParseResult().hasMatchedOption(option);
    }
}
