package io.jisr.feed;

/**
 * Cuts a byte stream into lines of bounded length, without copying a line that lies within one chunk.
 * A line ends at LF, CR or CRLF. A line longer than the limit is not kept: its first bytes and its
 * length are reported once its end is seen. One splitter serves one stream and one thread.
 */
final class LineSplitter {

    /** Receives the lines. */
    interface Lines {

        /** A line without its terminator, {@code buf[offset, offset + length)}; the bytes are reused afterwards. */
        void line(byte[] buf, int offset, int length) throws InterruptedException;

        /**
         * A line of {@code length} bytes, more than the limit, whose first bytes are
         * {@code buf[offset, offset + startLength)}.
         */
        void oversized(byte[] buf, int offset, int startLength, long length) throws InterruptedException;

        /** The stream ended in the middle of a line of {@code length} bytes, which is dropped. */
        void truncated(long length);
    }

    private final int maxLineLength;
    private final Lines lines;
    private final byte[] carry;
    private int carried;
    /** Length so far of an over-long line being skipped; -1 when none is. */
    private long skipping = -1;
    /** The last byte seen was a CR that ended a line: an LF right after it ends nothing more. */
    private boolean afterCr;

    LineSplitter(int maxLineLength, Lines lines) {
        this.maxLineLength = maxLineLength;
        this.lines = lines;
        this.carry = new byte[maxLineLength];
    }

    /** Reads the next chunk of the stream. */
    void accept(byte[] buf, int offset, int length) throws InterruptedException {
        int end = offset + length;
        int i = offset;
        while (i < end) {
            int t = i;
            while (t < end && buf[t] != '\n' && buf[t] != '\r') {
                t++;
            }
            if (t > i) {
                afterCr = false;
            }
            if (t == end) {
                keep(buf, i, end);
                return;
            }
            if (buf[t] == '\n' && afterCr) {
                afterCr = false;
            } else {
                endLine(buf, i, t);
                afterCr = buf[t] == '\r';
            }
            i = t + 1;
        }
    }

    /**
     * Ends the stream. A last line without terminator is delivered when {@code complete} (the end of a
     * file or datagram), otherwise reported as truncated (a connection that broke off).
     */
    void end(boolean complete) throws InterruptedException {
        if (carried == 0 && skipping < 0) {
            return;
        }
        if (complete) {
            endLine(carry, 0, 0);
        } else {
            long length = skipping >= 0 ? skipping : carried;
            carried = 0;
            skipping = -1;
            lines.truncated(length);
        }
        afterCr = false;
    }

    private void endLine(byte[] buf, int from, int to) throws InterruptedException {
        int n = to - from;
        if (skipping >= 0) {
            long length = skipping + n;
            int start = carried;
            carried = 0;
            skipping = -1;
            lines.oversized(carry, 0, start, length);
        } else if (carried > 0) {
            if (carried + n > maxLineLength) {
                long length = (long) carried + n;
                int start = carried;
                carried = 0;
                lines.oversized(carry, 0, start, length);
            } else {
                System.arraycopy(buf, from, carry, carried, n);
                int length = carried + n;
                carried = 0;
                lines.line(carry, 0, length);
            }
        } else if (n > maxLineLength) {
            lines.oversized(buf, from, maxLineLength, n);
        } else {
            lines.line(buf, from, n);
        }
    }

    /** Keeps the start of a line whose end is in a later chunk. */
    private void keep(byte[] buf, int from, int to) {
        int n = to - from;
        if (skipping >= 0) {
            skipping += n;
        } else if (carried + n > maxLineLength) {
            skipping = (long) carried + n;
            int room = maxLineLength - carried;
            System.arraycopy(buf, from, carry, carried, room);
            carried = maxLineLength;
        } else {
            System.arraycopy(buf, from, carry, carried, n);
            carried += n;
        }
    }
}
