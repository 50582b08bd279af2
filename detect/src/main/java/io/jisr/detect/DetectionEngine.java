package io.jisr.detect;

import io.jisr.picture.PictureEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Hands every picture event to every detector and keeps time in message time. Not thread-safe: feed
 * it from the ingest thread, the one that applies observations to the picture.
 *
 * <p>The watermark is the latest message time of any event seen. Each time the watermark less the
 * allowed lateness (two minutes by default) crosses a multiple of the step (one minute by default),
 * every detector's timers are advanced to that multiple, before the event that crossed it is handled. Timers therefore fire at the same message times whether a day is
 * received live, replayed at full speed or fed in chunks; nothing here reads the wall clock.
 */
public final class DetectionEngine implements Consumer<PictureEvent> {

    /** The default step at which timers advance. */
    public static final Duration DEFAULT_STEP = Duration.ofMinutes(1);

    /** How far ahead of the watermark one station's event may move it on its own. */
    public static final Duration MAX_UNCONFIRMED_JUMP = Duration.ofHours(1);

    /** How many stations must agree before the watermark jumps further than that. */
    public static final int JUMP_CONFIRMATIONS = 3;

    /** The default lateness allowed before timers fire. */
    public static final Duration DEFAULT_LATENESS = Duration.ofMinutes(2);

    private final Detector[] detectors;
    private final DetectionSink sink;
    private final long stepMillis;
    private final long latenessMillis;
    private long watermarkMillis = Long.MIN_VALUE;
    private long nextStepMillis = Long.MIN_VALUE;
    private final java.util.Set<Integer> jumpStations = new java.util.HashSet<>();
    private long jumpMillis;
    private long unconfirmedJumps;

    /** Builds an engine over these detectors that reports to {@code sink}, advancing timers every {@code step}. */
    public DetectionEngine(List<? extends Detector> detectors, DetectionSink sink, Duration step) {
        this(detectors, sink, step, DEFAULT_LATENESS);
    }

    /**
     * Builds an engine whose timers for a step fire only once the watermark is {@code lateness} past
     * it, so that reports reordered by up to that much (several feeds, several receivers) arrive before
     * the timers that could be contradicted by them.
     */
    public DetectionEngine(List<? extends Detector> detectors, DetectionSink sink, Duration step, Duration lateness) {
        if (lateness.isNegative()) {
            throw new IllegalArgumentException("lateness must not be negative, was " + lateness);
        }
        this.latenessMillis = lateness.toMillis();
        this.detectors = List.copyOf(detectors).toArray(Detector[]::new);
        this.sink = Objects.requireNonNull(sink, "sink");
        if (step.isNegative() || step.isZero()) {
            throw new IllegalArgumentException("timer step must be positive, was " + step);
        }
        this.stepMillis = step.toMillis();
    }

    /** Handles one event: advances the watermark (and the timers when a step is crossed), then the detectors. */
    @Override
    public void accept(PictureEvent event) {
        long eventMillis = event.time().toEpochMilli();
        if (eventMillis > watermarkMillis && acceptsJumpTo(eventMillis, event)) {
            watermarkMillis = eventMillis;
            long t = eventMillis - latenessMillis;
            if (t >= nextStepMillis) {
                long step = Math.floorDiv(t, stepMillis) * stepMillis;
                if (nextStepMillis != Long.MIN_VALUE) {
                    advanceAll(Instant.ofEpochMilli(step));
                }
                nextStepMillis = step + stepMillis;
            }
        }
        for (Detector d : detectors) {
            d.accept(event, sink);
        }
    }

    /**
     * Returns whether the watermark may move to {@code eventMillis}. A jump of more than {@link
     * #MAX_UNCONFIRMED_JUMP} is taken only once events of {@value #JUMP_CONFIRMATIONS} different
     * stations lie that far ahead; the watermark then moves to the earliest of them. One report with a
     * corrupt time (a year ahead, say) would otherwise fire every timer at once and leave them silent
     * until real time caught up.
     */
    private boolean acceptsJumpTo(long eventMillis, PictureEvent event) {
        if (watermarkMillis == Long.MIN_VALUE || eventMillis - watermarkMillis <= MAX_UNCONFIRMED_JUMP.toMillis()) {
            jumpStations.clear();
            return true;
        }
        int station = stationOf(event);
        if (!jumpStations.contains(station)) {
            jumpStations.add(station);
            jumpMillis = jumpStations.size() == 1 ? eventMillis : Math.min(jumpMillis, eventMillis);
        }
        if (jumpStations.size() < JUMP_CONFIRMATIONS) {
            unconfirmedJumps++;
            return false;
        }
        jumpStations.clear();
        if (jumpMillis < eventMillis) {
            // Move to the earliest confirming time first, so timers fire in order.
            watermarkMillis = jumpMillis;
        }
        return true;
    }

    private static int stationOf(PictureEvent event) {
        return switch (event) {
            case PictureEvent.VesselAppeared e -> e.vessel().mmsi().value();
            case PictureEvent.PositionReported e -> e.vessel().mmsi().value();
            case PictureEvent.StaticDataChanged e -> e.vessel().mmsi().value();
            case PictureEvent.VesselWentStale e -> e.vessel().mmsi().value();
        };
    }

    /** Returns how many events came too far ahead of the watermark to move it (corrupt times, mostly). */
    public long unconfirmedJumps() {
        return unconfirmedJumps;
    }

    /**
     * Advances the watermark and the timers to {@code time} with no allowance for lateness, for the end
     * of a replay or a feed known to be quiet; a time at or before the watermark does nothing.
     */
    public void advanceTo(Instant time) {
        long t = time.toEpochMilli();
        if (t <= watermarkMillis) {
            return;
        }
        watermarkMillis = t;
        long step = Math.floorDiv(t, stepMillis) * stepMillis;
        advanceAll(Instant.ofEpochMilli(step));
        nextStepMillis = step + stepMillis;
    }

    private void advanceAll(Instant time) {
        for (Detector d : detectors) {
            d.advance(time, sink);
        }
    }

    /** Returns the latest message time seen, or empty before the first event. */
    public java.util.Optional<Instant> watermark() {
        return watermarkMillis == Long.MIN_VALUE
                ? java.util.Optional.empty()
                : java.util.Optional.of(Instant.ofEpochMilli(watermarkMillis));
    }

    /** Returns the detectors' names, in the order they see events. */
    public List<String> detectorNames() {
        return java.util.Arrays.stream(detectors).map(Detector::name).toList();
    }
}
