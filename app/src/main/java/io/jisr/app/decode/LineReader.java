package io.jisr.app.decode;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a byte stream in large blocks into one reused buffer and hands each line to a consumer as a
 * range of that buffer, so memory stays constant however long the stream is.
 */
final class LineReader {
    /*
     * Implementation note: a line that does not fit the buffer is handed over cut to the buffer's
     * length (longer than any decoder limit, so it is rejected and counted as one line) and the rest
     * of it is skipped up to its newline; hostile input without newlines cannot grow memory.
     */

    /** Receives one line, without its newline; the bytes are valid only during the call. */
    @FunctionalInterface
    interface LineConsumer {
        /** Takes the line {@code buf[offset, offset + length)}. */
        void line(byte[] buf, int offset, int length);
    }

    private final byte[] buf;

    /** Creates a reader whose buffer holds {@code capacity} bytes. */
    LineReader(int capacity) {
        this.buf = new byte[capacity];
    }

    /**
     * Reads {@code in} to its end, calling {@code consumer} for every line (a last line without a
     * newline included) and {@code afterBlock} after each block read.
     */
    void read(InputStream in, LineConsumer consumer, Runnable afterBlock) throws IOException {
        int start = 0;
        int end = 0;
        boolean skipping = false;
        while (true) {
            if (end == buf.length) {
                if (start > 0) {
                    System.arraycopy(buf, start, buf, 0, end - start);
                    end -= start;
                    start = 0;
                } else {
                    if (!skipping) {
                        consumer.line(buf, 0, end);
                        skipping = true;
                    }
                    start = 0;
                    end = 0;
                }
            }
            int n = in.read(buf, end, buf.length - end);
            if (n < 0) {
                break;
            }
            int from = end;
            end += n;
            for (int i = from; i < end; i++) {
                if (buf[i] == '\n') {
                    if (skipping) {
                        skipping = false;
                    } else {
                        consumer.line(buf, start, i - start);
                    }
                    start = i + 1;
                }
            }
            if (start == end) {
                start = 0;
                end = 0;
            }
            afterBlock.run();
        }
        if (start < end && !skipping) {
            consumer.line(buf, start, end - start);
        }
    }
}
