package io.jisr.detect.zone;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

class ZoneSetTest {
    /** A square with a hole, a triangle overlapping it, and a far-away box. */
    static final ZoneSet ZONES = ZoneSet.of(((ZoneImport.Imported) GeoJsonZones.read("""
                    {"type": "FeatureCollection", "features": [
                     {"type": "Feature", "properties": {"id": "holed"}, "geometry": {"type": "Polygon", "coordinates": [
                       [[0,0],[4,0],[4,4],[0,4],[0,0]], [[1,1],[1,2.5],[2.5,2.5],[2.5,1],[1,1]]]}},
                     {"type": "Feature", "properties": {"id": "triangle"}, "geometry": {"type": "Polygon", "coordinates": [
                       [[2,2],[6,2.3],[3,5.7],[2,2]]]}},
                     {"type": "Feature", "properties": {"id": "far"}, "geometry": {"type": "Polygon", "coordinates": [
                       [[7,-1],[7.5,-1],[7.5,-0.5],[7,-0.5],[7,-1]]]}}
                    ]}""", ZoneKind.OPERATOR)).zones());

    private static final GeometryFactory FACTORY = new GeometryFactory();

    @Property(tries = 3000)
    void containing_anyPoint_agreesWithTestingEveryPolygon(
            @ForAll @DoubleRange(min = -1, max = 8) double lon, @ForAll @DoubleRange(min = -2, max = 6) double lat) {
        var point = FACTORY.createPoint(new Coordinate(lon, lat));
        List<Zone> expected =
                ZONES.zones().stream().filter(z -> z.area().intersects(point)).toList();

        assertThat(ZONES.containing(lat, lon)).isEqualTo(expected);
    }

    @Property(tries = 500)
    void containing_pointsOnAFineLattice_agreeWithTestingEveryPolygon(
            @ForAll @DoubleRange(min = -1, max = 8) double lon, @ForAll @DoubleRange(min = -2, max = 6) double lat) {
        // Snap to 0.05-degree cell edges, where the grid's rounding would show.
        double snappedLon = Math.round(lon * 20) / 20.0;
        double snappedLat = Math.round(lat * 20) / 20.0;
        var point = FACTORY.createPoint(new Coordinate(snappedLon, snappedLat));
        List<Zone> expected =
                ZONES.zones().stream().filter(z -> z.area().intersects(point)).toList();

        assertThat(ZONES.containing(snappedLat, snappedLon)).isEqualTo(expected);
    }
}
