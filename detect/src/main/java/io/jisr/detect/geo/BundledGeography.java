package io.jisr.detect.geo;

import java.util.Optional;

/**
 * The geography bundled with the module: a fine distance-from-shore raster of the Western
 * Mediterranean (30–46°N, 10°W–17°E, 0.01°), a coarse global one (0.25°) for everywhere else, and the
 * region's ports.
 */
public final class BundledGeography implements Geography {

    /** The fine raster of the Western Mediterranean. */
    public static final String REGION_RASTER = "/io/jisr/detect/geo/shore-distance-wmed.bin.gz";

    /** The coarse global raster. */
    public static final String GLOBAL_RASTER = "/io/jisr/detect/geo/shore-distance-global.bin.gz";

    private final ShoreDistanceRaster region;
    private final ShoreDistanceRaster global;
    private final PortList ports;

    /** Builds the geography from two rasters, the fine one consulted first, and a port list. */
    public BundledGeography(ShoreDistanceRaster region, ShoreDistanceRaster global, PortList ports) {
        this.region = region;
        this.global = global;
        this.ports = ports;
    }

    /** Loads the bundled rasters and ports (about 0.3 s; share the instance). */
    public static BundledGeography load() {
        return new BundledGeography(
                ShoreDistanceRaster.load(REGION_RASTER), ShoreDistanceRaster.load(GLOBAL_RASTER), PortList.bundled());
    }

    @Override
    public double distanceToShoreNauticalMiles(double latitude, double longitude) {
        return region.covers(latitude, longitude)
                ? region.distanceNauticalMiles(latitude, longitude)
                : global.distanceNauticalMiles(latitude, longitude);
    }

    @Override
    public Optional<Port> nearestPort(double latitude, double longitude, double metres) {
        return ports.nearest(latitude, longitude, metres);
    }

    /** Returns the ports. */
    public PortList ports() {
        return ports;
    }
}
