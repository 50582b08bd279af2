package io.jisr.sar.env;

import java.time.Instant;

/**
 * A horizontal velocity that varies over space and time: the 10 m wind or the surface current.
 *
 * <p>Implementations are immutable and safe to share between threads; the drift engine calls
 * {@link #sample} from several threads at once.
 */
public interface VectorField {

    /** Returns what the field is, for messages: {@code "wind from forecast.nc"}. */
    String name();

    /** Returns the area and time the field has values for. */
    Coverage coverage();

    /**
     * Returns the velocity at one point and time.
     *
     * @throws io.jisr.sar.SarInputException if the point or time lies outside {@link #coverage()}
     */
    Vector at(double latitude, double longitude, Instant time);

    /**
     * Writes the velocity at many points at one time, for the drift engine's inner loop: for each
     * {@code i} in {@code [from, to)}, {@code east[i - from]} and {@code north[i - from]} get the velocity
     * at {@code (latitude[i], longitude[i])}, or {@code NaN} where the point lies outside the field's area.
     * The time must lie inside the coverage (the engine checks the run's period once, before it starts).
     * Allocates nothing.
     */
    void sample(
            double epochSecond, double[] latitude, double[] longitude, int from, int to, double[] east, double[] north);

    /**
     * Returns a sampler for one thread: the same values as {@link #sample}, possibly faster because it may
     * keep working memory between calls. The drift engine takes one per worker thread.
     */
    default Sampler sampler() {
        return this::sample;
    }

    /** Samples a field for one thread at a time; see {@link VectorField#sample}. */
    @FunctionalInterface
    interface Sampler {
        /** As {@link VectorField#sample}. */
        void sample(
                double epochSecond,
                double[] latitude,
                double[] longitude,
                int from,
                int to,
                double[] east,
                double[] north);
    }

    /** Returns the time as seconds since the epoch, with the nanoseconds as a fraction. */
    static double epochSecond(Instant time) {
        return time.getEpochSecond() + time.getNano() * 1e-9;
    }
}
