package io.jisr.detect;

import io.jisr.ais.identity.Mmsi;
import io.jisr.ais.message.Position;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One vessel at low average speed for a sustained time far from shore.
 *
 * @param id stable identity
 * @param rule name of the loitering rule that matched
 * @param mmsi the vessel
 * @param start time of the first slow report of the run
 * @param end time of the last slow report, once the vessel moved on
 * @param position where the run began
 * @param averageSpeedKnots time-weighted average speed over the run
 * @param shoreDistanceNauticalMiles smallest distance from shore seen during the run
 */
public record Loitering(
        String id,
        String rule,
        Mmsi mmsi,
        Instant start,
        Optional<Instant> end,
        Position position,
        double averageSpeedKnots,
        double shoreDistanceNauticalMiles)
        implements Detection {

    @Override
    public DetectionKind kind() {
        return DetectionKind.LOITERING;
    }

    @Override
    public List<Mmsi> vessels() {
        return List.of(mmsi);
    }
}
