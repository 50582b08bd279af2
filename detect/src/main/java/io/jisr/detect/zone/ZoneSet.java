package io.jisr.detect.zone;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * An immutable set of zones with an STR-tree over their bounding boxes and prepared geometries, so
 * that finding the zones that contain a point costs a tree descent and a few indexed point-in-polygon
 * tests. Thread-safe once built.
 */
public final class ZoneSet {

    /** No zones. */
    public static final ZoneSet EMPTY = new ZoneSet(List.of());

    private final List<Zone> zones;
    private final STRtree index = new STRtree();
    private final GeometryFactory factory = new GeometryFactory();
    private final Envelope bounds = new Envelope();

    private record Indexed(int ordinal, Zone zone, PreparedGeometry prepared) {}

    private ZoneSet(List<Zone> zones) {
        this.zones = List.copyOf(zones);
        for (int i = 0; i < this.zones.size(); i++) {
            Zone z = this.zones.get(i);
            bounds.expandToInclude(z.area().getEnvelopeInternal());
            index.insert(z.area().getEnvelopeInternal(), new Indexed(i, z, PreparedGeometryFactory.prepare(z.area())));
        }
        index.build();
    }

    /** Returns a set of these zones; ids must be unique. */
    public static ZoneSet of(List<Zone> zones) {
        Set<String> ids = new HashSet<>();
        for (Zone z : zones) {
            if (!ids.add(z.id())) {
                throw new IllegalArgumentException("zone id \"" + z.id() + "\" appears twice");
            }
        }
        return new ZoneSet(zones);
    }

    /** Returns the zones, in the order given. */
    public List<Zone> zones() {
        return zones;
    }

    /** Returns the zone with this id. */
    public Optional<Zone> zone(String id) {
        return zones.stream().filter(z -> z.id().equals(id)).findFirst();
    }

    /**
     * Returns the zones whose area contains the point or has it on its boundary, in the order the set
     * was given.
     */
    public List<Zone> containing(double latitude, double longitude) {
        // Most traffic is outside every zone: one box test instead of a tree query and a Point.
        if (!bounds.contains(longitude, latitude)) {
            return List.of();
        }
        Point point = factory.createPoint(new Coordinate(longitude, latitude));
        List<Indexed> hits = new ArrayList<>(2);
        index.query(new Envelope(longitude, longitude, latitude, latitude), item -> {
            Indexed indexed = (Indexed) item;
            if (indexed.prepared().intersects(point)) {
                hits.add(indexed);
            }
        });
        if (hits.isEmpty()) {
            return List.of();
        }
        hits.sort((a, b) -> Integer.compare(a.ordinal(), b.ordinal()));
        List<Zone> result = new ArrayList<>(hits.size());
        for (Indexed i : hits) {
            result.add(i.zone());
        }
        return result;
    }
}
