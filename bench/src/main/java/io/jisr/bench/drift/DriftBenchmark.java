package io.jisr.bench.drift;

import io.jisr.sar.drift.DriftModel;
import io.jisr.sar.drift.DriftRequest;
import io.jisr.sar.drift.DriftResult;
import io.jisr.sar.drift.Position;
import io.jisr.sar.drift.Seeding;
import io.jisr.sar.env.Environment;
import io.jisr.sar.env.NetcdfForecast;
import io.jisr.sar.land.LandMask;
import io.jisr.sar.leeway.LeewayObjects;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The reference case: 50,000 particles of a small open boat (SKIFF-1) over 72 hours in 10-minute
 * steps (21.6 million particle-steps), hourly output, seeded 5 km (1 sigma) around 37.2°N 4.0°E off the
 * Algerian coast, stranding on the bundled land mask. The environment is either constant (8 m/s wind,
 * 0.3 m/s current) or the bundled gridded sample forecast (NetCDF-4, 0.1°, 3-hourly: bilinear in space,
 * linear in time). The score is time per particle-step; particle-steps per second is its inverse.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 1,
        jvmArgs = {"-Xmx2g"})
public class DriftBenchmark {
    static final int PARTICLES = 50_000;
    static final int STEPS = 72 * 6;
    static final Instant START = Instant.parse("2026-03-10T00:00:00Z");

    /** Environment: {@code constant} or {@code gridded} (the bundled sample forecast). */
    @Param({"gridded", "constant"})
    String environment;

    /** Worker threads. */
    @Param({"1", "2"})
    int threads;

    DriftModel model;
    DriftRequest request;
    Environment env;

    @Setup
    public void setUp() {
        env = environment(environment);
        model = new DriftModel(LandMask.bundled(), threads);
        request = request();
    }

    static Environment environment(String kind) {
        if (kind.equals("constant")) {
            return Environment.constant(5.0, -6.0, 0.3, 0.05);
        }
        NetcdfForecast forecast = NetcdfForecast.bundledSample();
        return new Environment(forecast.requireWind(), forecast.requireCurrent());
    }

    static DriftRequest request() {
        return DriftRequest.of(
                        LeewayObjects.bundled().find("SKIFF-1"),
                        new Seeding.Point(new Position(37.2, 4.0), 5000),
                        START,
                        Duration.ofHours(72))
                .withParticles(PARTICLES)
                .withSeed(7);
    }

    /** One whole run: seeding, 432 steps, 73 snapshots. */
    @Benchmark
    @OperationsPerInvocation(PARTICLES * STEPS)
    public DriftResult run() {
        return model.run(request, env);
    }
}
