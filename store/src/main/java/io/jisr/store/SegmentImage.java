package io.jisr.store;

/**
 * A track segment as it stood at one moment: what a checkpoint writes and what a query reads from
 * memory. Immutable (the array is never changed after construction and never handed out).
 */
final class SegmentImage {
    final long id;
    final int mmsi;
    final long startMs;
    final long endMs;
    final int points;
    final double south;
    final double north;
    final double west;
    final double east;
    private final byte[] data;

    SegmentImage(
            long id,
            int mmsi,
            long startMs,
            long endMs,
            int points,
            double south,
            double north,
            double west,
            double east,
            byte[] data) {
        this.id = id;
        this.mmsi = mmsi;
        this.startMs = startMs;
        this.endMs = endMs;
        this.points = points;
        this.south = south;
        this.north = north;
        this.west = west;
        this.east = east;
        this.data = data;
    }

    TrackSegment.Reader reader() {
        return new TrackSegment.Reader(data);
    }

    /** Returns the blob to bind to a statement (JDBC drivers copy it). */
    byte[] blob() {
        return data;
    }
}
