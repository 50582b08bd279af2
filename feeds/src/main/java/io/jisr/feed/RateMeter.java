package io.jisr.feed;

import java.util.function.LongSupplier;

/**
 * Lines and messages per second over a sliding window, from samples of two growing counters. Feed
 * threads call {@link #tick} per line, which samples at most ten times per window, so the hot path
 * costs one volatile read; {@link #perSecond} may be called from any thread.
 */
final class RateMeter {
    /*
     * Implementation note: a rate is (count now - count at the oldest sample inside the window) divided
     * by the time since that sample. Samples come from the feed's own lines and from status reads, so a
     * feed that goes quiet decays to zero as its samples leave the window. The divisor is at least one
     * second, so a feed that has just started is not reported at a wild rate.
     */

    private static final int SAMPLES = 16;

    private final long windowMillis;
    private final long sampleEveryMillis;
    private final LongSupplier first;
    private final LongSupplier second;
    private final long[] times = new long[SAMPLES];
    private final long[] firstCounts = new long[SAMPLES];
    private final long[] secondCounts = new long[SAMPLES];
    private int newest = -1;
    private int count;
    private volatile long nextSampleAt = Long.MIN_VALUE;

    RateMeter(long windowMillis, LongSupplier first, LongSupplier second) {
        this.windowMillis = windowMillis;
        this.sampleEveryMillis = Math.max(1, windowMillis / 10);
        this.first = first;
        this.second = second;
    }

    /** Takes a sample if one is due at {@code nowMillis}. */
    void tick(long nowMillis) {
        if (nowMillis >= nextSampleAt) {
            sample(nowMillis);
        }
    }

    /** Returns the two counters' rates per second over the window ending at {@code nowMillis}. */
    synchronized double[] perSecond(long nowMillis) {
        sample(nowMillis);
        int base = newest;
        for (int k = count - 1; k >= 0; k--) {
            int i = (newest - k + SAMPLES) % SAMPLES;
            if (times[i] >= nowMillis - windowMillis) {
                base = i;
                break;
            }
        }
        double seconds = Math.max(nowMillis - times[base], 1000) / 1000.0;
        return new double[] {
            (first.getAsLong() - firstCounts[base]) / seconds, (second.getAsLong() - secondCounts[base]) / seconds
        };
    }

    private synchronized void sample(long nowMillis) {
        if (count > 0 && nowMillis < times[newest] + sampleEveryMillis && nowMillis >= times[newest]) {
            return;
        }
        newest = (newest + 1) % SAMPLES;
        times[newest] = nowMillis;
        firstCounts[newest] = first.getAsLong();
        secondCounts[newest] = second.getAsLong();
        count = Math.min(count + 1, SAMPLES);
        nextSampleAt = nowMillis + sampleEveryMillis;
    }
}
