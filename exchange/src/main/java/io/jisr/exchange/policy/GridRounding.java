package io.jisr.exchange.policy;

import io.jisr.exchange.GeoPoint;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Rounds positions onto a degree grid, identically on every node. */
public final class GridRounding {
    private static final BigDecimal MAX_LATITUDE = BigDecimal.valueOf(90);
    private static final BigDecimal MAX_LONGITUDE = BigDecimal.valueOf(180);

    private GridRounding() {}

    /**
     * {@code point} with latitude and longitude each at the nearest multiple of {@code degrees}, halves
     * away from zero, then clamped to ±90 and ±180 (a coarse grid near a pole or the antimeridian can
     * otherwise step outside).
     */
    public static GeoPoint round(GeoPoint point, BigDecimal degrees) {
        return new GeoPoint(
                round(point.latitude(), degrees, MAX_LATITUDE), round(point.longitude(), degrees, MAX_LONGITUDE));
    }

    /* new BigDecimal(double) is the exact binary value, so the division and the halves rule see the
     * number the node actually holds; doubleValue() of the exact multiple k * degrees is then the
     * double nearest to a short decimal (36.12, not 36.120000000000005), the same everywhere. */
    private static double round(double value, BigDecimal degrees, BigDecimal limit) {
        BigDecimal cells = new BigDecimal(value).divide(degrees, 0, RoundingMode.HALF_UP);
        BigDecimal rounded = cells.multiply(degrees);
        if (rounded.compareTo(limit) > 0) {
            rounded = limit;
        } else if (rounded.compareTo(limit.negate()) < 0) {
            rounded = limit.negate();
        }
        return rounded.doubleValue();
    }
}
