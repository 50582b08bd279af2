package io.jisr.store;

import io.jisr.picture.PositionFix;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The track segments the store holds in memory: the open one of every recently heard station, and
 * closed ones a checkpoint has not written yet. Not thread-safe: the store guards it with its commit
 * lock.
 */
final class OpenSegments {
    /*
     * Implementation note: a segment's points are durable in the commit log as soon as they are here;
     * a checkpoint writes the segment's image and records how many points it wrote. A closed segment
     * is forgotten once written whole; an open one once written whole and idle (nothing added for
     * MAX_SPAN_MS of message time, or more than maxOpen are held): the station's next point simply
     * opens a new segment.
     */

    /** A segment and its image as a checkpoint took it. */
    record Pending(TrackSegment segment, SegmentImage image) {}

    private final int maxPoints;
    private final int maxOpen;
    private final Map<Integer, TrackSegment> open = new HashMap<>();
    private final List<TrackSegment> closed = new ArrayList<>();
    private long latestMs = Long.MIN_VALUE;

    OpenSegments(int maxPoints, int maxOpen) {
        this.maxPoints = maxPoints;
        this.maxOpen = maxOpen;
    }

    /** Appends a station's point to its open segment, opening a new one when it does not fit. */
    void append(int mmsi, PositionFix fix, LongSupplier newSegmentId) {
        long timeMs = Millis.floor(fix.time());
        TrackSegment segment = open.get(mmsi);
        if (segment == null || !segment.accepts(timeMs)) {
            if (segment != null && segment.writtenPoints < segment.points()) {
                closed.add(segment);
            }
            segment = new TrackSegment(newSegmentId.getAsLong(), mmsi, maxPoints);
            open.put(mmsi, segment);
        }
        segment.append(fix, timeMs);
        latestMs = Math.max(latestMs, timeMs);
    }

    /** Returns how many closed segments wait for a checkpoint. */
    int waiting() {
        return closed.size();
    }

    /** Returns how many segments are open. */
    int size() {
        return open.size();
    }

    /** Returns every segment with points not yet written, with its current image. */
    List<Pending> unwritten() {
        List<Pending> pending = new ArrayList<>();
        for (TrackSegment s : closed) {
            pending.add(new Pending(s, s.image()));
        }
        for (TrackSegment s : open.values()) {
            if (s.writtenPoints < s.points()) {
                pending.add(new Pending(s, s.image()));
            }
        }
        return pending;
    }

    /** Records what a checkpoint wrote and forgets the segments no longer needed in memory. */
    void written(List<Pending> pending) {
        for (Pending p : pending) {
            p.segment().writtenPoints = Math.max(p.segment().writtenPoints, p.image().points);
        }
        closed.removeIf(s -> s.writtenPoints == s.points());
        long idleBefore = Millis.minus(latestMs, TrackSegment.MAX_SPAN_MS);
        int excess = open.size() - maxOpen;
        Iterator<TrackSegment> segments = open.values().iterator();
        while (segments.hasNext()) {
            TrackSegment s = segments.next();
            if (s.writtenPoints == s.points() && (s.endMs() < idleBefore || excess-- > 0)) {
                segments.remove();
            }
        }
    }

    /**
     * Forgets every segment whose points are all older than {@code cutoffMs}; returns how many of their
     * points were not written (a purge counts them as deleted).
     */
    long dropOlderThan(long cutoffMs) {
        long unwritten = 0;
        Iterator<TrackSegment> segments = open.values().iterator();
        while (segments.hasNext()) {
            TrackSegment s = segments.next();
            if (s.endMs() < cutoffMs) {
                unwritten += s.points() - s.writtenPoints;
                segments.remove();
            }
        }
        Iterator<TrackSegment> waiting = closed.iterator();
        while (waiting.hasNext()) {
            TrackSegment s = waiting.next();
            if (s.endMs() < cutoffMs) {
                unwritten += s.points() - s.writtenPoints;
                waiting.remove();
            }
        }
        return unwritten;
    }

    /** Returns images of one station's segments held in memory, oldest first. */
    List<SegmentImage> imagesOf(int mmsi) {
        List<SegmentImage> images = new ArrayList<>();
        for (TrackSegment s : closed) {
            if (s.mmsi() == mmsi) {
                images.add(s.image());
            }
        }
        TrackSegment current = open.get(mmsi);
        if (current != null) {
            images.add(current.image());
        }
        return images;
    }

    /** Returns images of the segments held in memory that may hold points in the range and box. */
    List<SegmentImage> imagesOverlapping(long fromMs, long toMs, double south, double north, double west, double east) {
        List<SegmentImage> images = new ArrayList<>();
        for (TrackSegment s : closed) {
            if (s.overlaps(fromMs, toMs, south, north, west, east)) {
                images.add(s.image());
            }
        }
        for (TrackSegment s : open.values()) {
            if (s.overlaps(fromMs, toMs, south, north, west, east)) {
                images.add(s.image());
            }
        }
        return images;
    }
}
