package io.jisr.app.federation;

import io.jisr.detect.zone.Zone;
import io.jisr.detect.zone.ZoneSet;
import io.jisr.exchange.GeoPoint;
import io.jisr.exchange.Texts;
import io.jisr.exchange.agreement.Area;
import io.jisr.exchange.agreement.ZoneLookup;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * The node's zone catalogue (the zones of {@code detection.zones} and those operators import or draw) as
 * agreements see it: an annex's {@code zone: <id>} is the catalogue zone with that id, the id shown in the
 * Zones panel and by {@code GET /api/zones}. Only a zone that is one polygon without holes can serve: a
 * multipolygon or a polygon with holes is reported as unusable (and an agreement naming it is refused),
 * never approximated by its outline, which would release more than the zone holds.
 *
 * <p>A lookup is a snapshot of one {@link ZoneSet}; when the catalogue changes the application builds a
 * new one and a new policy with it (see {@link AgreementBook#zonesChanged}, which also keeps a redrawn
 * zone from widening an annex). Immutable.
 */
public final class CatalogZones implements ZoneLookup {
    private final Map<String, Optional<Area.Polygon>> polygons;
    private final Map<String, String> unusable;

    private CatalogZones(ZoneSet zones) {
        var usable = new java.util.HashMap<String, Optional<Area.Polygon>>();
        var why = new java.util.HashMap<String, String>();
        for (Zone zone : zones.zones()) {
            Optional<String> problem = problem(zone);
            if (problem.isPresent()) {
                why.put(zone.id(), problem.get());
            } else {
                usable.put(zone.id(), Optional.of(polygon(zone, single(zone.area()))));
            }
        }
        this.polygons = Map.copyOf(usable);
        this.unusable = Map.copyOf(why);
    }

    /** The lookup over {@code zones}. */
    public static CatalogZones of(ZoneSet zones) {
        return new CatalogZones(zones);
    }

    @Override
    public Optional<Area.Polygon> find(String zoneId) {
        return polygons.getOrDefault(zoneId, Optional.empty());
    }

    @Override
    public String missing(String zoneId) {
        String why = unusable.get(zoneId);
        return why != null ? why : ZoneLookup.super.missing(zoneId);
    }

    private static Optional<String> problem(Zone zone) {
        String name = "zone \"" + Texts.excerpt(zone.id()) + "\"";
        Geometry area = zone.area();
        if (area instanceof MultiPolygon multi && multi.getNumGeometries() != 1) {
            return Optional.of(name + " is " + multi.getNumGeometries() + " polygons; an annex can name only a zone"
                    + " of one polygon without holes (draw the parts as polygons in the annex instead)");
        }
        Polygon polygon = single(area);
        if (polygon.getNumInteriorRing() > 0) {
            return Optional.of(name + " has " + polygon.getNumInteriorRing() + " hole(s); an annex can name only a"
                    + " zone of one polygon without holes");
        }
        for (Coordinate c : polygon.getExteriorRing().getCoordinates()) {
            if (!(c.y >= -90 && c.y <= 90 && c.x >= -180 && c.x <= 180)) {
                return Optional.of(name + " has a corner outside longitude -180..180, latitude -90..90: " + c);
            }
        }
        return Optional.empty();
    }

    private static Polygon single(Geometry area) {
        return area instanceof Polygon p ? p : (Polygon) area.getGeometryN(0);
    }

    private static Area.Polygon polygon(Zone zone, Polygon shape) {
        List<GeoPoint> ring = new ArrayList<>();
        for (Coordinate c : shape.getExteriorRing().getCoordinates()) {
            ring.add(new GeoPoint(c.y, c.x));
        }
        return new Area.Polygon(zone.name(), ring);
    }
}
