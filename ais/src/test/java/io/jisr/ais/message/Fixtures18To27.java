package io.jisr.ais.message;

import static org.assertj.core.api.Assertions.assertThat;

import io.jisr.ais.AisDecoder;
import io.jisr.ais.AisEncoder;
import io.jisr.ais.DecodeError;
import io.jisr.ais.Decoded;
import io.jisr.ais.Nmea;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Decoding, encoding and field-capturing shortcuts shared by the tests of message types 18 to 27. */
final class Fixtures18To27 {

    /** The value {@link FieldTree} records for a field reported as absent. */
    static final String ABSENT = "<absent>";

    private Fixtures18To27() {}

    /** Decodes the lines and returns the one message they hold, failing if there is not exactly one. */
    static AisMessage decodeOne(String... lines) {
        List<Decoded> out = AisDecoder.decodeAll(lines);
        assertThat(out).hasSize(1);
        assertThat(out.getFirst()).isInstanceOf(Decoded.Message.class);
        return ((Decoded.Message) out.getFirst()).message();
    }

    /** Decodes the lines and returns the one rejection they cause, failing otherwise. */
    static DecodeError rejectOne(String... lines) {
        List<Decoded> out = AisDecoder.decodeAll(lines);
        assertThat(out).hasSize(1);
        assertThat(out.getFirst()).isInstanceOf(Decoded.Rejected.class);
        return ((Decoded.Rejected) out.getFirst()).error();
    }

    /** Returns a valid single-sentence {@code !AIVDM} line on channel A carrying this armoured payload. */
    static String sentence(String payload, int fillBits) {
        String body = "AIVDM,1,1,,A," + payload + "," + fillBits;
        return "!" + body + "*" + Nmea.checksumHex(Nmea.checksum(body));
    }

    /** Returns the armoured payload and fill bits the standard encoder writes for a one-sentence message. */
    static String armoredPayload(AisMessage message) {
        List<String> sentences = AisEncoder.standard().encode(message, "A", 0);
        assertThat(sentences).hasSize(1);
        String[] fields = sentences.getFirst().split("[,*]");
        return fields[5] + "," + fields[6];
    }

    /** Returns the payload bits of an armoured payload, fill bits dropped. */
    static BitBuffer bits(String payload, int fillBits) {
        BitBuffer b = new BitBuffer();
        assertThat(b.appendArmored(payload)).isEqualTo(-1);
        b.dropTrailing(fillBits);
        return b;
    }

    /** Returns the payload bits of an armoured payload as a bit string, fill bits dropped. */
    static BitString payloadBits(String payload, int fillBits) {
        BitBuffer b = bits(payload, fillBits);
        return b.slice(0, b.length());
    }

    /** Returns the payload bits a message encodes to. */
    static BitString payloadBits(AisMessage message) {
        BitBuffer b = MessageCodec.encode(message);
        return b.slice(0, b.length());
    }

    /** Returns the fields a message describes, in order; nested objects and lists as maps and lists. */
    static Map<String, Object> fields(AisMessage message) {
        FieldTree tree = new FieldTree();
        message.describe(tree);
        return tree.root();
    }

    /**
     * A {@link FieldSink} that builds a tree of maps and lists, failing on a repeated field name or an
     * unbalanced object or list.
     */
    static final class FieldTree implements FieldSink {
        private final Map<String, Object> root = new LinkedHashMap<>();
        private final Deque<Object> open = new ArrayDeque<>();

        FieldTree() {
            open.push(root);
        }

        Map<String, Object> root() {
            assertThat(open).as("objects and lists left open").hasSize(1);
            return root;
        }

        @SuppressWarnings("unchecked")
        private void put(String name, Object value) {
            Object top = open.peek();
            if (top instanceof Map<?, ?>) {
                Map<String, Object> map = (Map<String, Object>) top;
                assertThat(map).as("field names").doesNotContainKey(name);
                map.put(name, value);
            } else {
                assertThat(name).as("objects in a list have no name").isNull();
                ((List<Object>) top).add(value);
            }
        }

        @Override
        public void integer(String name, long value) {
            put(name, value);
        }

        @Override
        public void decimal(String name, double value, int fractionDigits) {
            put(name, value);
        }

        @Override
        public void text(String name, String value) {
            put(name, value);
        }

        @Override
        public void bool(String name, boolean value) {
            put(name, value);
        }

        @Override
        public void absent(String name) {
            put(name, ABSENT);
        }

        @Override
        public void bits(String name, BitString value) {
            put(name, value.toString());
        }

        @Override
        public void beginObject(String name) {
            Map<String, Object> object = new LinkedHashMap<>();
            put(name, object);
            open.push(object);
        }

        @Override
        public void endObject() {
            assertThat(open.pop()).isInstanceOf(Map.class);
        }

        @Override
        public void beginList(String name) {
            List<Object> list = new ArrayList<>();
            put(name, list);
            open.push(list);
        }

        @Override
        public void endList() {
            assertThat(open.pop()).isInstanceOf(List.class);
        }
    }
}
