package io.jisr.detect.zone;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * An immutable set of zones indexed so that finding the zones that contain a point is, for most
 * points, one array read: a grid over the zones' bounds says for each cell which zones cover it
 * entirely and which cross it. Only points in cells a zone boundary crosses are tested against the
 * (prepared) polygons. Thread-safe once built.
 */
public final class ZoneSet {
    /*
     * Implementation note: the grid is dense over the union of the zones' bounding boxes, at 0.05°
     * or coarser so that it stays under MAX_CELLS cells. A cell holds the zones that cover it (as a
     * ready list, so the common answer allocates nothing) and the zones whose boundary crosses it.
     * With an STR-tree query per report instead, the zone detector alone allocated 343 B per event
     * (DetectionBenchmark -prof gc); the figure after is in docs/performance.md.
     */
    private static final int MAX_CELLS = 4_000_000;

    /** No zones. */
    public static final ZoneSet EMPTY = new ZoneSet(List.of());

    private final List<Zone> zones;
    private final GeometryFactory factory = new GeometryFactory();
    private final Envelope bounds = new Envelope();

    private record Indexed(int ordinal, Zone zone, PreparedGeometry prepared) {}

    /** What one grid cell knows: the zones covering it whole, and (by ordinal) the zones crossing it. */
    private static final class Cell {
        final List<Zone> covering;
        final int[] crossing;

        Cell(List<Zone> covering, int[] crossing) {
            this.covering = covering;
            this.crossing = crossing;
        }
    }

    private final Indexed[] indexed;
    private final java.util.Map<String, Zone> byId = new java.util.HashMap<>();
    private final Cell[] cells;
    private final int cellsPerDegree;
    private final int rows;
    private final int columns;

    private ZoneSet(List<Zone> zones) {
        this.zones = List.copyOf(zones);
        indexed = new Indexed[this.zones.size()];
        for (int i = 0; i < this.zones.size(); i++) {
            Zone z = this.zones.get(i);
            bounds.expandToInclude(z.area().getEnvelopeInternal());
            byId.put(z.id(), z);
            indexed[i] = new Indexed(i, z, PreparedGeometryFactory.prepare(z.area()));
        }
        if (zones.isEmpty()) {
            cellsPerDegree = 1;
            rows = 0;
            columns = 0;
            cells = new Cell[0];
            return;
        }
        double area = Math.max(1e-6, bounds.getWidth() * bounds.getHeight());
        cellsPerDegree = (int) Math.max(1, Math.min(20, Math.floor(Math.sqrt(MAX_CELLS / area))));
        rows = (int) Math.ceil(bounds.getHeight() * cellsPerDegree) + 1;
        columns = (int) Math.ceil(bounds.getWidth() * cellsPerDegree) + 1;
        cells = buildCells();
    }

    private Cell[] buildCells() {
        Cell[] built = new Cell[rows * columns];
        @SuppressWarnings("unchecked")
        List<Integer>[] cover = new List[rows * columns];
        @SuppressWarnings("unchecked")
        List<Integer>[] cross = new List[rows * columns];
        for (Indexed z : indexed) {
            Envelope e = z.zone().area().getEnvelopeInternal();
            int r0 = row(e.getMinY());
            int r1 = row(e.getMaxY());
            int c0 = column(e.getMinX());
            int c1 = column(e.getMaxX());
            for (int r = r0; r <= r1; r++) {
                for (int c = c0; c <= c1; c++) {
                    double south = bounds.getMinY() + (double) r / cellsPerDegree;
                    double west = bounds.getMinX() + (double) c / cellsPerDegree;
                    var box = factory.toGeometry(
                            new Envelope(west, west + 1.0 / cellsPerDegree, south, south + 1.0 / cellsPerDegree));
                    int i = r * columns + c;
                    if (z.prepared().covers(box)) {
                        (cover[i] == null ? (cover[i] = new ArrayList<>(2)) : cover[i]).add(z.ordinal());
                    } else if (z.prepared().intersects(box)) {
                        (cross[i] == null ? (cross[i] = new ArrayList<>(2)) : cross[i]).add(z.ordinal());
                    }
                }
            }
        }
        for (int i = 0; i < built.length; i++) {
            if (cover[i] != null || cross[i] != null) {
                List<Zone> whole = cover[i] == null
                        ? List.of()
                        : cover[i].stream().map(zones::get).toList();
                int[] partial = cross[i] == null
                        ? new int[0]
                        : cross[i].stream().mapToInt(Integer::intValue).toArray();
                built[i] = new Cell(whole, partial);
            }
        }
        return built;
    }

    private int row(double latitude) {
        return Math.clamp((int) Math.floor((latitude - bounds.getMinY()) * cellsPerDegree), 0, rows - 1);
    }

    private int column(double longitude) {
        return Math.clamp((int) Math.floor((longitude - bounds.getMinX()) * cellsPerDegree), 0, columns - 1);
    }

    /** Returns a set of these zones; ids must be unique. */
    public static ZoneSet of(List<Zone> zones) {
        Set<String> ids = new HashSet<>();
        for (Zone z : zones) {
            if (!ids.add(z.id())) {
                throw new IllegalArgumentException("zone id \"" + z.id() + "\" appears twice");
            }
        }
        return new ZoneSet(zones);
    }

    /** Returns the zones, in the order given. */
    public List<Zone> zones() {
        return zones;
    }

    /** Returns the zone with this id. */
    public Optional<Zone> zone(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * Returns the zones whose area contains the point or has it on its boundary, in the order the set
     * was given.
     */
    public List<Zone> containing(double latitude, double longitude) {
        if (!bounds.contains(longitude, latitude)) {
            return List.of();
        }
        Cell cell = cells[row(latitude) * columns + column(longitude)];
        if (cell == null) {
            return List.of();
        }
        if (cell.crossing.length == 0) {
            return cell.covering;
        }
        Point point = factory.createPoint(new Coordinate(longitude, latitude));
        List<Zone> result = new ArrayList<>(cell.covering.size() + cell.crossing.length);
        result.addAll(cell.covering);
        for (int ordinal : cell.crossing) {
            if (indexed[ordinal].prepared().intersects(point)) {
                result.add(indexed[ordinal].zone());
            }
        }
        if (!cell.covering.isEmpty()) {
            result.sort((a, b) -> Integer.compare(zones.indexOf(a), zones.indexOf(b)));
        }
        return result;
    }
}
