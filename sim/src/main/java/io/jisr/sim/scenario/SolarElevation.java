package io.jisr.sim.scenario;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * The sun's elevation above the horizon, from the usual low-precision formulas (declination from
 * the day of the year, hour angle from mean solar time; no equation of time, so it may be off by up
 * to about 16 minutes of time, which is enough to tell night from day).
 */
final class SolarElevation {
    /** Below this the sky is dark enough to call it night: the end of civil twilight. */
    static final double NIGHT_DEGREES = -6;

    private SolarElevation() {}

    static double degrees(Instant at, double lat, double lon) {
        ZonedDateTime t = at.atZone(ZoneOffset.UTC);
        double declination = 23.44 * Math.sin(Math.toRadians(360.0 / 365 * (284 + t.getDayOfYear())));
        double hours = t.getHour() + t.getMinute() / 60.0 + t.getSecond() / 3600.0;
        double hourAngle = 15 * (hours + lon / 15 - 12);
        double phi = Math.toRadians(lat);
        double delta = Math.toRadians(declination);
        double sin =
                Math.sin(phi) * Math.sin(delta) + Math.cos(phi) * Math.cos(delta) * Math.cos(Math.toRadians(hourAngle));
        return Math.toDegrees(Math.asin(sin));
    }

    static boolean isNight(Instant at, double lat, double lon) {
        return degrees(at, lat, lon) < NIGHT_DEGREES;
    }

    /** Returns {@code from} if it is night there then, else the next minute at which night falls. */
    static Instant nextNight(Instant from, double lat, double lon) {
        Instant t = from;
        for (int minutes = 0; minutes < 2 * 24 * 60; minutes++) {
            if (isNight(t, lat, lon)) {
                return t;
            }
            t = t.plusSeconds(60);
        }
        throw new IllegalArgumentException("no night within two days of " + from + " at " + lat + ", " + lon);
    }
}
