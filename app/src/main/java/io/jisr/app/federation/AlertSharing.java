package io.jisr.app.federation;

import io.jisr.ais.identity.MaritimeIdentificationDigits;
import io.jisr.ais.identity.Mmsi;
import io.jisr.detect.alert.Alert;
import io.jisr.exchange.Partner;
import io.jisr.exchange.record.ShareableRecord;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Offers the alerts this node's detections raise and change to the partners, one {@code
 * detections-and-alerts} record per version ({@link AlertRecords}), through {@link Federation#share}. Taking
 * an alert costs the detection thread one map put: the latest version of each changed alert is offered on
 * a thread of its own every {@code interval} (an ongoing encounter changes its alert at every report; the
 * versions in between are not sent, and the receiver takes any later version). When the partners' logs
 * cannot be written, the alerts are kept and offered again at the next turn unless a later version came.
 * Partners' alerts never come here ({@code DetectionService} hands over its own detection changes only).
 */
public final class AlertSharing implements Consumer<Alert>, AutoCloseable {
    private static final System.Logger LOG = System.getLogger(AlertSharing.class.getName());

    private final Consumer<List<ShareableRecord>> share;
    private final Partner self;
    private final MaritimeIdentificationDigits mids;
    private final Function<Mmsi, Optional<Integer>> shipType;
    private final Map<String, Alert> pending = new LinkedHashMap<>();
    private final ScheduledExecutorService thread;
    private final AtomicLong offered = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();

    /**
     * @param share where the records go ({@link Federation#share})
     * @param self this node, the records' origin
     * @param mids the MMSI-to-flag table, for the subject's flag
     * @param shipType a vessel's AIS ship type as the picture knows it, for the subject
     * @param interval how often the changed alerts are offered
     */
    public AlertSharing(
            Consumer<List<ShareableRecord>> share,
            Partner self,
            MaritimeIdentificationDigits mids,
            Function<Mmsi, Optional<Integer>> shipType,
            Duration interval) {
        this.share = share;
        this.self = self;
        this.mids = mids;
        this.shipType = shipType;
        this.thread = Executors.newSingleThreadScheduledExecutor(
                r -> Thread.ofPlatform().name("jisr-alert-sharing").daemon().unstarted(r));
        long millis = Math.max(1, interval.toMillis());
        thread.scheduleWithFixedDelay(this::flush, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** Takes the latest version of an alert of this node; does not block. */
    @Override
    public void accept(Alert alert) {
        if (alert.isFromPartner()) {
            return;
        }
        synchronized (pending) {
            pending.put(alert.id(), alert);
        }
    }

    /** Offers the alerts changed since the last turn; those that could not be offered wait for the next. */
    void flush() {
        List<Alert> batch;
        synchronized (pending) {
            batch = new ArrayList<>(pending.values());
            pending.clear();
        }
        if (batch.isEmpty()) {
            return;
        }
        List<ShareableRecord> records = new ArrayList<>(batch.size());
        for (Alert alert : batch) {
            try {
                records.add(AlertRecords.record(alert, self, mids, shipType));
            } catch (RuntimeException e) {
                LOG.log(
                        System.Logger.Level.WARNING,
                        "alert " + alert.id() + " cannot be made a record; not offered",
                        e);
            }
        }
        try {
            share.accept(records);
            offered.addAndGet(records.size());
        } catch (RuntimeException e) {
            failures.incrementAndGet();
            LOG.log(
                    System.Logger.Level.WARNING,
                    "could not offer " + records.size() + " alerts to partners; will retry",
                    e);
            synchronized (pending) {
                for (Alert alert : batch) {
                    pending.putIfAbsent(alert.id(), alert);
                }
            }
        }
    }

    /** Alert versions offered to the partners' outboxes since start. */
    public long offered() {
        return offered.get();
    }

    /** Turns at which the partners' logs could not be written. */
    public long failures() {
        return failures.get();
    }

    /** Stops the thread, then offers what is pending once more. */
    @Override
    public void close() {
        thread.shutdown();
        try {
            thread.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        flush();
    }
}
