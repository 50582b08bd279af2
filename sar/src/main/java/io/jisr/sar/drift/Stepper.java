package io.jisr.sar.drift;

import io.jisr.sar.env.Environment;
import io.jisr.sar.env.VectorField;
import io.jisr.sar.land.LandMask;
import java.util.concurrent.atomic.AtomicLong;

/** One worker's view of a run: moves whole blocks of particles through every step. */
final class Stepper {

    /** What all workers of one run share. */
    static final class Shared {
        final DriftRequest request;
        final Environment environment;

        final LandMask land;
        final Ensemble e;
        final AtomicLong done;
        final double[] windEast;
        final double[] windNorth;
        final long[] windCount;
        private volatile boolean cancelled;

        Shared(
                DriftRequest request,
                Environment environment,
                LandMask land,
                Ensemble e,
                AtomicLong done,
                double[] windEast,
                double[] windNorth,
                long[] windCount) {
            this.request = request;
            this.environment = environment;
            this.land = land;
            this.e = e;
            this.done = done;
            this.windEast = windEast;
            this.windNorth = windNorth;
            this.windCount = windCount;
        }

        boolean isCancelled() {
            return cancelled;
        }

        void cancel() {
            cancelled = true;
        }
    }

    private final Shared shared;
    private final Environment.Sampler environment;
    private final double[] windEast = new double[DriftModel.BLOCK];
    private final double[] windNorth = new double[DriftModel.BLOCK];
    private final double[] currentEast = new double[DriftModel.BLOCK];
    private final double[] currentNorth = new double[DriftModel.BLOCK];

    Stepper(Shared shared) {
        this.shared = shared;
        this.environment = shared.environment.sampler();
    }

    void runBlock(int block, int from, int to) {
        DriftRequest request = shared.request;
        Ensemble e = shared.e;
        LandMask land = shared.land;
        Environment.Sampler environment = this.environment;
        int steps = request.steps();
        double dt = request.step().getSeconds();
        double t0 = VectorField.epochSecond(request.start());
        double hazard = -Math.log1p(-request.jibeProbabilityPerHour()) * dt / 3600;
        long seed = request.seed();
        double crossSign = request.crosswind() == CrosswindConvention.OPENDRIFT ? 1 : -1;
        double[] lat = e.latitude;
        double[] lon = e.longitude;
        byte[] status = e.status;
        double[] dwSlope = e.downwindSlope;
        double[] dwOffset = e.downwindOffset;
        double[] cwSlope = e.crosswindSlope;
        double[] cwOffset = e.crosswindOffset;
        int[] countdown = e.jibeCountdown;
        int[] release = e.releaseStep;
        double sumWindEast = 0;
        double sumWindNorth = 0;
        long windSamples = 0;
        for (int s = 0; s < steps; s++) {
            if (shared.isCancelled()) {
                return;
            }
            double t = t0 + s * dt;
            environment.sample(t, lat, lon, from, to, windEast, windNorth, currentEast, currentNorth);
            for (int i = from; i < to; i++) {
                byte st = status[i];
                if (st != Ensemble.ACTIVE) {
                    // Released when the clock reaches its release step: at the seed, moving from the next step.
                    if (st == Ensemble.NOT_RELEASED && release[i] == s + 1) {
                        status[i] = land.isLand(lat[i], lon[i]) ? Ensemble.STRANDED : Ensemble.ACTIVE;
                    }
                    continue;
                }
                int k = i - from;
                double we = windEast[k];
                double wn = windNorth[k];
                double ve = currentEast[k];
                double vn = currentNorth[k];
                if (Double.isNaN(we + wn + ve + vn)) {
                    status[i] = Ensemble.OUTSIDE;
                    continue;
                }
                sumWindEast += we;
                sumWindNorth += wn;
                windSamples++;
                double u2 = we * we + wn * wn;
                if (u2 > 0) {
                    double u = Math.sqrt(u2);
                    double de = we / u;
                    double dn = wn / u;
                    double down = dwSlope[i] * u + dwOffset[i];
                    double cross = (cwSlope[i] * u + cwOffset[i]) * crossSign;
                    // Crosswind unit vector (-dn, de) is d turned 90° left; crossSign -1 turns it right.
                    ve += down * de - cross * dn;
                    vn += down * dn + cross * de;
                }
                double la = lat[i];
                double newLat = la + vn * dt * Wgs84.northTable(la);
                double newLon = lon[i] + ve * dt * Wgs84.eastTable(la);
                if (newLon >= 180 || newLon < -180) {
                    newLon = Ensemble.normalizeLongitude(newLon);
                }
                lat[i] = newLat;
                lon[i] = newLon;
                if (land.isLand(newLat, newLon)) {
                    status[i] = Ensemble.STRANDED;
                    continue;
                }
                if (Math.abs(newLat) > Wgs84.MAX_LATITUDE) {
                    status[i] = Ensemble.OUTSIDE;
                    continue;
                }
                if (--countdown[i] == 0) {
                    jibe(e, i);
                    countdown[i] = Ensemble.nextJibe(seed, i, ++e.jibeDraws[i], hazard);
                }
            }
            int output = e.outputAt[s + 1];
            if (output >= 0) {
                for (int i = from; i < to; i++) {
                    e.snapshot(output, i);
                }
            }
            shared.done.addAndGet(to - from);
        }
        shared.windEast[block] = sumWindEast;
        shared.windNorth[block] = sumWindNorth;
        shared.windCount[block] = windSamples;
    }

    private static void jibe(Ensemble e, int i) {
        double slope = e.crosswindSlope[i];
        double offset = e.crosswindOffset[i];
        e.crosswindSlope[i] = e.otherCrosswindSlope[i];
        e.crosswindOffset[i] = e.otherCrosswindOffset[i];
        e.otherCrosswindSlope[i] = slope;
        e.otherCrosswindOffset[i] = offset;
        e.side[i] = (byte) (1 - e.side[i]);
        if (e.jibes[i] < Byte.MAX_VALUE) {
            e.jibes[i]++;
        }
    }
}
