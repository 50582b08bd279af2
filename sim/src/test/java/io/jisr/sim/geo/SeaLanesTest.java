package io.jisr.sim.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The "never on land" guarantee for routes: every lane leg, as ships sail it, is at sea. */
class SeaLanesTest {
    /** The widest starboard offset the traffic generator uses; see TrafficGenerator. */
    static final double[] OFFSETS_NM = {0, 0.3, 0.75, 1.2};

    private static final double SAMPLE_NM = 200 / 1852.0;
    private final LandMask land = LandMask.westernMediterranean();
    private final SeaLanes lanes = SeaLanes.westernMediterranean();

    @Test
    void nodes_areAllAtSea() {
        List<String> onLand = new ArrayList<>();
        for (Map.Entry<String, GeoPoint> e : lanes.nodes().entrySet()) {
            if (land.isLand(e.getValue())) {
                onLand.add(e.getKey() + " " + e.getValue());
            }
        }
        assertThat(onLand).isEmpty();
    }

    @Test
    void everyRouteBetweenPortsAndLaneEnds_staysAtSeaAt200mSampling() {
        List<String> ends = new ArrayList<>(List.of("W0", "W19"));
        lanes.ports().values().forEach(p -> ends.add(p.approach()));
        List<String> failures = new ArrayList<>();
        for (String from : ends) {
            for (String to : ends) {
                if (from.equals(to)) {
                    continue;
                }
                for (double offset : OFFSETS_NM) {
                    List<GeoPoint> path = SeaLanes.keepToStarboard(lanes.route(from, to), offset);
                    for (int i = 0; i + 1 < path.size(); i++) {
                        int leg = i;
                        double o = offset;
                        land.firstLandOnLeg(path.get(i), path.get(i + 1), SAMPLE_NM)
                                .ifPresent(p -> failures.add(from + "->" + to + " offset " + o + " leg " + leg + " "
                                        + path.get(leg) + " -> " + path.get(leg + 1) + " on land at " + p));
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void route_algiersToMarseille_goesThroughTheBalearicSea() {
        List<GeoPoint> route = lanes.route("ALG_A", "MRS_A");
        assertThat(route.getFirst()).isEqualTo(lanes.node("ALG_A"));
        assertThat(route.getLast()).isEqualTo(lanes.node("MRS_A"));
        assertThat(route).contains(lanes.node("N3"));
    }
}
