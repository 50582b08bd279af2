package io.jisr.exchange.agreement;

import io.jisr.exchange.GeoPoint;
import java.util.List;
import java.util.Objects;

/** Where an annex applies: everywhere, a polygon drawn in the agreement, or a zone known by name. */
public sealed interface Area {

    /** No limit on the area; written out so that an empty list never silently means "everywhere". */
    record Everywhere() implements Area {}

    /**
     * A simple polygon in longitude/latitude, not crossing the antimeridian (split such an area in two).
     *
     * @param name a label for people
     * @param ring the corners in order; the ring closes itself (a repeated first corner at the end is
     *     allowed and ignored)
     */
    record Polygon(String name, List<GeoPoint> ring) implements Area {
        /** Checks that nothing is missing and copies the ring. */
        public Polygon {
            Objects.requireNonNull(name, "polygon name must not be null");
            ring = List.copyOf(ring);
        }

        /** The corners without a repeated closing corner. */
        public List<GeoPoint> corners() {
            if (ring.size() > 1 && ring.get(0).equals(ring.get(ring.size() - 1))) {
                return ring.subList(0, ring.size() - 1);
            }
            return ring;
        }

        /**
         * Whether {@code point} lies inside, by the even-odd rule on longitude/latitude as a plane. A
         * point on an edge falls on one side or the other by the half-open rule below, always the same
         * for the same inputs.
         */
        public boolean contains(GeoPoint point) {
            /* Crossing number: count the edges that a ray from the point towards +longitude crosses.
             * An edge counts when its endpoints lie on opposite sides of the point's latitude, taking
             * the lower endpoint as inside the edge's span and the upper one as outside, so that a ray
             * through a corner counts exactly once. */
            List<GeoPoint> c = corners();
            double y = point.latitude();
            double x = point.longitude();
            boolean inside = false;
            for (int i = 0, j = c.size() - 1; i < c.size(); j = i++) {
                double yi = c.get(i).latitude();
                double yj = c.get(j).latitude();
                if ((yi > y) != (yj > y)) {
                    double xi = c.get(i).longitude();
                    double xj = c.get(j).longitude();
                    double crossX = xi + (y - yi) * (xj - xi) / (yj - yi);
                    if (x < crossX) {
                        inside = !inside;
                    }
                }
            }
            return inside;
        }
    }

    /**
     * A zone of the node's zone catalogue (territorial sea, a SAR region...) named by its id, so that
     * the agreement follows the catalogue's geometry.
     *
     * @param zoneId the zone's identifier in the catalogue
     */
    record NamedZone(String zoneId) implements Area {
        /** Checks that nothing is missing. */
        public NamedZone {
            Objects.requireNonNull(zoneId, "zone id must not be null");
        }
    }
}
