package io.jisr.picture;

import io.jisr.ais.message.NavigationStatus;
import io.jisr.ais.message.Position;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One reported position of a station at the time it was received, with the motion reported with it.
 *
 * @param time when the report was received (message time: tag block, logger, or arrival)
 * @param position where
 * @param speedKnots speed over ground, when reported
 * @param courseDegrees course over ground, when reported
 * @param headingDegrees true heading, when reported
 * @param status navigational status (Class A only)
 * @param highAccuracy whether the position accuracy flag says better than 10 m
 * @param messageType the AIS message type that carried it
 * @param suspect whether it implies an impossible jump from the station's current position
 */
public record PositionFix(
        Instant time,
        Position position,
        OptionalDouble speedKnots,
        OptionalDouble courseDegrees,
        OptionalInt headingDegrees,
        Optional<NavigationStatus> status,
        boolean highAccuracy,
        int messageType,
        boolean suspect) {

    /** Returns this fix marked suspect. */
    public PositionFix asSuspect() {
        return suspect
                ? this
                : new PositionFix(
                        time,
                        position,
                        speedKnots,
                        courseDegrees,
                        headingDegrees,
                        status,
                        highAccuracy,
                        messageType,
                        true);
    }

    /** Returns the direction the station points: heading when known, else course. */
    public OptionalDouble bearingDegrees() {
        return headingDegrees.isPresent() ? OptionalDouble.of(headingDegrees.getAsInt()) : courseDegrees;
    }
}
