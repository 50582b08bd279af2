package io.jisr.sar.plan;

import io.jisr.sar.drift.Position;
import io.jisr.sar.product.ProbabilityGrid;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Where the search object may be, as probability per latitude–longitude cell, and how much of it the
 * searches so far would have found: the map a search plan starts from and that an unsuccessful search
 * updates. Immutable: an update returns a new map.
 */
public final class ProbabilityMap {
    private final List<MapCell> cells;
    private final double cumulativeSuccess;
    private final int searches;

    private ProbabilityMap(List<MapCell> cells, double cumulativeSuccess, int searches) {
        this.cells = List.copyOf(cells);
        this.cumulativeSuccess = cumulativeSuccess;
        this.searches = searches;
    }

    /** Returns the map of a drift's probability grid, before any search. */
    public static ProbabilityMap of(ProbabilityGrid grid) {
        List<MapCell> cells = new ArrayList<>();
        for (ProbabilityGrid.Cell c : grid.cells()) {
            cells.add(new MapCell(c.south(), c.west(), c.north(), c.east(), c.probability()));
        }
        return normalised(cells, 0, 0);
    }

    /**
     * Returns a map of equal probability over an area drawn by hand, in cells of about {@code cellMetres}:
     * for a case without a drift. Cells whose centre lies inside the area share the probability.
     */
    public static ProbabilityMap uniform(SearchArea area, double cellMetres) {
        if (!(cellMetres > 0)) {
            throw new IllegalArgumentException("cell size must be more than 0, was " + cellMetres);
        }
        SearchArea.Rectangle box = area.enclosingRectangle();
        double south = Double.POSITIVE_INFINITY;
        double north = Double.NEGATIVE_INFINITY;
        double west = Double.POSITIVE_INFINITY;
        double east = Double.NEGATIVE_INFINITY;
        TangentPlane plane = TangentPlane.at(box.centre());
        for (Position corner : box.outline()) {
            TangentPlane.Point p = plane.project(corner);
            south = Math.min(south, p.north());
            north = Math.max(north, p.north());
            west = Math.min(west, p.east());
            east = Math.max(east, p.east());
        }
        long rows = (long) Math.ceil((north - south) / cellMetres);
        long columns = (long) Math.ceil((east - west) / cellMetres);
        if (rows * columns > ProbabilityGrid.MAX_CELLS) {
            throw new IllegalArgumentException(String.format(
                    Locale.ROOT,
                    "cells of %.0f m over \"%s\" would need %d cells, more than %d: use larger cells",
                    cellMetres,
                    area.name(),
                    rows * columns,
                    ProbabilityGrid.MAX_CELLS));
        }
        List<MapCell> cells = new ArrayList<>();
        for (long r = 0; r < rows; r++) {
            for (long c = 0; c < columns; c++) {
                Position sw = plane.unproject(new TangentPlane.Point(west + c * cellMetres, south + r * cellMetres));
                Position ne = plane.unproject(
                        new TangentPlane.Point(west + (c + 1) * cellMetres, south + (r + 1) * cellMetres));
                MapCell cell = new MapCell(sw.latitude(), sw.longitude(), ne.latitude(), ne.longitude(), 1);
                if (area.contains(cell.centre())) {
                    cells.add(cell);
                }
            }
        }
        if (cells.isEmpty()) {
            throw new IllegalArgumentException(
                    "cells of " + cellMetres + " m are too large for \"" + area.name() + "\": no cell centre inside");
        }
        return normalised(cells, 0, 0);
    }

    private static ProbabilityMap normalised(List<MapCell> cells, double cumulativeSuccess, int searches) {
        double total = cells.stream().mapToDouble(MapCell::probability).sum();
        if (!(total > 0)) {
            throw new IllegalArgumentException("a probability map needs some probability, had " + total);
        }
        List<MapCell> scaled = cells.stream()
                .map(c -> c.withProbability(c.probability() / total))
                .sorted(Comparator.comparingDouble(MapCell::probability).reversed())
                .toList();
        return new ProbabilityMap(scaled, cumulativeSuccess, searches);
    }

    /** Returns the cells with probability, most probable first; their probabilities add up to 1. */
    public List<MapCell> cells() {
        return cells;
    }

    /**
     * Returns the probability that searches so far would have found the object had it been on the map
     * (cumulative probability of success, 0 before any search).
     */
    public double cumulativeSuccess() {
        return cumulativeSuccess;
    }

    /** Returns how many unsuccessful searches this map has been updated for. */
    public int searches() {
        return searches;
    }

    /** Returns the probability of containment of an area: the mass of the cells whose centre is inside it. */
    public double containment(SearchArea area) {
        double poc = 0;
        for (MapCell cell : cells) {
            if (area.contains(cell.centre())) {
                poc += cell.probability();
            }
        }
        return Math.min(1, poc);
    }

    /** Returns the most probable cells, taken in order until they hold at least {@code share}. */
    public List<MapCell> smallestArea(double share) {
        if (!(share > 0 && share <= 1)) {
            throw new IllegalArgumentException("share must be more than 0 and at most 1, was " + share);
        }
        List<MapCell> taken = new ArrayList<>();
        double total = 0;
        for (MapCell cell : cells) {
            if (total >= share - 1e-12) {
                break;
            }
            taken.add(cell);
            total += cell.probability();
        }
        return List.copyOf(taken);
    }

    /**
     * Returns the probability of success of searches of this map: for each cell its probability times the
     * chance that the searches covering its centre detect the object, summed.
     */
    public double success(List<AreaSearch> searched) {
        double pos = 0;
        for (MapCell cell : cells) {
            pos += cell.probability() * (1 - missed(cell, searched));
        }
        return Math.min(1, pos);
    }

    /**
     * Returns the map after searches that did not find the object (Bayes): each cell's probability times the
     * chance that every search covering its centre missed it, renormalised; the cumulative probability of
     * success grows to {@code 1 − (1 − before)(1 − POS)}.
     *
     * @throws IllegalArgumentException if the searches were certain to find the object wherever it was
     */
    public ProbabilityMap afterUnsuccessfulSearch(List<AreaSearch> searched) {
        List<MapCell> updated = new ArrayList<>(cells.size());
        for (MapCell cell : cells) {
            updated.add(cell.withProbability(cell.probability() * missed(cell, searched)));
        }
        double pos = success(searched);
        if (!(pos < 1)) {
            throw new IllegalArgumentException(
                    "the searches had a probability of success of 1: an unsuccessful search leaves no probability");
        }
        return normalised(updated, 1 - (1 - cumulativeSuccess) * (1 - pos), searches + 1);
    }

    private static double missed(MapCell cell, List<AreaSearch> searched) {
        double missed = 1;
        Position centre = cell.centre();
        for (AreaSearch s : searched) {
            if (s.area().contains(centre)) {
                missed *= 1 - s.probabilityOfDetection();
            }
        }
        return missed;
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "ProbabilityMap[%d cells, %d searches, cumulative POS %.3f]",
                cells.size(),
                searches,
                cumulativeSuccess);
    }

    /**
     * One search of one area, as the Bayesian update sees it.
     *
     * @param area the area searched
     * @param probabilityOfDetection the POD achieved everywhere in it
     */
    public record AreaSearch(SearchArea area, double probabilityOfDetection) {
        /** Checks the POD. */
        public AreaSearch {
            if (!(probabilityOfDetection >= 0 && probabilityOfDetection <= 1)) {
                throw new IllegalArgumentException(
                        "POD of \"" + area.name() + "\" must be between 0 and 1, was " + probabilityOfDetection);
            }
        }
    }

    /**
     * One cell of the map.
     *
     * @param south southern edge, degrees
     * @param west western edge, degrees
     * @param north northern edge, degrees
     * @param east eastern edge, degrees
     * @param probability the probability that the object is in it
     */
    public record MapCell(double south, double west, double north, double east, double probability) {
        /** Checks the probability. */
        public MapCell {
            if (!(probability >= 0)) {
                throw new IllegalArgumentException("a cell's probability must not be negative, was " + probability);
            }
        }

        /** Returns the cell's centre. */
        public Position centre() {
            return new Position((south + north) / 2, (west + east) / 2);
        }

        MapCell withProbability(double p) {
            return new MapCell(south, west, north, east, p);
        }
    }
}
