package io.jisr.store;

import java.nio.charset.StandardCharsets;

/** Reads what {@link BinaryWriter} wrote. */
final class BinaryReader {
    private final byte[] bytes;
    private final int end;
    private int position;

    BinaryReader(byte[] bytes) {
        this(bytes, 0, bytes.length);
    }

    /** Reads {@code length} bytes of {@code bytes} from {@code offset}. */
    BinaryReader(byte[] bytes, int offset, int length) {
        this.bytes = bytes;
        this.position = offset;
        this.end = offset + length;
    }

    boolean hasMore() {
        return position < end;
    }

    int position() {
        return position;
    }

    /** Skips {@code n} bytes. */
    void skip(int n) {
        check(n);
        position += n;
    }

    int readByte() {
        check(1);
        return bytes[position++] & 0xFF;
    }

    long readLong() {
        check(8);
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value = value << 8 | (bytes[position++] & 0xFF);
        }
        return value;
    }

    long readVarLong() {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = readByte();
            value |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new StoreException("stored blob is corrupt: varint longer than 10 bytes at offset " + position);
    }

    long readSignedVarLong() {
        long v = readVarLong();
        return (v >>> 1) ^ -(v & 1);
    }

    String readString() {
        int n = (int) readVarLong();
        check(n);
        String s = new String(bytes, position, n, StandardCharsets.UTF_8);
        position += n;
        return s;
    }

    private void check(int n) {
        if (n < 0 || position + n > end) {
            throw new StoreException(
                    "stored blob is corrupt: needs " + n + " more bytes at offset " + position + " of " + end);
        }
    }
}
