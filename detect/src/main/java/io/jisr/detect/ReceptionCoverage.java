package io.jisr.detect;

/**
 * Where receivers hear stations, learnt from the reports themselves: for each cell of a tenth of a
 * degree (about 6 by 5 nautical miles in the Mediterranean), in which of the last 64 hours (message
 * time) at least one position was received there. A cell is covered when it had reception in at least
 * the minimum number of hours of the look-back window; a point is inside coverage when covered cells
 * surround it ({@link #isInside}).
 */
public final class ReceptionCoverage {
    /*
     * Implementation note: reception proves coverage, but silence does not prove its absence (there
     * may have been no ship to hear), so a cell counts once reception happened in a few distinct hours
     * rather than in most of them: a node then needs hours, not a day, to learn its coverage, and a
     * quiet cell well inside range is not mistaken for a hole. The cells are small so that the edge of
     * a receiver's range is drawn to within a few miles: a 0.25-degree cell half inside range counted
     * as covered, and ships sailing out of range along its far half raised false gaps.
     *
     * Small cells far from the lanes may see no ship for a day, though receivers would hear one
     * there; and a cell at the very edge of range is heard now and then, a ship staying there for
     * hours included. So isInside does not judge a point by its own cell but by the cells around it:
     * a terrestrial receiver's range is roughly a disc, hence convex, so a point with reception on
     * all four sides lies inside it (or, where two receivers' discs meet, very likely inside their
     * union). At the edge of range the outer side has no reception, so the edge is not filled
     * outwards, and quiet water inside range is filled from the traffic around it.
     *
     * One long per cell is a 64-hour bit history (bit 0 = the cell's latest hour with reception) plus
     * the index of that hour. Cells live in one-degree tiles of 10 x 10, allocated on first reception,
     * so memory follows the area heard (about 1.2 kB per square degree) and a report costs two array
     * lookups, a shift and an or.
     */
    static final int CELLS_PER_DEGREE = 10;
    /** How far (in cells, about 18 by 15 nautical miles) {@link #isInside} looks for reception around a quiet cell. */
    static final int ENCLOSURE_CELLS = 3;

    private static final int TILE_CELLS = CELLS_PER_DEGREE * CELLS_PER_DEGREE;

    private final Tile[] tiles = new Tile[360 * 180];
    private final int windowHours;
    private final int minimumHours;

    private static final class Tile {
        final long[] history = new long[TILE_CELLS];
        final int[] latestHour = new int[TILE_CELLS];
    }

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

    /** Returns the tile index of a point, latitude and longitude clamped to the map. */
    private static int tileOf(int row, int column) {
        return (row / CELLS_PER_DEGREE) * 360 + column / CELLS_PER_DEGREE;
    }

    private static int cellInTile(int row, int column) {
        return (row % CELLS_PER_DEGREE) * CELLS_PER_DEGREE + column % CELLS_PER_DEGREE;
    }

    static int rowOf(double latitude) {
        return (int) Math.clamp((long) Math.floor((latitude + 90) * CELLS_PER_DEGREE), 0, 180L * CELLS_PER_DEGREE - 1);
    }

    static int columnOf(double longitude) {
        return Math.floorMod((int) Math.floor((longitude + 180) * CELLS_PER_DEGREE), 360 * CELLS_PER_DEGREE);
    }

    /** Records that a position at this point was received at {@code epochMillis} (message time). */
    public void record(double latitude, double longitude, long epochMillis) {
        if (Double.isNaN(latitude) || Double.isNaN(longitude)) {
            return;
        }
        int row = rowOf(latitude);
        int column = columnOf(longitude);
        int t = tileOf(row, column);
        Tile tile = tiles[t];
        if (tile == null) {
            tile = new Tile();
            tiles[t] = tile;
        }
        int cell = cellInTile(row, column);
        int hour = HourBits.hourOf(epochMillis);
        long bits = tile.history[cell];
        int latest = tile.latestHour[cell];
        tile.history[cell] = HourBits.recorded(bits, latest, hour);
        tile.latestHour[cell] = HourBits.latestAfter(bits, latest, hour);
    }

    /**
     * Returns whether the cell of this point had reception in at least the minimum number of hours of
     * the window that ends with the hour before {@code epochMillis} (a <em>covered</em> cell; the gap
     * detector asks {@link #isInside}, which judges a point by the covered cells around it).
     */
    public boolean isCovered(double latitude, double longitude, long epochMillis) {
        return hoursWithReception(latitude, longitude, epochMillis) >= minimumHours;
    }

    /**
     * Returns whether the point lies inside the learnt footprint of reception: each of the four
     * quarters around it (north, east, south, west; each a 90-degree cone) holds a covered cell within
     * {@value #ENCLOSURE_CELLS} cells (about 18 nautical miles north-south, 15 east-west).
     */
    public boolean isInside(double latitude, double longitude, long epochMillis) {
        int row = rowOf(latitude);
        int column = columnOf(longitude);
        int hour = HourBits.hourOf(epochMillis);
        return coveredInCone(row, column, hour, 1, 0)
                && coveredInCone(row, column, hour, -1, 0)
                && coveredInCone(row, column, hour, 0, 1)
                && coveredInCone(row, column, hour, 0, -1);
    }

    /** Looks for a covered cell at distances 1..ENCLOSURE_CELLS along the axis, no further off it than along. */
    private boolean coveredInCone(int row, int column, int hour, int rowStep, int columnStep) {
        for (int along = 1; along <= ENCLOSURE_CELLS; along++) {
            for (int across = -along; across <= along; across++) {
                int r = row + along * rowStep + across * columnStep;
                int c = column + along * columnStep + across * rowStep;
                if (r < 0 || r >= 180 * CELLS_PER_DEGREE) {
                    continue;
                }
                if (hoursWithReception(r, Math.floorMod(c, 360 * CELLS_PER_DEGREE), hour) >= minimumHours) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Returns in how many of the window's hours before {@code epochMillis} the point's cell had reception. */
    public int hoursWithReception(double latitude, double longitude, long epochMillis) {
        return hoursWithReception(rowOf(latitude), columnOf(longitude), HourBits.hourOf(epochMillis));
    }

    private int hoursWithReception(int row, int column, int hour) {
        Tile tile = tiles[tileOf(row, column)];
        if (tile == null) {
            return 0;
        }
        int cell = cellInTile(row, column);
        return HourBits.hoursWithin(tile.history[cell], tile.latestHour[cell], hour, windowHours);
    }
}
