package io.jisr.app.alerts;

import io.jisr.detect.DetectionChange;
import io.jisr.detect.DetectionEngine;
import io.jisr.detect.Detector;
import io.jisr.detect.ReportThinning;
import io.jisr.detect.ZoneDetector;
import io.jisr.detect.alert.Alert;
import io.jisr.detect.alert.AlertBook;
import io.jisr.detect.alert.AlertStore;
import io.jisr.detect.alert.Transition;
import io.jisr.detect.zone.ZoneSet;
import io.jisr.picture.PictureEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Runs the detectors and the alert book of a node. Picture events are handed over by the ingest thread
 * (and the stale sweep) in batches through a bounded queue to one detection thread, so detection costs
 * the ingest thread one list append per event; when detection falls behind, the queue fills and ingest waits rather
 * than anything being skipped — a skipped report would make a detector see a gap that was not there.
 *
 * <p>Position reports are thinned to one per vessel per 10 seconds of message time on the detection thread:
 * the detectors decide over minutes and hours, and scoring against the simulator's truth gives the same
 * precision and recall with and without it ({@code DetectionsAgainstSimulatorTruthTest} runs thinned).
 *
 * <p>Alerts are saved behind: the latest version of each changed alert is written once a second (an
 * ongoing encounter changes its alert at every report), while a person's acknowledgement or closing is
 * saved before the call returns. Every alert change goes to the listeners (the live view) at once.
 */
public final class DetectionService implements Consumer<PictureEvent>, AutoCloseable {
    private static final System.Logger LOG = System.getLogger(DetectionService.class.getName());

    /** The default number of events that may wait for the detection thread. */
    public static final int DEFAULT_QUEUE_CAPACITY = 65_536;

    private record Stop() {}

    /** New zones, applied on the detection thread between two events. */
    private record ZonesChange(ZoneSet zones) {}

    private final DetectionEngine engine;
    /** Events per hand-over. */
    static final int BATCH = 512;

    /** How long the detection thread waits for a full batch before taking a partial one. */
    static final long FLUSH_MILLIS = 50;

    private final ReportThinning thinning;
    private final Object pendingLock = new Object();
    private List<PictureEvent> pending = new ArrayList<>(BATCH);
    private volatile boolean busy;
    private final List<ZoneDetector> zoneDetectors;
    private final AlertBook book;
    private final AlertStore store;
    private final List<Consumer<Alert>> listeners;
    private final BlockingQueue<Object> queue;
    private final Thread thread;
    private final ScheduledExecutorService saver;
    private final Map<String, Alert> unsaved = new LinkedHashMap<>();
    private final AtomicLong changes = new AtomicLong();
    private final AtomicLong saveFailures = new AtomicLong();
    /*
     * Held while alerts are written: a batch of the saver and a person's step never interleave, so an
     * older version taken by the saver can never overwrite an acknowledgement saved after it.
     */
    private final java.util.concurrent.locks.ReentrantLock saving = new java.util.concurrent.locks.ReentrantLock();
    private volatile RuntimeException failure;
    /** Where alerts raised or changed by this node's detections go to be offered to partners; none until set. */
    private volatile Consumer<Alert> sharing = alert -> {};

    /**
     * Restores the stored alerts and starts the detection thread.
     *
     * @param detectors the detectors, in the order they see events
     * @param book the alert book (empty; the stored alerts are restored into it)
     * @param store where alerts are kept
     * @param keepClosedSince closed alerts changed before this are not restored into memory
     * @param listeners told of every alert change, on the detection thread or an HTTP thread; must not block
     */
    public DetectionService(
            List<? extends Detector> detectors,
            AlertBook book,
            AlertStore store,
            Instant keepClosedSince,
            List<Consumer<Alert>> listeners,
            int queueCapacity) {
        this.book = book;
        this.store = store;
        this.listeners = List.copyOf(listeners);
        this.queue = new LinkedBlockingQueue<>(Math.max(2, queueCapacity / BATCH));
        book.restore(store.load(keepClosedSince));
        this.zoneDetectors = detectors.stream()
                .filter(ZoneDetector.class::isInstance)
                .map(ZoneDetector.class::cast)
                .toList();
        this.engine = new DetectionEngine(detectors, this::changed, DetectionEngine.DEFAULT_STEP);
        this.thinning = new ReportThinning(engine, ReportThinning.DEFAULT_INTERVAL);
        this.thread = Thread.ofPlatform().name("jisr-detect").daemon().start(this::run);
        this.saver = Executors.newSingleThreadScheduledExecutor(
                r -> Thread.ofPlatform().name("jisr-alert-saver").daemon().unstarted(r));
        saver.scheduleWithFixedDelay(this::saveChanged, 1, 1, TimeUnit.SECONDS);
    }

    /**
     * Hands one picture event to the detection thread. Events are collected in batches of {@value
     * #BATCH} (the detection thread also takes a partial batch after {@value #FLUSH_MILLIS} ms), so the
     * ingest thread pays one list append per event; the thread waits while the queue of batches is full.
     */
    @Override
    public void accept(PictureEvent event) {
        if (failure != null) {
            return; // Reported by isHealthy(); ingest goes on without detection rather than stopping.
        }
        List<PictureEvent> full = null;
        synchronized (pendingLock) {
            pending.add(event);
            if (pending.size() >= BATCH) {
                full = pending;
                pending = new ArrayList<>(BATCH);
            }
        }
        if (full != null) {
            put(full);
        }
    }

    /** Takes the partial batch, if any; used by the detection thread when nothing came for a while. */
    private List<PictureEvent> takePending() {
        synchronized (pendingLock) {
            if (pending.isEmpty()) {
                return List.of();
            }
            List<PictureEvent> taken = pending;
            pending = new ArrayList<>(BATCH);
            return taken;
        }
    }

    private void put(Object item) {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void handle(List<?> batch) {
        for (Object event : batch) {
            thinning.accept((PictureEvent) event);
        }
    }

    private void run() {
        try {
            while (true) {
                Object item = queue.poll(FLUSH_MILLIS, TimeUnit.MILLISECONDS);
                busy = true;
                if (item == null) {
                    handle(takePending());
                    busy = false;
                    continue;
                }
                switch (item) {
                    case Stop stop -> {
                        handle(takePending());
                        return;
                    }
                    case ZonesChange change -> applyZones(change.zones());
                    case List<?> batch -> handle(batch);
                    default -> throw new IllegalStateException("unexpected item " + item.getClass());
                }
                busy = false;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            failure = e;
            busy = false;
            LOG.log(System.Logger.Level.ERROR, "the detection thread stopped; detections and alerts have stopped", e);
        }
    }

    /**
     * Replaces the zones the detectors and alert rules use, in order with the events already handed
     * over: reports received before the change are located in the old zones, later ones in the new.
     */
    public void replaceZones(ZoneSet zones) {
        // The events collected so far go first, so the change falls between the same two reports for
        // every detector.
        List<PictureEvent> before = takePending();
        if (!before.isEmpty()) {
            put(before);
        }
        put(new ZonesChange(zones));
    }

    private void applyZones(ZoneSet zones) {
        zoneDetectors.forEach(d -> d.replaceZones(zones));
        synchronized (this) {
            book.replaceZones(zones);
        }
    }

    private void changed(DetectionChange change) {
        changes.incrementAndGet();
        Optional<Alert> alert;
        synchronized (this) {
            alert = book.apply(change);
            alert.ifPresent(a -> unsaved.put(a.id(), a));
        }
        alert.ifPresent(this::tell);
        alert.ifPresent(this::share);
    }

    private void share(Alert alert) {
        try {
            sharing.accept(alert);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "could not offer alert " + alert.id() + " to partners", e);
        }
    }

    /**
     * Sets where alerts go when this node's detections raise or change them (not lifecycle steps, not
     * partners' alerts), to be offered to partners; must not block. Federation sets it once it runs.
     */
    public void shareChanges(Consumer<Alert> sharing) {
        this.sharing = sharing;
    }

    /**
     * Takes an alert a partner's node raised ({@link AlertBook#receive}); an added or updated one is saved
     * before this returns and told to the listeners.
     *
     * @throws IllegalArgumentException when the book refuses it
     */
    public AlertBook.Received receive(Alert partner) {
        AlertBook.Received received;
        saving.lock();
        try {
            synchronized (this) {
                received = book.receive(partner);
                if (received.receipt() != AlertBook.Receipt.UNCHANGED) {
                    unsaved.remove(received.alert().id());
                }
            }
            if (received.receipt() != AlertBook.Receipt.UNCHANGED) {
                try {
                    store.save(received.alert());
                } catch (RuntimeException e) {
                    synchronized (this) {
                        unsaved.putIfAbsent(received.alert().id(), received.alert());
                    }
                    throw e;
                }
            }
        } finally {
            saving.unlock();
        }
        if (received.receipt() != AlertBook.Receipt.UNCHANGED) {
            tell(received.alert());
        }
        return received;
    }

    private void tell(Alert alert) {
        for (Consumer<Alert> l : listeners) {
            try {
                l.accept(alert);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "an alert listener failed on " + alert.id(), e);
            }
        }
    }

    /** Acknowledges an alert; saved before returning. */
    public Transition acknowledge(String alertId, String by, String comment, Instant at) {
        return lifecycle(() -> book.acknowledge(alertId, by, comment, at));
    }

    /** Closes an alert; saved before returning. */
    public Transition close(String alertId, String by, String comment, Instant at) {
        return lifecycle(() -> book.close(alertId, by, comment, at));
    }

    private Transition lifecycle(java.util.function.Supplier<Transition> step) {
        Transition t;
        saving.lock();
        try {
            synchronized (this) {
                t = step.get();
                if (t instanceof Transition.Done done) {
                    unsaved.remove(done.alert().id());
                }
            }
            if (t instanceof Transition.Done done) {
                try {
                    store.save(done.alert());
                } catch (RuntimeException e) {
                    synchronized (this) {
                        unsaved.putIfAbsent(done.alert().id(), done.alert());
                    }
                    throw e;
                }
            }
        } finally {
            saving.unlock();
        }
        if (t instanceof Transition.Done done) {
            tell(done.alert());
        }
        return t;
    }

    /** Returns the alert with this id. */
    public synchronized Optional<Alert> alert(String id) {
        return book.alert(id);
    }

    /** Returns the alerts that pass the filter, oldest first. */
    public synchronized List<Alert> alerts(Predicate<Alert> filter) {
        return book.alerts(filter);
    }

    /** Returns how many detection changes the engine has produced. */
    public long detectionChanges() {
        return changes.get();
    }

    /** Returns how many position reports were not handed to the detectors (see {@link ReportThinning}). */
    public long thinnedReports() {
        return thinning.thinned();
    }

    /** Returns how many events wait for the detection thread. */
    public int queued() {
        return queue.size() * BATCH + pendingCount();
    }

    private int pendingCount() {
        synchronized (pendingLock) {
            return pending.size();
        }
    }

    /** Returns the queue's capacity. */
    public int capacity() {
        return (queue.size() + queue.remainingCapacity()) * BATCH;
    }

    /** Returns whether the detection thread runs and the last save of alerts worked. */
    public boolean isHealthy() {
        return failure == null && thread.isAlive() && saveFailures.get() == 0;
    }

    /** Returns why the service is not healthy, when it is not. */
    public Optional<String> problem() {
        if (failure != null || !thread.isAlive()) {
            return Optional.of(
                    "the detection thread has stopped" + (failure == null ? "" : ": " + failure.getMessage()));
        }
        if (saveFailures.get() > 0) {
            return Optional.of("saving alerts has failed " + saveFailures.get() + " times in a row");
        }
        return Optional.empty();
    }

    /** Waits until every event handed over so far has been through the detectors; returns whether it has. */
    public boolean drain(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (!queue.isEmpty() || busy || pendingCount() > 0) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(5);
        }
        return true;
    }

    /** Saves the alerts changed since the last save; a failure keeps them for the next try. */
    void saveChanged() {
        saving.lock();
        try {
            saveBatch();
        } finally {
            saving.unlock();
        }
    }

    private void saveBatch() {
        List<Alert> batch;
        synchronized (this) {
            batch = new ArrayList<>(unsaved.values());
            unsaved.clear();
        }
        for (int i = 0; i < batch.size(); i++) {
            try {
                store.save(batch.get(i));
            } catch (RuntimeException e) {
                saveFailures.incrementAndGet();
                LOG.log(System.Logger.Level.WARNING, "could not save alerts; will retry in a second", e);
                synchronized (this) {
                    for (Alert a : batch.subList(i, batch.size())) {
                        unsaved.putIfAbsent(a.id(), a);
                    }
                }
                return;
            }
        }
        saveFailures.set(0);
    }

    private static boolean joined(Thread thread) throws InterruptedException {
        return thread.join(java.time.Duration.ofSeconds(30));
    }

    /** Lets the detection thread finish what is queued, then saves every changed alert. */
    @Override
    public void close() {
        try {
            List<PictureEvent> last = takePending();
            if ((!last.isEmpty() && !queue.offer(last, 30, TimeUnit.SECONDS))
                    || !queue.offer(new Stop(), 30, TimeUnit.SECONDS)
                    || !joined(thread)) {
                LOG.log(System.Logger.Level.WARNING, "the detection thread did not finish within 30 s; closing anyway");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        saver.shutdown();
        try {
            saver.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        saveChanged();
    }
}
