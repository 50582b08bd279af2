package io.jisr.exchange.agreement;

import io.jisr.exchange.Nation;
import io.jisr.exchange.NodeId;
import java.util.List;
import java.util.Objects;

/**
 * A nation that signed an agreement, with the nodes that act for it.
 *
 * @param nation the nation
 * @param nodes its registered nodes
 */
public record Party(Nation nation, List<PartyNode> nodes) {

    /** Checks that nothing is missing and copies the list. */
    public Party {
        Objects.requireNonNull(nation, "party nation must not be null");
        nodes = List.copyOf(nodes);
    }

    /** Whether {@code node} is one of this party's registered nodes. */
    public boolean hasNode(NodeId node) {
        return nodes.stream().anyMatch(n -> n.id().equals(node));
    }
}
