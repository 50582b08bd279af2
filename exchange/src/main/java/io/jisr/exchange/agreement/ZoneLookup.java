package io.jisr.exchange.agreement;

import io.jisr.exchange.Texts;
import java.util.Optional;

/**
 * The node's zone catalogue as agreements see it: a named zone's polygon, if the zone exists. The
 * application backs it with the zones it has imported.
 */
@FunctionalInterface
public interface ZoneLookup {

    /** The polygon of zone {@code zoneId}, empty when the catalogue has no such zone. */
    Optional<Area.Polygon> find(String zoneId);

    /**
     * Why {@link #find} has no polygon for {@code zoneId}, for people: by default that the catalogue has
     * no such zone. A catalogue whose zone exists but cannot serve as one polygon says so here.
     */
    default String missing(String zoneId) {
        return "zone \"" + Texts.excerpt(zoneId) + "\" is not in the zone catalogue";
    }

    /** A catalogue with no zones: every named zone is unknown. */
    static ZoneLookup none() {
        return zoneId -> Optional.empty();
    }
}
