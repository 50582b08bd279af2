package io.jisr.store;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A growable byte buffer with variable-length integers, for the store's compact blobs. */
final class BinaryWriter {
    private byte[] bytes;
    private int length;

    BinaryWriter(int initialCapacity) {
        bytes = new byte[initialCapacity];
    }

    int length() {
        return length;
    }

    /** Forgets everything written after {@code newLength}. */
    void truncate(int newLength) {
        length = newLength;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, length);
    }

    void writeByte(int b) {
        ensure(1);
        bytes[length++] = (byte) b;
    }

    /** Writes eight bytes, big-endian. */
    void writeLong(long value) {
        ensure(8);
        for (int shift = 56; shift >= 0; shift -= 8) {
            bytes[length++] = (byte) (value >>> shift);
        }
    }

    /** Writes an unsigned LEB128 varint: seven bits a byte, low bits first. */
    void writeVarLong(long value) {
        ensure(10);
        long v = value;
        while ((v & ~0x7FL) != 0) {
            bytes[length++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        bytes[length++] = (byte) v;
    }

    /** Writes a signed value zigzag-encoded, so that small negative numbers stay short. */
    void writeSignedVarLong(long value) {
        writeVarLong((value << 1) ^ (value >> 63));
    }

    void writeBytes(byte[] b) {
        ensure(b.length);
        System.arraycopy(b, 0, bytes, length, b.length);
        length += b.length;
    }

    void writeString(String s) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        writeVarLong(utf8.length);
        ensure(utf8.length);
        System.arraycopy(utf8, 0, bytes, length, utf8.length);
        length += utf8.length;
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
