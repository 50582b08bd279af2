package io.jisr.detect;

import io.jisr.ais.identity.Mmsi;
import io.jisr.ais.message.Position;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A vessel inside a zone: opened on entry (or on its first report inside), updated when it has dwelt
 * for the zone set's dwell threshold, closed on exit.
 *
 * @param id stable identity
 * @param mmsi the vessel
 * @param zoneId the zone's identifier
 * @param zoneName the zone's name, for people
 * @param start time of the first report inside
 * @param end time of the first report outside
 * @param position position of the first report inside
 * @param exitPosition position of the first report outside
 * @param dwelling whether the vessel has stayed at least the dwell threshold
 */
public record ZoneVisit(
        String id,
        Mmsi mmsi,
        String zoneId,
        String zoneName,
        Instant start,
        Optional<Instant> end,
        Position position,
        Optional<Position> exitPosition,
        boolean dwelling)
        implements Detection {

    @Override
    public DetectionKind kind() {
        return DetectionKind.ZONE_VISIT;
    }

    @Override
    public List<Mmsi> vessels() {
        return List.of(mmsi);
    }
}
