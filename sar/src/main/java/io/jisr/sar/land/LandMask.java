package io.jisr.sar.land;

/**
 * Tells land from sea: a particle whose position is on land has stranded.
 *
 * <p>Implementations are immutable and safe to share; the drift engine calls {@link #isLand} once per
 * particle per step from several threads, so it must be cheap and allocate nothing.
 */
public interface LandMask {

    /** Returns whether the point is on land. */
    boolean isLand(double latitude, double longitude);

    /** Returns a mask with no land at all: open water everywhere. */
    static LandMask none() {
        return (latitude, longitude) -> false;
    }

    /**
     * Returns the bundled land raster: 0.01° cells over 30–46°N, 10°W–17°E (the Western Mediterranean and
     * its approaches), from Natural Earth 1:50m land; outside that box everything is sea.
     */
    static LandMask bundled() {
        return RasterLandMask.bundled();
    }
}
