package io.jisr.exchange.audit;

import io.jisr.exchange.Nation;
import io.jisr.exchange.NodeId;
import io.jisr.exchange.Partner;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The canonical byte encoding of an audit entry, and its strict reader.
 *
 * <p>Version 1, all integers big-endian, every value written one way only:
 *
 * <pre>
 * u8   format version (1)
 * i64  index (0 for the first entry)
 * 32   SHA-256 of the previous entry's encoding (32 zero bytes for the first)
 * u8   event tag: 1 batch released, 2 batch received, 3 agreement changed
 * i64  time, seconds since 1970-01-01T00:00:00Z;  i32 nanoseconds 0..999,999,999
 * 1, 2: str nation, str node, u32 n, n x (str category, i32 count >= 0), i64 after, i64 upTo
 * 3:    str agreement id, i32 version, str actor, u32 n, n x str change
 * str = u32 byte length, then that many bytes of UTF-8
 * </pre>
 *
 * The entry's hash is SHA-256 over exactly these bytes. The reader refuses anything else (a trailing
 * byte, a length past the end, malformed UTF-8, an unknown tag, a nanosecond out of range) with the
 * byte offset, and never throws on hostile bytes.
 */
public final class AuditEncoding {
    /** The format version written. */
    public static final int FORMAT = 1;
    /** Bytes in a SHA-256 hash. */
    public static final int HASH_BYTES = 32;

    private static final int TAG_RELEASED = 1;
    private static final int TAG_RECEIVED = 2;
    private static final int TAG_AGREEMENT = 3;

    private AuditEncoding() {}

    /** The encoding of entry {@code index} holding {@code event}, chained to {@code previousHash}. */
    public static byte[] encode(long index, byte[] previousHash, AuditEvent event) {
        if (previousHash.length != HASH_BYTES) {
            throw new IllegalArgumentException("previous hash must have 32 bytes, had " + previousHash.length);
        }
        var out = new Writer();
        out.u8(FORMAT);
        out.i64(index);
        out.raw(previousHash);
        switch (event) {
            case AuditEvent.BatchReleased e -> {
                out.u8(TAG_RELEASED);
                out.time(e.time());
                out.batch(e.partner(), e.counts(), e.after(), e.upTo());
            }
            case AuditEvent.BatchReceived e -> {
                out.u8(TAG_RECEIVED);
                out.time(e.time());
                out.batch(e.sender(), e.counts(), e.after(), e.upTo());
            }
            case AuditEvent.AgreementChanged e -> {
                out.u8(TAG_AGREEMENT);
                out.time(e.time());
                out.str(e.agreementId());
                out.i32(e.version());
                out.str(e.actor());
                out.i32(e.changes().size());
                e.changes().forEach(out::str);
            }
        }
        return out.bytes();
    }

    /** SHA-256 of {@code bytes}. */
    public static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the Java platform must provide SHA-256", e);
        }
    }

    /** An entry read back. */
    public sealed interface Decoded {
        /**
         * The bytes are a well-formed entry.
         *
         * @param index its index
         * @param previousHash the previous entry's hash it names, a copy
         * @param event what it records
         */
        record Entry(long index, List<Byte> previousHash, AuditEvent event) implements Decoded {
            /** Copies the hash. */
            public Entry {
                previousHash = List.copyOf(previousHash);
            }

            /** The previous hash as bytes. */
            public byte[] previousHashBytes() {
                byte[] b = new byte[previousHash.size()];
                for (int i = 0; i < b.length; i++) {
                    b[i] = previousHash.get(i);
                }
                return b;
            }
        }

        /**
         * The bytes are not an entry.
         *
         * @param offset where reading failed
         * @param message what was wrong
         */
        record Malformed(int offset, String message) implements Decoded {}
    }

    /** Reads {@code bytes} as one entry. */
    public static Decoded decode(byte[] bytes) {
        var in = new Reader(bytes);
        try {
            int format = in.u8();
            if (format != FORMAT) {
                return new Decoded.Malformed(0, "format version " + format + " is not " + FORMAT);
            }
            long index = in.i64();
            byte[] previous = in.raw(HASH_BYTES);
            int tagAt = in.at;
            int tag = in.u8();
            Instant time = in.time();
            AuditEvent event = switch (tag) {
                case TAG_RELEASED, TAG_RECEIVED -> {
                    Partner partner = in.partner();
                    List<CategoryCount> counts = in.counts();
                    long after = in.i64();
                    long upTo = in.i64();
                    if (after < 0 || upTo < after) {
                        throw new Bad(
                                in.at - 16,
                                "batch range after " + after + " up to " + upTo + " is not 0 <= after <= upTo");
                    }
                    yield tag == TAG_RELEASED
                            ? new AuditEvent.BatchReleased(time, partner, counts, after, upTo)
                            : new AuditEvent.BatchReceived(time, partner, counts, after, upTo);
                }
                case TAG_AGREEMENT -> {
                    String id = in.str();
                    int version = in.i32();
                    String actor = in.str();
                    int n = in.count();
                    var changes = new ArrayList<String>(Math.min(n, 1024));
                    for (int i = 0; i < n; i++) {
                        changes.add(in.str());
                    }
                    yield new AuditEvent.AgreementChanged(time, id, version, actor, changes);
                }
                default -> throw new Bad(tagAt, "unknown event tag " + tag);
            };
            if (in.at != bytes.length) {
                return new Decoded.Malformed(in.at, (bytes.length - in.at) + " bytes after the end of the entry");
            }
            var hash = new ArrayList<Byte>(HASH_BYTES);
            for (byte b : previous) {
                hash.add(b);
            }
            return new Decoded.Entry(index, hash, event);
        } catch (Bad bad) {
            return new Decoded.Malformed(bad.offset, bad.getMessage());
        }
    }

    /** A reading failure with its offset; never escapes {@link #decode}. */
    private static final class Bad extends Exception {
        final int offset;

        Bad(int offset, String message) {
            super(message, null, false, false);
            this.offset = offset;
        }
    }

    private static final class Reader {
        private final byte[] bytes;
        int at;

        Reader(byte[] bytes) {
            this.bytes = bytes;
        }

        private void need(int n, String what) throws Bad {
            if (n < 0 || bytes.length - at < n) {
                throw new Bad(at, what + " needs " + n + " bytes, " + (bytes.length - at) + " left");
            }
        }

        int u8() throws Bad {
            need(1, "a byte");
            return bytes[at++] & 0xff;
        }

        int i32() throws Bad {
            need(4, "an i32");
            int v = ByteBuffer.wrap(bytes, at, 4).getInt();
            at += 4;
            return v;
        }

        long i64() throws Bad {
            need(8, "an i64");
            long v = ByteBuffer.wrap(bytes, at, 8).getLong();
            at += 8;
            return v;
        }

        byte[] raw(int n) throws Bad {
            need(n, "a hash");
            byte[] v = Arrays.copyOfRange(bytes, at, at + n);
            at += n;
            return v;
        }

        int count() throws Bad {
            int start = at;
            int n = i32();
            if (n < 0 || n > bytes.length - at) {
                throw new Bad(start, "count " + Integer.toUnsignedString(n) + " is more than the bytes left");
            }
            return n;
        }

        String str() throws Bad {
            int start = at;
            int n = i32();
            if (n < 0) {
                throw new Bad(start, "string length " + Integer.toUnsignedString(n) + " is too long");
            }
            need(n, "a string");
            try {
                String s = StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes, at, n))
                        .toString();
                at += n;
                return s;
            } catch (CharacterCodingException e) {
                throw new Bad(at, "string is not well-formed UTF-8");
            }
        }

        Instant time() throws Bad {
            long seconds = i64();
            int nanosAt = at;
            int nanos = i32();
            if (nanos < 0 || nanos > 999_999_999) {
                throw new Bad(nanosAt, "nanoseconds must be 0..999999999, was " + nanos);
            }
            if (seconds < Instant.MIN.getEpochSecond() || seconds > Instant.MAX.getEpochSecond()) {
                throw new Bad(nanosAt - 8, "time " + seconds + " s is outside the range of an instant");
            }
            return Instant.ofEpochSecond(seconds, nanos);
        }

        Partner partner() throws Bad {
            int start = at;
            String nation = str();
            if (!Nation.isAssigned(nation)) {
                throw new Bad(start, "\"" + io.jisr.exchange.Texts.excerpt(nation) + "\" is not a nation");
            }
            int nodeAt = at;
            String node = str();
            try {
                return new Partner(Nation.of(nation), NodeId.of(node));
            } catch (IllegalArgumentException e) {
                throw new Bad(nodeAt, e.getMessage());
            }
        }

        List<CategoryCount> counts() throws Bad {
            int n = count();
            var counts = new ArrayList<CategoryCount>(Math.min(n, 1024));
            for (int i = 0; i < n; i++) {
                String category = str();
                int countAt = at;
                int count = i32();
                if (count < 0) {
                    throw new Bad(countAt, "count must not be negative, was " + count);
                }
                counts.add(new CategoryCount(category, count));
            }
            return counts;
        }
    }

    private static final class Writer {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream(128);

        void u8(int v) {
            out.write(v);
        }

        void i32(int v) {
            out.writeBytes(ByteBuffer.allocate(4).putInt(v).array());
        }

        void i64(long v) {
            out.writeBytes(ByteBuffer.allocate(8).putLong(v).array());
        }

        void raw(byte[] v) {
            out.writeBytes(v);
        }

        void str(String s) {
            ByteBuffer utf8;
            try {
                utf8 = StandardCharsets.UTF_8
                        .newEncoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .encode(CharBuffer.wrap(s));
            } catch (CharacterCodingException e) {
                throw new IllegalArgumentException("audit text must be well-formed Unicode (no lone surrogate)", e);
            }
            i32(utf8.remaining());
            out.write(utf8.array(), utf8.position(), utf8.remaining());
        }

        void time(Instant t) {
            i64(t.getEpochSecond());
            i32(t.getNano());
        }

        void batch(Partner partner, List<CategoryCount> counts, long after, long upTo) {
            str(partner.nation().code());
            str(partner.node().value());
            i32(counts.size());
            for (CategoryCount c : counts) {
                str(c.categoryId());
                i32(c.count());
            }
            i64(after);
            i64(upTo);
        }

        byte[] bytes() {
            return out.toByteArray();
        }
    }
}
