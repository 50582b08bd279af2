package io.jisr.store;

import io.jisr.picture.TrackPoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The writer's open track segments, one per recently heard station, with what is needed to undo a
 * batch whose commit failed. Not thread-safe: the store calls it under its commit lock.
 */
final class OpenSegments {
    /*
     * Implementation note: every segment in the map is durable up to its last committed point, so
     * forgetting one (eviction) loses nothing: the station's next point simply opens a new segment.
     * Segments are forgotten once nothing has been added to them for MAX_SPAN_MS of message time, or
     * when more than maxOpen are held. The map is access-ordered, so the eldest entry is the one
     * changed least recently and eviction stops at the first one still in use.
     *
     * Undo: the first time a batch touches a station, the segment the map held for it (or none) is
     * remembered, and a pre-existing segment is marked before its first append. A failed commit puts
     * the map entries back and resets the marked segments; segments created by the batch are dropped
     * (their ids are simply never used).
     */

    private final int maxPoints;
    private final int maxOpen;
    private final LinkedHashMap<Integer, TrackSegment> open = new LinkedHashMap<>(1024, 0.75f, true);
    private final Map<Integer, TrackSegment> originals = new HashMap<>();
    private final List<TrackSegment> changed = new ArrayList<>();
    private long generation;
    private long latestMs = Long.MIN_VALUE;

    OpenSegments(int maxPoints, int maxOpen) {
        this.maxPoints = maxPoints;
        this.maxOpen = maxOpen;
    }

    /**
     * Adds points to the open segments, opening new ones where a point does not fit, and returns every
     * segment the points went into: what the commit must write. Call {@link #committed()} or
     * {@link #rolledBack()} afterwards.
     */
    List<TrackSegment> append(List<TrackPoint> points, LongSupplier newSegmentId) {
        generation++;
        for (TrackPoint point : points) {
            int mmsi = point.mmsi().value();
            long timeMs = point.fix().time().toEpochMilli();
            TrackSegment segment = open.get(mmsi);
            if (segment == null || segment.touchedIn != generation) {
                // The first point of this station in the batch: remember what the map held.
                originals.put(mmsi, segment);
            }
            if (segment == null || !segment.accepts(timeMs)) {
                segment = new TrackSegment(newSegmentId.getAsLong(), mmsi, maxPoints);
                segment.touchedIn = generation;
                open.put(mmsi, segment);
                changed.add(segment);
            } else if (segment.touchedIn != generation) {
                segment.mark();
                segment.markedIn = generation;
                segment.touchedIn = generation;
                changed.add(segment);
            }
            segment.append(point.fix(), timeMs);
        }
        return changed;
    }

    /** Makes the batch final and forgets segments that are no longer in use. */
    void committed() {
        for (TrackSegment segment : changed) {
            latestMs = Math.max(latestMs, segment.endMs());
        }
        changed.clear();
        originals.clear();
        long idleBefore = latestMs == Long.MIN_VALUE ? Long.MIN_VALUE : latestMs - TrackSegment.MAX_SPAN_MS;
        Iterator<TrackSegment> eldest = open.values().iterator();
        while (eldest.hasNext()) {
            TrackSegment segment = eldest.next();
            if (open.size() > maxOpen || segment.endMs() < idleBefore) {
                eldest.remove();
            } else {
                break;
            }
        }
    }

    /** Undoes the batch: the open segments are as they were before {@link #append}. */
    void rolledBack() {
        for (TrackSegment segment : changed) {
            if (segment.markedIn == generation) {
                segment.reset();
            }
        }
        for (Map.Entry<Integer, TrackSegment> e : originals.entrySet()) {
            if (e.getValue() == null) {
                open.remove(e.getKey());
            } else {
                open.put(e.getKey(), e.getValue());
            }
        }
        changed.clear();
        originals.clear();
    }

    /** Returns how many segments are open. */
    int size() {
        return open.size();
    }
}
