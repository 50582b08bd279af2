package io.jisr.feed;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A started feed: its threads, the sockets or files they hold, and its counters. Subclasses implement
 * {@link #run()} for one {@link FeedSpec} kind.
 */
abstract sealed class RunningFeed permits TcpClientFeed, TcpServerFeed, UdpFeed, FileReplayFeed {
    /*
     * Implementation note: every thread a feed starts is a virtual thread registered in `threads`, and
     * every socket, channel or stream it opens is registered in `resources`. Stopping sets `stopping`
     * under the same lock that registers threads (so no thread starts after a stop), closes every
     * resource (which unblocks accept, read and receive), interrupts the threads (which ends sleeps)
     * and joins them. Threads treat any I/O failure seen while `stopping` as the stop itself.
     */

    /** A body of work that may be interrupted by a stop. */
    @FunctionalInterface
    interface Work {
        void run() throws InterruptedException;
    }

    final Feed feed;
    final FeedSink sink;
    final FeedOptions options;
    final InstantSource clock;
    final Sleeper sleeper;
    final FeedCounters counters;

    private final Object lock = new Object();
    private final Set<Thread> threads = ConcurrentHashMap.newKeySet();
    private final Set<Closeable> resources = ConcurrentHashMap.newKeySet();
    volatile boolean stopping;

    RunningFeed(Feed feed, FeedSink sink, FeedOptions options, InstantSource clock, Sleeper sleeper) {
        this.feed = feed;
        this.sink = sink;
        this.options = options;
        this.clock = clock;
        this.sleeper = sleeper;
        this.counters = new FeedCounters(feed, clock, options.rateWindow());
    }

    /** Creates the running form of {@code feed}, not yet started. */
    static RunningFeed of(Feed feed, FeedSink sink, FeedOptions options, InstantSource clock, Sleeper sleeper) {
        return switch (feed.spec()) {
            case FeedSpec.TcpClient spec -> new TcpClientFeed(feed, spec, sink, options, clock, sleeper);
            case FeedSpec.TcpServer spec -> new TcpServerFeed(feed, spec, sink, options, clock, sleeper);
            case FeedSpec.Udp spec -> new UdpFeed(feed, spec, sink, options, clock, sleeper);
            case FeedSpec.FileReplay spec -> new FileReplayFeed(feed, spec, sink, options, clock, sleeper);
        };
    }

    /** The feed's main loop; returns when the feed is finished or stopping. */
    abstract void run() throws InterruptedException;

    /** Starts the feed's main thread. */
    final void start() {
        spawn("feed " + feed.id(), this::run);
    }

    /**
     * Starts {@code work} on a new virtual thread of this feed; returns false, starting nothing, once
     * the feed is stopping.
     */
    final boolean spawn(String name, Work work) {
        synchronized (lock) {
            if (stopping) {
                return false;
            }
            Thread thread = Thread.ofVirtual().name(name).unstarted(() -> guarded(work));
            threads.add(thread);
            thread.start();
            return true;
        }
    }

    private void guarded(Work work) {
        try {
            work.run();
        } catch (InterruptedException e) {
            // A stop: the thread ends.
        } catch (RuntimeException e) {
            if (!stopping) {
                fail("feed \"" + feed.id() + "\" stopped by " + e);
            }
        } finally {
            threads.remove(Thread.currentThread());
        }
    }

    /** Ends the feed in {@link FeedState#FAILED} because of a problem that retrying will not fix. */
    final void fail(String why) {
        counters.failure(why);
        counters.state(FeedState.FAILED);
        synchronized (lock) {
            stopping = true;
        }
        closeResources();
        for (Thread t : threads) {
            if (t != Thread.currentThread()) {
                t.interrupt();
            }
        }
    }

    /**
     * Stops the feed: closes its sockets and files, interrupts and joins its threads.
     *
     * @throws FeedException when a thread has not ended within {@link FeedOptions#stopTimeout()}
     */
    final void stop() {
        synchronized (lock) {
            stopping = true;
        }
        closeResources();
        List<Thread> running = new ArrayList<>(threads);
        running.forEach(Thread::interrupt);
        long deadlineNanos = System.nanoTime() + options.stopTimeout().toNanos();
        for (Thread t : running) {
            try {
                t.join(Duration.ofNanos(Math.max(1, deadlineNanos - System.nanoTime())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FeedException("interrupted while stopping feed \"" + feed.id() + "\"", e);
            }
        }
        List<Thread> left = threads.stream().filter(Thread::isAlive).toList();
        if (!left.isEmpty()) {
            throw new FeedException("feed \"" + feed.id() + "\" did not stop within " + options.stopTimeout()
                    + ": threads " + left.stream().map(Thread::getName).toList() + " still run; is the sink blocked?");
        }
        if (counters.state() != FeedState.FAILED && counters.state() != FeedState.FINISHED) {
            counters.state(FeedState.STOPPED);
        }
    }

    /** Returns the feed's status now. */
    final FeedStatus status() {
        return counters.snapshot();
    }

    /** Registers something that stopping must close. */
    final <T extends Closeable> T track(T resource) {
        resources.add(resource);
        if (stopping) {
            quietlyClose(resource);
        }
        return resource;
    }

    /** Closes a resource and forgets it. */
    final void release(Closeable resource) {
        resources.remove(resource);
        quietlyClose(resource);
    }

    private void closeResources() {
        for (Closeable c : List.copyOf(resources)) {
            quietlyClose(c);
        }
    }

    private static void quietlyClose(Closeable c) {
        try {
            c.close();
        } catch (IOException e) {
            // Closing to stop or to drop a connection: a failure to close has nothing left to lose.
        }
    }

    /** A decoding pipeline for one live connection or sender of this feed. */
    final StreamDecoder liveDecoder() {
        return new StreamDecoder(feed.id(), sink, counters, clock, options.decoder(), StreamDecoder.Mode.LIVE);
    }

    /**
     * Reads {@code in} to its end into {@code decoder}; a last line without terminator is counted as
     * truncated, since the connection broke off in its middle.
     */
    static void pump(InputStream in, StreamDecoder decoder) throws IOException, InterruptedException {
        byte[] buf = new byte[16 * 1024];
        try {
            int n;
            while ((n = in.read(buf)) >= 0) {
                if (n > 0) {
                    decoder.accept(buf, 0, n);
                }
            }
        } catch (IOException e) {
            decoder.end(false);
            throw e;
        }
        decoder.end(false);
    }

    /** Waits before the next attempt, showing {@link FeedState#BACKING_OFF} meanwhile. */
    final void backOff(BackOff backOff) throws InterruptedException {
        Duration wait = backOff.next();
        counters.backingOff(wait);
        sleeper.sleep(wait);
    }

    /** Describes an I/O failure in words, for {@link FeedStatus#lastError()}. */
    static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
