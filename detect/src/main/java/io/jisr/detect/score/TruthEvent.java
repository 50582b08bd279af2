package io.jisr.detect.score;

import io.jisr.ais.identity.Mmsi;
import io.jisr.detect.DetectionKind;
import java.time.Instant;
import java.util.Set;

/**
 * Something that really happened, as a simulator scripted it.
 *
 * @param kind which detector should find it
 * @param vessels the vessels involved (two for an encounter)
 * @param start when it began
 * @param end when it ended
 */
public record TruthEvent(DetectionKind kind, Set<Mmsi> vessels, Instant start, Instant end) {

    /** Checks that it involves someone and does not end before it starts. */
    public TruthEvent {
        vessels = Set.copyOf(vessels);
        if (vessels.isEmpty()) {
            throw new IllegalArgumentException("truth event must involve at least one vessel");
        }
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("truth event must not end before it starts: " + start + " > " + end);
        }
    }
}
