package io.jisr.picture;

import java.util.List;
import java.util.Map;

/**
 * What one storage commit makes durable, all or nothing: vessel snapshots, history points and how far
 * each feed has been read. Committing the feed positions in the same transaction as the data they
 * produced is what lets a node killed mid-replay resume without losing or duplicating history.
 *
 * @param vessels latest snapshot of every vessel changed since the previous batch
 * @param points history points in arrival order
 * @param feedCursors for each feed id, the number of input lines fully applied
 */
public record PictureBatch(List<Vessel> vessels, List<TrackPoint> points, Map<String, Long> feedCursors) {

    /** Copies the collections. */
    public PictureBatch {
        vessels = List.copyOf(vessels);
        points = List.copyOf(points);
        feedCursors = Map.copyOf(feedCursors);
    }

    /** Returns whether there is nothing to commit. */
    public boolean isEmpty() {
        return vessels.isEmpty() && points.isEmpty() && feedCursors.isEmpty();
    }
}
