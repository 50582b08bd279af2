package io.jisr.bench.sim;

import io.jisr.app.Main;
import io.jisr.sim.ReceiverNetwork;
import io.jisr.sim.scenario.Scenario;
import io.jisr.sim.scenario.ScenarioRun;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures the simulator: (1) live generation, lines per second of a background run written nowhere;
 * (2) {@code jisr simulate --rate} into a TCP socket, counted by the receiving end.
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.jisr.bench.sim.SimulatorThroughput [rate] [seconds]
 * [vessels]} (defaults 200000, 30, 3000).
 */
public final class SimulatorThroughput {
    private SimulatorThroughput() {}

    /** Runs both measurements and prints one line each. */
    public static void main(String[] args) throws Exception {
        long rate = args.length > 0 ? Long.parseLong(args[0]) : 200_000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int vessels = args.length > 2 ? Integer.parseInt(args[2]) : 3000;
        live(vessels);
        socket(rate, seconds, vessels);
    }

    private static void live(int vessels) {
        ScenarioRun run = ScenarioRun.prepare(new ScenarioRun.Settings(
                Instant.parse("2026-11-26T00:00:00Z"),
                Duration.ofHours(1),
                vessels,
                42,
                ReceiverNetwork.shipped(),
                0.05,
                Scenario.empty()));
        AtomicLong lines = new AtomicLong();
        AtomicLong chars = new AtomicLong();
        long start = System.nanoTime();
        var summary = run.simulation().run((millis, line) -> {
            lines.incrementAndGet();
            chars.addAndGet(line.length());
        });
        double s = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                "live: %,d vessels, 1 h simulated: %,d position reports, %,d lines in %.2f s = %,.0f lines/s"
                        + " (%,.0f reports/s)%n",
                vessels, summary.positionReports(), lines.get(), s, lines.get() / s, summary.positionReports() / s);
    }

    private static void socket(long rate, int seconds, int vessels) throws Exception {
        try (ServerSocket server = new ServerSocket(0)) {
            AtomicLong received = new AtomicLong();
            AtomicLong firstByteNanos = new AtomicLong();
            AtomicLong lastByteNanos = new AtomicLong();
            Thread reader = Thread.ofPlatform().start(() -> {
                try (Socket s = server.accept();
                        InputStream in = s.getInputStream()) {
                    byte[] buf = new byte[1 << 16];
                    int n;
                    long count = 0;
                    while ((n = in.read(buf)) >= 0) {
                        if (firstByteNanos.get() == 0) {
                            firstByteNanos.set(System.nanoTime());
                        }
                        for (int i = 0; i < n; i++) {
                            if (buf[i] == '\n') {
                                count++;
                            }
                        }
                        lastByteNanos.set(System.nanoTime());
                    }
                    received.set(count);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            OutputStream nowhere = OutputStream.nullOutputStream();
            var cli = Main.commandLine(new ByteArrayInputStream(new byte[0]), nowhere, false);
            java.io.StringWriter err = new java.io.StringWriter();
            cli.setErr(new PrintWriter(err, true));
            int code = cli.execute(
                    "simulate",
                    "--vessels",
                    String.valueOf(vessels),
                    "--rate",
                    String.valueOf(rate),
                    "--duration",
                    seconds + "s",
                    "--out",
                    "tcp://127.0.0.1:" + server.getLocalPort());
            reader.join();
            double s = (lastByteNanos.get() - firstByteNanos.get()) / 1e9;
            String[] lines = err.toString().split("\n");
            System.out.printf(
                    "socket: asked %,d lines/s for %d s; exit %d; received %,d lines in %.2f s = %,.0f lines/s; %s%n",
                    rate, seconds, code, received.get(), s, received.get() / s, lines[lines.length - 1].strip());
            System.out.flush();
            System.err.print(new String(err.toString().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)
                            .lines()
                            .filter(l -> l.contains("pool"))
                            .findFirst()
                            .orElse("")
                    + "\n");
        }
    }
}
