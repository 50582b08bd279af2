package io.jisr.sar.product;

import io.jisr.sar.drift.Wgs84;

/**
 * Metres east and north of a reference point, through the ellipsoid's radii of curvature at the
 * reference latitude: good to about 0.1 % within a few hundred kilometres, which is all a drift spans.
 */
final class LocalFrame {
    final double latitude;
    final double longitude;
    final double metresPerDegreeNorth;
    final double metresPerDegreeEast;

    LocalFrame(double latitude, double longitude) {
        this.latitude = latitude;
        this.longitude = longitude;
        double base = Math.clamp(latitude, -89.5, 89.5);
        this.metresPerDegreeNorth = 1 / Wgs84.degreesPerMetreNorth(base);
        this.metresPerDegreeEast = 1 / Wgs84.degreesPerMetreEast(base);
    }

    double east(double lon) {
        return wrap(lon - longitude) * metresPerDegreeEast;
    }

    double north(double lat) {
        return (lat - latitude) * metresPerDegreeNorth;
    }

    static double wrap(double dLon) {
        return dLon - 360 * Math.rint(dLon / 360);
    }

    /** Distance in metres between two points, measured in a frame at their mean latitude. */
    static double distance(double lat1, double lon1, double lat2, double lon2) {
        LocalFrame f = new LocalFrame((lat1 + lat2) / 2, lon1);
        double dx = f.east(lon2);
        double dy = (lat2 - lat1) * f.metresPerDegreeNorth;
        return Math.sqrt(dx * dx + dy * dy);
    }
}
