package io.jisr.sar.drift;

import io.jisr.sar.env.Vector;
import io.jisr.sar.leeway.LeewayObject.Side;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a drift run produced: every particle's position, status and side at each output time (the start,
 * every {@link DriftRequest#outputEvery()}, and the end), how often each had jibed, and the mean wind the
 * particles saw. Positions are held in single precision (about 0.5 m); a run keeps about 11 bytes per
 * particle and output time.
 */
public final class DriftResult {
    private final DriftRequest request;
    private final Ensemble ensemble;
    private final List<Instant> times;
    private final Vector meanWind;

    DriftResult(DriftRequest request, Ensemble ensemble, double meanWindEast, double meanWindNorth) {
        this.request = Objects.requireNonNull(request, "request");
        this.ensemble = ensemble;
        List<Instant> list = new ArrayList<>(ensemble.outSeconds.length);
        for (long s : ensemble.outSeconds) {
            list.add(request.start().plusSeconds(s));
        }
        this.times = List.copyOf(list);
        this.meanWind = new Vector(meanWindEast, meanWindNorth);
    }

    /** Returns the request that was run. */
    public DriftRequest request() {
        return request;
    }

    /** Returns the number of particles. */
    public int particles() {
        return ensemble.size;
    }

    /** Returns the output times, the start first and the end last. */
    public List<Instant> times() {
        return times;
    }

    /** Returns the number of output times. */
    public int outputs() {
        return times.size();
    }

    /** Returns the index of the last output (the end of the run). */
    public int lastOutput() {
        return times.size() - 1;
    }

    /** Returns a particle's latitude at an output time, degrees. */
    public double latitude(int output, int particle) {
        return ensemble.outLatitude[output][particle];
    }

    /** Returns a particle's longitude at an output time, degrees. */
    public double longitude(int output, int particle) {
        return ensemble.outLongitude[output][particle];
    }

    /** Returns a particle's status at an output time. */
    public ParticleStatus status(int output, int particle) {
        return ParticleStatus.VALUES[ensemble.outStatus[output][particle]];
    }

    /** Returns which crosswind coefficients a particle used at an output time. */
    public Side side(int output, int particle) {
        return ensemble.outSide[output][particle] == Ensemble.RIGHT ? Side.RIGHT : Side.LEFT;
    }

    /** Returns where a particle was seeded, latitude in degrees. */
    public double seedLatitude(int particle) {
        return ensemble.seedLatitude[particle];
    }

    /** Returns where a particle was seeded, longitude in degrees. */
    public double seedLongitude(int particle) {
        return ensemble.seedLongitude[particle];
    }

    /** Returns how many times a particle jibed during the whole run (counted up to 127). */
    public int jibes(int particle) {
        return ensemble.jibes[particle];
    }

    /** Returns how many times a particle had jibed by an output time (counted up to 127). */
    public int jibes(int output, int particle) {
        return ensemble.outJibes[output][particle];
    }

    /**
     * Returns the mean of the wind the drifting particles saw over the run (one sample per particle per
     * step): the axis along which {@code DriftSummary} measures the spread downwind and crosswind.
     */
    public Vector meanWind() {
        return meanWind;
    }
}
