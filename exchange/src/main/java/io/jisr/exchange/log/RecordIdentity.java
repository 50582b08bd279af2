package io.jisr.exchange.log;

import io.jisr.exchange.NodeId;
import java.util.Objects;

/**
 * Who a received record is, for idempotent apply: the node whose outbound log it came from and its
 * sequence number there. (The issue's "origin node + sequence": for a record passed on, that is the
 * node that passed it on, since the sequence is that node's; the maker stays in the record's origin.)
 *
 * @param sendingNode the node that released it to us
 * @param sequence its sequence in that node's log for us
 */
public record RecordIdentity(NodeId sendingNode, long sequence) {

    /** Checks that nothing is missing. */
    public RecordIdentity {
        Objects.requireNonNull(sendingNode, "sending node must not be null");
        if (sequence < 1) {
            throw new IllegalArgumentException("a log sequence starts at 1, was " + sequence);
        }
    }

    @Override
    public String toString() {
        return sendingNode + "#" + sequence;
    }
}
