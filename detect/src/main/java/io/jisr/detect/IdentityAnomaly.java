package io.jisr.detect;

import io.jisr.ais.identity.Mmsi;
import io.jisr.ais.message.Position;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A report or identity that cannot be right.
 *
 * @param id stable identity
 * @param mmsi the station
 * @param anomaly which rule it broke
 * @param start message time of the report that showed it
 * @param position where the station was (or claimed to be)
 * @param detail what exactly, for people: the values involved
 */
public record IdentityAnomaly(String id, Mmsi mmsi, Anomaly anomaly, Instant start, Position position, String detail)
        implements Detection {

    /** The identity and kinematic rules. */
    public enum Anomaly {
        /** A report implies a speed no ship makes (the picture marks it suspect). */
        IMPOSSIBLE_SPEED,
        /** Reports alternate between two places too far apart: two transmitters share one MMSI. */
        SHARED_MMSI,
        /** The MMSI is not a nine-digit number of any kind ITU-R M.585 defines. */
        INVALID_MMSI,
        /** The IMO number fails its check digit. */
        INVALID_IMO,
        /** A known name, ship type or dimension was replaced by a different one. */
        STATIC_DATA_CHANGED,
        /** A station that should not move (base station, fixed aid to navigation) moved. */
        FIXED_STATION_MOVED
    }

    @Override
    public DetectionKind kind() {
        return DetectionKind.IDENTITY_ANOMALY;
    }

    @Override
    public List<Mmsi> vessels() {
        return List.of(mmsi);
    }

    /** An anomaly is one moment: it ends when it starts. */
    @Override
    public Optional<Instant> end() {
        return Optional.of(start);
    }
}
