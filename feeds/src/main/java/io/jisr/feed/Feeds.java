package io.jisr.feed;

import java.time.InstantSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Starts, stops and reports the feeds of a node. Each feed runs on virtual threads of its own (one per
 * connection for a TCP server) and hands what it decodes to the one {@link FeedSink}. Thread-safe.
 *
 * <p>A feed stays listed after it finishes or fails, so its final status can be read, until it is
 * stopped; its id may then be used again.
 */
public final class Feeds implements AutoCloseable {
    private final FeedSink sink;
    private final FeedOptions options;
    private final InstantSource clock;
    private final Sleeper sleeper;
    private final Map<String, RunningFeed> feeds = new LinkedHashMap<>();

    /**
     * Creates the runner; no feed runs until {@link #start}.
     *
     * @param sink receives every feed's messages, rejections and file cursors
     * @param options settings shared by the feeds
     * @param clock the time of arrival of lines, and of status times
     * @param sleeper waits for back-off and paced replays
     */
    public Feeds(FeedSink sink, FeedOptions options, InstantSource clock, Sleeper sleeper) {
        this.sink = Objects.requireNonNull(sink, "feed sink must not be null");
        this.options = Objects.requireNonNull(options, "feed options must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper must not be null");
    }

    /** Creates the runner with default options, the system clock and real waits. */
    public Feeds(FeedSink sink) {
        this(sink, FeedOptions.defaults(), InstantSource.system(), Sleeper.system());
    }

    /**
     * Starts a feed; returns at once, its thread connecting, binding or reading meanwhile (see
     * {@link #status}).
     *
     * @throws IllegalStateException if a feed with the same id is listed
     */
    public synchronized void start(Feed feed) {
        Objects.requireNonNull(feed, "feed must not be null");
        RunningFeed existing = feeds.get(feed.id());
        if (existing != null) {
            throw new IllegalStateException("feed \"" + feed.id() + "\" is already listed (state "
                    + existing.status().state() + "); stop it before starting it again");
        }
        RunningFeed running = RunningFeed.of(feed, sink, options, clock, sleeper);
        feeds.put(feed.id(), running);
        running.start();
    }

    /**
     * Stops a feed, closing its sockets or file and joining its threads, and removes it from the list.
     *
     * @return the feed's final status, empty if no feed has this id
     * @throws FeedException if its threads did not end within {@link FeedOptions#stopTimeout()}
     */
    public Optional<FeedStatus> stop(String feedId) {
        RunningFeed running;
        synchronized (this) {
            running = feeds.remove(feedId);
        }
        if (running == null) {
            return Optional.empty();
        }
        running.stop();
        return Optional.of(running.status());
    }

    /** Returns the status of one feed, empty if no feed has this id. */
    public synchronized Optional<FeedStatus> status(String feedId) {
        return Optional.ofNullable(feeds.get(feedId)).map(RunningFeed::status);
    }

    /** Returns the status of every listed feed, in the order they were started. */
    public synchronized List<FeedStatus> statuses() {
        List<FeedStatus> all = new ArrayList<>(feeds.size());
        feeds.values().forEach(f -> all.add(f.status()));
        return List.copyOf(all);
    }

    /**
     * Stops every feed.
     *
     * @throws FeedException if some feed's threads did not end in time; the others are stopped anyway
     */
    @Override
    public void close() {
        List<String> ids;
        synchronized (this) {
            ids = List.copyOf(feeds.keySet());
        }
        FeedException first = null;
        for (String id : ids) {
            try {
                stop(id);
            } catch (FeedException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
