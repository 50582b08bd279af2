package io.jisr.sar.plan;

import io.jisr.sar.drift.Position;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A search pattern laid out on the chart: its waypoints from the commence search point to the end, its
 * legs, and the track spacing it was laid out with. Made by the factories below; immutable.
 *
 * @param kind which IAMSAR pattern
 * @param waypoints the commence search point first, then every turn point, then the end
 * @param legs one per pair of consecutive waypoints
 * @param trackSpacingMetres the distance between adjacent parallel tracks (for the sector search, the
 *     cross-leg length, which is the widest gap between its tracks)
 */
public record PatternTrack(PatternKind kind, List<Waypoint> waypoints, List<Leg> legs, double trackSpacingMetres) {

    /** Copies the lists and checks that the legs join the waypoints. */
    public PatternTrack {
        waypoints = List.copyOf(waypoints);
        legs = List.copyOf(legs);
        if (legs.size() != waypoints.size() - 1) {
            throw new IllegalArgumentException(
                    kind + " needs one leg per pair of waypoints, had " + legs.size() + " for " + waypoints.size());
        }
        if (!(trackSpacingMetres > 0)) {
            throw new IllegalArgumentException(kind + " track spacing must be more than 0, was " + trackSpacingMetres);
        }
    }

    /** Returns the commence search point. */
    public Waypoint commenceSearchPoint() {
        return waypoints.getFirst();
    }

    /** Returns the total track length, metres. */
    public double trackLengthMetres() {
        return legs.stream().mapToDouble(Leg::lengthMetres).sum();
    }

    /** Returns the time to fly or steam the whole pattern at a speed (no allowance for turns). */
    public Duration durationAt(double speedKnots) {
        if (!(speedKnots > 0)) {
            throw new IllegalArgumentException("speed must be more than 0 knots, was " + speedKnots);
        }
        double hours = Nautical.toNauticalMiles(trackLengthMetres()) / speedKnots;
        return Duration.ofMillis(Math.round(hours * 3_600_000));
    }

    /** Returns whether an asset can complete the pattern within its endurance at its search speed. */
    public boolean fitsEndurance(SearchAsset asset) {
        return trackLengthMetres() <= asset.reachMetres();
    }

    /** Returns the area the pattern sweeps, track length times spacing, square metres. */
    public double sweptAreaSquareMetres() {
        return trackLengthMetres() * trackSpacingMetres;
    }

    /**
     * Returns an expanding square (SS) from the datum: legs of {@code S, S, 2S, 2S, 3S, ...}, each turn 90°
     * to starboard, the first leg on {@code firstLegBearingDegrees}.
     *
     * @param legs how many legs (at least 2); {@link #expandingSquareLegs} gives the number to cover a square
     */
    public static PatternTrack expandingSquare(
            Position datum, double firstLegBearingDegrees, double trackSpacingMetres, int legs) {
        requireSpacing(trackSpacingMetres);
        if (legs < 2 || legs > 400) {
            throw new IllegalArgumentException("an expanding square needs 2 to 400 legs, was " + legs);
        }
        TangentPlane plane = TangentPlane.at(datum);
        List<TangentPlane.Point> points = new ArrayList<>();
        TangentPlane.Point p = new TangentPlane.Point(0, 0);
        points.add(p);
        for (int i = 1; i <= legs; i++) {
            double length = ((i + 1) / 2) * trackSpacingMetres;
            p = p.move(firstLegBearingDegrees + 90.0 * (i - 1), length);
            points.add(p);
        }
        return build(PatternKind.EXPANDING_SQUARE, plane, points, List.of(), trackSpacingMetres);
    }

    /**
     * Returns the number of legs of an expanding square covering a square of side {@code sideMetres} around
     * the datum with tracks {@code trackSpacingMetres} apart: {@code 2·⌈D/S⌉}, whose outermost tracks lie
     * about {@code D/2} from the datum.
     */
    public static int expandingSquareLegs(double sideMetres, double trackSpacingMetres) {
        requireSpacing(trackSpacingMetres);
        if (!(sideMetres > 0)) {
            throw new IllegalArgumentException("side must be more than 0, was " + sideMetres);
        }
        return (int) Math.max(2, 2 * Math.ceil(sideMetres / trackSpacingMetres - 1e-9));
    }

    /**
     * Returns a sector search (VS) from the datum: out along {@code firstLegBearingDegrees} for the radius,
     * 120° to starboard for a cross leg of the radius, 120° to starboard back through the datum, three
     * times — nine legs, six radials 60° apart, ending at the datum. A second sector search is usually
     * laid 30° to the right of the first.
     */
    public static PatternTrack sector(Position datum, double firstLegBearingDegrees, double radiusMetres) {
        if (!(radiusMetres > 0 && radiusMetres <= 200_000)) {
            throw new IllegalArgumentException(
                    "sector search radius must be more than 0 and at most 200 km, was " + radiusMetres);
        }
        TangentPlane plane = TangentPlane.at(datum);
        List<TangentPlane.Point> points = new ArrayList<>();
        List<Integer> datumPasses = new ArrayList<>();
        TangentPlane.Point origin = new TangentPlane.Point(0, 0);
        points.add(origin);
        double heading = firstLegBearingDegrees;
        for (int triangle = 0; triangle < 3; triangle++) {
            TangentPlane.Point out = origin.move(heading, radiusMetres);
            TangentPlane.Point across = out.move(heading + 120, radiusMetres);
            points.add(out);
            points.add(across);
            points.add(origin);
            datumPasses.add(points.size() - 1);
            heading += 240;
        }
        return build(PatternKind.SECTOR, plane, points, datumPasses, radiusMetres);
    }

    /**
     * Returns a parallel-track search (PS) of a rectangle: tracks along its length, half a spacing in from
     * its ends and sides, stepping to starboard across its width from its rear left corner (first turn to starboard) (turn the
     * rectangle's orientation by 180° to start from the other end). The spacing is adjusted so that a
     * whole number of tracks fills the width, as the manual adjusts the area to the spacing; the track
     * keeps the spacing it used.
     */
    public static PatternTrack parallelTrack(SearchArea.Rectangle area, double trackSpacingMetres) {
        return ladder(
                PatternKind.PARALLEL_TRACK,
                area,
                area.orientationDegrees(),
                area.lengthMetres(),
                area.widthMetres(),
                trackSpacingMetres);
    }

    /**
     * Returns a creeping-line search (CS) of a rectangle: tracks across its width, half a spacing in from
     * its sides and ends, creeping along its length from its rear edge, turning to starboard first;
     * spacing adjusted as for {@link #parallelTrack}.
     */
    public static PatternTrack creepingLine(SearchArea.Rectangle area, double trackSpacingMetres) {
        // Legs across the width, progressing along the length: the ladder with the axes swapped. Its first
        // leg points to the rectangle's left (orientation − 90°) so that it steps forward, to starboard.
        return ladder(
                PatternKind.CREEPING_LINE,
                area,
                area.orientationDegrees() - 90,
                area.widthMetres(),
                area.lengthMetres(),
                trackSpacingMetres);
    }

    private static PatternTrack ladder(
            PatternKind kind,
            SearchArea.Rectangle area,
            double legBearing,
            double legExtent,
            double stepExtent,
            double requestedSpacing) {
        requireSpacing(requestedSpacing);
        int tracks = (int) Math.max(1, Math.round(stepExtent / requestedSpacing));
        if (tracks > 2_000) {
            throw new IllegalArgumentException(kind + " of \"" + area.name() + "\" would need " + tracks + " tracks "
                    + requestedSpacing + " m apart; at most 2,000");
        }
        double spacing = stepExtent / tracks;
        if (!(legExtent > spacing)) {
            throw new IllegalArgumentException(String.format(
                    java.util.Locale.ROOT,
                    "%s of \"%s\": tracks would be %.0f m long, no longer than their spacing of %.0f m; use a"
                            + " smaller spacing or the other pattern",
                    kind,
                    area.name(),
                    legExtent,
                    spacing));
        }
        TangentPlane plane = TangentPlane.at(area.centre());
        double right = legBearing + 90;
        List<TangentPlane.Point> points = new ArrayList<>();
        double halfLeg = legExtent / 2 - spacing / 2;
        for (int i = 0; i < tracks; i++) {
            double offset = -stepExtent / 2 + spacing / 2 + i * spacing;
            TangentPlane.Point rear =
                    new TangentPlane.Point(0, 0).move(right, offset).move(legBearing, -halfLeg);
            TangentPlane.Point front =
                    new TangentPlane.Point(0, 0).move(right, offset).move(legBearing, halfLeg);
            if (i % 2 == 0) {
                points.add(rear);
                points.add(front);
            } else {
                points.add(front);
                points.add(rear);
            }
        }
        return build(kind, plane, points, List.of(), spacing);
    }

    private static PatternTrack build(
            PatternKind kind,
            TangentPlane plane,
            List<TangentPlane.Point> points,
            List<Integer> datumPasses,
            double spacing) {
        List<Waypoint> waypoints = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            String name;
            if (i == 0) {
                name = "CSP";
            } else if (i == points.size() - 1) {
                name = "END";
            } else if (datumPasses.contains(i)) {
                name = "DATUM";
            } else {
                name = "T" + i;
            }
            waypoints.add(new Waypoint(name, plane.unproject(points.get(i))));
        }
        List<Leg> legs = new ArrayList<>();
        for (int i = 1; i < points.size(); i++) {
            TangentPlane.Point a = points.get(i - 1);
            TangentPlane.Point b = points.get(i);
            legs.add(new Leg(waypoints.get(i - 1), waypoints.get(i), a.bearingTo(b), a.distanceTo(b)));
        }
        return new PatternTrack(kind, waypoints, legs, spacing);
    }

    private static void requireSpacing(double trackSpacingMetres) {
        if (!(trackSpacingMetres > 0 && trackSpacingMetres <= 100_000)) {
            throw new IllegalArgumentException(
                    "track spacing must be more than 0 and at most 100 km, was " + trackSpacingMetres);
        }
    }
}
