package io.jisr.app.simulate;

import io.jisr.sim.DurationText;
import io.jisr.sim.Receiver;
import io.jisr.sim.ReceiverNetwork;
import io.jisr.sim.Simulation;
import io.jisr.sim.scenario.GroundTruthJson;
import io.jisr.sim.scenario.Scenario;
import io.jisr.sim.scenario.ScenarioRun;
import io.jisr.sim.scenario.TruthEvent;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code jisr simulate}: runs the traffic simulator and writes NMEA with tag blocks, as fast as
 * possible, in real time times a speed, or at a sustained rate (load mode), with the scenario's
 * ground truth beside it.
 */
public final class SimulateCommand implements Callable<Integer> {
    /*
     * Implementation note: declared with picocli's programmatic API like every command (see
     * io.jisr.app.Main). The default start time is fixed, not the wall clock, so that the same seed
     * gives the same bytes on every run.
     */

    /** The most lines load mode simulates into its pool before sending it over and over. */
    static final int POOL_LINES = 1_000_000;

    /** The simulated start when none is given. */
    public static final Instant DEFAULT_START = Instant.parse("2026-11-26T00:00:00Z");

    private final OutputStream stdout;
    private final CommandSpec spec;
    private final OptionSpec scenario = option(
            "--scenario",
            "FILE",
            String.class,
            "Scenario file (YAML or JSON), or 'default' for the bundled one (an event of each type off Algeria)."
                    + " Without it: background traffic only.");
    private final OptionSpec duration = option(
            "--duration", "DURATION", String.class, "Simulated time to run: 6h, 90m, 1h30m, 2d or PT6H (default 6h).");
    private final OptionSpec vessels =
            option("--vessels", "N", String.class, "Background vessels, 0 to 1000000 (default 3000).");
    private final OptionSpec seed = option(
            "--seed",
            "N",
            String.class,
            "Seed: the same seed and options give the same output, byte for byte (default 42).");
    private final OptionSpec out = option(
            "--out",
            "TARGET",
            String.class,
            "Where the NMEA goes: a file, - for standard output (default), tcp://host:port or udp://host:port.");
    private final OptionSpec truth = option(
            "--truth",
            "FILE",
            String.class,
            "Ground-truth file (JSON lines). Default: beside a file --out, as OUT.truth.jsonl; none otherwise.");
    private final OptionSpec speed = option(
            "--speed", "FACTOR", String.class, "Real time times FACTOR (1 = real time). Default: as fast as possible.");
    private final OptionSpec rate = option(
            "--rate",
            "LINES_PER_S",
            String.class,
            "Load mode: send a sustained number of lines per second for --duration of wall time (default 60s),"
                    + " reporting the rate achieved each second; the lines are a pool of simulated traffic sent over"
                    + " and over with their times moved on.");
    private final OptionSpec start = option(
            "--start", "INSTANT", String.class, "Simulated start time, ISO-8601 UTC (default " + DEFAULT_START + ").");
    private final OptionSpec receivers = option(
            "--receivers",
            "FILE",
            Path.class,
            "Receiver list (ID PARTNER LAT LON RANGE_NM NAME per line). Default: the bundled Algerian and partner stations.");
    private final OptionSpec partner = option(
            "--partner",
            "CODE[,CODE]",
            String.class,
            "Only the receivers of these partners (ISO 3166-1 alpha-3, such as DZA): what that partner's node gets.");
    private final OptionSpec loss = option(
            "--loss",
            "P",
            String.class,
            "Probability of losing a transmission near a receiver, 0 to 0.5 (default 0.05); it grows towards the edge"
                    + " of the range.");

    /** Creates the command writing standard output to {@code stdout}. */
    public SimulateCommand(OutputStream stdout) {
        this.stdout = stdout;
        this.spec = CommandSpec.wrapWithoutInspection(this).name("simulate");
        spec.usageMessage()
                .sortOptions(false)
                .description(
                        "Simulates AIS traffic in the Western Mediterranean (Gibraltar to Sicily, the Algerian coast,"
                                + " the Balearic Sea) and writes what the shore receivers hear as NMEA with tag blocks"
                                + " (s: receiver, c: time). See docs/simulator.md.");
        for (OptionSpec o :
                List.of(scenario, duration, vessels, seed, out, truth, speed, rate, start, receivers, partner, loss)) {
            spec.addOption(o);
        }
        spec.addOption(OptionSpec.builder("-h", "--help")
                .usageHelp(true)
                .description("Show this help message and exit.")
                .build());
    }

    private static OptionSpec option(String name, String label, Class<?> type, String description) {
        return OptionSpec.builder(name)
                .paramLabel(label)
                .type(type)
                .description(description)
                .build();
    }

    /** Returns the command's picocli model. */
    public CommandSpec spec() {
        return spec;
    }

    /** Runs the simulation. */
    @Override
    public Integer call() {
        Options o = options();
        PrintWriter err = spec.commandLine().getErr();
        if (o.rate > 0) {
            return load(o, err);
        }
        ScenarioRun run;
        try {
            run = ScenarioRun.prepare(
                    new ScenarioRun.Settings(o.start, o.duration, o.vessels, o.seed, o.receivers, o.loss, o.scenario));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        String target = Optional.ofNullable(out.<String>getValue()).orElse("-");
        Optional<Path> truthFile = Optional.ofNullable(truth.<String>getValue())
                .map(Path::of)
                .or(() -> isRegularFile(target) && !run.truth().isEmpty()
                        ? Optional.of(Path.of(target + ".truth.jsonl"))
                        : Optional.empty());
        truthFile.ifPresent(f -> writeTruth(f, run.truth()));
        LineOutput output;
        try {
            output = LineOutput.open(target, stdout);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--out: " + e.getMessage());
        } catch (UncheckedIOException e) {
            err.println("jisr simulate: " + e.getMessage());
            err.flush();
            return 1;
        }
        long began = System.nanoTime();
        Simulation.Summary summary;
        try (output) {
            if (o.speed > 0) {
                summary =
                        run.simulation().run(Pacer.realTime(output, o.speed, System::nanoTime, SimulateCommand::sleep));
            } else {
                summary = run.simulation().run(output);
            }
        } catch (UncheckedIOException e) {
            err.println("jisr simulate: " + e.getMessage());
            err.flush();
            return 1;
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        err.printf(
                Locale.ROOT,
                "jisr simulate: %,d vessels (%,d from the scenario), %s simulated: %,d position reports, %,d static,"
                        + " %,d station reports, %,d lines (%,d bytes) to %s in %.2f s = %,.0f lines/s%s%n",
                run.backgroundVessels() + run.scenarioVessels(),
                run.scenarioVessels(),
                o.duration,
                summary.positionReports(),
                summary.staticReports(),
                summary.stationReports(),
                output.lines(),
                output.bytes(),
                target,
                seconds,
                output.lines() / seconds,
                truthFile
                        .map(f -> "; ground truth: " + run.truth().size() + " events in " + f)
                        .orElse(
                                run.truth().isEmpty()
                                        ? ""
                                        : "; ground truth of " + run.truth().size()
                                                + " events not written (give --truth FILE)"));
        err.flush();
        return 0;
    }

    /** Whether {@code target} names a regular file (not standard output, a socket or a device such as /dev/null). */
    private static boolean isRegularFile(String target) {
        return !target.equals("-")
                && !target.startsWith("tcp:")
                && !target.startsWith("udp:")
                && (Files.isRegularFile(Path.of(target)) || !Files.exists(Path.of(target)));
    }

    /**
     * Load mode: simulates up to {@value #POOL_LINES} lines (at most one simulated hour) into a pool,
     * then sends the pool over and over with its times moved on, at the asked rate, for the duration.
     */
    private int load(Options o, PrintWriter err) {
        ScenarioRun run;
        try {
            Duration simulated = Duration.ofHours(1);
            run = ScenarioRun.prepare(
                    new ScenarioRun.Settings(o.start, simulated, o.vessels, o.seed, o.receivers, o.loss, o.scenario));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        LinePool pool = new LinePool(POOL_LINES);
        pool.whenFull(run.simulation()::stop);
        long poolStart = System.nanoTime();
        run.simulation().run(pool);
        if (pool.size() == 0) {
            err.println("jisr simulate: the simulation produced no line to send (no vessel within a receiver's range)");
            err.flush();
            return 1;
        }
        err.printf(
                Locale.ROOT,
                "jisr simulate: pool of %,d lines (%.1f simulated minutes) made in %.2f s; sending at"
                        + " %,.0f lines/s for %s%n",
                pool.size(),
                pool.spanMillis() / 60_000.0,
                (System.nanoTime() - poolStart) / 1e9,
                o.rate,
                o.duration);
        err.flush();
        String target = Optional.ofNullable(out.<String>getValue()).orElse("-");
        LineOutput output;
        try {
            output = LineOutput.open(target, stdout);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--out: " + e.getMessage());
        } catch (UncheckedIOException e) {
            err.println("jisr simulate: " + e.getMessage());
            err.flush();
            return 1;
        }
        double seconds = o.duration.toMillis() / 1000.0;
        Pacer pacer = Pacer.rate(
                output,
                o.rate,
                (lines, s) -> {
                    err.printf(Locale.ROOT, "jisr simulate: %,.0f lines/s%n", lines / s);
                    err.flush();
                },
                System::nanoTime,
                SimulateCommand::sleep);
        StringBuilder line = new StringBuilder(128);
        try (output) {
            long sent = 0;
            int size = pool.size();
            long span = pool.spanMillis();
            while (true) {
                if ((sent & 1023) == 0
                        && (pacer.elapsedSeconds() >= seconds
                                || Thread.currentThread().isInterrupted())) {
                    break;
                }
                int index = (int) (sent % size);
                long shift = sent / size * span;
                pool.write(index, shift, line);
                pacer.accept(pool.millis(index) + shift, line);
                sent++;
            }
        } catch (UncheckedIOException e) {
            err.println("jisr simulate: " + e.getMessage());
            err.flush();
            return 1;
        }
        double elapsed = Math.max(1e-9, pacer.elapsedSeconds());
        err.printf(
                Locale.ROOT,
                "jisr simulate: rate asked %,.0f lines/s, achieved %,.0f lines/s: %,d lines (%,d bytes)"
                        + " to %s in %.2f s%n",
                o.rate,
                output.lines() / elapsed,
                output.lines(),
                output.bytes(),
                target,
                elapsed);
        err.flush();
        return 0;
    }

    private static void sleep(long nanos) {
        if (nanos > 0) {
            LockSupport.parkNanos(nanos);
        }
    }

    private void writeTruth(Path file, List<TruthEvent> events) {
        StringBuilder b = new StringBuilder();
        for (TruthEvent e : events) {
            b.append(GroundTruthJson.line(e)).append('\n');
        }
        try {
            Files.writeString(file, b, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "--truth: cannot write " + file + ": " + e.getMessage());
        }
    }

    /** The options, checked. */
    private record Options(
            Scenario scenario,
            Duration duration,
            int vessels,
            long seed,
            double speed,
            double rate,
            Instant start,
            List<Receiver> receivers,
            double loss) {}

    private Options options() {
        boolean load = rate.getValue() != null;
        // In load mode the duration is wall-clock time of sending; a minute unless told.
        Duration d = parse("--duration", duration, load ? "60s" : "6h", DurationText::parse);
        int n = parse("--vessels", vessels, "3000", text -> {
            int v = Integer.parseInt(text.strip());
            if (v < 0 || v > 1_000_000) {
                throw new IllegalArgumentException("must be within 0..1000000, was " + v);
            }
            return v;
        });
        long s = parse("--seed", seed, "42", text -> Long.parseLong(text.strip()));
        double sp = parse("--speed", speed, "0", text -> positiveOrZero(text, 1e6));
        double r = parse("--rate", rate, "0", text -> positiveOrZero(text, 1e9));
        if (sp > 0 && r > 0) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--speed and --rate pace the output in two different ways;" + " give one of them");
        }
        if (r > 0 && truth.getValue() != null) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--truth cannot be used with --rate: load mode sends a"
                            + " pool of simulated lines over and over, so its times repeat the scenario's events");
        }
        Instant st = parse("--start", start, DEFAULT_START.toString(), Instant::parse);
        double l = parse("--loss", loss, "0.05", text -> {
            double v = Double.parseDouble(text.strip());
            if (!(v >= 0 && v <= 0.5)) {
                throw new IllegalArgumentException("must be within 0..0.5, was " + text);
            }
            return v;
        });
        return new Options(scenario(), d, n, s, sp, r, st, receivers(), l);
    }

    private Scenario scenario() {
        String value = scenario.getValue();
        if (value == null) {
            return Scenario.empty();
        }
        if (value.equals("default")) {
            return ScenarioYaml.defaultScenario();
        }
        Path file = Path.of(value);
        if (!Files.isRegularFile(file)) {
            throw new ParameterException(spec.commandLine(), "--scenario: no such file: " + value);
        }
        try {
            return ScenarioYaml.parse(Files.readString(file, StandardCharsets.UTF_8), value);
        } catch (IOException | UncheckedIOException e) {
            throw new ParameterException(
                    spec.commandLine(), "--scenario: cannot read " + value + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--scenario: " + e.getMessage());
        }
    }

    private List<Receiver> receivers() {
        List<Receiver> all;
        Path file = receivers.getValue();
        if (file == null) {
            all = ReceiverNetwork.shipped();
        } else {
            try {
                all = ReceiverNetwork.parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
            } catch (IOException e) {
                throw new ParameterException(
                        spec.commandLine(), "--receivers: cannot read " + file + ": " + e.getMessage());
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--receivers: " + e.getMessage());
            }
        }
        String partners = partner.getValue();
        if (partners == null) {
            return all;
        }
        Set<String> codes = Arrays.stream(partners.split(","))
                .map(String::strip)
                .filter(c -> !c.isEmpty())
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        try {
            return ReceiverNetwork.ofPartners(all, codes);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--partner: " + e.getMessage());
        }
    }

    private static double positiveOrZero(String text, double max) {
        double v = Double.parseDouble(text.strip());
        if (!(v >= 0 && v <= max)) {
            throw new IllegalArgumentException("must be a number within 0.." + (long) max + ", was " + text);
        }
        return v;
    }

    /** A parser of one option's text that may throw {@link IllegalArgumentException} or {@link DateTimeParseException}. */
    private interface Parser<T> {
        T parse(String text);
    }

    private <T> T parse(String name, OptionSpec option, String fallback, Parser<T> parser) {
        String text = Optional.ofNullable(option.<String>getValue()).orElse(fallback);
        try {
            return parser.parse(text);
        } catch (NumberFormatException e) {
            throw new ParameterException(spec.commandLine(), name + ": not a number: \"" + text + "\"");
        } catch (DateTimeParseException e) {
            throw new ParameterException(
                    spec.commandLine(),
                    name + ": not an ISO-8601 UTC time like 2026-11-26T00:00:00Z: \"" + text + "\"");
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            throw new ParameterException(spec.commandLine(), name + ": " + message);
        }
    }
}
