package io.jisr.app.decode;

import static org.assertj.core.api.Assertions.assertThat;

import io.jisr.ais.message.BitString;
import io.jisr.ais.message.EpfdType;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class NdjsonWriterTest {

    private static String written(Consumer<NdjsonWriter> fields) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ByteOutput out = new ByteOutput(bytes, 1024);
        fields.accept(new NdjsonWriter(out));
        out.flush();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void fieldSink_listOfObjects_writesJsonArray() {
        String json = written(w -> {
            w.beginObject("outer");
            w.integer("n", 2);
            w.beginList("parts");
            w.beginObject(null);
            w.text("a", "x");
            w.endObject();
            w.beginObject(null);
            w.absent("a");
            w.bool("b", false);
            w.endObject();
            w.endList();
            w.beginList("empty");
            w.endList();
            w.endObject();
        });

        assertThat(json)
                .isEqualTo("\"outer\":{\"n\":2,\"parts\":[{\"a\":\"x\"},{\"a\":null,\"b\":false}],\"empty\":[]}");
    }

    @Test
    void bits_anyLength_writesLengthColonHex() {
        BitString twelve = new BitString(new byte[] {(byte) 0xAB, (byte) 0xC0}, 12);

        assertThat(written(w -> {
                    w.bits("data", twelve);
                    w.bits("none", BitString.EMPTY);
                }))
                .isEqualTo("\"data\":\"12:abc0\",\"none\":\"0:\"");
    }

    @Test
    void decimalAndCode_writeFixedPointAndConstantName() {
        assertThat(written(w -> {
                    w.decimal("speed", 0.1 + 0.2, 1);
                    w.decimal("bad", Double.NaN, 1);
                    w.code("epfd", EpfdType.GALILEO);
                }))
                .isEqualTo("\"speed\":0.3,\"bad\":null,\"epfd\":\"GALILEO\"");
    }

    @Test
    void keys_sameNameBuiltAtRunTime_isWrittenLikeTheLiteral() {
        String built = new StringBuilder("spe").append("ed").toString();

        assertThat(written(w -> {
                    w.integer("speed", 1);
                    w.integer(built, 2);
                    w.integer("na\"me", 3);
                }))
                .isEqualTo("\"speed\":1,\"speed\":2,\"na\\\"me\":3");
    }
}
