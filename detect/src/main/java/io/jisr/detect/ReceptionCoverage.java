package io.jisr.detect;

/**
 * Where receivers hear stations regularly, learnt from the reports themselves: for each quarter-degree
 * cell, in which of the last 64 hours (message time) at least one position was received there. A cell
 * is covered when it had reception in enough of the hours of the look-back window.
 */
public final class ReceptionCoverage {
    /*
     * Implementation note: one long per cell is a 64-hour bit history (bit 0 = the cell's latest hour
     * with reception) plus the index of that hour; 1,440 x 720 cells cost 12 MB and one report costs a
     * shift and an or. Counting is per cell, not per receiver: HeardBy names the receivers, but a
     * per-receiver grid multiplies the memory by the number of receivers for little gain in deciding
     * "is this area heard".
     */
    static final int CELLS_PER_DEGREE = 4;
    private static final int COLUMNS = 360 * CELLS_PER_DEGREE;
    private static final int ROWS = 180 * CELLS_PER_DEGREE;
    private static final long MILLIS_PER_HOUR = 3_600_000L;

    private final long[] history = new long[COLUMNS * ROWS];
    private final int[] latestHour = new int[COLUMNS * ROWS];
    private final int windowHours;
    private final int minimumHours;

    /**
     * Builds an empty coverage map.
     *
     * @param windowHours how many hours to look back, 1 to 63
     * @param minimumHours in how many of them reception must have happened for the cell to count
     */
    public ReceptionCoverage(int windowHours, int minimumHours) {
        if (windowHours < 1 || windowHours > 63) {
            throw new IllegalArgumentException("coverage window must be 1..63 hours, was " + windowHours);
        }
        if (minimumHours < 1 || minimumHours > windowHours) {
            throw new IllegalArgumentException(
                    "coverage minimum must be 1.." + windowHours + " hours, was " + minimumHours);
        }
        this.windowHours = windowHours;
        this.minimumHours = minimumHours;
    }

    static int cellOf(double latitude, double longitude) {
        int row = (int) Math.clamp((long) Math.floor((latitude + 90) * CELLS_PER_DEGREE), 0, ROWS - 1);
        int column = (int) Math.clamp((long) Math.floor((longitude + 180) * CELLS_PER_DEGREE), 0, COLUMNS - 1);
        return row * COLUMNS + column;
    }

    private static int hourOf(long epochMillis) {
        return (int) Math.floorDiv(epochMillis, MILLIS_PER_HOUR);
    }

    /** Records that a position at this point was received at {@code epochMillis} (message time). */
    public void record(double latitude, double longitude, long epochMillis) {
        int cell = cellOf(latitude, longitude);
        int hour = hourOf(epochMillis);
        long bits = history[cell];
        int latest = latestHour[cell];
        if (bits == 0) {
            history[cell] = 1;
            latestHour[cell] = hour;
        } else if (hour > latest) {
            int shift = hour - latest;
            history[cell] = (shift >= 64 ? 0 : bits << shift) | 1;
            latestHour[cell] = hour;
        } else if (latest - hour < 64) {
            history[cell] = bits | (1L << (latest - hour));
        }
    }

    /**
     * Returns whether the cell of this point had reception in at least the minimum number of hours of
     * the window that ends with the hour before {@code epochMillis}.
     */
    public boolean isCovered(double latitude, double longitude, long epochMillis) {
        return hoursWithReception(cellOf(latitude, longitude), hourOf(epochMillis)) >= minimumHours;
    }

    /** Returns in how many of the {@code windowHours} hours before {@code hour} the cell had reception. */
    int hoursWithReception(int cell, int hour) {
        long bits = history[cell];
        if (bits == 0) {
            return 0;
        }
        // Bit i of "bits" is hour latest - i; the window is hours hour - windowHours .. hour - 1.
        int offset = hour - 1 - latestHour[cell];
        long aligned;
        if (offset >= 0) {
            aligned = offset >= 64 ? 0 : bits << offset;
        } else {
            aligned = -offset >= 64 ? 0 : bits >>> -offset;
        }
        long windowMask = (1L << windowHours) - 1;
        return Long.bitCount(aligned & windowMask);
    }
}
