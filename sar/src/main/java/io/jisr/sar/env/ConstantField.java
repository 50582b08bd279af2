package io.jisr.sar.env;

import java.time.Instant;
import java.util.Objects;

/**
 * The same velocity everywhere at all times: what an operator types when all they have is an observed
 * wind or an estimated current.
 *
 * @param velocity the velocity, m/s
 * @param name what it is, for messages
 */
public record ConstantField(Vector velocity, String name) implements VectorField {

    /** Checks the fields. */
    public ConstantField {
        Objects.requireNonNull(velocity, "velocity");
        Objects.requireNonNull(name, "name");
    }

    /** Returns a constant field from its east and north components in m/s. */
    public static ConstantField of(double east, double north, String name) {
        return new ConstantField(new Vector(east, north), name);
    }

    @Override
    public Coverage coverage() {
        return Coverage.EVERYWHERE;
    }

    @Override
    public Vector at(double latitude, double longitude, Instant time) {
        return velocity;
    }

    @Override
    public void sample(
            double epochSecond,
            double[] latitude,
            double[] longitude,
            int from,
            int to,
            double[] east,
            double[] north) {
        double e = velocity.east();
        double n = velocity.north();
        for (int k = 0, count = to - from; k < count; k++) {
            east[k] = e;
            north[k] = n;
        }
    }
}
