package io.jisr.sar.drift;

import io.jisr.sar.land.LandMask;
import io.jisr.sar.leeway.LeewayCoefficients;
import io.jisr.sar.leeway.LeewayObject;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;

/** The particles of one run, as structure of arrays, and the snapshots written at output times. */
final class Ensemble {
    static final byte ACTIVE = (byte) ParticleStatus.ACTIVE.ordinal();
    static final byte STRANDED = (byte) ParticleStatus.STRANDED.ordinal();
    static final byte OUTSIDE = (byte) ParticleStatus.OUTSIDE.ordinal();
    static final byte NOT_RELEASED = (byte) ParticleStatus.NOT_RELEASED.ordinal();
    static final byte RIGHT = 0;
    static final byte LEFT = 1;

    final int size;
    final double[] latitude;
    final double[] longitude;
    final double[] seedLatitude;
    final double[] seedLongitude;
    /** Downwind leeway = {@code downwindSlope·U + downwindOffset}, m/s, with this particle's perturbation. */
    final double[] downwindSlope;

    final double[] downwindOffset;
    /** Crosswind coefficients of the side in use, and of the other side (swapped by a jibe). */
    final double[] crosswindSlope;

    final double[] crosswindOffset;
    final double[] otherCrosswindSlope;
    final double[] otherCrosswindOffset;
    final byte[] status;
    final byte[] side;
    final byte[] jibes;
    /** Step at which a particle starts moving (line seeding), 0 otherwise. */
    final int[] releaseStep;
    /** Steps left until the next jibe. */
    final int[] jibeCountdown;
    /** Jibes drawn so far, the draw counter of {@link ParticleRandom}. */
    final int[] jibeDraws;

    /** Output index after each step count, or −1: {@code outputAt[s]} is the snapshot after s steps. */
    final int[] outputAt;

    final float[][] outLatitude;
    final float[][] outLongitude;
    final byte[][] outStatus;
    final byte[][] outSide;
    final byte[][] outJibes;
    final long[] outSeconds;

    private Ensemble(DriftRequest request) {
        size = request.particles();
        latitude = new double[size];
        longitude = new double[size];
        seedLatitude = new double[size];
        seedLongitude = new double[size];
        downwindSlope = new double[size];
        downwindOffset = new double[size];
        crosswindSlope = new double[size];
        crosswindOffset = new double[size];
        otherCrosswindSlope = new double[size];
        otherCrosswindOffset = new double[size];
        status = new byte[size];
        side = new byte[size];
        jibes = new byte[size];
        releaseStep = new int[size];
        jibeCountdown = new int[size];
        jibeDraws = new int[size];
        int steps = request.steps();
        int every = (int) (request.outputEvery().getSeconds() / request.step().getSeconds());
        outputAt = new int[steps + 1];
        int outputs = 0;
        for (int s = 0; s <= steps; s++) {
            outputAt[s] = (s % every == 0 || s == steps) ? outputs++ : -1;
        }
        outLatitude = new float[outputs][size];
        outLongitude = new float[outputs][size];
        outStatus = new byte[outputs][size];
        outSide = new byte[outputs][size];
        outJibes = new byte[outputs][size];
        outSeconds = new long[outputs];
        for (int s = 0; s <= steps; s++) {
            if (outputAt[s] >= 0) {
                outSeconds[outputAt[s]] = (long) s * request.step().getSeconds();
            }
        }
    }

    static Ensemble seed(DriftRequest request, LandMask land) {
        Ensemble e = new Ensemble(request);
        LeewayObject object = request.object();
        double stepSeconds = request.step().getSeconds();
        // Per-step jibe hazard: the hourly probability as a constant rate (as OpenDrift since 2020).
        double hazardPerStep = -Math.log1p(-request.jibeProbabilityPerHour()) * stepSeconds / 3600;
        for (int i = 0; i < e.size; i++) {
            SplittableRandom random = new SplittableRandom(ParticleRandom.bits(request.seed(), i, -1));
            e.place(i, request, random);
            e.perturb(i, object, random);
            e.jibeDraws[i] = 0;
            e.jibeCountdown[i] = nextJibe(request.seed(), i, 0, hazardPerStep);
            if (e.releaseStep[i] > 0) {
                e.status[i] = NOT_RELEASED;
            } else if (land.isLand(e.latitude[i], e.longitude[i])) {
                e.status[i] = STRANDED;
            } else if (Math.abs(e.latitude[i]) > Wgs84.MAX_LATITUDE) {
                e.status[i] = OUTSIDE;
            }
            e.snapshot(0, i);
        }
        return e;
    }

    /** Steps until the next jibe, geometric with success probability {@code 1 − exp(−hazardPerStep)}. */
    static int nextJibe(long seed, int particle, int draw, double hazardPerStep) {
        if (hazardPerStep <= 0) {
            return Integer.MAX_VALUE;
        }
        double u = ParticleRandom.uniformOpenZero(ParticleRandom.bits(seed, particle, draw));
        double steps = Math.floor(-Math.log(u) / hazardPerStep) + 1;
        return steps >= Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) steps;
    }

    private void place(int i, DriftRequest request, SplittableRandom random) {
        double lat;
        double lon;
        double radius;
        switch (request.seeding()) {
            case Seeding.Point p -> {
                lat = p.position().latitude();
                lon = p.position().longitude();
                radius = p.radiusMetres();
            }
            case Seeding.Line l -> {
                double f = (i + 0.5) / size;
                lat = l.from().latitude() + f * (l.to().latitude() - l.from().latitude());
                double dLon = l.to().longitude() - l.from().longitude();
                dLon -= 360 * Math.rint(dLon / 360);
                lon = l.from().longitude() + f * dLon;
                radius = l.fromRadiusMetres() + f * (l.toRadiusMetres() - l.fromRadiusMetres());
                Duration span = Duration.between(l.fromTime(), l.toTime());
                double releaseSeconds =
                        Duration.between(request.start(), l.fromTime()).getSeconds() + f * span.getSeconds();
                releaseStep[i] = (int) Math.ceil(releaseSeconds / request.step().getSeconds() - 1e-9);
            }
            case Seeding.Area a -> {
                double[] point = insideArea(a.vertices(), random);
                lat = point[0];
                lon = point[1];
                radius = 0;
            }
        }
        if (radius > 0) {
            double north = random.nextGaussian() * radius;
            double east = random.nextGaussian() * radius;
            double base = Math.clamp(lat, -Wgs84.MAX_LATITUDE, Wgs84.MAX_LATITUDE);
            lat = Math.clamp(lat + north * Wgs84.degreesPerMetreNorth(base), -90, 90);
            lon = lon + east * Wgs84.degreesPerMetreEast(base);
        }
        lon = normalizeLongitude(lon);
        latitude[i] = seedLatitude[i] = lat;
        longitude[i] = seedLongitude[i] = lon;
    }

    static double normalizeLongitude(double lon) {
        if (lon >= 180 || lon < -180) {
            lon -= 360 * Math.floor((lon + 180) / 360);
        }
        return lon;
    }

    /** A uniform point inside a polygon, by rejection from its bounding box (in degrees). */
    private static double[] insideArea(List<Position> vertices, SplittableRandom random) {
        double south = 90;
        double north = -90;
        double west = vertices.get(0).longitude();
        double[] lons = new double[vertices.size()];
        double[] lats = new double[vertices.size()];
        double east = west;
        for (int k = 0; k < vertices.size(); k++) {
            Position v = vertices.get(k);
            double dLon = v.longitude() - vertices.get(0).longitude();
            dLon -= 360 * Math.rint(dLon / 360);
            lons[k] = vertices.get(0).longitude() + dLon;
            lats[k] = v.latitude();
            south = Math.min(south, lats[k]);
            north = Math.max(north, lats[k]);
            west = Math.min(west, lons[k]);
            east = Math.max(east, lons[k]);
        }
        for (int attempt = 0; attempt < 100_000; attempt++) {
            double lat = south + random.nextDouble() * (north - south);
            double lon = west + random.nextDouble() * (east - west);
            if (contains(lats, lons, lat, lon)) {
                return new double[] {lat, lon};
            }
        }
        throw new IllegalArgumentException("area seeding polygon encloses (almost) nothing: no point inside it in"
                + " 100,000 tries within its bounding box");
    }

    /** Even–odd rule. */
    static boolean contains(double[] lats, double[] lons, double lat, double lon) {
        boolean inside = false;
        for (int a = 0, b = lats.length - 1; a < lats.length; b = a++) {
            if ((lats[a] > lat) != (lats[b] > lat)
                    && lon < (lons[b] - lons[a]) * (lat - lats[a]) / (lats[b] - lats[a]) + lons[a]) {
                inside = !inside;
            }
        }
        return inside;
    }

    private void perturb(int i, LeewayObject object, SplittableRandom random) {
        LeewayCoefficients dw = object.downwind();
        double r = random.nextGaussian();
        // Keep the downwind slope non-negative: particles drift downwind (OpenDrift, Breivik and Allen 2008).
        if (dw.stdCmPerSecond() > 0 && dw.slopePercent() >= 0) {
            int tries = 0;
            while (dw.slopePercent() + r * dw.stdCmPerSecond() / 20 < 0) {
                r = random.nextGaussian();
                if (++tries > 10_000) {
                    throw new IllegalStateException("cannot draw a non-negative downwind slope for " + object.key());
                }
            }
        }
        double epsilon = r * dw.stdCmPerSecond();
        downwindSlope[i] = (dw.slopePercent() + epsilon / 20) / 100;
        downwindOffset[i] = (dw.offsetCmPerSecond() + epsilon / 2) / 100;
        double rc = random.nextGaussian();
        byte mine = (i & 1) == 0 ? RIGHT : LEFT;
        side[i] = mine;
        LeewayCoefficients own = mine == RIGHT ? object.crosswindRight() : object.crosswindLeft();
        LeewayCoefficients other = mine == RIGHT ? object.crosswindLeft() : object.crosswindRight();
        crosswindSlope[i] = (own.slopePercent() + rc * own.stdCmPerSecond() / 20) / 100;
        crosswindOffset[i] = (own.offsetCmPerSecond() + rc * own.stdCmPerSecond() / 2) / 100;
        otherCrosswindSlope[i] = (other.slopePercent() + rc * other.stdCmPerSecond() / 20) / 100;
        otherCrosswindOffset[i] = (other.offsetCmPerSecond() + rc * other.stdCmPerSecond() / 2) / 100;
    }

    void snapshot(int output, int i) {
        outLatitude[output][i] = (float) latitude[i];
        outLongitude[output][i] = (float) longitude[i];
        outStatus[output][i] = status[i];
        outSide[output][i] = side[i];
        outJibes[output][i] = jibes[i];
    }
}
