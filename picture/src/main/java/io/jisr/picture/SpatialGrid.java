package io.jisr.picture;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Vessels by quarter-degree cell, so that a viewport query visits only the cells it covers. Not
 * thread-safe: {@link Picture} guards it.
 */
final class SpatialGrid<T> {
    /*
     * Implementation note: 1,440 x 720 cells of 0.25 degree. A query box covering more cells than
     * there are occupied cells walks the occupied cells instead, so a world-wide query costs the
     * number of vessels, not a million empty cells.
     */
    static final int CELLS_PER_DEGREE = 4;
    private static final int COLUMNS = 360 * CELLS_PER_DEGREE;
    private static final int ROWS = 180 * CELLS_PER_DEGREE;

    private final Map<Integer, Set<T>> cells = new HashMap<>();

    static int cellOf(double latitude, double longitude) {
        return row(latitude) * COLUMNS + column(longitude);
    }

    private static int column(double longitude) {
        return Math.clamp((long) Math.floor((longitude + 180) * CELLS_PER_DEGREE), 0, COLUMNS - 1);
    }

    private static int row(double latitude) {
        return Math.clamp((long) Math.floor((latitude + 90) * CELLS_PER_DEGREE), 0, ROWS - 1);
    }

    void add(int cell, T item) {
        cells.computeIfAbsent(cell, c -> new HashSet<>()).add(item);
    }

    void remove(int cell, T item) {
        Set<T> set = cells.get(cell);
        if (set != null && set.remove(item) && set.isEmpty()) {
            cells.remove(cell);
        }
    }

    /** Visits every item in cells that overlap the box (a superset: callers check exact positions). */
    void visit(BoundingBox box, Consumer<T> visitor) {
        int rowFrom = row(box.south());
        int rowTo = row(box.north());
        List<int[]> columnRanges = new ArrayList<>(2);
        if (box.crossesAntimeridian()) {
            columnRanges.add(new int[] {column(box.west()), COLUMNS - 1});
            columnRanges.add(new int[] {0, column(box.east())});
        } else {
            columnRanges.add(new int[] {column(box.west()), column(box.east())});
        }
        long covered = 0;
        for (int[] r : columnRanges) {
            covered += (long) (r[1] - r[0] + 1) * (rowTo - rowFrom + 1);
        }
        if (covered > cells.size()) {
            for (Map.Entry<Integer, Set<T>> e : cells.entrySet()) {
                int cell = e.getKey();
                int row = cell / COLUMNS;
                int column = cell % COLUMNS;
                if (row >= rowFrom && row <= rowTo && inRanges(column, columnRanges)) {
                    e.getValue().forEach(visitor);
                }
            }
            return;
        }
        for (int row = rowFrom; row <= rowTo; row++) {
            for (int[] r : columnRanges) {
                for (int column = r[0]; column <= r[1]; column++) {
                    Set<T> set = cells.get(row * COLUMNS + column);
                    if (set != null) {
                        set.forEach(visitor);
                    }
                }
            }
        }
    }

    private static boolean inRanges(int column, List<int[]> ranges) {
        for (int[] r : ranges) {
            if (column >= r[0] && column <= r[1]) {
                return true;
            }
        }
        return false;
    }
}
