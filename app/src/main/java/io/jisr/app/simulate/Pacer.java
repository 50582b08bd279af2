package io.jisr.app.simulate;

import io.jisr.sim.SentenceSink;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;

/**
 * Holds lines back so they leave at a pace: either the simulated clock's times the wall clock × a
 * speed ({@link #realTime}), or a sustained number of lines per second ({@link #rate}). Flushes the
 * output before it waits, so what is due is never held in a buffer.
 */
public final class Pacer implements SentenceSink {
    /** Called about once a second in rate mode with the lines sent in that second. */
    public interface RateReport {
        /** Reports one second's count. */
        void second(long lines, double seconds);
    }

    private final LineOutput out;
    private final LongSupplier nanoClock;
    private final LongConsumer sleeper;
    private final double speed;
    private final double rate;
    private final RateReport report;
    private long startNanos = Long.MIN_VALUE;
    private long firstMillis;
    private long count;
    private long lastReportNanos;
    private long lastReportCount;

    private Pacer(
            LineOutput out,
            double speed,
            double rate,
            RateReport report,
            LongSupplier nanoClock,
            LongConsumer sleeper) {
        this.out = out;
        this.speed = speed;
        this.rate = rate;
        this.report = report;
        this.nanoClock = nanoClock;
        this.sleeper = sleeper;
    }

    /** Paces by simulated time: one simulated second takes {@code 1 / speed} seconds. */
    public static Pacer realTime(LineOutput out, double speed, LongSupplier nanoClock, LongConsumer sleeperNanos) {
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("speed must be a positive factor, was " + speed);
        }
        return new Pacer(out, speed, 0, (l, s) -> {}, nanoClock, sleeperNanos);
    }

    /** Paces at {@code linesPerSecond}, reporting the achieved rate about once a second. */
    public static Pacer rate(
            LineOutput out,
            double linesPerSecond,
            RateReport report,
            LongSupplier nanoClock,
            LongConsumer sleeperNanos) {
        if (!(linesPerSecond > 0) || Double.isInfinite(linesPerSecond)) {
            throw new IllegalArgumentException(
                    "rate must be a positive number of lines per second, was " + linesPerSecond);
        }
        return new Pacer(out, 0, linesPerSecond, report, nanoClock, sleeperNanos);
    }

    @Override
    public void accept(long millis, CharSequence line) {
        if (startNanos == Long.MIN_VALUE) {
            startNanos = nanoClock.getAsLong();
            lastReportNanos = startNanos;
            firstMillis = millis;
        }
        if (rate > 0) {
            // Check the clock once per 1/200 s worth of lines: cheap at 200,000 lines per second.
            if (count % Math.max(1, (long) (rate / 200)) == 0) {
                waitUntil(startNanos + (long) (count / rate * 1e9));
                long now = nanoClock.getAsLong();
                if (now - lastReportNanos >= 1_000_000_000L) {
                    report.second(count - lastReportCount, (now - lastReportNanos) / 1e9);
                    lastReportNanos = now;
                    lastReportCount = count;
                }
            }
        } else {
            waitUntil(startNanos + (long) ((millis - firstMillis) * 1e6 / speed));
        }
        out.accept(millis, line);
        count++;
    }

    /** Returns the lines passed on. */
    public long count() {
        return count;
    }

    /** Returns the seconds since the first line. */
    public double elapsedSeconds() {
        return startNanos == Long.MIN_VALUE ? 0 : (nanoClock.getAsLong() - startNanos) / 1e9;
    }

    private void waitUntil(long dueNanos) {
        long wait = dueNanos - nanoClock.getAsLong();
        if (wait > 1_000_000) {
            out.flush();
            sleeper.accept(dueNanos - nanoClock.getAsLong());
        }
    }
}
