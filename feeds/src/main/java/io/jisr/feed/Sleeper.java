package io.jisr.feed;

import java.time.Duration;

/**
 * Waits for a while: back-off between reconnections and the pace of replays. Injected so that tests
 * run without real waits; a stopping feed interrupts it.
 */
@FunctionalInterface
public interface Sleeper {

    /**
     * Waits for {@code duration}.
     *
     * @throws InterruptedException when the feed is stopped meanwhile
     */
    void sleep(Duration duration) throws InterruptedException;

    /** Returns the sleeper that really waits, with {@link Thread#sleep(Duration)}. */
    static Sleeper system() {
        return Thread::sleep;
    }
}
