package io.jisr.sar.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.jisr.sar.drift.Position;
import io.jisr.sar.drift.Wgs84;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class TangentPlaneTest {

    @Property(tries = 500)
    void unprojectThenProject_givesThePointBack(
            @ForAll @DoubleRange(min = -80, max = 80) double lat,
            @ForAll @DoubleRange(min = -180, max = 180) double lon,
            @ForAll @DoubleRange(min = -200_000, max = 200_000) double east,
            @ForAll @DoubleRange(min = -200_000, max = 200_000) double north) {
        TangentPlane plane = TangentPlane.at(new Position(lat, lon));
        TangentPlane.Point back = plane.project(plane.unproject(new TangentPlane.Point(east, north)));
        assertThat(back.east()).isCloseTo(east, within(1e-6));
        assertThat(back.north()).isCloseTo(north, within(1e-6));
    }

    @Test
    void oneKilometreNorthAndEast_followTheEllipsoidsRadii() {
        Position origin = new Position(37, 179.999);
        TangentPlane plane = TangentPlane.at(origin);
        Position north = plane.unproject(new TangentPlane.Point(0, 1_000));
        assertThat(north.latitude() - 37).isCloseTo(1_000 * Wgs84.degreesPerMetreNorth(37), within(1e-12));
        // East across the antimeridian wraps to −180.
        Position east = plane.unproject(new TangentPlane.Point(1_000, 0));
        assertThat(east.longitude()).isCloseTo(179.999 + 1_000 * Wgs84.degreesPerMetreEast(37) - 360, within(1e-12));
        assertThat(plane.project(east).east()).isCloseTo(1_000, within(1e-6));
    }

    @Test
    void bearings_clockwiseFromNorth() {
        TangentPlane.Point o = new TangentPlane.Point(0, 0);
        assertThat(o.bearingTo(new TangentPlane.Point(1, 0))).isCloseTo(90, within(1e-12));
        assertThat(o.bearingTo(new TangentPlane.Point(0, -1))).isCloseTo(180, within(1e-12));
        assertThat(o.bearingTo(new TangentPlane.Point(-1, 0))).isCloseTo(270, within(1e-12));
        assertThat(o.bearingTo(new TangentPlane.Point(-1e-300, 1))).isZero();
        TangentPlane.Point moved = o.move(30, 2);
        assertThat(moved.east()).isCloseTo(1, within(1e-12));
        assertThat(moved.north()).isCloseTo(Math.sqrt(3), within(1e-12));
    }

    @Test
    void unproject_beyondThePole_isRefused() {
        TangentPlane plane = TangentPlane.at(new Position(89.9, 0));
        assertThatThrownBy(() -> plane.unproject(new TangentPlane.Point(0, 50_000)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("point Point[east=0.0, north=50000.0] of the plane at Position[latitude=89.9,"
                        + " longitude=0.0] is beyond a pole (latitude 90.3");
    }
}
