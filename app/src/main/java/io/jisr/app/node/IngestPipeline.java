package io.jisr.app.node;

import io.jisr.ais.DecodeError;
import io.jisr.ais.Reception;
import io.jisr.ais.message.AisMessage;
import io.jisr.feed.FeedSink;
import io.jisr.picture.DuplicateFilter;
import io.jisr.picture.Observation;
import io.jisr.picture.Picture;
import io.jisr.picture.PictureEvent;
import java.time.Instant;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The single path from feeds to the picture: feeds hand decoded messages in on their own threads; one
 * ingest thread drops duplicate copies, applies the rest to the picture in arrival order and hands the
 * resulting events to storage and the live view.
 *
 * <p>The queue between the two is bounded: when the ingest thread falls behind, feed threads wait
 * (back-pressure reaches the sockets and file readers) instead of anything being dropped.
 */
public final class IngestPipeline implements FeedSink, AutoCloseable {
    /*
     * Implementation note: "line done" travels through the same queue as the messages of that line,
     * so the cursor handed to storage (EventSink.lineDone) always follows every event the line
     * produced. Storage commits the cursor with those events, which is what makes a restart resume a
     * replay without losing or duplicating history.
     */

    /** Where the ingest thread sends what it produced. */
    public interface EventSink {
        /** Receives one picture event, on the ingest thread. */
        void event(PictureEvent event);

        /** Says that every event of this feed's lines up to {@code line} has been handed over. */
        void lineDone(String feedId, long line);
    }

    /** What the pipeline counts; the node exposes these as metrics. */
    public interface Counters {
        /** A message was applied (after duplicate removal). */
        void applied(String feedId, AisMessage message);

        /** A copy of an already applied transmission was dropped. */
        void duplicate(String feedId);

        /** A feed rejected input. */
        void rejected(String feedId, DecodeError error);
    }

    private sealed interface Item {}

    private record MessageItem(String feedId, AisMessage message, Reception reception, Instant arrival)
            implements Item {}

    private record LineItem(String feedId, long line) implements Item {}

    private record Stop() implements Item {}

    private final Picture picture;
    private final DuplicateFilter duplicates;
    private final MessageClock clock;
    private final EventSink sink;
    private final Counters counters;
    private final BlockingQueue<Item> queue;
    private final Thread thread;
    private final AtomicLong appliedCount = new AtomicLong();
    private volatile RuntimeException failure;

    /**
     * Creates and starts the pipeline.
     *
     * @param capacity how many items may wait between feeds and the ingest thread
     */
    public IngestPipeline(
            Picture picture,
            DuplicateFilter duplicates,
            MessageClock clock,
            EventSink sink,
            Counters counters,
            int capacity) {
        this.picture = picture;
        this.duplicates = duplicates;
        this.clock = clock;
        this.sink = sink;
        this.counters = counters;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.thread = Thread.ofPlatform().name("jisr-ingest").daemon().start(this::run);
    }

    @Override
    public void accept(String feedId, AisMessage message, Reception reception, Instant arrival, long lineNumber) {
        put(new MessageItem(feedId, message, reception, arrival));
    }

    @Override
    public void rejected(String feedId, DecodeError error) {
        counters.rejected(feedId, error);
    }

    @Override
    public void lineDone(String feedId, long lineNumber) {
        put(new LineItem(feedId, lineNumber));
    }

    /** Returns how many items wait for the ingest thread. */
    public int queued() {
        return queue.size();
    }

    /** Returns the queue's capacity. */
    public int capacity() {
        return queue.size() + queue.remainingCapacity();
    }

    /** Returns how many messages were applied to the picture. */
    public long applied() {
        return appliedCount.get();
    }

    /** Returns whether the ingest thread is running without a failure. */
    public boolean isHealthy() {
        return failure == null && thread.isAlive();
    }

    /** Waits until everything queued so far has been applied, or the timeout passes; returns whether it was. */
    public boolean drain(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (!queue.isEmpty() || busy) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(5);
        }
        return true;
    }

    private volatile boolean busy;

    /** Applies what is queued, then stops the ingest thread. */
    @Override
    public void close() {
        put(new Stop());
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void put(Item item) {
        if (failure != null) {
            throw new IllegalStateException("ingest pipeline has stopped after a failure", failure);
        }
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for room in the ingest queue", e);
        }
    }

    private void run() {
        Consumer<PictureEvent> events = sink::event;
        try {
            while (true) {
                Item item = queue.take();
                busy = true;
                switch (item) {
                    case MessageItem m -> apply(m, events);
                    case LineItem l -> sink.lineDone(l.feedId(), l.line());
                    case Stop s -> {
                        busy = false;
                        return;
                    }
                }
                busy = false;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // Not swallowed: the node reports the pipeline unhealthy and feeds stop with this cause.
            failure = e;
            busy = false;
            throw e;
        }
    }

    private void apply(MessageItem m, Consumer<PictureEvent> events) {
        Observation observation = Observation.of(m.message(), m.reception(), m.arrival(), m.feedId());
        clock.advanceTo(observation.time());
        if (duplicates.isFirstCopy(m.message(), observation.time())) {
            picture.apply(observation, events);
            appliedCount.incrementAndGet();
            counters.applied(m.feedId(), m.message());
        } else {
            picture.heardAgain(observation);
            counters.duplicate(m.feedId());
        }
    }
}
