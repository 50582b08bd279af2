package io.jisr.sim;

import io.jisr.ais.message.NavigationStatus;
import io.jisr.sim.geo.GeoPoint;

/**
 * Where a vessel truly is and how it moves at one instant of simulated time.
 *
 * @param position true position
 * @param speedKnots speed over ground
 * @param courseDegrees course over ground, 0 to 360
 * @param headingDegrees true heading, 0 to 359
 * @param rateOfTurnDegreesPerMinute rate of turn, positive to starboard
 * @param status navigational status
 * @param changingCourse whether the vessel is turning, which shortens Class A reporting intervals
 */
public record VesselState(
        GeoPoint position,
        double speedKnots,
        double courseDegrees,
        int headingDegrees,
        double rateOfTurnDegreesPerMinute,
        NavigationStatus status,
        boolean changingCourse) {}
