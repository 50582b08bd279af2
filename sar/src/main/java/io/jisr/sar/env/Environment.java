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

    /** Wind and current at one point and time. */
    public record Conditions(Vector wind, Vector current) {
        /** Checks the fields. */
        public Conditions {
            Objects.requireNonNull(wind, "wind");
            Objects.requireNonNull(current, "current");
        }
    }
}
