package io.jisr.detect;

import io.jisr.picture.PictureEvent;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Hands the detectors at most one current position report per vessel per interval of message time
 * (10 seconds by default) and every other event unchanged. A class A ship under way reports every 2 to
 * 10 seconds, while the detectors decide over minutes and hours (2 hours for an encounter, 6 for a
 * gap): the reports in between change no detection worth the CPU they cost on a two-core node. Late,
 * suspect and stale events, static data and a vessel's first report always pass, so withdrawals,
 * identity anomalies and appearances are not delayed.
 *
 * <p>Called by one thread for position reports (the ingest thread); other events may come from others.
 */
public final class ReportThinning implements Consumer<PictureEvent> {
    /** The default shortest interval between two position reports of one vessel handed on. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(10);

    private final Consumer<PictureEvent> next;
    private final long intervalMillis;
    /** The time of the last report handed on, per MMSI (DetectionCpuCost thinning: see docs/performance.md). */
    private final IntLongMap lastPassed = new IntLongMap();

    private volatile long thinned;

    /** Thins the reports handed to {@code next}. */
    public ReportThinning(Consumer<PictureEvent> next, Duration interval) {
        if (interval.isNegative()) {
            throw new IllegalArgumentException("thinning interval must not be negative, was " + interval);
        }
        this.next = next;
        this.intervalMillis = interval.toMillis();
    }

    @Override
    public void accept(PictureEvent event) {
        if (event instanceof PictureEvent.PositionReported reported
                && reported.disposition() == PictureEvent.Disposition.CURRENT
                && !due(reported)) {
            thinned++;
            return;
        }
        next.accept(event);
    }

    /** Returns whether this report is handed on, and if so remembers its time. */
    private boolean due(PictureEvent.PositionReported reported) {
        int mmsi = reported.vessel().mmsi().value();
        long t = reported.fix().time().toEpochMilli();
        int slot = lastPassed.find(mmsi);
        if (slot < 0) {
            lastPassed.insertAt(slot, mmsi, t);
            return true;
        }
        long last = lastPassed.valueAt(slot);
        if (t >= last && t - last < intervalMillis) {
            return false;
        }
        lastPassed.setValueAt(slot, t);
        return true;
    }

    /** Returns how many position reports were not handed on. */
    public long thinned() {
        return thinned;
    }
}
