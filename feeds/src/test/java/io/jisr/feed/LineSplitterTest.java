package io.jisr.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineSplitterTest {

    final List<String> out = new ArrayList<>();
    final LineSplitter splitter = new LineSplitter(16, new LineSplitter.Lines() {
        @Override
        public void line(byte[] buf, int offset, int length) {
            out.add(new String(buf, offset, length, StandardCharsets.ISO_8859_1));
        }

        @Override
        public void oversized(byte[] buf, int offset, int startLength, long length) {
            out.add("OVERSIZED " + length + " " + new String(buf, offset, startLength, StandardCharsets.ISO_8859_1));
        }

        @Override
        public void truncated(long length) {
            out.add("TRUNCATED " + length);
        }
    });

    void feed(String... chunks) throws InterruptedException {
        for (String c : chunks) {
            byte[] b = c.getBytes(StandardCharsets.ISO_8859_1);
            splitter.accept(b, 0, b.length);
        }
    }

    @Test
    void accept_lfCrLfAndCr_endLinesAlike() throws InterruptedException {
        feed("a\nb\r\nc\rd\n");
        assertThat(out).containsExactly("a", "b", "c", "d");
    }

    @Test
    void accept_crLfSplitAcrossChunks_endsOneLine() throws InterruptedException {
        feed("a\r", "\nb\n");
        assertThat(out).containsExactly("a", "b");
    }

    @Test
    void accept_blankLines_areLines() throws InterruptedException {
        feed("a\n\nb\r\n\r\nc\r\rd\n");
        assertThat(out).containsExactly("a", "", "b", "", "c", "", "d");
    }

    @Test
    void accept_lineAcrossChunks_isJoined() throws InterruptedException {
        feed("!AIV", "DM,1", ",1\nnext\n");
        assertThat(out).containsExactly("!AIVDM,1,1", "next");
    }

    @Test
    void accept_lineOfExactlyTheLimit_isKept() throws InterruptedException {
        feed("0123456789abcdef\n", "01234567", "89abcdef\n");
        assertThat(out).containsExactly("0123456789abcdef", "0123456789abcdef");
    }

    @Test
    void accept_overLongLineInOneChunk_isReportedWithItsLengthAndStart() throws InterruptedException {
        feed("0123456789abcdefX\nok\n");
        assertThat(out).containsExactly("OVERSIZED 17 0123456789abcdef", "ok");
    }

    @Test
    void accept_overLongLineOverManyChunks_isReportedOnceAtItsEnd() throws InterruptedException {
        feed("0123456789", "abcdefghij", "klmnopqrst", "uv\nok\n");
        assertThat(out).containsExactly("OVERSIZED 32 0123456789abcdef", "ok");
    }

    @Test
    void end_incompleteStream_countsTheCutLineAsTruncated() throws InterruptedException {
        feed("a\n!AIVDM,1,1");
        splitter.end(false);
        assertThat(out).containsExactly("a", "TRUNCATED 10");
    }

    @Test
    void end_completeStream_deliversTheUnterminatedLastLine() throws InterruptedException {
        feed("a\nlast");
        splitter.end(true);
        splitter.end(true);
        assertThat(out).containsExactly("a", "last");
    }

    @Test
    void end_afterTerminatedLine_deliversNothingMore() throws InterruptedException {
        feed("a\r\n");
        splitter.end(false);
        assertThat(out).containsExactly("a");
    }
}
