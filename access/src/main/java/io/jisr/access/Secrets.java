package io.jisr.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.random.RandomGenerator;

/**
 * Random bearer secrets (session ids, API tokens, CSRF tokens) and their stored form. A secret has 32
 * random bytes, so a fast hash is enough to store it: nobody can guess 256 bits, and SHA-256 of a
 * leaked table gives nothing to try.
 */
final class Secrets {
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private Secrets() {}

    /** Returns 32 random bytes as unpadded Base64url (43 characters). */
    static String generate(RandomGenerator random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return URL.encodeToString(bytes);
    }

    /** Returns the lower-case hex SHA-256 of {@code secret}, the only form in which it is stored. */
    static String sha256(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
