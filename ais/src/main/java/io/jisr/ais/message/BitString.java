package io.jisr.ais.message;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * An immutable run of bits: application data that Jisr carries without interpreting it.
 *
 * <p>The last byte is padded with zero bits when {@link #length()} is not a multiple of eight.
 */
public final class BitString {
    private static final HexFormat HEX = HexFormat.of();

    /** The empty bit string. */
    public static final BitString EMPTY = new BitString(new byte[0], 0);

    private final byte[] bytes;
    private final int length;

    /**
     * Creates a bit string from bytes, most significant bit first.
     *
     * @throws IllegalArgumentException if {@code length} does not fit {@code bytes}
     */
    public BitString(byte[] bytes, int length) {
        if (length < 0 || (length + 7) >>> 3 != bytes.length) {
            throw new IllegalArgumentException("bit length " + length + " does not fit " + bytes.length + " bytes");
        }
        this.bytes = bytes.clone();
        this.length = length;
        int unused = bytes.length * 8 - length;
        if (unused > 0) {
            this.bytes[bytes.length - 1] &= (byte) (0xFF << unused);
        }
    }

    /** Parses the form printed by {@link #toString()}: {@code <bit length>:<hex>}. */
    public static BitString parse(String text) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("bit string must read <length>:<hex>, was \"" + text + "\"");
        }
        int length = Integer.parseInt(text.substring(0, colon));
        return new BitString(HEX.parseHex(text.substring(colon + 1)), length);
    }

    /** Returns the number of bits. */
    public int length() {
        return length;
    }

    /** Returns byte {@code index} (eight bits, most significant first). */
    public byte byteAt(int index) {
        return bytes[index];
    }

    /** Returns a copy of the bytes. */
    public byte[] toByteArray() {
        return bytes.clone();
    }

    /** Returns the bits in hexadecimal, without the length. */
    public String hex() {
        return HEX.formatHex(bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BitString other && length == other.length && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * length + Arrays.hashCode(bytes);
    }

    /** Returns {@code <bit length>:<hex>}, the form gpsd also prints for undecoded data. */
    @Override
    public String toString() {
        return length + ":" + hex();
    }
}
