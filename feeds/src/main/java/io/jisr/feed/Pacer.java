package io.jisr.feed;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/**
 * Releases recorded lines at their recorded pace times a speed factor. The first timed line fixes the
 * origin; each later one is released when the wall clock has advanced by (its time − the first time)
 * ÷ speed. The schedule is absolute, so time spent delivering is not added to the waits, and a line
 * whose time lies before the schedule (receivers out of order, a slow sink) goes at once.
 */
final class Pacer {
    private final double speed;
    private final InstantSource clock;
    private final Sleeper sleeper;
    private Instant recordedOrigin;
    private Instant wallOrigin;

    Pacer(double speed, InstantSource clock, Sleeper sleeper) {
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("pace speed must be a positive factor, was " + speed);
        }
        this.speed = speed;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** Waits until the line recorded at {@code recordedAt} is due. */
    void await(Instant recordedAt) throws InterruptedException {
        if (recordedOrigin == null) {
            recordedOrigin = recordedAt;
            wallOrigin = clock.instant();
            return;
        }
        long recordedNanos = Duration.between(recordedOrigin, recordedAt).toNanos();
        if (recordedNanos <= 0) {
            return;
        }
        Instant due = wallOrigin.plusNanos(Math.round(recordedNanos / speed));
        Duration wait = Duration.between(clock.instant(), due);
        if (!wait.isNegative() && !wait.isZero()) {
            sleeper.sleep(wait);
        }
    }
}
