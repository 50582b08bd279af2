package io.jisr.sar.product;

import io.jisr.sar.drift.DriftResult;
import io.jisr.sar.drift.ParticleStatus;
import io.jisr.sar.drift.Position;
import io.jisr.sar.env.Vector;
import java.time.Instant;
import java.util.Objects;

/**
 * The figures a coordinator reads first (what {@code jisr drift} prints): the datum, how far the object
 * drifted, how much the ensemble spread along and across the wind, and what share of it jibed, stranded or
 * left the forecast area. Every particle counts, wherever its status left it.
 *
 * @param time the output time summarised
 * @param datum the centroid of the particles: the most probable position
 * @param driftErrorMetres root-mean-square distance of the particles from the datum
 * @param meanDriftDistanceMetres mean distance from each particle's seed position to its position now
 * @param meanWind the mean wind the particles saw (the axis of the two spreads)
 * @param spreadDownwindMetres standard deviation of the positions along the mean wind
 * @param spreadCrosswindMetres standard deviation of the positions across the mean wind
 * @param jibedShare share of particles that had jibed at least once by that time
 * @param strandedShare share of particles stranded on land
 * @param outsideShare share of particles that left the wind or current field's area
 */
public record DriftSummary(
        Instant time,
        Position datum,
        double driftErrorMetres,
        double meanDriftDistanceMetres,
        Vector meanWind,
        double spreadDownwindMetres,
        double spreadCrosswindMetres,
        double jibedShare,
        double strandedShare,
        double outsideShare) {

    /** Checks the fields. */
    public DriftSummary {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(datum, "datum");
        Objects.requireNonNull(meanWind, "meanWind");
    }

    /** Summarises the end of a run. */
    public static DriftSummary of(DriftResult result) {
        return of(result, result.lastOutput());
    }

    /** Summarises one output time of a run. */
    public static DriftSummary of(DriftResult result, int output) {
        int n = result.particles();
        Position datum = datum(result, output);
        LocalFrame frame = new LocalFrame(datum.latitude(), datum.longitude());
        Vector wind = result.meanWind();
        double speed = wind.speed();
        // Spread axes: downwind unit vector, or north if the mean wind is calm.
        double de = speed > 0 ? wind.east() / speed : 0;
        double dn = speed > 0 ? wind.north() / speed : 1;
        double sumSquares = 0;
        double sumDrift = 0;
        double sumAlong = 0;
        double sumAlong2 = 0;
        double sumAcross = 0;
        double sumAcross2 = 0;
        int jibed = 0;
        int stranded = 0;
        int outside = 0;
        for (int i = 0; i < n; i++) {
            double lat = result.latitude(output, i);
            double lon = result.longitude(output, i);
            double x = frame.east(lon);
            double y = frame.north(lat);
            sumSquares += x * x + y * y;
            sumDrift += LocalFrame.distance(result.seedLatitude(i), result.seedLongitude(i), lat, lon);
            double along = x * de + y * dn;
            double across = x * dn - y * de;
            sumAlong += along;
            sumAlong2 += along * along;
            sumAcross += across;
            sumAcross2 += across * across;
            if (result.jibes(output, i) > 0) {
                jibed++;
            }
            ParticleStatus status = result.status(output, i);
            if (status == ParticleStatus.STRANDED) {
                stranded++;
            } else if (status == ParticleStatus.OUTSIDE) {
                outside++;
            }
        }
        double meanAlong = sumAlong / n;
        double meanAcross = sumAcross / n;
        return new DriftSummary(
                result.times().get(output),
                datum,
                Math.sqrt(sumSquares / n),
                sumDrift / n,
                wind,
                Math.sqrt(Math.max(0, sumAlong2 / n - meanAlong * meanAlong)),
                Math.sqrt(Math.max(0, sumAcross2 / n - meanAcross * meanAcross)),
                (double) jibed / n,
                (double) stranded / n,
                (double) outside / n);
    }

    /** Returns the centroid of the particles at an output time (longitudes unwrapped around the first). */
    public static Position datum(DriftResult result, int output) {
        int n = result.particles();
        double lon0 = result.longitude(output, 0);
        double sumLat = 0;
        double sumLon = 0;
        for (int i = 0; i < n; i++) {
            sumLat += result.latitude(output, i);
            sumLon += LocalFrame.wrap(result.longitude(output, i) - lon0);
        }
        double lon = lon0 + sumLon / n;
        lon -= 360 * Math.floor((lon + 180) / 360);
        return new Position(Math.clamp(sumLat / n, -90, 90), lon);
    }
}
