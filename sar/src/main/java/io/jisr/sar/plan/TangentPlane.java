package io.jisr.sar.plan;

import io.jisr.sar.drift.Position;
import io.jisr.sar.drift.Wgs84;

/**
 * A local flat frame around an origin: metres east and north, with the WGS84 radii of curvature at the
 * origin's latitude (as the drift code does). Search patterns are laid out here and turned into latitude
 * and longitude at the end.
 */
public final class TangentPlane {
    private final Position origin;
    private final double metresPerDegreeNorth;
    private final double metresPerDegreeEast;

    /*
     * The plane uses one scale for the whole area (the origin's). Over a search area (tens of kilometres)
     * the error of this equirectangular frame is well under 0.1 % (the east scale changes by
     * tan φ · Δφ relative: at 37°N, 0.013 % per kilometre north of the origin), far below the
     * navigation accuracy of a search unit. Areas over a few hundred kilometres should be split.
     */

    private TangentPlane(Position origin) {
        this.origin = origin;
        double base = Math.clamp(origin.latitude(), -89.5, 89.5);
        this.metresPerDegreeNorth = 1 / Wgs84.degreesPerMetreNorth(base);
        this.metresPerDegreeEast = 1 / Wgs84.degreesPerMetreEast(base);
    }

    /** Returns the plane centred on a point. */
    public static TangentPlane at(Position origin) {
        return new TangentPlane(origin);
    }

    /** Returns the origin. */
    public Position origin() {
        return origin;
    }

    /** Returns where a point is in the plane, metres east and north of the origin. */
    public Point project(Position position) {
        double dLon = position.longitude() - origin.longitude();
        dLon -= 360 * Math.rint(dLon / 360);
        return new Point(dLon * metresPerDegreeEast, (position.latitude() - origin.latitude()) * metresPerDegreeNorth);
    }

    /**
     * Returns the latitude and longitude of a point of the plane.
     *
     * @throws IllegalArgumentException if the point is beyond a pole
     */
    public Position unproject(Point point) {
        double latitude = origin.latitude() + point.north() / metresPerDegreeNorth;
        double longitude = origin.longitude() + point.east() / metresPerDegreeEast;
        longitude -= 360 * Math.rint(longitude / 360);
        if (!(latitude >= -90 && latitude <= 90)) {
            throw new IllegalArgumentException(
                    "point " + point + " of the plane at " + origin + " is beyond a pole (latitude " + latitude + ")");
        }
        return new Position(latitude, longitude);
    }

    /**
     * A point of the plane.
     *
     * @param east metres east of the origin
     * @param north metres north of the origin
     */
    public record Point(double east, double north) {
        /** Checks that both are finite. */
        public Point {
            if (!Double.isFinite(east) || !Double.isFinite(north)) {
                throw new IllegalArgumentException("a point needs finite coordinates, was " + east + ", " + north);
            }
        }

        /** Returns the point moved by a distance along a bearing (degrees clockwise from north). */
        public Point move(double bearingDegrees, double metres) {
            double b = Math.toRadians(bearingDegrees);
            return new Point(east + metres * Math.sin(b), north + metres * Math.cos(b));
        }

        /** Returns the distance to another point, metres. */
        public double distanceTo(Point other) {
            return Math.hypot(other.east - east, other.north - north);
        }

        /** Returns the bearing to another point, degrees clockwise from north in [0, 360). */
        public double bearingTo(Point other) {
            double degrees = Math.toDegrees(Math.atan2(other.east - east, other.north - north));
            double normalised = degrees < 0 ? degrees + 360 : degrees;
            return normalised >= 360 ? 0 : normalised;
        }
    }
}
