package io.jisr.detect;

import io.jisr.ais.identity.Mmsi;
import io.jisr.ais.message.Position;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A vessel that was reporting regularly fell silent inside receiver coverage ("going dark").
 *
 * @param id stable identity
 * @param mmsi the silent vessel
 * @param start time of the last report before the silence
 * @param end time of the first report after it, empty while the vessel is still silent
 * @param lastPosition position of the last report before the silence
 * @param nextPosition position of the first report after it
 * @param impliedSpeedKnots great-circle distance between the two positions over the gap's duration
 * @param possibleDisabling whether the gap lasted at least the disabling threshold and both ends lie
 *     far enough from shore that it may be a transponder switched off on purpose
 */
public record AisGap(
        String id,
        Mmsi mmsi,
        Instant start,
        Optional<Instant> end,
        Position lastPosition,
        Optional<Position> nextPosition,
        OptionalDouble impliedSpeedKnots,
        boolean possibleDisabling)
        implements Detection {

    /** Checks that the parts are present and the gap does not end before it starts. */
    public AisGap {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(mmsi, "mmsi");
        Objects.requireNonNull(lastPosition, "lastPosition");
        if (end.isPresent() && end.get().isBefore(start)) {
            throw new IllegalArgumentException("gap must not end before it starts: " + start + " > " + end.get());
        }
    }

    @Override
    public DetectionKind kind() {
        return DetectionKind.AIS_GAP;
    }

    @Override
    public List<Mmsi> vessels() {
        return List.of(mmsi);
    }

    @Override
    public Position position() {
        return lastPosition;
    }
}
