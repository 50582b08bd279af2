package io.jisr.sim;

import io.jisr.ais.identity.Mmsi;
import io.jisr.ais.message.AidToNavigationReport.AidType;
import io.jisr.sim.geo.GeoPoint;

/** An AIS station that does not move: a base station or an aid to navigation. */
public sealed interface FixedStation {
    /** Returns the station's MMSI. */
    Mmsi mmsi();

    /** Returns where it is. */
    GeoPoint position();

    /** Returns how often it reports, in milliseconds. */
    long intervalMillis();

    /**
     * A shore base station sending message 4 every 10 s.
     *
     * @param mmsi its MMSI ({@code 00MIDxxxx})
     * @param position its antenna
     */
    record BaseStation(Mmsi mmsi, GeoPoint position) implements FixedStation {
        @Override
        public long intervalMillis() {
            return ReportingInterval.BASE_STATION_MILLIS;
        }
    }

    /**
     * An aid to navigation sending message 21 every 3 minutes.
     *
     * @param mmsi its MMSI ({@code 99MIDxxxx})
     * @param name its name, at most 20 characters
     * @param position where it is
     * @param type what it is
     * @param virtual whether it exists only as an AIS broadcast
     */
    record AidToNavigation(Mmsi mmsi, String name, GeoPoint position, AidType type, boolean virtual)
            implements FixedStation {
        @Override
        public long intervalMillis() {
            return ReportingInterval.AID_TO_NAVIGATION_MILLIS;
        }
    }
}
