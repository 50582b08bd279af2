package io.jisr.app.http;

import io.jisr.picture.TrackPoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * History in a box over a time range: one track per vessel, vessels in the order their first point
 * came, each track oldest first.
 *
 * @param from start of the range (inclusive)
 * @param to end of the range (inclusive)
 * @param count how many points the tracks hold together
 * @param truncated whether more points matched than the limit
 * @param tracks one entry per vessel
 */
record HistoryJson(Instant from, Instant to, int count, boolean truncated, List<VesselTrack> tracks) {

    /**
     * One vessel's points within the box and range.
     *
     * @param mmsi the vessel
     * @param points its positions, oldest first
     */
    record VesselTrack(int mmsi, List<FixJson> points) {}

    /** Groups {@code found} (oldest first, at most {@code limit + 1}) by vessel, keeping {@code limit}. */
    static HistoryJson of(Instant from, Instant to, List<TrackPoint> found, int limit) {
        boolean truncated = found.size() > limit;
        Map<Integer, List<FixJson>> byVessel = new LinkedHashMap<>();
        int count = Math.min(found.size(), limit);
        for (TrackPoint point : found.subList(0, count)) {
            byVessel.computeIfAbsent(point.mmsi().value(), m -> new ArrayList<>())
                    .add(FixJson.of(point.fix()));
        }
        List<VesselTrack> tracks = new ArrayList<>(byVessel.size());
        byVessel.forEach((mmsi, points) -> tracks.add(new VesselTrack(mmsi, List.copyOf(points))));
        return new HistoryJson(from, to, count, truncated, List.copyOf(tracks));
    }
}
