package io.jisr.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * The bundled base layer (tools/basemap/README.md) is valid GeoJSON that a map can fill as it is: every
 * point within ±180°/±90°, rings closed, and no edge jumping across the world except along a pole.
 */
class BasemapTest {
    @Test
    void bundledLandIsCutAtTheAntimeridianAndClosed() throws Exception {
        JsonNode land;
        try (InputStream in = BasemapTest.class.getResourceAsStream("/public/basemap/land-50m.geojson")) {
            assertThat(in).as("bundled base layer").isNotNull();
            land = new ObjectMapper().readTree(in);
        }
        JsonNode polygons = land.path("features").path(0).path("geometry").path("coordinates");
        assertThat(polygons.size()).isGreaterThan(1_000);
        int points = 0;
        for (JsonNode polygon : polygons) {
            for (JsonNode ring : polygon) {
                assertThat(ring.size()).isGreaterThanOrEqualTo(4);
                JsonNode first = ring.get(0);
                JsonNode last = ring.get(ring.size() - 1);
                assertThat(new double[] {first.get(0).asDouble(), first.get(1).asDouble()})
                        .as("ring closed")
                        .containsExactly(last.get(0).asDouble(), last.get(1).asDouble());
                for (int i = 0; i < ring.size(); i++) {
                    double lon = ring.get(i).get(0).asDouble();
                    double lat = ring.get(i).get(1).asDouble();
                    assertThat(lon).isBetween(-180.0, 180.0);
                    assertThat(lat).isBetween(-90.0, 90.0);
                    if (i > 0) {
                        double previousLon = ring.get(i - 1).get(0).asDouble();
                        boolean alongPole = Math.abs(lat) == 90.0;
                        assertThat(alongPole || Math.abs(lon - previousLon) < 180)
                                .as("edge from lon %s to %s at lat %s", previousLon, lon, lat)
                                .isTrue();
                    }
                    points++;
                }
            }
        }
        assertThat(points).isGreaterThan(50_000);
    }
}
