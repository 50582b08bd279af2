package io.jisr.sar.plan;

import io.jisr.sar.drift.Position;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks vessels by how soon they could reach the datum: great-circle distance over the speed they would
 * make. A pure function; the application feeds it from the live picture.
 */
public final class ShipsThatCanHelp {
    /** Below this speed over ground a vessel counts as stopped (drifting, at anchor, hove to). */
    public static final double STOPPED_BELOW_KNOTS = 1.0;

    /** The speed assumed for a stopped vessel whose service speed is not known. */
    public static final double DEFAULT_SPEED_KNOTS = 10.0;

    /** The mean Earth radius (IUGG), metres, for the great-circle distance. */
    static final double MEAN_EARTH_RADIUS_METRES = 6_371_008.8;

    /*
     * A moving vessel is taken at its reported speed over ground: it is what it makes now, in today's
     * weather, and the coordinator sees the figure on the picture. A stopped vessel has no useful speed
     * over ground, so it gets its service speed when known and otherwise 10 knots — a slow merchant
     * vessel's service speed, chosen so that an unknown vessel is not ranked above a known fast one.
     * The distance is a great circle on a sphere of the mean radius: within 0.5 % of the ellipsoid's
     * geodesic, a few minutes on an hours-long transit, and it never changes the order of two vessels
     * more than 0.5 % apart.
     */

    private ShipsThatCanHelp() {}

    /** Returns the vessels, quickest to the datum first (ties by distance, then by name). */
    public static List<RankedVessel> rank(List<CandidateVessel> candidates, Position datum) {
        return candidates.stream()
                .map(c -> ranked(c, datum))
                .sorted(Comparator.comparing(RankedVessel::timeToDatum)
                        .thenComparingDouble(RankedVessel::distanceMetres)
                        .thenComparing(r -> r.vessel().name()))
                .toList();
    }

    private static RankedVessel ranked(CandidateVessel vessel, Position datum) {
        double distance = greatCircleMetres(vessel.position(), datum);
        SpeedBasis basis;
        double speed;
        if (vessel.speedOverGroundKnots() >= STOPPED_BELOW_KNOTS) {
            basis = SpeedBasis.SPEED_OVER_GROUND;
            speed = vessel.speedOverGroundKnots();
        } else if (vessel.serviceSpeedKnots().isPresent()) {
            basis = SpeedBasis.SERVICE_SPEED;
            speed = vessel.serviceSpeedKnots().getAsDouble();
        } else {
            basis = SpeedBasis.DEFAULT_SPEED;
            speed = DEFAULT_SPEED_KNOTS;
        }
        double seconds = Nautical.toNauticalMiles(distance) / speed * 3600;
        return new RankedVessel(vessel, distance, speed, basis, Duration.ofSeconds(Math.round(seconds)));
    }

    /** Returns the great-circle distance between two points on the mean-radius sphere, metres (haversine). */
    public static double greatCircleMetres(Position a, Position b) {
        double phi1 = Math.toRadians(a.latitude());
        double phi2 = Math.toRadians(b.latitude());
        double dPhi = phi2 - phi1;
        double dLambda = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
                + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
        return 2 * MEAN_EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /** Which speed a ranking used. */
    public enum SpeedBasis {
        /** The vessel's reported speed over ground. */
        SPEED_OVER_GROUND,
        /** The vessel's known service or maximum speed (it was stopped). */
        SERVICE_SPEED,
        /** {@link #DEFAULT_SPEED_KNOTS} (it was stopped and its service speed is not known). */
        DEFAULT_SPEED
    }

    /**
     * A vessel with its time to the datum.
     *
     * @param vessel the candidate
     * @param distanceMetres great-circle distance to the datum
     * @param speedKnots the speed assumed
     * @param speedBasis where that speed comes from
     * @param timeToDatum distance over speed
     */
    public record RankedVessel(
            CandidateVessel vessel,
            double distanceMetres,
            double speedKnots,
            SpeedBasis speedBasis,
            Duration timeToDatum) {}
}
