package io.jisr.exchange.record;

import io.jisr.exchange.Nation;
import io.jisr.exchange.NodeId;
import java.util.Objects;

/**
 * Where a record was first made: provenance that travels with it unchanged through every release.
 *
 * @param nation the nation whose node made it
 * @param node the node that made it
 * @param sensor the sensor or source on that node ({@code ais:receiver-oran}, {@code radar-2},
 *     {@code watch-officer}), empty when not known
 */
public record Origin(Nation nation, NodeId node, String sensor) {

    /** Checks that nothing is missing. */
    public Origin {
        Objects.requireNonNull(nation, "origin nation must not be null");
        Objects.requireNonNull(node, "origin node must not be null");
        Objects.requireNonNull(sensor, "origin sensor must not be null");
    }
}
