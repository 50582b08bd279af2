package io.jisr.detect;

import io.jisr.ais.identity.Mmsi;
import io.jisr.ais.message.Position;
import io.jisr.detect.geo.Port;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A vessel visiting a port or anchorage: opened on entry into the entry radius, updated when it stops
 * and moves again, closed when it leaves the exit radius.
 *
 * @param id stable identity
 * @param mmsi the vessel
 * @param port the port
 * @param start time of the first report inside the entry radius
 * @param end time of the first report beyond the exit radius
 * @param position position of the first report inside
 * @param stoppedAt time it first stopped, when it did
 * @param movingAgainAt time it moved again after stopping, when it did
 */
public record PortVisit(
        String id,
        Mmsi mmsi,
        Port port,
        Instant start,
        Optional<Instant> end,
        Position position,
        Optional<Instant> stoppedAt,
        Optional<Instant> movingAgainAt)
        implements Detection {

    @Override
    public DetectionKind kind() {
        return DetectionKind.PORT_VISIT;
    }

    @Override
    public List<Mmsi> vessels() {
        return List.of(mmsi);
    }
}
