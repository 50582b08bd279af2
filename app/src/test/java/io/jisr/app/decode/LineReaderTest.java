package io.jisr.app.decode;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineReaderTest {

    private static List<String> lines(InputStream in, int capacity) throws IOException {
        List<String> lines = new ArrayList<>();
        new LineReader(capacity)
                .read(
                        in,
                        (buf, offset, length) ->
                                lines.add(new String(buf, offset, length, StandardCharsets.ISO_8859_1)),
                        () -> {});
        return lines;
    }

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** A stream that returns one byte per read, as a slow pipe may. */
    private static InputStream trickle(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1)) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1));
            }
        };
    }

    @Test
    void read_mixedLineEnds_handsOverEachLineWithoutNewline() throws IOException {
        assertThat(lines(bytes("a\nbb\r\n\nccc"), 64)).containsExactly("a", "bb\r", "", "ccc");
    }

    @Test
    void read_finalNewline_addsNoEmptyLine() throws IOException {
        assertThat(lines(bytes("a\nb\n"), 64)).containsExactly("a", "b");
    }

    @Test
    void read_emptyStream_handsOverNothing() throws IOException {
        assertThat(lines(bytes(""), 64)).isEmpty();
    }

    @Test
    void read_linesAcrossBlockBoundaries_areReassembled() throws IOException {
        String text = "first line\nsecond, longer line\nthird\n";

        assertThat(lines(trickle(text), 32)).containsExactly("first line", "second, longer line", "third");
        assertThat(lines(bytes(text.repeat(50)), 32))
                .hasSize(150)
                .containsOnly("first line", "second, longer line", "third");
    }

    @Test
    void read_lineLongerThanBuffer_isHandedOverCutOnceAndSkipped() throws IOException {
        String longLine = "x".repeat(100);

        assertThat(lines(bytes("a\n" + longLine + "\nb\n" + longLine), 32))
                .containsExactly("a", "x".repeat(32), "b", "x".repeat(32));
    }

    @Test
    void read_everyBlock_runsTheAfterBlockHook() throws IOException {
        int[] blocks = new int[1];

        new LineReader(64).read(trickle("abc\n"), (b, o, l) -> {}, () -> blocks[0]++);

        assertThat(blocks[0]).isEqualTo(4);
    }
}
