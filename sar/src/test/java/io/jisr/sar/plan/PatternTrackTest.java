package io.jisr.sar.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.jisr.sar.drift.Position;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class PatternTrackTest {
    static final Position DATUM = new Position(36.9, 3.1);

    /** The turn from one course to the next, −180 (to port) to 180 (to starboard). */
    static double turn(double fromBearing, double toBearing) {
        double t = (toBearing - fromBearing) % 360;
        if (t > 180) {
            t -= 360;
        }
        if (t <= -180) {
            t += 360;
        }
        return t;
    }

    @Test
    void expandingSquare_legsGrowEverySecondTurn_turningToStarboard() {
        double s = 1852;
        PatternTrack track = PatternTrack.expandingSquare(DATUM, 30, s, 8);
        assertThat(track.kind()).isEqualTo(PatternKind.EXPANDING_SQUARE);
        assertThat(track.legs()).hasSize(8);
        assertThat(track.commenceSearchPoint().position()).isEqualTo(DATUM);
        assertThat(track.commenceSearchPoint().name()).isEqualTo("CSP");
        assertThat(track.waypoints().getLast().name()).isEqualTo("END");
        double[] multiples = {1, 1, 2, 2, 3, 3, 4, 4};
        for (int i = 0; i < 8; i++) {
            Leg leg = track.legs().get(i);
            assertThat(leg.lengthMetres()).as("leg %d", i + 1).isCloseTo(multiples[i] * s, within(1e-6));
            assertThat(leg.bearingDegrees()).as("leg %d", i + 1).isCloseTo((30 + 90.0 * i) % 360, within(1e-9));
        }
        // S·m(m+1) for 2m legs: 20 S.
        assertThat(track.trackLengthMetres()).isCloseTo(20 * s, within(1e-6));
        // 20 NM at 10 knots: two hours.
        assertThat(track.durationAt(10)).isEqualTo(Duration.ofHours(2));
        // After S along the first course, S to its right, 2S back and 2S to its left, the track is one spacing
        // behind and one to the left of the datum: √2·S from it, whatever the first course.
        TangentPlane plane = TangentPlane.at(DATUM);
        TangentPlane.Point t4 = plane.project(track.waypoints().get(4).position());
        TangentPlane.Point start = new TangentPlane.Point(0, 0);
        assertThat(t4.distanceTo(start)).isCloseTo(Math.sqrt(2) * s, within(1e-3));
    }

    @Test
    void expandingSquareLegs_coverTheSquare() {
        assertThat(PatternTrack.expandingSquareLegs(10_000, 1_000)).isEqualTo(20);
        assertThat(PatternTrack.expandingSquareLegs(10_001, 1_000)).isEqualTo(22);
        assertThat(PatternTrack.expandingSquareLegs(500, 1_000)).isEqualTo(2);
    }

    @Test
    void sector_nineLegsOfTheRadius_closesOnTheDatum() {
        double r = 3704;
        PatternTrack track = PatternTrack.sector(DATUM, 45, r);
        assertThat(track.legs()).hasSize(9);
        for (Leg leg : track.legs()) {
            assertThat(leg.lengthMetres()).isCloseTo(r, within(1e-6));
        }
        assertThat(track.trackLengthMetres()).isCloseTo(9 * r, within(1e-6));
        assertThat(track.commenceSearchPoint().position()).isEqualTo(DATUM);
        TangentPlane plane = TangentPlane.at(DATUM);
        Position end = track.waypoints().getLast().position();
        assertThat(plane.project(end).distanceTo(new TangentPlane.Point(0, 0))).isLessThan(1e-6);
        assertThat(track.waypoints().get(3).name()).isEqualTo("DATUM");
        // Every turn is 120° to starboard except where the track passes straight through the datum.
        List<Double> turns = new ArrayList<>();
        for (int i = 1; i < 9; i++) {
            turns.add(turn(
                    track.legs().get(i - 1).bearingDegrees(),
                    track.legs().get(i).bearingDegrees()));
        }
        assertThat(turns).hasSize(8);
        for (int i = 0; i < turns.size(); i++) {
            double expected = i % 3 == 2 ? 0 : 120;
            assertThat(turns.get(i)).as("turn %d", i + 1).isCloseTo(expected, within(1e-6));
        }
        // The six radials are 60° apart starting at the first leg's course.
        List<Double> radials = new ArrayList<>();
        for (Waypoint w : track.waypoints()) {
            TangentPlane.Point p = plane.project(w.position());
            if (p.distanceTo(new TangentPlane.Point(0, 0)) > r / 2) {
                radials.add(new TangentPlane.Point(0, 0).bearingTo(p));
            }
        }
        assertThat(radials).hasSize(6);
        List<Long> sixtieths = radials.stream()
                .map(b -> Math.round(((b - 45) % 360 + 360) % 360 / 60) % 6) // 359.99999° is 0°
                .sorted()
                .toList();
        assertThat(sixtieths).containsExactly(0L, 1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void parallelTrack_tracksAlongTheLength_halfASpacingInside() {
        SearchArea.Rectangle area = new SearchArea.Rectangle("A", DATUM, 0, 20_000, 8_000);
        PatternTrack track = PatternTrack.parallelTrack(area, 2_000);
        assertThat(track.trackSpacingMetres()).isEqualTo(2_000);
        // 4 tracks of L − S, 3 crossovers of S.
        assertThat(track.legs()).hasSize(7);
        for (int i = 0; i < 7; i++) {
            Leg leg = track.legs().get(i);
            if (i % 2 == 0) {
                assertThat(leg.lengthMetres()).isCloseTo(18_000, within(1e-6));
                assertThat(leg.bearingDegrees()).isCloseTo(i % 4 == 0 ? 0 : 180, within(1e-9));
            } else {
                assertThat(leg.lengthMetres()).isCloseTo(2_000, within(1e-6));
                assertThat(leg.bearingDegrees()).isCloseTo(90, within(1e-9));
            }
        }
        // The CSP is half a spacing inside the rear-left (south-west) corner.
        TangentPlane plane = TangentPlane.at(DATUM);
        TangentPlane.Point csp = plane.project(track.commenceSearchPoint().position());
        assertThat(csp.east()).isCloseTo(-3_000, within(1e-6));
        assertThat(csp.north()).isCloseTo(-9_000, within(1e-6));
        // Swept area = n(L − S)S + (n − 1)S² = L·W − S².
        assertThat(track.sweptAreaSquareMetres()).isCloseTo(20_000.0 * 8_000 - 2_000.0 * 2_000, within(1e-3));
        // 4 × 18 km + 3 × 2 km = 78 km at 15 kn.
        assertThat(track.trackLengthMetres()).isCloseTo(78_000, within(1e-6));
        assertThat(track.fitsEndurance(SearchAsset.vessel("slow", 15, 2))).isFalse();
        assertThat(track.fitsEndurance(SearchAsset.vessel("enough", 15, 78_000 / 1852.0 / 15 + 1e-9)))
                .isTrue();
    }

    @Test
    void parallelTrack_spacingThatDoesNotDivideTheWidth_isAdjusted() {
        SearchArea.Rectangle area = new SearchArea.Rectangle("A", DATUM, 60, 20_000, 9_000);
        PatternTrack track = PatternTrack.parallelTrack(area, 2_000);
        // round(9,000 / 2,000) = 5 tracks (4.5 rounds up), 1,800 m apart.
        assertThat(track.trackSpacingMetres()).isCloseTo(1_800, within(1e-9));
        assertThat(track.legs().stream().filter(l -> l.lengthMetres() > 10_000)).hasSize(5);
    }

    @Test
    void creepingLine_tracksAcrossTheWidth_creepingAlongTheLength() {
        SearchArea.Rectangle area = new SearchArea.Rectangle("A", DATUM, 90, 20_000, 8_000);
        PatternTrack track = PatternTrack.creepingLine(area, 2_000);
        // 10 tracks of W − S = 6 km across (north–south), 9 creeps of 2 km east.
        assertThat(track.legs()).hasSize(19);
        for (int i = 0; i < 19; i++) {
            Leg leg = track.legs().get(i);
            if (i % 2 == 0) {
                assertThat(leg.lengthMetres()).isCloseTo(6_000, within(1e-6));
                assertThat(leg.bearingDegrees()).isCloseTo(i % 4 == 0 ? 0 : 180, within(1e-9));
            } else {
                assertThat(leg.lengthMetres()).isCloseTo(2_000, within(1e-6));
                assertThat(leg.bearingDegrees()).isCloseTo(90, within(1e-9));
            }
        }
        assertThat(track.sweptAreaSquareMetres()).isCloseTo(20_000.0 * 8_000 - 2_000.0 * 2_000, within(1e-3));
        TangentPlane plane = TangentPlane.at(DATUM);
        TangentPlane.Point csp = plane.project(track.commenceSearchPoint().position());
        // Rear (west) end, half a spacing in, on the south side.
        assertThat(csp.east()).isCloseTo(-9_000, within(1e-6));
        assertThat(csp.north()).isCloseTo(-3_000, within(1e-6));
    }

    @Test
    void patterns_badInput_areRefusedWithTheValue() {
        assertThatThrownBy(() -> PatternTrack.expandingSquare(DATUM, 0, 0, 4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("track spacing must be more than 0 and at most 100 km, was 0.0");
        assertThatThrownBy(() -> PatternTrack.expandingSquare(DATUM, 0, 100, 1))
                .hasMessage("an expanding square needs 2 to 400 legs, was 1");
        assertThatThrownBy(() -> PatternTrack.sector(DATUM, 0, -5))
                .hasMessage("sector search radius must be more than 0 and at most 200 km, was -5.0");
        SearchArea.Rectangle narrow = new SearchArea.Rectangle("Narrow", DATUM, 0, 1_000, 8_000);
        assertThatThrownBy(() -> PatternTrack.parallelTrack(narrow, 2_000))
                .hasMessage("PARALLEL_TRACK of \"Narrow\": tracks would be 1000 m long, no longer than their spacing of"
                        + " 2000 m; use a smaller spacing or the other pattern");
    }

    /**
     * Waypoints on the chart agree with the plane: each leg measured on the ellipsoid (in a frame at the
     * leg's own mid-latitude, accurate to well under 0.01 % at these lengths) matches the plane's length
     * within the plane's documented error, {@code tan|φ| · (largest north–south offset) / R}.
     */
    @Property(tries = 200)
    void legs_onTheEllipsoid_matchThePlaneWithinItsError(
            @ForAll @DoubleRange(min = -60, max = 60) double lat,
            @ForAll @DoubleRange(min = -180, max = 180) double lon,
            @ForAll @DoubleRange(min = 0, max = 360) double bearing,
            @ForAll @DoubleRange(min = 100, max = 2_000) double spacing,
            @ForAll @IntRange(min = 2, max = 16) int legs) {
        Position datum = new Position(lat, lon);
        PatternTrack track = PatternTrack.expandingSquare(datum, bearing, spacing, legs);
        TangentPlane plane = TangentPlane.at(datum);
        double extent = 0;
        for (Waypoint w : track.waypoints()) {
            extent = Math.max(extent, Math.abs(plane.project(w.position()).north()));
        }
        double bound = Math.tan(Math.toRadians(Math.abs(lat) + extent / 111_000)) * extent / 6_335_000 + 1e-6;
        for (Leg leg : track.legs()) {
            Position a = leg.from().position();
            Position b = leg.to().position();
            double mid = (a.latitude() + b.latitude()) / 2;
            double dLon = b.longitude() - a.longitude();
            dLon -= 360 * Math.rint(dLon / 360);
            double measured = Math.hypot(
                    dLon / io.jisr.sar.drift.Wgs84.degreesPerMetreEast(mid),
                    (b.latitude() - a.latitude()) / io.jisr.sar.drift.Wgs84.degreesPerMetreNorth(mid));
            assertThat(measured).isCloseTo(leg.lengthMetres(), within(bound * leg.lengthMetres()));
        }
    }

    @Test
    void legs_onTheEllipsoid_failTheBoundIfThePlaneUsedAnotherLatitudesScale() {
        // Guards the property above: the same comparison with the east scale taken 1° away is caught.
        Position datum = new Position(45, 3);
        PatternTrack track = PatternTrack.expandingSquare(datum, 90, 2_000, 2);
        Leg east = track.legs().getFirst();
        double dLon = east.to().position().longitude() - east.from().position().longitude();
        double wrongScale = dLon / io.jisr.sar.drift.Wgs84.degreesPerMetreEast(46);
        assertThat(Math.abs(wrongScale - east.lengthMetres()) / east.lengthMetres())
                .isGreaterThan(Math.tan(Math.toRadians(45)) * 2_000 / 6_335_000 + 1e-6);
    }

    /** Parallel track: tracks one spacing apart, inside the area, sweeping L·W − S². */
    @Property(tries = 300)
    void parallelTrack_anyRectangle_staysInsideAndSweepsTheArea(
            @ForAll @DoubleRange(min = -60, max = 60) double lat,
            @ForAll @DoubleRange(min = 0, max = 360) double orientation,
            @ForAll @DoubleRange(min = 7_000, max = 60_000) double length,
            @ForAll @DoubleRange(min = 1_000, max = 40_000) double width,
            @ForAll @DoubleRange(min = 200, max = 4_000) double spacing) {
        SearchArea.Rectangle area = new SearchArea.Rectangle("P", new Position(lat, 10), orientation, length, width);
        PatternTrack track = PatternTrack.parallelTrack(area, spacing);
        double s = track.trackSpacingMetres();
        long tracks = Math.max(1, Math.round(width / spacing));
        assertThat(s).isCloseTo(width / tracks, within(1e-9 * width));
        assertThat(track.legs()).hasSize((int) (2 * tracks - 1));
        assertThat(track.sweptAreaSquareMetres()).isCloseTo(length * width - s * s, within(1e-6 * length * width));
        for (Waypoint w : track.waypoints()) {
            assertThat(area.contains(w.position())).as("%s inside", w.name()).isTrue();
        }
        for (int i = 1; i < track.legs().size(); i += 2) {
            assertThat(track.legs().get(i).lengthMetres()).isCloseTo(s, within(1e-6 * s));
        }
    }
}
