package io.jisr.incident.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    private static List<CsvRecord> read(String text) {
        return CsvReader.readAll(new StringReader(text));
    }

    @Test
    void read_rfc4180QuotedFields_keepCommasQuotesAndLineBreaks_andCountLines() {
        List<CsvRecord> records = read("\uFEFFa,b\r\n\"x, y\",\"say \"\"hi\"\"\r\nthen go\"\r\nlast,\r\n");

        assertThat(records)
                .containsExactly(
                        new CsvRecord.Fields(1, List.of("a", "b")),
                        new CsvRecord.Fields(2, List.of("x, y", "say \"hi\"\r\nthen go")),
                        new CsvRecord.Fields(4, List.of("last", "")));
    }

    @Test
    void read_lfAndCrLineEnds_emptyLines_andNoFinalLineEnd() {
        assertThat(read("a\n\nb\rc"))
                .containsExactly(
                        new CsvRecord.Fields(1, List.of("a")),
                        new CsvRecord.Fields(3, List.of("b")),
                        new CsvRecord.Fields(4, List.of("c")));
    }

    @Test
    void read_textAfterClosingQuote_isMalformed_andReadingGoesOn() {
        assertThat(read("\"a\"b,c\nd,e\n"))
                .containsExactly(
                        new CsvRecord.Malformed(1, "unexpected text after the closing quote of field 1"),
                        new CsvRecord.Fields(2, List.of("d", "e")));
    }

    @Test
    void read_quoteNeverClosed_isMalformedNamingWhereItOpened() {
        assertThat(read("a,b\nc,\"d\ne\nf"))
                .containsExactly(
                        new CsvRecord.Fields(1, List.of("a", "b")),
                        new CsvRecord.Malformed(
                                2, "field 2 opens a quote on line 2 that is not closed before the end of the input"));
    }

    @Test
    void read_quoteInsideUnquotedField_isKeptAsACharacter() {
        assertThat(read("5\" gun,x\n")).containsExactly(new CsvRecord.Fields(1, List.of("5\" gun", "x")));
    }

    @Test
    void read_hugeFieldOrTooManyFields_isMalformed_andTheNextRecordIsRead() {
        String huge = "x".repeat(CsvReader.MAX_FIELD_LENGTH + 1);
        String wide = ",".repeat(CsvReader.MAX_FIELDS);

        assertThat(read(huge + "\nok\n" + wide + "\nok\n"))
                .containsExactly(
                        new CsvRecord.Malformed(1, "field 1 is longer than 65536 characters"),
                        new CsvRecord.Fields(2, List.of("ok")),
                        new CsvRecord.Malformed(3, "the record has more than 256 fields"),
                        new CsvRecord.Fields(4, List.of("ok")));
    }

    @Property(tries = 300)
    void writeThenRead_anyFields_giveTheSameFields_onTheRightLines(@ForAll("rows") List<List<String>> rows) {
        StringWriter out = new StringWriter();
        CsvWriter writer = new CsvWriter(out);
        rows.forEach(writer::write);

        List<CsvRecord> records = read(out.toString());

        // The same text handed over one to three characters at a time reads the same (buffer refills).
        assertThat(CsvReader.readAll(new Trickle(out.toString()))).isEqualTo(records);
        List<CsvRecord> expected = new ArrayList<>();
        int line = 1;
        for (List<String> row : rows) {
            expected.add(new CsvRecord.Fields(line, row));
            for (String field : row) {
                line += lineBreaks(field);
            }
            line++;
        }
        assertThat(records).isEqualTo(expected);
    }

    @Property(tries = 1000)
    void read_anyText_neverThrows_andLinesOnlyIncrease(@ForAll("csvish") String text) {
        List<CsvRecord> records = read(text);

        int last = 0;
        for (CsvRecord r : records) {
            assertThat(r.line()).isGreaterThan(last);
            last = r.line();
        }
        assertThat(last).isLessThanOrEqualTo(lineBreaks(text) + 1);
    }

    /** A reader that returns at most three characters per call, as a slow network stream may. */
    private static final class Trickle extends java.io.Reader {
        private final String text;
        private int at;

        Trickle(String text) {
            this.text = text;
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            if (at == text.length()) {
                return -1;
            }
            int n = Math.min(Math.min(length, 1 + at % 3), text.length() - at);
            text.getChars(at, at + n, buffer, offset);
            at += n;
            return n;
        }

        @Override
        public void close() {}
    }

    /** Line breaks as the reader counts them: CRLF, LF or a lone CR. */
    private static int lineBreaks(String s) {
        return s.replace("\r\n", "\n")
                .replace('\r', '\n')
                .chars()
                .map(c -> c == '\n' ? 1 : 0)
                .sum();
    }

    @Provide
    Arbitrary<List<List<String>>> rows() {
        Arbitrary<String> field = Arbitraries.strings()
                .withChars("ab ,\"\r\n\uFEFF;é")
                .withCharRange('؀', 'ۿ')
                .ofMaxLength(12);
        // A record of one empty field is an empty line, which the reader skips by design: rows have two fields or more.
        return field.list().ofMinSize(2).ofMaxSize(6).list().ofMaxSize(8);
    }

    @Provide
    Arbitrary<String> csvish() {
        return Arbitraries.strings().withChars(",\"\r\n\uFEFFab ").ofMaxLength(80);
    }
}
