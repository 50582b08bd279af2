package io.jisr.incident.query;

import io.jisr.incident.EventType;
import java.util.Map;
import java.util.Optional;

/**
 * Reports grouped on the map at one zoom level: their mean position (in Web Mercator, turned back into
 * degrees), how many, how many of each type, the sum of known fatalities, and the report's id when the
 * cluster holds a single report (the map then draws the report itself).
 */
public record Cluster(
        double latitude,
        double longitude,
        int count,
        Map<EventType, Integer> countsByType,
        int knownKilled,
        Optional<String> singleIncidentId) {

    /** Copies the map. */
    public Cluster {
        countsByType = Map.copyOf(countsByType);
    }
}
