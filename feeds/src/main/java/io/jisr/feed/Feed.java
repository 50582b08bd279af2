package io.jisr.feed;

import java.util.Objects;

/**
 * One source of AIS lines as the node knows it: a name, whose data it is, and how to reach it.
 *
 * @param id the feed's name, unique within a node; used in status, metrics and every {@link FeedSink}
 *     call
 * @param owner whose data this is: this node's id, or later a partner's
 * @param spec how lines arrive
 */
public record Feed(String id, String owner, FeedSpec spec) {

    /** Checks that the id and owner are not blank. */
    public Feed {
        Objects.requireNonNull(spec, "feed spec must not be null");
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("feed id must not be blank, was \"" + id + "\"");
        }
        if (owner == null || owner.isBlank()) {
            throw new IllegalArgumentException("owner of feed \"" + id + "\" must not be blank, was \"" + owner + "\"");
        }
    }
}
