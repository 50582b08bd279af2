package io.jisr.app.decode;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ByteOutputTest {

    private static String written(Consumer<ByteOutput> writes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ByteOutput out = new ByteOutput(bytes, 1024);
        writes.accept(out);
        out.flush();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(
            longs = {
                0,
                7,
                9,
                10,
                99,
                100,
                101,
                999,
                1000,
                65535,
                371798000,
                Integer.MAX_VALUE,
                -1,
                -10,
                -371798000,
                -Integer.MAX_VALUE,
                Integer.MIN_VALUE,
                Long.MAX_VALUE,
                Long.MIN_VALUE,
                4_000_000_000L
            })
    void integer_anyLong_writesLongToString(long value) {
        assertThat(written(out -> out.integer(value))).isEqualTo(Long.toString(value));
    }

    @ParameterizedTest
    @CsvSource({
        "12.3, 1, 12.3",
        "224.0, 1, 224.0",
        "0.0, 1, 0.0",
        "-0.04, 1, 0.0",
        "-0.05, 1, -0.1",
        "0.05, 1, 0.1",
        "48.38163333333333, 6, 48.381633",
        "-123.39538333333333, 6, -123.395383",
        "-70.7582, 6, -70.758200",
        "102.2, 1, 102.2",
        "5.5, 0, 6",
        "-5.5, 0, -6",
        "1.0, 9, 1.000000000",
        "0.000123, 3, 0.000",
        "3.14159, 12, 3.141590000",
        "3.14159, -2, 3",
        "1e20, 2, 100000000000000000000.00",
        "-3e12, 3, -3000000000000.000"
    })
    void fixed_value_writesRoundedHalfAwayFromZeroWithExactDigits(double value, int digits, String expected) {
        assertThat(written(out -> assertThat(out.fixed(value, digits)).isTrue()))
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void fixed_notFinite_writesNothingAndReturnsFalse(double value) {
        assertThat(written(out -> assertThat(out.fixed(value, 1)).isFalse())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1970-01-01T00:00:00Z",
                "2023-11-08T00:01:24Z",
                "2012-12-06T09:53:48.612Z",
                "2012-12-06T09:53:48.000612Z",
                "2012-12-06T09:53:48.000000612Z",
                "1969-12-31T23:59:59.999Z",
                "0000-01-01T00:00:00Z",
                "9999-12-31T23:59:59Z",
                "+10000-01-01T00:00:00Z",
                "-0001-12-31T00:00:00Z"
            })
    void instant_anyInstant_writesInstantToString(String text) {
        Instant t = Instant.parse(text);

        assertThat(written(out -> out.instant(t))).isEqualTo(t.toString());
    }

    @Test
    void instant_consecutiveDays_doNotReuseTheCachedDate() {
        Instant monday = Instant.parse("2024-01-01T23:59:59Z");
        Instant tuesday = Instant.parse("2024-01-02T00:00:00Z");

        assertThat(written(out -> {
                    out.instant(monday);
                    out.write(' ');
                    out.instant(tuesday);
                    out.write(' ');
                    out.instant(monday);
                }))
                .isEqualTo("2024-01-01T23:59:59Z 2024-01-02T00:00:00Z 2024-01-01T23:59:59Z");
    }

    @Test
    void jsonString_metacharactersAndControls_areEscaped() {
        assertThat(written(out -> out.jsonString("a\"b\\c\n\r\t\u0000\u001f\u007f/")))
                .isEqualTo("\"a\\\"b\\\\c\\n\\r\\t\\u0000\\u001f\\u007f/\"");
    }

    @Test
    void jsonString_outsideAscii_isEscapedSoOutputStaysAscii() {
        assertThat(written(out -> out.jsonString("Å\u2028😀"))).isEqualTo("\"\\u00c5\\u2028\\ud83d\\ude00\"");
    }

    @Test
    void jsonString_longTextWithEscapes_isEscapedAcrossBufferDrains() {
        String text = "\"\u0001".repeat(2000);

        String json = written(out -> out.jsonString(text));

        assertThat(json).isEqualTo("\"" + "\\\"\\u0001".repeat(2000) + "\"");
    }

    @Test
    void write_moreThanTheBuffer_keepsEveryByteInOrder() {
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            expected.append(i).append(',');
        }

        String written = written(out -> {
            for (int i = 0; i < 10_000; i++) {
                out.integer(i);
                out.write(',');
            }
        });

        assertThat(written).isEqualTo(expected.toString());
    }

    @Test
    void write_arrayLongerThanSlack_isWrittenWhole() {
        byte[] big = "x".repeat(5000).getBytes(StandardCharsets.US_ASCII);

        assertThat(written(out -> {
                    out.write('<');
                    out.write(big, 1);
                    out.write('>');
                }))
                .isEqualTo("<" + "x".repeat(4999) + ">");
    }

    @Test
    void utf8_latinAndSupplementaryCharacters_areEncoded() {
        assertThat(written(out -> {
                    out.utf8('é');
                    out.utf8('€');
                    out.utf8("😀".codePointAt(0));
                    out.utf8('\ud800');
                }))
                .isEqualTo("é€😀?");
    }
}
