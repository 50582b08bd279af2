package io.jisr.sar.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.jisr.sar.drift.Position;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class SearchAreaTest {
    static final Position CENTRE = new Position(37.2, 4.5);

    @Test
    void rectangle_northUp_hasItsCornersWhereExpected() {
        SearchArea.Rectangle r = new SearchArea.Rectangle("R", CENTRE, 0, 10_000, 4_000);
        TangentPlane plane = TangentPlane.at(CENTRE);
        List<TangentPlane.Point> corners =
                r.outline().stream().map(plane::project).toList();
        assertThat(corners.get(0).east()).isCloseTo(-2_000, within(1e-6));
        assertThat(corners.get(0).north()).isCloseTo(-5_000, within(1e-6));
        assertThat(corners.get(2).east()).isCloseTo(2_000, within(1e-6));
        assertThat(corners.get(2).north()).isCloseTo(5_000, within(1e-6));
        assertThat(r.areaSquareMetres()).isEqualTo(40_000_000);
        assertThat(r.contains(plane.unproject(new TangentPlane.Point(1_900, 4_900))))
                .isTrue();
        assertThat(r.contains(plane.unproject(new TangentPlane.Point(2_100, 0))))
                .isFalse();
        assertThat(r.contains(plane.unproject(new TangentPlane.Point(0, -5_100))))
                .isFalse();
    }

    @Test
    void polygon_ofARectanglesOutline_hasItsAreaAndInside() {
        SearchArea.Rectangle r = new SearchArea.Rectangle("R", CENTRE, 33, 10_000, 4_000);
        SearchArea.Polygon p = new SearchArea.Polygon("P", r.outline());
        assertThat(p.areaSquareMetres()).isCloseTo(40_000_000, within(40_000_000 * 1e-4));
        TangentPlane plane = TangentPlane.at(CENTRE);
        TangentPlane.Point inside = new TangentPlane.Point(0, 0).move(33, 4_500);
        TangentPlane.Point outside = new TangentPlane.Point(0, 0).move(33 + 90, 2_200);
        assertThat(p.contains(plane.unproject(inside))).isTrue();
        assertThat(p.contains(plane.unproject(outside))).isFalse();
    }

    @Test
    void polygon_closedRingOrTooFewVertices() {
        Position a = new Position(37, 4);
        Position b = new Position(37, 4.1);
        Position c = new Position(37.1, 4.1);
        assertThat(new SearchArea.Polygon("closed", List.of(a, b, c, a)).vertices())
                .hasSize(3);
        assertThatThrownBy(() -> new SearchArea.Polygon("two", List.of(a, b, a)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("search area \"two\": a polygon needs at least 3 distinct vertices, had 2");
        assertThatThrownBy(() -> new SearchArea.Rectangle("flat", CENTRE, 0, 1_000, 0))
                .hasMessage("search area \"flat\": width must be more than 0 and at most 2,000 km, was 0.0 m");
        assertThatThrownBy(() -> SearchArea.Rectangle.enclosing("line", List.of(a, b, new Position(37, 4.2))))
                .hasMessage("search area \"line\": the 3 points enclose no area (all on one line)");
    }

    @Test
    void slices_tileTheRectangle() {
        SearchArea.Rectangle r = new SearchArea.Rectangle("R", CENTRE, 20, 12_000, 6_000);
        SearchArea.Rectangle first = r.sliceAcross("a", 0, 0.25);
        SearchArea.Rectangle second = r.sliceAcross("b", 0.25, 1);
        assertThat(first.widthMetres() + second.widthMetres()).isCloseTo(6_000, within(1e-9));
        assertThat(first.lengthMetres()).isEqualTo(12_000);
        // The first slice lies on the left of the orientation.
        TangentPlane plane = TangentPlane.at(CENTRE);
        TangentPlane.Point c1 = plane.project(first.centre());
        assertThat(c1.distanceTo(new TangentPlane.Point(0, 0).move(20 - 90, 2_250)))
                .isLessThan(1e-3);
        SearchArea.Rectangle along = r.sliceAlong("c", 0.5, 1);
        assertThat(plane.project(along.centre()).distanceTo(new TangentPlane.Point(0, 0).move(20, 3_000)))
                .isLessThan(1e-3);
        assertThat(along.lengthMetres()).isEqualTo(6_000);
    }

    /** The smallest rectangle around a rectangle's corners is that rectangle. */
    @Property(tries = 300)
    void enclosing_aRectanglesCorners_givesItBack(
            @ForAll @DoubleRange(min = -60, max = 60) double lat,
            @ForAll @DoubleRange(min = -179, max = 179) double lon,
            @ForAll @DoubleRange(min = 0, max = 360) double orientation,
            @ForAll @DoubleRange(min = 500, max = 50_000) double a,
            @ForAll @DoubleRange(min = 500, max = 50_000) double b) {
        SearchArea.Rectangle r = new SearchArea.Rectangle("R", new Position(lat, lon), orientation, a, b);
        SearchArea.Rectangle e = SearchArea.Rectangle.enclosing("E", r.outline());
        double tolerance = 1e-3 * Math.max(a, b);
        assertThat(e.lengthMetres()).isCloseTo(Math.max(a, b), within(tolerance));
        assertThat(e.widthMetres()).isCloseTo(Math.min(a, b), within(tolerance));
        TangentPlane plane = TangentPlane.at(r.centre());
        assertThat(plane.project(e.centre()).distanceTo(new TangentPlane.Point(0, 0)))
                .isLessThan(tolerance);
        if (Math.abs(a - b) > 0.01 * Math.max(a, b)) {
            double longAxis = a >= b ? orientation : orientation + 90;
            double difference = Math.abs(((e.orientationDegrees() - longAxis) % 180 + 180) % 180);
            assertThat(Math.min(difference, 180 - difference)).isLessThan(0.05);
        }
        for (Position corner : r.outline()) {
            assertThat(e.contains(corner)).isTrue();
        }
    }

    /** The smallest enclosing rectangle holds every point and is no larger than the north-up box. */
    @Property(tries = 300)
    void enclosing_randomPoints_holdsThemAll(
            @ForAll @DoubleRange(min = 0, max = 1) double s1,
            @ForAll @DoubleRange(min = 0, max = 1) double s2,
            @ForAll @DoubleRange(min = 0, max = 1) double s3,
            @ForAll @DoubleRange(min = 0, max = 1) double s4,
            @ForAll @DoubleRange(min = 0, max = 1) double s5,
            @ForAll @DoubleRange(min = 0, max = 1) double s6) {
        List<Position> points = List.of(
                new Position(37 + 0.2 * s1, 4 + 0.2 * s2),
                new Position(37 + 0.2 * s3, 4 + 0.2 * s4),
                new Position(37 + 0.2 * s5, 4 + 0.2 * s6),
                new Position(37 + 0.2 * s2, 4 + 0.2 * s5),
                new Position(37.05, 4.13));
        SearchArea.Rectangle e;
        try {
            e = SearchArea.Rectangle.enclosing("E", points);
        } catch (IllegalArgumentException collinear) {
            return;
        }
        for (Position p : points) {
            assertThat(e.contains(p)).as("%s inside %s", p, e).isTrue();
        }
        double south = points.stream().mapToDouble(Position::latitude).min().orElseThrow();
        double north = points.stream().mapToDouble(Position::latitude).max().orElseThrow();
        double west = points.stream().mapToDouble(Position::longitude).min().orElseThrow();
        double east = points.stream().mapToDouble(Position::longitude).max().orElseThrow();
        // Measured in the plane the rectangle is laid out in (its own centre): in another plane the two
        // areas differ by the projection's distortion, not by the enclosing rule.
        TangentPlane plane = TangentPlane.at(e.centre());
        TangentPlane.Point sw = plane.project(new Position(south, west));
        TangentPlane.Point ne = plane.project(new Position(north, east));
        double box = (ne.east() - sw.east()) * (ne.north() - sw.north());
        assertThat(e.areaSquareMetres()).isLessThanOrEqualTo(box * (1 + 1e-3));
    }
}
