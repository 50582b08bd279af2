package io.jisr.detect.zone;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;

/**
 * A named area.
 *
 * @param id identifier, unique within its zone set
 * @param name name for people
 * @param kind what the zone stands for
 * @param area a valid polygon or multipolygon, longitude as x and latitude as y (WGS84)
 * @param dwell how long a vessel must stay inside for a dwell update, when dwell matters
 */
public record Zone(String id, String name, ZoneKind kind, Geometry area, Optional<Duration> dwell) {

    /** Checks that the area is a valid polygonal geometry and the id is usable. */
    public Zone {
        Objects.requireNonNull(kind, "kind");
        if (id.isBlank() || id.length() > 64) {
            throw new IllegalArgumentException("zone id must be 1-64 characters, was \"" + id + "\"");
        }
        if (!(area instanceof Polygonal) || area.isEmpty()) {
            throw new IllegalArgumentException(
                    "zone " + id + " must be a non-empty polygon or multipolygon, was " + area.getGeometryType());
        }
        if (!area.isValid()) {
            throw new IllegalArgumentException("zone " + id + " is not a valid polygon");
        }
        if (dwell.isPresent() && (dwell.get().isNegative() || dwell.get().isZero())) {
            throw new IllegalArgumentException("zone " + id + " dwell must be positive, was " + dwell.get());
        }
    }
}
