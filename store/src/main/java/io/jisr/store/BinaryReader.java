package io.jisr.store;

import java.nio.charset.StandardCharsets;

/** Reads what {@link BinaryWriter} wrote. */
final class BinaryReader {
    private final byte[] bytes;
    private int position;

    BinaryReader(byte[] bytes) {
        this.bytes = bytes;
    }

    boolean hasMore() {
        return position < bytes.length;
    }

    int readByte() {
        check(1);
        return bytes[position++] & 0xFF;
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
        if (n < 0 || position + n > bytes.length) {
            throw new StoreException(
                    "stored blob is corrupt: needs " + n + " more bytes at offset " + position + " of " + bytes.length);
        }
    }
}
