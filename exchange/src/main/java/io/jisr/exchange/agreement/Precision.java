package io.jisr.exchange.agreement;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How precisely an annex releases positions.
 *
 * <p>Grids are in degrees, not metres. A metre grid is only defined with a map projection (a metre of
 * longitude shrinks with latitude), so two nodes could honestly disagree about the cell of a point;
 * a degree grid gives every point exactly one cell that both partners can check by hand, and the
 * annex text reads the way such annexes are written ("positions to 0.1°"). At 36°N, 0.01° is about
 * 1.1 km of latitude and 0.9 km of longitude; the UI shows that size next to the grid.
 */
public sealed interface Precision {

    /** Positions released as observed. */
    record Exact() implements Precision {}

    /**
     * Latitude and longitude each rounded to the nearest multiple of {@code degrees}, halves away from
     * zero, computed in decimal so that the result is the same on every node.
     *
     * @param degrees the cell size, a decimal such as {@code 0.01}; the validator accepts 0.0001 to 10
     */
    record DegreeGrid(BigDecimal degrees) implements Precision {
        /** Checks that the size is given. */
        public DegreeGrid {
            Objects.requireNonNull(degrees, "grid size must not be null");
        }

        /** A grid of this many degrees, written as a decimal ({@code "0.01"}). */
        public static DegreeGrid of(String degrees) {
            return new DegreeGrid(new BigDecimal(degrees));
        }
    }
}
