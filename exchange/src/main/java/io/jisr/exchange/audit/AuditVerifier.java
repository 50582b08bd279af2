package io.jisr.exchange.audit;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** Checks a stored audit chain from its first entry and reports the first broken link. */
public final class AuditVerifier {
    private AuditVerifier() {}

    /** The verdict on a chain. */
    public sealed interface Verdict {
        /**
         * Every link holds.
         *
         * @param entries how many entries were checked
         * @param headHex the newest entry's hash, to compare with a copy kept elsewhere
         */
        record Intact(long entries, String headHex) implements Verdict {}

        /**
         * The chain is broken.
         *
         * @param index the position of the first entry that fails (0 for the first)
         * @param message what fails there
         */
        record Broken(long index, String message) implements Verdict {}
    }

    /**
     * Verifies {@code entries}, oldest first, as a whole chain: each entry's hash is the SHA-256 of its
     * bytes, its bytes are a well-formed entry, its index is its position, and it names the previous
     * entry's hash (zeros for the first). If {@code expectedHeadHex} is given, the newest hash must
     * equal it, which also catches entries cut off the end.
     */
    public static Verdict verify(List<SealedEntry> entries, Optional<String> expectedHeadHex) {
        Running running = new Running();
        for (SealedEntry entry : entries) {
            Optional<Verdict.Broken> broken = running.accept(entry);
            if (broken.isPresent()) {
                return broken.get();
            }
        }
        return running.finish(expectedHeadHex);
    }

    /**
     * The same check fed one entry at a time, oldest first, so that a long stored chain can be verified page
     * by page without holding it all. Not thread-safe.
     */
    public static final class Running {
        private byte[] previous = new byte[AuditEncoding.HASH_BYTES];
        private long position;
        private Verdict.Broken broken;

        /** Checks the next entry; once an entry failed, that first failure is returned for every later one. */
        public Optional<Verdict.Broken> accept(SealedEntry entry) {
            if (broken == null) {
                broken = check(position, entry).orElse(null);
                if (broken == null) {
                    previous = entry.hash();
                    position++;
                }
            }
            return Optional.ofNullable(broken);
        }

        /** The verdict on the entries given so far, against {@code expectedHeadHex} when given. */
        public Verdict finish(Optional<String> expectedHeadHex) {
            if (broken != null) {
                return broken;
            }
            String head = hex(previous);
            if (expectedHeadHex.isPresent() && !expectedHeadHex.get().equals(head)) {
                return new Verdict.Broken(
                        position,
                        "the chain ends at " + head + " after " + position + " entries, but its head was recorded as "
                                + expectedHeadHex.get() + " (entries were cut off or replaced)");
            }
            return new Verdict.Intact(position, head);
        }

        private Optional<Verdict.Broken> check(long i, SealedEntry entry) {
            byte[] content = entry.content();
            byte[] stored = entry.hash();
            if (!MessageDigest.isEqual(AuditEncoding.sha256(content), stored)) {
                return Optional.of(new Verdict.Broken(
                        i, "entry " + i + ": its bytes do not hash to its stored hash " + hex(stored)));
            }
            switch (AuditEncoding.decode(content)) {
                case AuditEncoding.Decoded.Malformed bad -> {
                    return Optional.of(new Verdict.Broken(
                            i, "entry " + i + ": malformed at byte " + bad.offset() + ": " + bad.message()));
                }
                case AuditEncoding.Decoded.Entry decoded -> {
                    if (decoded.index() != i) {
                        return Optional.of(new Verdict.Broken(
                                i,
                                "entry " + i + ": says it is entry " + decoded.index() + " (one is missing or moved)"));
                    }
                    if (!MessageDigest.isEqual(decoded.previousHashBytes(), previous)) {
                        return Optional.of(new Verdict.Broken(
                                i,
                                "entry " + i + ": names previous hash " + hex(decoded.previousHashBytes())
                                        + " but the entry before hashes to " + hex(previous)));
                    }
                    return Optional.empty();
                }
            }
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
