package io.jisr.store;

import java.time.Duration;

/**
 * How a {@link BatchingWriter} groups picture events into commits.
 *
 * @param queueCapacity how many events and cursor updates may wait; producers block beyond this
 * @param commitInterval longest time from the first event of a batch to its commit
 * @param maxEventsPerBatch a batch is committed as soon as it holds this many events
 * @param retryBackoff wait after the first failed commit; doubled after each further failure
 * @param maxRetryBackoff the longest wait between retries
 * @param closeTimeout how long {@link BatchingWriter#close()} waits for the last commits
 */
public record BatchingWriterSettings(
        int queueCapacity,
        Duration commitInterval,
        int maxEventsPerBatch,
        Duration retryBackoff,
        Duration maxRetryBackoff,
        Duration closeTimeout) {

    /** Checks the settings. */
    public BatchingWriterSettings {
        if (queueCapacity < 1) {
            throw new IllegalArgumentException("store queue capacity must be at least 1, was " + queueCapacity);
        }
        if (maxEventsPerBatch < 1) {
            throw new IllegalArgumentException("events per batch must be at least 1, was " + maxEventsPerBatch);
        }
        positive("commit interval", commitInterval);
        positive("retry backoff", retryBackoff);
        positive("close timeout", closeTimeout);
        if (maxRetryBackoff.compareTo(retryBackoff) < 0) {
            throw new IllegalArgumentException("maximum retry backoff must be at least the retry backoff "
                    + retryBackoff + ", was " + maxRetryBackoff);
        }
    }

    /**
     * A queue of 100,000, commits every 500 ms or 50,000 events, retries from 100 ms up to 10 s, and 30
     * s to close.
     */
    public static BatchingWriterSettings defaults() {
        return new BatchingWriterSettings(
                100_000,
                Duration.ofMillis(500),
                50_000,
                Duration.ofMillis(100),
                Duration.ofSeconds(10),
                Duration.ofSeconds(30));
    }

    /** Returns these settings with another queue capacity. */
    public BatchingWriterSettings withQueueCapacity(int capacity) {
        return new BatchingWriterSettings(
                capacity, commitInterval, maxEventsPerBatch, retryBackoff, maxRetryBackoff, closeTimeout);
    }

    /** Returns these settings with another commit interval and batch size. */
    public BatchingWriterSettings withCommitEvery(Duration interval, int maxEvents) {
        return new BatchingWriterSettings(
                queueCapacity, interval, maxEvents, retryBackoff, maxRetryBackoff, closeTimeout);
    }

    /** Returns these settings with other retry waits. */
    public BatchingWriterSettings withRetryBackoff(Duration first, Duration max) {
        return new BatchingWriterSettings(queueCapacity, commitInterval, maxEventsPerBatch, first, max, closeTimeout);
    }

    /** Returns these settings with another close timeout. */
    public BatchingWriterSettings withCloseTimeout(Duration timeout) {
        return new BatchingWriterSettings(
                queueCapacity, commitInterval, maxEventsPerBatch, retryBackoff, maxRetryBackoff, timeout);
    }

    private static void positive(String name, Duration d) {
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + d);
        }
    }
}
