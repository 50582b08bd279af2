package io.jisr.sar.drift;

import io.jisr.sar.SarInputException;
import io.jisr.sar.env.Environment;
import io.jisr.sar.env.VectorField;
import io.jisr.sar.land.LandMask;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The Monte Carlo Leeway drift model (Allen and Plourde 1999; Allen 2005; Breivik and Allen 2008), run
 * as OpenDrift's Leeway model runs it. Stateless apart from its land mask and thread count; one model
 * may run many requests, one at a time or concurrently.
 *
 * <p>Each particle draws its perturbations once, at seeding: {@code ε_dw = r·σ_dw} with {@code r ~ N(0,1)}
 * redrawn while the downwind slope {@code slope + ε_dw/20} would be negative, and {@code ε_cw = r'·σ_cw}.
 * Even-numbered particles take the table's right-hand crosswind coefficients, odd ones the left-hand
 * ones. Each step, in the wind {@code U} (10 m, m/s) toward the unit vector {@code d}:
 *
 * <pre>
 *   downwind  = ((slope_dw + ε_dw/20)·U + offset_dw + ε_dw/2) / 100     m/s
 *   crosswind = ((slope_cw + ε_cw/20)·U + offset_cw + ε_cw/2) / 100     m/s
 *   velocity  = downwind·d + crosswind·c + current
 * </pre>
 *
 * where {@code c} is {@code d} turned 90° left (the default {@link CrosswindConvention#OPENDRIFT}) or
 * right. Positions advance by Euler steps on the WGS84 ellipsoid. After moving, a particle jibes (takes
 * the other side's crosswind coefficients, same {@code r'}) with probability
 * {@code 1 − (1 − p_hour)^(dt/1h)} per step. A particle on land strands; one whose wind or current is
 * missing (it left the field's area) stops as {@link ParticleStatus#OUTSIDE}.
 */
public final class DriftModel {
    /*
     * Implementation notes.
     *
     * Layout: structure of arrays over the whole ensemble (Ensemble), processed in fixed blocks of
     * BLOCK particles. A block runs every step of the run before the next block starts, so its arrays
     * stay in cache and the threads need no barrier per step; blocks go to threads through one counter.
     *
     * Determinism: nothing a particle does depends on another particle or on which thread moves it.
     * Seeding draws from a SplittableRandom seeded by (seed, particle); jibes come from a countdown of
     * steps drawn from the geometric distribution by ParticleRandom(seed, particle, jibe number), which
     * gives the same law as a Bernoulli draw every step but draws only when a jibe happens. The mean wind
     * for the summary is summed per block and the blocks' sums added in block order.
     *
     * No allocation in the step loop: the fields sample into per-thread scratch arrays.
     */
    static final int BLOCK = 1024;

    private final LandMask land;
    private final int threads;

    /**
     * Creates a model.
     *
     * @param land where particles strand
     * @param threads worker threads (1 or more); results do not depend on it
     */
    public DriftModel(LandMask land, int threads) {
        this.land = java.util.Objects.requireNonNull(land, "land");
        if (threads < 1 || threads > 256) {
            throw new IllegalArgumentException("threads must be 1 to 256, was " + threads);
        }
        this.threads = threads;
    }

    /** Returns a model with the bundled land mask, using every processor. */
    public static DriftModel withBundledLand() {
        return new DriftModel(LandMask.bundled(), Runtime.getRuntime().availableProcessors());
    }

    /** Runs a drift with no progress reports. */
    public DriftResult run(DriftRequest request, Environment environment) {
        return run(request, environment, DriftMonitor.NONE);
    }

    /**
     * Runs a drift.
     *
     * @throws SarInputException if the wind or the current does not cover the seeding or the run's period
     * @throws DriftCancelledException if the monitor cancelled the run
     */
    public DriftResult run(DriftRequest request, Environment environment, DriftMonitor monitor) {
        requireCoverage(request, environment.wind());
        requireCoverage(request, environment.current());
        Ensemble ensemble = Ensemble.seed(request, land);
        int steps = request.steps();
        int blocks = (request.particles() + BLOCK - 1) / BLOCK;
        long total = (long) request.particles() * steps;
        AtomicLong done = new AtomicLong();
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        double[] windEast = new double[blocks];
        double[] windNorth = new double[blocks];
        long[] windCount = new long[blocks];
        int workers = Math.min(threads, blocks);
        CountDownLatch finished = new CountDownLatch(workers);
        Stepper.Shared shared =
                new Stepper.Shared(request, environment, land, ensemble, done, windEast, windNorth, windCount);
        for (int w = 0; w < workers; w++) {
            Thread thread = new Thread(
                    () -> {
                        try {
                            Stepper stepper = new Stepper(shared);
                            for (int b = next.getAndIncrement(); b < blocks; b = next.getAndIncrement()) {
                                if (shared.isCancelled() || failure.get() != null) {
                                    break;
                                }
                                stepper.runBlock(b, b * BLOCK, Math.min(request.particles(), (b + 1) * BLOCK));
                            }
                        } catch (Throwable t) {
                            failure.compareAndSet(null, t);
                        } finally {
                            finished.countDown();
                        }
                    },
                    "drift-" + w);
            thread.setDaemon(true);
            thread.start();
        }
        try {
            while (!finished.await(100, TimeUnit.MILLISECONDS)) {
                monitor.progress(done.get(), total);
                if (monitor.isCancelled()) {
                    shared.cancel();
                }
            }
        } catch (InterruptedException e) {
            shared.cancel();
            Thread.currentThread().interrupt();
            throw new DriftCancelledException("drift run interrupted");
        }
        Throwable t = failure.get();
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        if (shared.isCancelled()) {
            throw new DriftCancelledException(
                    "drift run cancelled after " + done.get() + " of " + total + " particle-steps");
        }
        monitor.progress(total, total);
        double sumEast = 0;
        double sumNorth = 0;
        long count = 0;
        for (int b = 0; b < blocks; b++) {
            sumEast += windEast[b];
            sumNorth += windNorth[b];
            count += windCount[b];
        }
        return new DriftResult(request, ensemble, count == 0 ? 0 : sumEast / count, count == 0 ? 0 : sumNorth / count);
    }

    private static void requireCoverage(DriftRequest request, VectorField field) {
        Instant end = request.end();
        for (Position p : request.seeding().outline()) {
            field.coverage().require(field.name(), p.latitude(), p.longitude(), request.start(), end);
        }
    }

    /** Returns the number of worker threads. */
    public int threads() {
        return threads;
    }
}
