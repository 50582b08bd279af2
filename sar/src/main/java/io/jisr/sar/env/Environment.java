package io.jisr.sar.env;

import java.time.Instant;
import java.util.Objects;

/**
 * What a drift runs in: the 10 m wind and the surface current, each from its own source.
 *
 * @param wind the 10 m wind, toward which it blows
 * @param current the surface current
 */
public record Environment(VectorField wind, VectorField current) {

    /** Checks the fields. */
    public Environment {
        Objects.requireNonNull(wind, "wind");
        Objects.requireNonNull(current, "current");
    }

    /** Returns a constant wind and current, in m/s toward east and north. */
    public static Environment constant(double windEast, double windNorth, double currentEast, double currentNorth) {
        return new Environment(
                ConstantField.of(windEast, windNorth, "constant wind"),
                ConstantField.of(currentEast, currentNorth, "constant current"));
    }

    /**
     * Returns the wind and current the model sees at one point and time (what {@code jisr env} prints).
     *
     * @throws io.jisr.sar.SarInputException if either field does not cover the point or time
     */
    public Conditions at(double latitude, double longitude, Instant time) {
        return new Conditions(wind.at(latitude, longitude, time), current.at(latitude, longitude, time));
    }

    /**
     * Returns a sampler of both fields for one thread, for the drift engine: wind and current from one
     * gridded file are located once for both.
     */
    public Sampler sampler() {
        if (wind instanceof GriddedField w && current instanceof GriddedField c && w.hasSameGrid(c)) {
            GriddedField.PairSampler pair = w.pairSampler(c);
            return pair::sample;
        }
        VectorField.Sampler w = wind.sampler();
        VectorField.Sampler c = current.sampler();
        return (t, lat, lon, from, to, windEast, windNorth, currentEast, currentNorth) -> {
            w.sample(t, lat, lon, from, to, windEast, windNorth);
            c.sample(t, lat, lon, from, to, currentEast, currentNorth);
        };
    }

    /** Samples wind and current together for one thread; see {@link VectorField#sample}. */
    @FunctionalInterface
    public interface Sampler {
        /** As {@link VectorField#sample}, the wind into the first pair of arrays and the current into the second. */
        void sample(
                double epochSecond,
                double[] latitude,
                double[] longitude,
                int from,
                int to,
                double[] windEast,
                double[] windNorth,
                double[] currentEast,
                double[] currentNorth);
    }

    /** Wind and current at one point and time. */
    public record Conditions(Vector wind, Vector current) {
        /** Checks the fields. */
        public Conditions {
            Objects.requireNonNull(wind, "wind");
            Objects.requireNonNull(current, "current");
        }
    }
}
