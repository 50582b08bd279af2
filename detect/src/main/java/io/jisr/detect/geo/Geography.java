package io.jisr.detect.geo;

import java.util.Optional;

/** What detectors ask of the map: how far from shore a point is, and which port is near it. */
public interface Geography {

    /**
     * Returns the distance from the point to the nearest land in nautical miles; 0 on land. Large
     * distances are capped (the cap is at least {@value #MIN_DISTANCE_CAP_NAUTICAL_MILES} nautical
     * miles), so callers compare against thresholds rather than use the value as a measurement.
     */
    double distanceToShoreNauticalMiles(double latitude, double longitude);

    /** Returns the nearest port whose reference position lies within {@code metres}, if any. */
    Optional<Port> nearestPort(double latitude, double longitude, double metres);

    /** The smallest cap on distance from shore that any implementation may apply. */
    double MIN_DISTANCE_CAP_NAUTICAL_MILES = 60;
}
