package io.jisr.feed;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;

/** A clock that moves only when told, and a sleeper that moves it and remembers each wait. */
final class FakeTime implements InstantSource, Sleeper {
    static final Instant T0 = Instant.parse("2025-03-01T08:00:00Z");

    private Instant now = T0;
    private final List<Duration> sleeps = new ArrayList<>();

    @Override
    public synchronized Instant instant() {
        return now;
    }

    @Override
    public synchronized void sleep(Duration duration) {
        sleeps.add(duration);
        now = now.plus(duration);
    }

    synchronized void advance(Duration d) {
        now = now.plus(d);
    }

    synchronized List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }
}
