package io.jisr.store;

import io.jisr.picture.PictureBatch;
import io.jisr.picture.PictureEvent;
import io.jisr.picture.PictureStore;
import io.jisr.picture.TrackPoint;
import io.jisr.picture.Vessel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Feeds a {@link PictureStore} from the picture: picture events and feed cursors go into a bounded
 * queue, and one thread of its own drains them into batches, committed every
 * {@link BatchingWriterSettings#commitInterval()} or {@link BatchingWriterSettings#maxEventsPerBatch()}
 * events, whichever comes first.
 *
 * <p>Nothing is dropped. When the queue is full the producer blocks until there is room
 * (back-pressure); when a commit fails it is retried, with growing waits, until it succeeds, and
 * meanwhile {@link #failure()} says why. A feed cursor is committed in the same batch as the events
 * queued before it, or a later one, so it never runs ahead of the data.
 *
 * <p>Each batch holds one snapshot per vessel, the latest, and every position point. The accessors
 * are plain values for metrics; they may be read from any thread.
 */
public final class BatchingWriter implements Consumer<PictureEvent>, AutoCloseable {
    /*
     * Implementation note: memory is bounded by the queue plus one batch: the drainer takes items out
     * of the queue into the batch being built and commits as soon as the batch is full, so while a
     * commit is slow (or failing and being retried) the queue fills and producers wait.
     *
     * Closing: the drainer stops once the writer is closed, no producer is inside accept/advance/flush
     * and the queue is empty, so an item a producer was blocked on is still committed. Only when the
     * close timeout passes with commits still failing is the work abandoned, and close() then throws
     * with the number of events that were not committed: loud, never silent.
     */

    private static final int DRAIN_CHUNK = 4096;
    private static final long IDLE_POLL_MILLIS = 100;
    private static final long OFFER_POLL_MILLIS = 100;
    private static final Object STOP = new Object();

    private record CursorUpdate(String feedId, long lines) {}

    private static final class Flush {
        final CountDownLatch done = new CountDownLatch(1);
    }

    private final PictureStore store;
    private final BatchingWriterSettings settings;
    private final ArrayBlockingQueue<Object> queue;
    private final Thread drainer;
    private final AtomicInteger producers = new AtomicInteger();
    private final AtomicBoolean closeCalled = new AtomicBoolean();
    private volatile boolean closed;
    private volatile boolean abandoned;

    // Written by the drainer only.
    private volatile long committedBatches;
    private volatile long committedEvents;
    private volatile long committedPoints;
    private volatile long failedCommits;
    private volatile long lastCommitNanos;
    private volatile long uncommittedEvents;
    private volatile RuntimeException failure;

    private BatchingWriter(PictureStore store, BatchingWriterSettings settings) {
        this.store = store;
        this.settings = settings;
        this.queue = new ArrayBlockingQueue<>(settings.queueCapacity());
        this.drainer = new Thread(this::drain, "jisr-store-writer");
        this.drainer.setDaemon(true);
    }

    /** Starts a writer into {@code store}; the caller still owns the store and closes it after this. */
    public static BatchingWriter start(PictureStore store, BatchingWriterSettings settings) {
        BatchingWriter writer = new BatchingWriter(Objects.requireNonNull(store, "store"), settings);
        writer.drainer.start();
        return writer;
    }

    /**
     * Queues an event, blocking while the queue is full. {@link PictureEvent.VesselWentStale} changes
     * nothing that is stored and is ignored.
     *
     * @throws IllegalStateException when the writer is closed
     * @throws StoreException when interrupted while waiting, or when the writer was abandoned
     */
    @Override
    public void accept(PictureEvent event) {
        if (event instanceof PictureEvent.VesselWentStale) {
            return;
        }
        enqueue(Objects.requireNonNull(event, "event"), "the event");
    }

    /**
     * Queues a feed cursor: {@code lines} input lines of {@code feedId} have been applied to the picture
     * and every event they produced has been queued before this call.
     */
    public void advance(String feedId, long lines) {
        Objects.requireNonNull(feedId, "feedId");
        if (lines < 0) {
            throw new IllegalArgumentException(
                    "feed cursor must not be negative, was " + lines + " for feed \"" + feedId + "\"");
        }
        enqueue(new CursorUpdate(feedId, lines), "the cursor of feed \"" + feedId + "\"");
    }

    /**
     * Commits everything queued before this call and waits until it is durable, however many retries
     * that takes.
     *
     * @throws IllegalStateException when the writer is closed
     * @throws StoreException when interrupted, or when the writer stops before the flush completes
     */
    public void flush() {
        Flush flush = new Flush();
        enqueue(flush, "the flush");
        try {
            while (!flush.done.await(IDLE_POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                if (!drainer.isAlive()) {
                    throw new StoreException("batching writer stopped before the flush completed" + failureSuffix());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for a flush of the store queue", e);
        }
    }

    private void enqueue(Object item, String what) {
        producers.incrementAndGet();
        try {
            if (closed) {
                throw new IllegalStateException("batching writer is closed; " + what + " was not queued");
            }
            while (!queue.offer(item, OFFER_POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                if (abandoned) {
                    throw new StoreException(
                            "batching writer was abandoned on close; " + what + " was not queued" + failureSuffix());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException(
                    "interrupted while waiting for room in the store queue (" + queue.size() + " of "
                            + settings.queueCapacity() + " queued); " + what + " was not queued",
                    e);
        } finally {
            producers.decrementAndGet();
        }
    }

    /** Returns how many events, cursors and flushes are waiting in the queue. */
    public int queued() {
        return queue.size();
    }

    /** Returns the queue's capacity. */
    public int queueCapacity() {
        return settings.queueCapacity();
    }

    /** Returns how many batches were committed. */
    public long committedBatches() {
        return committedBatches;
    }

    /** Returns how many events were committed. */
    public long committedEvents() {
        return committedEvents;
    }

    /** Returns how many history points were committed. */
    public long committedPoints() {
        return committedPoints;
    }

    /** Returns how many commit attempts failed (and were retried). */
    public long failedCommits() {
        return failedCommits;
    }

    /** Returns how long the latest successful commit took. */
    public Duration lastCommitLatency() {
        return Duration.ofNanos(lastCommitNanos);
    }

    /** Returns why the latest commit attempt failed; empty when it succeeded (or none was made yet). */
    public Optional<RuntimeException> failure() {
        return Optional.ofNullable(failure);
    }

    /** Returns whether the latest commit attempt failed, so that the writer is retrying. */
    public boolean isFailing() {
        return failure != null;
    }

    private String failureSuffix() {
        RuntimeException f = failure;
        return f == null ? "" : "; last failure: " + f.getMessage();
    }

    /**
     * Commits what is queued and stops the writer (the store stays open). Waits at most the close
     * timeout for failing commits to succeed.
     *
     * @throws StoreException when events could not be committed within the close timeout
     */
    @Override
    public void close() {
        if (!closeCalled.compareAndSet(false, true)) {
            return;
        }
        closed = true;
        queue.offer(STOP);
        try {
            drainer.join(settings.closeTimeout().toMillis());
            if (!drainer.isAlive()) {
                return;
            }
            abandoned = true;
            drainer.interrupt();
            drainer.join();
            while (producers.get() > 0) {
                Thread.sleep(OFFER_POLL_MILLIS / 10);
            }
            long lost = uncommittedEvents
                    + queue.stream().filter(PictureEvent.class::isInstance).count();
            queue.clear();
            throw new StoreException(
                    "batching writer closed after waiting " + settings.closeTimeout() + " with " + lost
                            + " events not committed" + failureSuffix(),
                    failure);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while closing the batching writer", e);
        }
    }

    private void drain() {
        Batch batch = new Batch();
        List<Object> items = new ArrayList<>(DRAIN_CHUNK);
        long deadline = 0;
        long interval = settings.commitInterval().toNanos();
        try {
            while (true) {
                Object first;
                if (batch.isEmpty()) {
                    first = queue.poll(IDLE_POLL_MILLIS, TimeUnit.MILLISECONDS);
                } else {
                    long wait = deadline - System.nanoTime();
                    first = wait > 0 ? queue.poll(wait, TimeUnit.NANOSECONDS) : null;
                }
                if (first != null) {
                    items.add(first);
                    // No more than the batch has room for: the queue and one batch bound the memory.
                    int room = settings.maxEventsPerBatch() - batch.events - 1;
                    queue.drainTo(items, Math.min(DRAIN_CHUNK - 1, Math.max(0, room)));
                }
                for (Object item : items) {
                    if (item instanceof PictureEvent event) {
                        if (batch.isEmpty()) {
                            deadline = System.nanoTime() + interval;
                        }
                        batch.add(event);
                        uncommittedEvents = batch.events;
                        if (batch.events >= settings.maxEventsPerBatch()) {
                            commit(batch);
                        }
                    } else if (item instanceof CursorUpdate cursor) {
                        if (batch.isEmpty()) {
                            deadline = System.nanoTime() + interval;
                        }
                        batch.cursors.put(cursor.feedId(), cursor.lines());
                    } else if (item instanceof Flush flush) {
                        commit(batch);
                        flush.done.countDown();
                    } else {
                        commit(batch); // STOP: no need to wait for the commit interval
                    }
                }
                items.clear();
                if (!batch.isEmpty() && deadline - System.nanoTime() <= 0) {
                    commit(batch);
                }
                if (closed && producers.get() == 0 && queue.isEmpty()) {
                    commit(batch);
                    return;
                }
            }
        } catch (InterruptedException e) {
            // Abandoned by close(): it reports what was not committed.
        }
    }

    /** Commits the batch, retrying until it succeeds; empties it. */
    private void commit(Batch batch) throws InterruptedException {
        if (batch.isEmpty()) {
            return;
        }
        PictureBatch pictureBatch = batch.toPictureBatch();
        long backoff = settings.retryBackoff().toNanos();
        while (true) {
            long start = System.nanoTime();
            try {
                store.commit(pictureBatch);
            } catch (RuntimeException e) {
                // Catching everything is deliberate: this is the writer's boundary, and a batch that was
                // not committed must be retried, not lost. failure() shows why it is stuck.
                failure = e;
                failedCommits++;
                if (abandoned) {
                    throw new InterruptedException("abandoned");
                }
                TimeUnit.NANOSECONDS.sleep(backoff);
                backoff = Math.min(backoff * 2, settings.maxRetryBackoff().toNanos());
                continue;
            }
            lastCommitNanos = System.nanoTime() - start;
            failure = null;
            committedBatches++;
            committedEvents += batch.events;
            committedPoints += pictureBatch.points().size();
            batch.clear();
            uncommittedEvents = 0;
            return;
        }
    }

    /** The batch being built: the latest snapshot per vessel, every point, the latest cursor per feed. */
    private static final class Batch {
        final Map<Integer, Vessel> vessels = new LinkedHashMap<>();
        final List<TrackPoint> points = new ArrayList<>();
        final Map<String, Long> cursors = new HashMap<>();
        int events;

        boolean isEmpty() {
            return events == 0 && cursors.isEmpty();
        }

        void add(PictureEvent event) {
            events++;
            switch (event) {
                case PictureEvent.VesselAppeared e ->
                    vessels.put(e.vessel().mmsi().value(), e.vessel());
                case PictureEvent.PositionReported e -> {
                    vessels.put(e.vessel().mmsi().value(), e.vessel());
                    points.add(new TrackPoint(e.vessel().mmsi(), e.fix()));
                }
                case PictureEvent.StaticDataChanged e ->
                    vessels.put(e.vessel().mmsi().value(), e.vessel());
                case PictureEvent.VesselWentStale e -> {
                    // Nothing stored changes; accept() does not even queue it.
                }
            }
        }

        PictureBatch toPictureBatch() {
            return new PictureBatch(new ArrayList<>(vessels.values()), points, cursors);
        }

        void clear() {
            vessels.clear();
            points.clear();
            cursors.clear();
            events = 0;
        }
    }
}
