package io.jisr.app.http;

import java.util.List;

/**
 * The vessels nearest to a point, nearest first.
 *
 * @param count how many were found
 * @param results each vessel with its distance
 */
record NearestJson(int count, List<Near> results) {

    /**
     * One vessel near the point.
     *
     * @param distanceNm great-circle distance in nautical miles, to 0.001
     * @param vessel the vessel
     */
    record Near(double distanceNm, VesselJson vessel) {}
}
