package io.jisr.app.sar;

import io.jisr.sar.SarInputException;
import io.jisr.sar.drift.DriftModel;
import io.jisr.sar.drift.DriftMonitor;
import io.jisr.sar.drift.DriftRequest;
import io.jisr.sar.drift.DriftResult;
import io.jisr.sar.drift.Position;
import io.jisr.sar.drift.Seeding;
import io.jisr.sar.env.Environment;
import io.jisr.sar.leeway.LeewayObject;
import io.jisr.sar.leeway.LeewayObjects;
import io.jisr.sar.product.DriftCsv;
import io.jisr.sar.product.DriftSummary;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code jisr drift}: a Leeway Monte Carlo drift from a last known position, for batch runs and scripted
 * checks. Writes one CSV row per particle and output time, and prints a summary a coordinator reads
 * first: the datum, the drift error, the mean drift distance, the spread along and across the wind, the
 * share of particles that jibed or stranded. The model and its conventions are in {@code docs/sar.md}.
 */
public final class DriftCommand implements Callable<Integer> {
    private final OutputStream stdout;
    private final boolean interactive;
    private final CommandSpec spec;
    private final EnvironmentOptions environment = new EnvironmentOptions();
    private final OptionSpec object = text(
            "--object",
            "ID|NAME",
            "The Leeway object category: its number, key or words"
                    + " of its description ('27', 'skiff'); --list-objects shows them.");
    private final OptionSpec listObjects = OptionSpec.builder("--list-objects")
            .description("List the Leeway object categories and exit.")
            .build();
    private final OptionSpec lat = number("--lat", "DEG", "Latitude of the last known position, degrees north.");
    private final OptionSpec lon = number("--lon", "DEG", "Longitude of the last known position, degrees east.");
    private final OptionSpec radius = number("--radius", "M", "Its uncertainty: a 1-sigma Gaussian radius in metres.");
    private final OptionSpec start =
            text("--start", "TIME", "When the object was there, ISO-8601 UTC" + " (2026-11-26T06:00:00Z).");
    private final OptionSpec hours = number("--hours", "H", "How long to drift, hours.");
    private final OptionSpec step = whole("--step", "S", 600, "Euler step, seconds (default 600).");
    private final OptionSpec particles =
            whole("--particles", "N", DriftRequest.DEFAULT_PARTICLES, "Particles (default" + " 5000).");
    private final OptionSpec seed = whole("--seed", "N", 1, "Random seed; the same seed gives the same result.");
    private final OptionSpec outputEvery =
            whole("--output-every", "S", 3600, "Output interval, seconds (default 3600).");
    private final OptionSpec out = text("--out", "FILE", "Where to write the particles as CSV.");

    /** Creates the command; the summary goes to {@code stdout}, progress to the error writer when interactive. */
    public DriftCommand(OutputStream stdout, boolean interactive) {
        this.stdout = stdout;
        this.interactive = interactive;
        this.spec = CommandSpec.wrapWithoutInspection(this).name("drift");
        spec.usageMessage()
                .sortOptions(false)
                .description("Drifts an object from its last known position with the Leeway model (Monte Carlo) in a"
                        + " constant, point or gridded wind and current; writes the particles as CSV and prints a"
                        + " summary.");
        for (OptionSpec o :
                new OptionSpec[] {object, listObjects, lat, lon, radius, start, hours, step, particles, seed}) {
            spec.addOption(o);
        }
        environment.addTo(spec);
        spec.addOption(outputEvery);
        spec.addOption(out);
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
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter summary = new PrintWriter(new java.io.OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
        if (EnvironmentOptions.given(spec, listObjects)) {
            for (LeewayObject o : LeewayObjects.bundled().all()) {
                summary.printf(Locale.ROOT, "%3d  %-28s %s%n", o.id(), o.key(), o.description());
            }
            return 0;
        }
        try {
            DriftRequest request = request();
            Environment env = environment.environment(spec);
            Path target = Path.of(required(out));
            DriftResult result = DriftModel.withBundledLand().run(request, env, progress(err));
            write(result, target);
            print(summary, request, result, target);
            return 0;
        } catch (SarInputException e) {
            err.println("jisr drift: " + e.getMessage());
            err.flush();
            return 1;
        }
    }

    private DriftRequest request() {
        LeewayObject leeway = LeewayObjects.bundled().find(required(object));
        double latitude = requiredNumber(lat);
        double longitude = requiredNumber(lon);
        double sigma = requiredNumber(radius);
        double h = requiredNumber(hours);
        if (!(h > 0) || h > 24 * 30) {
            throw new ParameterException(spec.commandLine(), "--hours must be more than 0 and at most 720, was " + h);
        }
        Instant from;
        try {
            from = Instant.parse(required(start));
        } catch (DateTimeParseException e) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--start must be an ISO-8601 UTC time such as 2026-11-26T06:00:00Z, was " + start.getValue());
        }
        try {
            return DriftRequest.of(
                            leeway,
                            new Seeding.Point(new Position(latitude, longitude), sigma),
                            from,
                            Duration.ofSeconds(Math.round(h * 3600)))
                    .withStep(Duration.ofSeconds(step.<Integer>getValue()))
                    .withParticles(particles.getValue())
                    .withSeed(seed.<Integer>getValue())
                    .withOutputEvery(Duration.ofSeconds(outputEvery.<Integer>getValue()));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** A progress bar on the terminal for runs longer than a moment; nothing when not interactive. */
    private DriftMonitor progress(PrintWriter err) {
        if (!interactive) {
            return DriftMonitor.NONE;
        }
        return new DriftMonitor() {
            private int shown = -1;

            @Override
            public void progress(long done, long total) {
                int percent = (int) (100 * done / Math.max(1, total));
                if (percent != shown) {
                    shown = percent;
                    int bar = percent / 4;
                    err.print("\rdrifting [" + "#".repeat(bar) + " ".repeat(25 - bar) + "] " + percent + " %");
                    if (percent == 100) {
                        err.println();
                    }
                    err.flush();
                }
            }
        };
    }

    private static void write(DriftResult result, Path target) throws IOException {
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try (BufferedWriter w = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            DriftCsv.write(result, w);
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void print(PrintWriter out, DriftRequest request, DriftResult result, Path target) {
        DriftSummary s = DriftSummary.of(result);
        LeewayObject o = request.object();
        out.printf(Locale.ROOT, "object       %d %s (%s)%n", o.id(), o.key(), o.description());
        out.printf(
                Locale.ROOT,
                "run          %d particles, seed %d, %s to %s in %d s steps%n",
                result.particles(),
                request.seed(),
                request.start(),
                request.end(),
                request.step().toSeconds());
        out.printf(
                Locale.ROOT,
                "datum        %.5f, %.5f at %s%n",
                s.datum().latitude(),
                s.datum().longitude(),
                s.time());
        out.printf(
                Locale.ROOT, "drift error  %.2f km (root mean square about the datum)%n", s.driftErrorMetres() / 1000);
        out.printf(Locale.ROOT, "mean drift   %.2f km from the seed positions%n", s.meanDriftDistanceMetres() / 1000);
        out.printf(
                Locale.ROOT,
                "spread       %.2f km downwind, %.2f km crosswind (mean wind %.1f m/s toward %03.0f°)%n",
                s.spreadDownwindMetres() / 1000,
                s.spreadCrosswindMetres() / 1000,
                s.meanWind().speed(),
                s.meanWind().towardDegrees());
        out.printf(
                Locale.ROOT,
                "jibed        %.1f %%; stranded %.1f %%; left the forecast %.1f %%%n",
                100 * s.jibedShare(),
                100 * s.strandedShare(),
                100 * s.outsideShare());
        out.printf(Locale.ROOT, "particles    %s (%d rows)%n", target, (long) result.particles() * result.outputs());
        out.flush();
    }

    private String required(OptionSpec option) {
        if (!EnvironmentOptions.given(spec, option)) {
            throw new ParameterException(spec.commandLine(), option.longestName() + " is required");
        }
        return option.getValue();
    }

    private double requiredNumber(OptionSpec option) {
        if (!EnvironmentOptions.given(spec, option)) {
            throw new ParameterException(spec.commandLine(), option.longestName() + " is required");
        }
        return option.<Double>getValue();
    }

    private static OptionSpec text(String name, String label, String description) {
        return OptionSpec.builder(name)
                .paramLabel(label)
                .type(String.class)
                .description(description)
                .build();
    }

    private static OptionSpec number(String name, String label, String description) {
        return OptionSpec.builder(name)
                .paramLabel(label)
                .type(double.class)
                .description(description)
                .build();
    }

    private static OptionSpec whole(String name, String label, int initial, String description) {
        return OptionSpec.builder(name)
                .paramLabel(label)
                .type(int.class)
                .initialValue(initial)
                .description(description)
                .build();
    }
}
