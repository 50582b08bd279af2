package io.jisr.app.decode;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * The progress line {@code jisr decode} keeps redrawing on a terminal during long runs: nothing for
 * the first two seconds (short runs stay quiet), then every half second, overwritten with {@code \r}.
 */
final class Progress {
    private static final long QUIET_NANOS = 2_000_000_000L;
    private static final long EVERY_NANOS = 500_000_000L;

    private final PrintWriter err;
    private final boolean enabled;
    private final long start;
    private long next;
    private int drawnWidth;

    /** Creates a progress line on {@code err}, drawn only when {@code enabled} (stderr is a terminal). */
    Progress(PrintWriter err, boolean enabled, long startNanos) {
        this.err = err;
        this.enabled = enabled;
        this.start = startNanos;
        this.next = startNanos + QUIET_NANOS;
    }

    /** Redraws the line if it is due; {@code lines} is asked only then. */
    void update(String input, LongSupplier lines) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (now - next < 0) {
            return;
        }
        next = now + EVERY_NANOS;
        long read = lines.getAsLong();
        double seconds = (now - start) / 1e9;
        String text = String.format(
                Locale.ROOT, "decoding %s: %,d lines, %,.0f lines/s, %.0f s", input, read, read / seconds, seconds);
        err.print("\r" + text + " ".repeat(Math.max(0, drawnWidth - text.length())));
        err.flush();
        drawnWidth = text.length();
    }

    /** Erases the line, so that the summary starts on a clean line. */
    void clear() {
        if (drawnWidth > 0) {
            err.print("\r" + " ".repeat(drawnWidth) + "\r");
            err.flush();
            drawnWidth = 0;
        }
    }
}
