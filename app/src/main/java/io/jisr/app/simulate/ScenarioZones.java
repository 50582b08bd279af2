package io.jisr.app.simulate;

import io.jisr.detect.zone.Zone;
import io.jisr.detect.zone.ZoneKind;
import io.jisr.sim.scenario.TruthEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/** The zones a simulator scenario names (its zone-entry events), as zones the detectors watch. */
public final class ScenarioZones {
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private ScenarioZones() {}

    /** Returns one operator zone per distinct scenario zone, its id made from its name. */
    public static List<Zone> of(List<TruthEvent> truth) {
        Map<String, Zone> zones = new LinkedHashMap<>();
        for (TruthEvent event : truth) {
            event.zone().ifPresent(z -> zones.computeIfAbsent(idOf(z.name()), id -> zoneOf(id, z)));
        }
        return List.copyOf(zones.values());
    }

    /** The zone's id: its name in lower case with dashes, as the detectors report it. */
    public static String idOf(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    private static Zone zoneOf(String id, TruthEvent.Zone zone) {
        List<Coordinate> ring = new ArrayList<>();
        for (double[] corner : zone.polygon()) {
            ring.add(new Coordinate(corner[1], corner[0]));
        }
        ring.add(ring.getFirst());
        return new Zone(
                id,
                zone.name(),
                ZoneKind.OPERATOR,
                GEOMETRY.createPolygon(ring.toArray(Coordinate[]::new)),
                Optional.empty());
    }
}
