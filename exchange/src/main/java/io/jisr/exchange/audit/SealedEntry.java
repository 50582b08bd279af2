package io.jisr.exchange.audit;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * One audit entry as stored: its canonical bytes (which include its index and the previous entry's
 * hash) and the SHA-256 of those bytes. A final class rather than a record because it holds arrays:
 * it copies them in and out and compares them by content.
 */
public final class SealedEntry {
    private final byte[] content;
    private final byte[] hash;

    /** An entry from its stored bytes, copied. */
    public SealedEntry(byte[] content, byte[] hash) {
        this.content = content.clone();
        this.hash = hash.clone();
    }

    /** The canonical encoding (see {@link AuditEncoding}), a copy. */
    public byte[] content() {
        return content.clone();
    }

    /** The stored SHA-256 of the content, a copy. */
    public byte[] hash() {
        return hash.clone();
    }

    /** The stored hash in lower-case hex. */
    public String hashHex() {
        return HexFormat.of().formatHex(hash);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SealedEntry e && Arrays.equals(content, e.content) && Arrays.equals(hash, e.hash);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(content) + Arrays.hashCode(hash);
    }

    @Override
    public String toString() {
        return "SealedEntry[" + content.length + " bytes, sha256 " + hashHex() + "]";
    }
}
