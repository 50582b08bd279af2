package io.jisr.ais.message;

import java.util.Arrays;

/**
 * A growable sequence of bits unpacked from AIS six-bit payload armouring, read by field offset.
 *
 * <p>Bits are stored most significant first in {@code long} words, so a field is one or two shifts
 * away. One buffer is reused for every sentence of a stream; it is not thread-safe.
 */
public final class BitBuffer {
    /*
     * Implementation note: ITU-R M.1371-5 §3.3.7 numbers payload bits from the most significant bit
     * of the first six-bit character. Bit i lives in word i >>> 6 at position 63 - (i & 63). Reads
     * past length() return zero bits; callers check the length of the message type first, so this
     * only matters for optional trailing fields (types 15, 16, 20, 22, 24, 27), where M.1371 itself
     * says absent bits are treated as zero.
     */

    /** Six-bit value of each ASCII armour character, or -1 where the character is not armour. */
    private static final byte[] ARMOR_VALUE = new byte[128];

    static {
        Arrays.fill(ARMOR_VALUE, (byte) -1);
        for (int c = 48; c < 88; c++) {
            ARMOR_VALUE[c] = (byte) (c - 48);
        }
        for (int c = 96; c < 120; c++) {
            ARMOR_VALUE[c] = (byte) (c - 56);
        }
    }

    private long[] words;
    private int length;

    /** Creates an empty buffer with room for one five-slot message. */
    public BitBuffer() {
        words = new long[20];
    }

    /** Returns the six-bit value of an armour character, or -1 if {@code c} is not armour. */
    public static int armorValue(int c) {
        return c >= 0 && c < 128 ? ARMOR_VALUE[c] : -1;
    }

    /** Returns the armour character that carries a six-bit value. */
    public static char armorChar(int value) {
        return (char) (value < 40 ? value + 48 : value + 56);
    }

    /** Empties the buffer. */
    public void clear() {
        Arrays.fill(words, 0, (length + 63) >>> 6, 0L);
        length = 0;
    }

    /** Returns the number of bits held. */
    public int length() {
        return length;
    }

    /**
     * Appends the bits of an armoured payload held as ASCII bytes.
     *
     * @return -1 when every character was armour, otherwise the offset (relative to {@code from}) of
     *     the first character that was not; nothing is appended in that case
     */
    public int appendArmored(byte[] src, int from, int to) {
        ensureCapacity(length + (to - from) * 6);
        int i = from;
        // Eight characters at a time as one long (SWAR): validate, de-armour and pack them into 48 bits
        // with a dozen word operations instead of eight table look-ups (docs/performance.md). Any
        // character outside the armour ranges sends the group to the byte-wise path below, which
        // finds it.
        for (; i + 8 <= to; i += 8) {
            long word = (long) BIG_ENDIAN_LONG.get(src, i);
            long packed = dearmor8(word);
            if (packed < 0) {
                break;
            }
            appendUnchecked(packed, 48);
        }
        for (; i < to; i++) {
            int v = ARMOR_VALUE[src[i] & 0x7F] | (src[i] >> 31);
            if (v < 0) {
                return badCharacter(src, from, i);
            }
            appendUnchecked(v, 6);
        }
        return -1;
    }

    private static final java.lang.invoke.VarHandle BIG_ENDIAN_LONG =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.BIG_ENDIAN);

    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH = 0x8080808080808080L;

    /**
     * Turns eight armour characters (most significant first) into their 48 bits, or returns -1 when
     * any byte is not armour ('0'..'W' or '`'..'w').
     */
    static long dearmor8(long w) {
        // Per byte, with no carries between bytes (every step keeps bytes below 0x80 or checks first):
        // valid bytes are 48..87 and 96..119, i.e. (b - 48) in 0..39 or 48..71.
        if ((w & HIGH) != 0) {
            return -1;
        }
        long x = (w | HIGH) - 48 * ONES; // bit 7 of a byte stays set iff b >= 48
        if ((x & HIGH) != HIGH) {
            return -1;
        }
        x &= ~HIGH; // b - 48, 0..79
        long above39 = ((x + (128 - 40) * ONES) & HIGH); // bytes with b - 48 >= 40
        long above71 = ((x + (128 - 72) * ONES) & HIGH); // bytes with b - 48 >= 72: 'x' and beyond
        long inGap = above39 & ~(((x + (128 - 48) * ONES) & HIGH)); // 40..47: 'X'..'_'
        if ((above71 | inGap) != 0) {
            return -1;
        }
        x -= (above39 >>> 7) * 8; // 48..71 become 40..63
        long y = ((x >>> 8) & 0x003F003F003F003FL) << 6 | (x & 0x003F003F003F003FL);
        long z = ((y >>> 16) & 0x00000FFF00000FFFL) << 12 | (y & 0x00000FFF00000FFFL);
        return ((z >>> 32) & 0xFFFFFFL) << 24 | (z & 0xFFFFFFL);
    }

    /** Drops what was appended of this payload and returns the offset of its first non-armour character. */
    private int badCharacter(byte[] src, int from, int groupStart) {
        int i = groupStart;
        while (ARMOR_VALUE[src[i] & 0x7F] >= 0 && src[i] >= 0) {
            i++;
        }
        // Characters before the bad one in earlier groups were appended: drop them again.
        clearFrom(length - (groupStart - from) * 6);
        return i - from;
    }

    /** Appends {@code width} bits known to fit and to be masked; capacity was ensured. */
    private void appendUnchecked(long v, int width) {
        int word = length >>> 6;
        int room = 64 - (length & 63);
        if (width <= room) {
            words[word] |= v << (room - width);
        } else {
            words[word] |= v >>> (width - room);
            words[word + 1] |= v << (64 - (width - room));
        }
        length += width;
    }

    /** Appends the bits of an armoured payload held as characters; see {@link #appendArmored(byte[], int, int)}. */
    public int appendArmored(CharSequence src) {
        byte[] bytes = new byte[src.length()];
        for (int i = 0; i < bytes.length; i++) {
            char c = src.charAt(i);
            bytes[i] = c < 128 ? (byte) c : (byte) -1;
        }
        return appendArmored(bytes, 0, bytes.length);
    }

    /** Drops the last {@code count} bits: the fill bits of the final sentence. */
    public void dropTrailing(int count) {
        if (count < 0 || count > length) {
            throw new IllegalArgumentException("cannot drop " + count + " bits from " + length);
        }
        clearFrom(length - count);
    }

    /** Appends the low {@code width} bits of {@code value}, most significant first. */
    public void append(long value, int width) {
        if (width < 0 || width > 64) {
            throw new IllegalArgumentException("field width must be 0..64, was " + width);
        }
        if (width == 0) {
            return;
        }
        ensureCapacity(length + width);
        long v = width == 64 ? value : value & ((1L << width) - 1);
        int word = length >>> 6;
        int offset = length & 63;
        int room = 64 - offset;
        if (width <= room) {
            words[word] |= v << (room - width);
        } else {
            words[word] |= v >>> (width - room);
            words[word + 1] |= v << (64 - (width - room));
        }
        length += width;
    }

    /** Reads an unsigned field of 1 to 63 bits starting at bit {@code start}. */
    public long unsignedLong(int start, int width) {
        int word = start >>> 6;
        int offset = start & 63;
        long hi = word < words.length ? words[word] : 0L;
        if (offset + width <= 64) {
            return (hi << offset) >>> (64 - width);
        }
        long lo = word + 1 < words.length ? words[word + 1] : 0L;
        int spill = offset + width - 64;
        return ((hi << offset) >>> (offset - spill)) | (lo >>> (64 - spill));
    }

    /** Reads an unsigned field of 1 to 31 bits. */
    public int unsigned(int start, int width) {
        return (int) unsignedLong(start, width);
    }

    /** Reads a two's-complement signed field of 2 to 32 bits. */
    public int signed(int start, int width) {
        long raw = unsignedLong(start, width);
        return (int) ((raw << (64 - width)) >> (64 - width));
    }

    /** Reads one bit as a boolean. */
    public boolean flag(int start) {
        return unsignedLong(start, 1) != 0;
    }

    /**
     * Reads six-bit ASCII text (ITU-R M.1371-5 table 47) of {@code chars} characters, cut at the first
     * {@code @} and stripped of trailing spaces. Characters past the end of the buffer are absent.
     */
    public String text(int start, int chars) {
        int available = Math.max(0, Math.min(chars, (length - start) / 6));
        char[] out = new char[available];
        int n = 0;
        for (int i = 0; i < available; i++) {
            int v = (int) unsignedLong(start + i * 6, 6);
            if (v == 0) {
                break;
            }
            out[n++] = (char) (v < 32 ? v + 64 : v);
        }
        while (n > 0 && out[n - 1] == ' ') {
            n--;
        }
        return n == 0 ? "" : new String(out, 0, n);
    }

    /** Appends text as six-bit ASCII padded with {@code @} to {@code chars} characters. */
    public void appendText(String text, int chars) {
        for (int i = 0; i < chars; i++) {
            int c = i < text.length() ? text.charAt(i) : '@';
            append(sixBitOf(c), 6);
        }
    }

    /** Returns the six-bit code of a character of the AIS text alphabet. */
    public static int sixBitOf(int c) {
        if (c >= 64 && c < 96) {
            return c - 64;
        }
        if (c >= 32 && c < 64) {
            return c;
        }
        throw new IllegalArgumentException("character " + (char) c + " (" + c + ") is not in the AIS six-bit alphabet");
    }

    /** Returns whether every character of {@code text} is in the six-bit alphabet (upper case, digits, some punctuation). */
    public static boolean isSixBitText(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 32 || c >= 96) {
                return false;
            }
        }
        return true;
    }

    /** Copies {@code width} bits starting at {@code start} into a new immutable {@link BitString}. */
    public BitString slice(int start, int width) {
        int clipped = Math.max(0, Math.min(width, length - start));
        byte[] bytes = new byte[(clipped + 7) >>> 3];
        for (int i = 0; i < clipped; i += 8) {
            int w = Math.min(8, clipped - i);
            bytes[i >>> 3] = (byte) (unsignedLong(start + i, w) << (8 - w));
        }
        return new BitString(bytes, clipped);
    }

    /** Appends the bits of a {@link BitString}. */
    public void append(BitString bits) {
        for (int i = 0; i < bits.length(); i += 8) {
            int w = Math.min(8, bits.length() - i);
            append((bits.byteAt(i >>> 3) & 0xFF) >>> (8 - w), w);
        }
    }

    /**
     * Writes the buffer as armoured characters, padded with zero bits to a multiple of six.
     *
     * @return the number of fill bits added
     */
    public int armor(StringBuilder out) {
        int chars = (length + 5) / 6;
        for (int i = 0; i < chars; i++) {
            out.append(armorChar((int) unsignedLong(i * 6, 6)));
        }
        return chars * 6 - length;
    }

    private void clearFrom(int newLength) {
        int firstWord = newLength >>> 6;
        int offset = newLength & 63;
        int lastWord = (length + 63) >>> 6;
        if (firstWord < lastWord) {
            words[firstWord] = offset == 0 ? 0L : words[firstWord] & (-1L << (64 - offset));
            Arrays.fill(words, firstWord + 1, lastWord, 0L);
        }
        length = newLength;
    }

    private void ensureCapacity(int bits) {
        int needed = ((bits + 63) >>> 6) + 1;
        if (needed > words.length) {
            words = Arrays.copyOf(words, Math.max(needed, words.length * 2));
        }
    }
}
