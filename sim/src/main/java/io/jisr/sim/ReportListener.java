package io.jisr.sim;

import io.jisr.sim.geo.GeoPoint;

/** Sees every position report a vessel transmits, with the truth behind it: for tests and ground truth. */
@FunctionalInterface
public interface ReportListener {
    /** Listens to nothing. */
    ReportListener NONE = (vessel, millis, truth, reported, receivers) -> {};

    /**
     * Called once per position report transmitted.
     *
     * @param vessel the vessel
     * @param millis the simulated time
     * @param truth its true state
     * @param reported the position it reported (differs from the truth while spoofing)
     * @param receivers how many receivers heard it
     */
    void report(SimulatedVessel vessel, long millis, VesselState truth, GeoPoint reported, int receivers);
}
