package io.jisr.app.simulate;

import io.jisr.sim.SentenceSink;
import java.util.Arrays;

/**
 * Simulated lines kept in memory to be sent again and again in load mode, each time with its
 * tag-block time moved on by the pool's span: a stream as fast as the output takes it, with the
 * simulated traffic's content and plausible, increasing times.
 */
final class LinePool implements SentenceSink {
    /*
     * Implementation note: live simulation produces about 200,000 lines per second per core on this
     * machine, with nothing to spare when the cores are shared, while copying a pooled line and
     * rewriting its c: field costs well under a microsecond. The tag block's checksum is the XOR of
     * its characters, so the part before the time is XORed once, here, and only the new digits are
     * XORed per line.
     */

    private final int capacityLines;
    private byte[] bytes = new byte[1 << 20];
    private int used;
    private int[] lineStart = new int[1 << 14];
    private int[] digitsStart = new int[1 << 14];
    private int[] digitsEnd = new int[1 << 14];
    private int[] prefixXor = new int[1 << 14];
    private long[] millis = new long[1 << 14];
    private int lines;
    private Runnable whenFull = () -> {};

    LinePool(int capacityLines) {
        if (capacityLines < 1) {
            throw new IllegalArgumentException("pool capacity must be positive, was " + capacityLines);
        }
        this.capacityLines = capacityLines;
    }

    /** Runs {@code action} once the pool is full (to stop the simulation). */
    void whenFull(Runnable action) {
        this.whenFull = action;
    }

    @Override
    public void accept(long time, CharSequence line) {
        if (lines == capacityLines) {
            return;
        }
        int n = line.length();
        int c = indexOf(line, ",c:") + 3;
        int star = indexOf(line, "*");
        if (c < 3 || star < c || line.charAt(0) != '\\') {
            throw new IllegalArgumentException("a pooled line needs a tag block with c: last, was \"" + line + "\"");
        }
        if (lines == lineStart.length) {
            int grown = lines * 2;
            lineStart = Arrays.copyOf(lineStart, grown);
            digitsStart = Arrays.copyOf(digitsStart, grown);
            digitsEnd = Arrays.copyOf(digitsEnd, grown);
            prefixXor = Arrays.copyOf(prefixXor, grown);
            millis = Arrays.copyOf(millis, grown);
        }
        if (used + n > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, used + n));
        }
        int xor = 0;
        for (int i = 1; i < c; i++) {
            xor ^= line.charAt(i);
        }
        lineStart[lines] = used;
        digitsStart[lines] = used + c;
        digitsEnd[lines] = used + star;
        prefixXor[lines] = xor;
        millis[lines] = time;
        for (int i = 0; i < n; i++) {
            bytes[used++] = (byte) line.charAt(i);
        }
        lines++;
        if (lines == capacityLines) {
            whenFull.run();
        }
    }

    int size() {
        return lines;
    }

    /** Returns the simulated span one pass covers, with one second between the last line and the next pass. */
    long spanMillis() {
        return lines == 0 ? 0 : millis[lines - 1] - millis[0] + 1000;
    }

    /** Writes pooled line {@code index} into {@code out} with its time moved on by {@code shiftMillis}. */
    void write(int index, long shiftMillis, StringBuilder out) {
        out.setLength(0);
        int s = lineStart[index];
        for (int i = s; i < digitsStart[index]; i++) {
            out.append((char) bytes[i]);
        }
        int digitsFrom = out.length();
        out.append(millis[index] + shiftMillis);
        int xor = prefixXor[index];
        for (int i = digitsFrom; i < out.length(); i++) {
            xor ^= out.charAt(i);
        }
        out.append('*').append(HEX[xor >> 4]).append(HEX[xor & 15]);
        int end = index + 1 < lines ? lineStart[index + 1] : used;
        for (int i = digitsEnd[index] + 3; i < end; i++) {
            out.append((char) bytes[i]);
        }
    }

    /** Returns the original simulated time of line {@code index}. */
    long millis(int index) {
        return millis[index];
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private static int indexOf(CharSequence s, String what) {
        outer:
        for (int i = 0; i + what.length() <= s.length(); i++) {
            for (int j = 0; j < what.length(); j++) {
                if (s.charAt(i + j) != what.charAt(j)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
