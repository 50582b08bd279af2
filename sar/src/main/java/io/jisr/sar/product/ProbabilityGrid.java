package io.jisr.sar.product;

import io.jisr.sar.drift.DriftResult;
import io.jisr.sar.drift.Position;
import io.jisr.sar.drift.Wgs84;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The probability of where the object is at one output time: the share of particles in each cell of a
 * latitude–longitude grid whose cells are about {@code cellMetres} square at the datum. Every particle
 * weighs the same, whatever its status (a stranded particle is probability on the shore).
 */
public final class ProbabilityGrid {
    /** The most cells a grid may have (about 32 MB of masses). */
    public static final int MAX_CELLS = 4_000_000;

    private final double south;
    private final double west;
    private final double latitudeStep;
    private final double longitudeStep;
    private final int rows;
    private final int columns;
    private final double[] mass;
    private final int[] order;

    private ProbabilityGrid(
            double south,
            double west,
            double latitudeStep,
            double longitudeStep,
            int rows,
            int columns,
            double[] mass) {
        this.south = south;
        this.west = west;
        this.latitudeStep = latitudeStep;
        this.longitudeStep = longitudeStep;
        this.rows = rows;
        this.columns = columns;
        this.mass = mass;
        // Cells by falling mass, ties by index, for the smallest areas.
        this.order = java.util.stream.IntStream.range(0, mass.length)
                .filter(c -> mass[c] > 0)
                .boxed()
                .sorted((a, b) -> mass[a] != mass[b] ? Double.compare(mass[b], mass[a]) : Integer.compare(a, b))
                .mapToInt(Integer::intValue)
                .toArray();
    }

    /**
     * Builds the grid of one output time.
     *
     * @throws IllegalArgumentException if the cell is not positive or the spread would need more than
     *     {@link #MAX_CELLS} cells of that size
     */
    public static ProbabilityGrid of(DriftResult result, int output, double cellMetres) {
        if (!(cellMetres > 0 && cellMetres <= 1_000_000)) {
            throw new IllegalArgumentException("cell size must be more than 0 and at most 1,000 km, was " + cellMetres);
        }
        Position datum = DriftSummary.datum(result, output);
        double base = Math.clamp(datum.latitude(), -89.5, 89.5);
        double dLat = cellMetres * Wgs84.degreesPerMetreNorth(base);
        double dLon = cellMetres * Wgs84.degreesPerMetreEast(base);
        int n = result.particles();
        double minLat = Double.POSITIVE_INFINITY;
        double maxLat = Double.NEGATIVE_INFINITY;
        double minLon = Double.POSITIVE_INFINITY;
        double maxLon = Double.NEGATIVE_INFINITY;
        double[] lons = new double[n];
        for (int i = 0; i < n; i++) {
            double lat = result.latitude(output, i);
            double lon = datum.longitude() + LocalFrame.wrap(result.longitude(output, i) - datum.longitude());
            lons[i] = lon;
            minLat = Math.min(minLat, lat);
            maxLat = Math.max(maxLat, lat);
            minLon = Math.min(minLon, lon);
            maxLon = Math.max(maxLon, lon);
        }
        // Cells aligned on the datum, so that grids of one run at different times line up.
        double south = datum.latitude() + Math.floor((minLat - datum.latitude()) / dLat) * dLat;
        double west = datum.longitude() + Math.floor((minLon - datum.longitude()) / dLon) * dLon;
        long rows = (long) Math.floor((maxLat - south) / dLat) + 1;
        long columns = (long) Math.floor((maxLon - west) / dLon) + 1;
        if (rows * columns > MAX_CELLS) {
            throw new IllegalArgumentException(String.format(
                    java.util.Locale.ROOT,
                    "cells of %.0f m over a spread of %.1f x %.1f km would need %d cells, more than %d: use larger cells",
                    cellMetres,
                    rows * cellMetres / 1000,
                    columns * cellMetres / 1000,
                    rows * columns,
                    MAX_CELLS));
        }
        double[] mass = new double[(int) (rows * columns)];
        double each = 1.0 / n;
        for (int i = 0; i < n; i++) {
            int r = (int) Math.min(rows - 1, (long) Math.floor((result.latitude(output, i) - south) / dLat));
            int c = (int) Math.min(columns - 1, (long) Math.floor((lons[i] - west) / dLon));
            mass[r * (int) columns + c] += each;
        }
        return new ProbabilityGrid(south, west, dLat, dLon, (int) rows, (int) columns, mass);
    }

    /** Returns the number of rows (south first). */
    public int rows() {
        return rows;
    }

    /** Returns the number of columns (west first). */
    public int columns() {
        return columns;
    }

    /** Returns the probability in one cell. */
    public double mass(int row, int column) {
        return mass[row * columns + column];
    }

    /** Returns the cells that hold probability, most probable first. */
    public List<Cell> cells() {
        List<Cell> cells = new ArrayList<>(order.length);
        for (int c : order) {
            cells.add(cell(c));
        }
        return cells;
    }

    private Cell cell(int index) {
        int r = index / columns;
        int c = index % columns;
        double s = south + r * latitudeStep;
        double w = west + c * longitudeStep;
        return new Cell(r, c, s, w, s + latitudeStep, w + longitudeStep, mass[index]);
    }

    /**
     * Returns the smallest set of cells holding at least {@code share} of the probability: the most probable
     * cells, taken in order until their mass reaches the share.
     */
    public ProbableArea smallestArea(double share) {
        if (!(share > 0 && share <= 1)) {
            throw new IllegalArgumentException("share must be more than 0 and at most 1, was " + share);
        }
        List<Cell> cells = new ArrayList<>();
        double total = 0;
        double area = 0;
        for (int index : order) {
            if (total >= share - 1e-12) {
                break;
            }
            Cell cell = cell(index);
            cells.add(cell);
            total += cell.probability();
            area += cell.areaSquareMetres();
        }
        return new ProbableArea(share, Math.min(1, total), List.copyOf(cells), area);
    }

    @Override
    public String toString() {
        return "ProbabilityGrid[" + rows + " x " + columns + ", " + order.length + " cells with mass, total "
                + Arrays.stream(mass).sum() + "]";
    }

    /**
     * One grid cell.
     *
     * @param row row index, south first
     * @param column column index, west first
     * @param south southern edge, degrees
     * @param west western edge, degrees
     * @param north northern edge, degrees
     * @param east eastern edge, degrees
     * @param probability share of the particles in it
     */
    public record Cell(int row, int column, double south, double west, double north, double east, double probability) {
        /** Returns the cell's area on the ellipsoid, square metres. */
        public double areaSquareMetres() {
            double mid = Math.clamp((south + north) / 2, -89.5, 89.5);
            return (north - south) / Wgs84.degreesPerMetreNorth(mid) * (east - west) / Wgs84.degreesPerMetreEast(mid);
        }
    }

    /**
     * The smallest area holding a share of the probability.
     *
     * @param share the share asked for
     * @param achievedShare the share the cells hold (at least {@code share}, within a particle's weight)
     * @param cells the cells, most probable first
     * @param areaSquareMetres their total area
     */
    public record ProbableArea(double share, double achievedShare, List<Cell> cells, double areaSquareMetres) {
        /** Copies the cells. */
        public ProbableArea {
            cells = List.copyOf(cells);
        }
    }
}
