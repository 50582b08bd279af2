package io.jisr.app.decode;

import java.util.function.Function;

/**
 * A bounded cache from the constant strings messages describe themselves with (field names, enum
 * constant names) to their encoded output bytes, so that writing one is a single array copy.
 */
final class EncodedNames {
    /*
     * Implementation note: open addressing on String.hashCode(), which a String caches. Field names
     * are literals, so the identity comparison almost always decides; equals() covers names built at
     * run time. At most half the slots are filled, and once they are, further names are encoded on
     * every use instead of being kept: memory stays bounded whatever a describe() implementation does.
     */

    private static final int SLOTS = 1024;
    private static final int MAX_ENTRIES = SLOTS / 2;

    private final String[] names = new String[SLOTS];
    private final byte[][] encoded = new byte[SLOTS][];
    private final Function<String, byte[]> encoder;
    private int entries;

    /** Creates an empty cache that encodes names with {@code encoder}. */
    EncodedNames(Function<String, byte[]> encoder) {
        this.encoder = encoder;
    }

    /** Returns the encoded bytes of {@code name}; do not modify them. */
    byte[] get(String name) {
        int hash = name.hashCode();
        int slot = hash & (SLOTS - 1);
        while (true) {
            String cached = names[slot];
            if (cached == name) {
                return encoded[slot];
            }
            if (cached == null) {
                break;
            }
            if (cached.hashCode() == hash && cached.equals(name)) {
                return encoded[slot];
            }
            slot = (slot + 1) & (SLOTS - 1);
        }
        byte[] bytes = encoder.apply(name);
        if (entries < MAX_ENTRIES) {
            names[slot] = name;
            encoded[slot] = bytes;
            entries++;
        }
        return bytes;
    }
}
