package io.jisr.sar.drift;

import io.jisr.sar.leeway.LeewayObject;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One drift run: what drifts, where and when it starts, for how long, and the Monte Carlo settings. The
 * same request with the same seed gives the same result, whatever the number of threads.
 *
 * @param object the Leeway object category
 * @param seeding the last known position(s)
 * @param start when the run starts (for a line seeding, no later than its first time)
 * @param duration how long it runs; a whole number of steps
 * @param step the Euler time step (default 10 minutes)
 * @param particles number of particles (1 to 10,000,000)
 * @param seed the random seed
 * @param outputEvery time between output snapshots; a whole number of steps (default 1 hour). The start
 *     and the end are always output.
 * @param jibeProbabilityPerHour probability that a particle changes side in one hour (default 0.04)
 * @param crosswind which way a positive crosswind component points (default {@link CrosswindConvention#OPENDRIFT})
 */
public record DriftRequest(
        LeewayObject object,
        Seeding seeding,
        Instant start,
        Duration duration,
        Duration step,
        int particles,
        long seed,
        Duration outputEvery,
        double jibeProbabilityPerHour,
        CrosswindConvention crosswind) {

    /** Default Euler step, as OpenDrift's Leeway. */
    public static final Duration DEFAULT_STEP = Duration.ofMinutes(10);

    /** Default output interval. */
    public static final Duration DEFAULT_OUTPUT = Duration.ofHours(1);

    /** Default number of particles. */
    public static final int DEFAULT_PARTICLES = 5_000;

    /** Default jibing probability per hour (Allen 2005; OpenDrift's default). */
    public static final double DEFAULT_JIBE_PROBABILITY = 0.04;

    /** The largest ensemble a run accepts. */
    public static final int MAX_PARTICLES = 10_000_000;

    /** The most particle positions a run keeps (particles × output times), about 10 bytes each. */
    public static final long MAX_SNAPSHOT_VALUES = 200_000_000L;

    /** Checks the fields, with messages an operator can act on. */
    public DriftRequest {
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(seeding, "seeding");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(outputEvery, "outputEvery");
        Objects.requireNonNull(crosswind, "crosswind");
        if (step.isNegative() || step.isZero() || step.compareTo(Duration.ofHours(6)) > 0 || step.getNano() != 0) {
            throw new IllegalArgumentException("step must be a whole number of seconds from 1 s to 6 h, was " + step);
        }
        if (duration.isNegative() || duration.isZero() || duration.compareTo(Duration.ofDays(30)) > 0) {
            throw new IllegalArgumentException("duration must be more than 0 and at most 30 days, was " + duration);
        }
        if (duration.getNano() != 0 || duration.getSeconds() % step.getSeconds() != 0) {
            throw new IllegalArgumentException(
                    "duration must be a whole number of steps: " + duration + " is not a multiple of " + step);
        }
        if (outputEvery.isNegative()
                || outputEvery.isZero()
                || outputEvery.getNano() != 0
                || outputEvery.getSeconds() % step.getSeconds() != 0) {
            throw new IllegalArgumentException("output interval must be a whole number of steps: " + outputEvery
                    + " is not a multiple of " + step);
        }
        if (particles < 1 || particles > MAX_PARTICLES) {
            throw new IllegalArgumentException("particles must be 1 to " + MAX_PARTICLES + ", was " + particles);
        }
        if (!(jibeProbabilityPerHour >= 0 && jibeProbabilityPerHour < 1)) {
            throw new IllegalArgumentException(
                    "jibe probability per hour must be at least 0 and less than 1, was " + jibeProbabilityPerHour);
        }
        long outputs = duration.getSeconds() / outputEvery.getSeconds() + 2;
        if (outputs * particles > MAX_SNAPSHOT_VALUES) {
            throw new IllegalArgumentException("particles × output times must be at most " + MAX_SNAPSHOT_VALUES
                    + " (about 2 GB of snapshots), was " + particles + " × " + outputs
                    + ": output less often or use fewer particles");
        }
        if (seeding instanceof Seeding.Line line) {
            if (line.fromTime().isBefore(start)) {
                throw new IllegalArgumentException(
                        "line seeding starts at " + line.fromTime() + ", before the run's start " + start);
            }
            if (line.toTime().isAfter(start.plus(duration))) {
                throw new IllegalArgumentException(
                        "line seeding ends at " + line.toTime() + ", after the run's end " + start.plus(duration));
            }
        }
    }

    /**
     * Returns a request with the defaults: 10-minute steps, 5,000 particles, seed 1, hourly output, 4 % jibing
     * per hour, OpenDrift's crosswind sign.
     */
    public static DriftRequest of(LeewayObject object, Seeding seeding, Instant start, Duration duration) {
        return new DriftRequest(
                object,
                seeding,
                start,
                duration,
                DEFAULT_STEP,
                DEFAULT_PARTICLES,
                1,
                DEFAULT_OUTPUT,
                DEFAULT_JIBE_PROBABILITY,
                CrosswindConvention.OPENDRIFT);
    }

    /** Returns this request with another time step. */
    public DriftRequest withStep(Duration value) {
        return new DriftRequest(
                object,
                seeding,
                start,
                duration,
                value,
                particles,
                seed,
                outputEvery,
                jibeProbabilityPerHour,
                crosswind);
    }

    /** Returns this request with another number of particles. */
    public DriftRequest withParticles(int value) {
        return new DriftRequest(
                object, seeding, start, duration, step, value, seed, outputEvery, jibeProbabilityPerHour, crosswind);
    }

    /** Returns this request with another random seed. */
    public DriftRequest withSeed(long value) {
        return new DriftRequest(
                object,
                seeding,
                start,
                duration,
                step,
                particles,
                value,
                outputEvery,
                jibeProbabilityPerHour,
                crosswind);
    }

    /** Returns this request with another output interval. */
    public DriftRequest withOutputEvery(Duration value) {
        return new DriftRequest(
                object, seeding, start, duration, step, particles, seed, value, jibeProbabilityPerHour, crosswind);
    }

    /** Returns this request with another jibing probability per hour. */
    public DriftRequest withJibeProbabilityPerHour(double value) {
        return new DriftRequest(object, seeding, start, duration, step, particles, seed, outputEvery, value, crosswind);
    }

    /** Returns this request with another crosswind sign convention. */
    public DriftRequest withCrosswind(CrosswindConvention value) {
        return new DriftRequest(
                object, seeding, start, duration, step, particles, seed, outputEvery, jibeProbabilityPerHour, value);
    }

    /** Returns when the run ends. */
    public Instant end() {
        return start.plus(duration);
    }

    /** Returns the number of Euler steps. */
    public int steps() {
        return (int) (duration.getSeconds() / step.getSeconds());
    }
}
