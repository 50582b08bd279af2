package io.jisr.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters.Builder;

/**
 * Hashes and verifies passwords with Argon2id (RFC 9106) through BouncyCastle, as PHC strings. A hash
 * made with other parameters still verifies; {@link #needsRehash} tells when to store a new one.
 */
public final class PasswordHasher {
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;

    private final Argon2Parameters parameters;
    private final RandomGenerator random;

    /**
     * Creates a hasher.
     *
     * @param parameters the cost of new hashes ({@link Argon2Parameters#OWASP} in a node; tests may go lower)
     * @param random the source of salts, a {@link java.security.SecureRandom} in a node
     */
    public PasswordHasher(Argon2Parameters parameters, RandomGenerator random) {
        this.parameters = Objects.requireNonNull(parameters, "parameters must not be null");
        this.random = Objects.requireNonNull(random, "random must not be null");
    }

    /** Returns the PHC string of a new hash of {@code password} with a new random salt. */
    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return new PhcString(parameters, salt, derive(password, parameters, salt, HASH_BYTES)).text();
    }

    /**
     * Returns whether {@code password} matches {@code phc}, comparing in constant time.
     *
     * @throws IllegalArgumentException if {@code phc} is not an Argon2id PHC string
     */
    public boolean verify(String password, String phc) {
        PhcString stored = PhcString.parse(phc);
        byte[] expected = stored.hash();
        byte[] actual = derive(password, stored.parameters(), stored.salt(), expected.length);
        return MessageDigest.isEqual(expected, actual);
    }

    /** Returns whether {@code phc} was made with other parameters than this hasher's. */
    public boolean needsRehash(String phc) {
        return !PhcString.parse(phc).parameters().equals(parameters);
    }

    private static byte[] derive(String password, Argon2Parameters p, byte[] salt, int length) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Builder(org.bouncycastle.crypto.params.Argon2Parameters.ARGON2_id)
                .withVersion(org.bouncycastle.crypto.params.Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(p.memoryKiB())
                .withIterations(p.iterations())
                .withParallelism(p.parallelism())
                .withSalt(salt)
                .build());
        byte[] out = new byte[length];
        generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        return out;
    }
}
