package io.jisr.sim;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Background-only runs shared by the tests. */
final class Runs {
    static final Instant START = Instant.parse("2026-11-26T00:00:00Z");

    private Runs() {}

    static Simulation background(int vessels, long seed, Duration duration) {
        TrafficGenerator traffic = new TrafficGenerator();
        List<Receiver> receivers = ReceiverNetwork.shipped();
        return new Simulation(
                START,
                START.plus(duration),
                traffic.generate(vessels, seed, START, START.plus(duration)),
                TrafficGenerator.fixedStations(receivers),
                new ReceiverNetwork(receivers, seed, 0.05),
                seed);
    }

    /** Runs and returns every line, terminated by LF. */
    static byte[] bytes(Simulation simulation) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        simulation.run((millis, line) -> {
            out.writeBytes(line.toString().getBytes(StandardCharsets.US_ASCII));
            out.write('\n');
        });
        return out.toByteArray();
    }

    static List<String> lines(Simulation simulation) {
        List<String> lines = new ArrayList<>();
        simulation.run((millis, line) -> lines.add(line.toString()));
        return lines;
    }
}
