package io.jisr.exchange.audit;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The exchange audit as an append-only hash chain: each entry's encoding includes the hash of the one
 * before, so changing, removing or reordering an entry breaks every link after it. The store keeps the
 * sealed entries; this class makes them. Not thread-safe: one writer appends.
 */
public final class AuditChain {
    private final List<SealedEntry> appended = new ArrayList<>();
    private long nextIndex;
    private byte[] headHash;

    private AuditChain(long nextIndex, byte[] headHash) {
        this.nextIndex = nextIndex;
        this.headHash = headHash;
    }

    /** A new, empty chain. */
    public static AuditChain start() {
        return new AuditChain(0, new byte[AuditEncoding.HASH_BYTES]);
    }

    /**
     * A chain that continues after {@code last}, the newest stored entry (verify the stored chain
     * first: this trusts it).
     */
    public static AuditChain resumeAfter(SealedEntry last) {
        if (!(AuditEncoding.decode(last.content()) instanceof AuditEncoding.Decoded.Entry entry)) {
            throw new IllegalArgumentException("the last stored audit entry is malformed; verify the chain");
        }
        return new AuditChain(entry.index() + 1, last.hash());
    }

    /** Seals {@code event} as the next entry and returns it, for the store to keep. */
    public SealedEntry append(AuditEvent event) {
        byte[] content = AuditEncoding.encode(nextIndex, headHash, event);
        byte[] hash = AuditEncoding.sha256(content);
        var sealed = new SealedEntry(content, hash);
        appended.add(sealed);
        nextIndex++;
        headHash = hash;
        return sealed;
    }

    /** The entries appended through this object, oldest first. */
    public List<SealedEntry> appended() {
        return List.copyOf(appended);
    }

    /** The index the next entry will have. */
    public long nextIndex() {
        return nextIndex;
    }

    /**
     * The hash of the newest entry in hex (64 zeros when empty). Recording it outside the node (printed,
     * sent to the partner) is what makes cutting entries off the end detectable too.
     */
    public String headHex() {
        return HexFormat.of().formatHex(headHash);
    }
}
