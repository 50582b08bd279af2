package io.jisr.app.node;

import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The picture's "now": the latest message time applied so far, so that staleness, age filters and
 * sweeps follow the data, not the wall clock. A recorded day replayed at any speed then ages vessels
 * exactly as living through it did. Before any message it reads the fallback clock.
 */
public final class MessageClock implements InstantSource {
    private final AtomicLong latestMillis = new AtomicLong(Long.MIN_VALUE);
    private final InstantSource fallback;

    /** Creates a clock that reads {@code fallback} until the first message. */
    public MessageClock(InstantSource fallback) {
        this.fallback = fallback;
    }

    /** Moves the clock forward to {@code time} if it is later than anything seen. */
    public void advanceTo(Instant time) {
        long millis = time.toEpochMilli();
        latestMillis.accumulateAndGet(millis, Math::max);
    }

    @Override
    public Instant instant() {
        long millis = latestMillis.get();
        return millis == Long.MIN_VALUE ? fallback.instant() : Instant.ofEpochMilli(millis);
    }
}
