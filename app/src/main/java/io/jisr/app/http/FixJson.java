package io.jisr.app.http;

import io.jisr.picture.PositionFix;
import java.time.Instant;

/**
 * One reported position as the API shows it.
 *
 * @param time when it was received (message time), UTC
 * @param lat latitude, degrees north
 * @param lon longitude, degrees east
 * @param speedKnots speed over ground, when reported
 * @param courseDegrees course over ground, when reported
 * @param headingDegrees true heading, when reported
 * @param status navigational status (Class A only)
 * @param highAccuracy whether the position accuracy flag says better than 10 m
 * @param messageType the AIS message type that carried it
 * @param suspect whether it implied an impossible jump from the vessel's position at the time
 */
record FixJson(
        Instant time,
        double lat,
        double lon,
        Double speedKnots,
        Double courseDegrees,
        Integer headingDegrees,
        CodeJson status,
        boolean highAccuracy,
        int messageType,
        boolean suspect) {

    /**
     * A coded value with the standard's wording.
     *
     * @param code the number as transmitted
     * @param text what it means (ITU-R M.1371-5)
     */
    record CodeJson(int code, String text) {}

    static FixJson of(PositionFix fix) {
        return new FixJson(
                fix.time(),
                fix.position().latitude(),
                fix.position().longitude(),
                fix.speedKnots().isPresent() ? fix.speedKnots().getAsDouble() : null,
                fix.courseDegrees().isPresent() ? fix.courseDegrees().getAsDouble() : null,
                fix.headingDegrees().isPresent() ? fix.headingDegrees().getAsInt() : null,
                fix.status().map(s -> new CodeJson(s.code(), s.description())).orElse(null),
                fix.highAccuracy(),
                fix.messageType(),
                fix.suspect());
    }
}
