package io.jisr.exchange;

import java.util.Objects;

/**
 * One partner node that pulls from this node: its nation and its registered node.
 *
 * @param nation the partner's nation
 * @param node the partner's node, registered in the agreement with its certificate fingerprint
 */
public record Partner(Nation nation, NodeId node) {

    /** Checks that nothing is missing. */
    public Partner {
        Objects.requireNonNull(nation, "partner nation must not be null");
        Objects.requireNonNull(node, "partner node must not be null");
    }

    @Override
    public String toString() {
        return nation + "/" + node;
    }
}
