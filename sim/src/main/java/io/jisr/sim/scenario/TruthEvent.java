package io.jisr.sim.scenario;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What truly happened in one scenario event, for detection tests to score against.
 *
 * @param type the event type ({@code dark}, {@code rendezvous}, ...)
 * @param id the event's id from the scenario
 * @param mmsis the MMSIs involved, as transmitted
 * @param start when it started
 * @param end when it ended; empty if it had not ended when the simulation stopped
 * @param positions the positions that matter, each with its role and time
 * @param zone the zone, for zone events
 * @param details other facts, by name (sorted, for stable output)
 */
public record TruthEvent(
        String type,
        String id,
        List<Integer> mmsis,
        Instant start,
        Optional<Instant> end,
        List<Point> positions,
        Optional<Zone> zone,
        Map<String, String> details) {

    /** Copies the collections. */
    public TruthEvent {
        mmsis = List.copyOf(mmsis);
        positions = List.copyOf(positions);
        details = Collections.unmodifiableMap(new TreeMap<>(details));
    }

    /**
     * A position that matters to the event.
     *
     * @param role what it is ({@code last-before-dark}, {@code meeting}, {@code departure}, ...)
     * @param mmsi whose position
     * @param time when
     * @param lat latitude
     * @param lon longitude
     */
    public record Point(String role, int mmsi, Instant time, double lat, double lon) {}

    /**
     * A zone.
     *
     * @param name its name
     * @param polygon its corners as {@code [lat, lon]}
     */
    public record Zone(String name, List<double[]> polygon) {
        /** Copies the corners. */
        public Zone {
            polygon = polygon.stream().map(double[]::clone).toList();
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Zone z) || !z.name.equals(name) || z.polygon.size() != polygon.size()) {
                return false;
            }
            for (int i = 0; i < polygon.size(); i++) {
                if (!Arrays.equals(polygon.get(i), z.polygon.get(i))) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            int h = name.hashCode();
            for (double[] p : polygon) {
                h = 31 * h + Arrays.hashCode(p);
            }
            return h;
        }
    }
}
