package io.jisr.exchange.agreement;

import java.util.Optional;

/**
 * The node's zone catalogue as agreements see it: a named zone's polygon, if the zone exists. The
 * application backs it with the zones it has imported.
 */
@FunctionalInterface
public interface ZoneLookup {

    /** The polygon of zone {@code zoneId}, empty when the catalogue has no such zone. */
    Optional<Area.Polygon> find(String zoneId);

    /** A catalogue with no zones: every named zone is unknown. */
    static ZoneLookup none() {
        return zoneId -> Optional.empty();
    }
}
