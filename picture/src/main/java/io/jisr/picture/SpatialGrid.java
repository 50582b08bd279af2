package io.jisr.picture;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Stations by quarter-degree cell, so that a viewport query visits only the cells it covers. Not
 * thread-safe: {@link Picture} guards it.
 */
final class SpatialGrid {
    /*
     * Implementation note: 1,440 x 720 cells of 0.25 degree in one flat array (about 4 MB of
     * references), each cell an array list created on first use; an entry knows its cell and its
     * slot in it, so leaving a cell is a swap with the last slot (O(1)), and a query indexes cells
     * directly and walks arrays instead of hash buckets and boxed keys.
     */
    static final int CELLS_PER_DEGREE = 4;
    private static final int COLUMNS = 360 * CELLS_PER_DEGREE;
    private static final int ROWS = 180 * CELLS_PER_DEGREE;

    /** What the grid needs to know of an entry: where it is filed. */
    abstract static class Slot {
        int cell = -1;
        int index = -1;
    }

    @SuppressWarnings("unchecked")
    private final ArrayList<Slot>[] cells = new ArrayList[COLUMNS * ROWS];

    static int cellOf(double latitude, double longitude) {
        return row(latitude) * COLUMNS + column(longitude);
    }

    private static int column(double longitude) {
        return (int) Math.clamp((long) Math.floor((longitude + 180) * CELLS_PER_DEGREE), 0, COLUMNS - 1);
    }

    private static int row(double latitude) {
        return (int) Math.clamp((long) Math.floor((latitude + 90) * CELLS_PER_DEGREE), 0, ROWS - 1);
    }

    /** Files {@code slot} under {@code cell}, taking it out of its previous cell. */
    void move(Slot slot, int cell) {
        if (slot.cell == cell) {
            return;
        }
        remove(slot);
        ArrayList<Slot> list = cells[cell];
        if (list == null) {
            list = new ArrayList<>(4);
            cells[cell] = list;
        }
        slot.cell = cell;
        slot.index = list.size();
        list.add(slot);
    }

    /** Takes {@code slot} out of the grid. */
    void remove(Slot slot) {
        if (slot.cell < 0) {
            return;
        }
        ArrayList<Slot> list = cells[slot.cell];
        Slot last = list.removeLast();
        if (last != slot) {
            list.set(slot.index, last);
            last.index = slot.index;
        }
        slot.cell = -1;
        slot.index = -1;
    }

    /** Visits every entry in cells that overlap the box (a superset: callers check exact positions). */
    @SuppressWarnings("unchecked")
    <T extends Slot> void visit(BoundingBox box, Consumer<T> visitor) {
        int rowFrom = row(box.south());
        int rowTo = row(box.north());
        List<int[]> columnRanges = new ArrayList<>(2);
        if (box.crossesAntimeridian()) {
            columnRanges.add(new int[] {column(box.west()), COLUMNS - 1});
            columnRanges.add(new int[] {0, column(box.east())});
        } else {
            columnRanges.add(new int[] {column(box.west()), column(box.east())});
        }
        for (int row = rowFrom; row <= rowTo; row++) {
            for (int[] r : columnRanges) {
                for (int column = r[0]; column <= r[1]; column++) {
                    ArrayList<Slot> list = cells[row * COLUMNS + column];
                    if (list != null) {
                        visitAll(list, visitor);
                    }
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <T extends Slot> void visitAll(ArrayList<Slot> list, Consumer<T> visitor) {
        for (int i = 0, n = list.size(); i < n; i++) {
            visitor.accept((T) list.get(i));
        }
    }
}
