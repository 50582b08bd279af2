package io.jisr.access;

import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * An Argon2id hash in the PHC string format, {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>},
 * with salt and hash in unpadded standard Base64 (the format of the reference implementation).
 *
 * <p>Parsing accepts exactly that shape: a stored hash is written by this class, so anything else is
 * damage or tampering and is refused with an {@link IllegalArgumentException}.
 */
public final class PhcString {
    private static final String PREFIX = "$argon2id$v=19$";
    private static final int MAX_TEXT = 512;
    private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getDecoder();

    private final Argon2Parameters parameters;
    private final byte[] salt;
    private final byte[] hash;

    /** Creates the string's value; copies the arrays. */
    public PhcString(Argon2Parameters parameters, byte[] salt, byte[] hash) {
        this.parameters = Objects.requireNonNull(parameters, "parameters must not be null");
        if (salt.length < 8 || salt.length > 64) {
            throw new IllegalArgumentException("Argon2 salt must have 8..64 bytes, had " + salt.length);
        }
        if (hash.length < 16 || hash.length > 64) {
            throw new IllegalArgumentException("Argon2 hash must have 16..64 bytes, had " + hash.length);
        }
        this.salt = salt.clone();
        this.hash = hash.clone();
    }

    /**
     * Parses {@code text}.
     *
     * @throws IllegalArgumentException saying which part is wrong (never repeating the hash)
     */
    public static PhcString parse(String text) {
        if (text == null || text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("password hash must be a PHC string of at most " + MAX_TEXT
                    + " characters, was " + (text == null ? "null" : text.length() + " characters"));
        }
        if (!text.startsWith(PREFIX)) {
            throw new IllegalArgumentException("password hash must start with " + PREFIX);
        }
        String[] parts = text.substring(PREFIX.length()).split("\\$", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("password hash must have parameters, salt and hash after " + PREFIX);
        }
        String[] params = parts[0].split(",", -1);
        if (params.length != 3) {
            throw new IllegalArgumentException("password hash parameters must be m=...,t=...,p=...");
        }
        int m = number(params[0], "m=");
        int t = number(params[1], "t=");
        int p = number(params[2], "p=");
        return new PhcString(new Argon2Parameters(m, t, p), base64(parts[1], "salt"), base64(parts[2], "hash"));
    }

    private static int number(String part, String key) {
        if (!part.startsWith(key) || part.length() == key.length() || part.length() > key.length() + 9) {
            throw new IllegalArgumentException("password hash parameter must be " + key + "<1 to 9 digits>");
        }
        int value = 0;
        for (int i = key.length(); i < part.length(); i++) {
            char c = part.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("password hash parameter " + key + " must be digits only");
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static byte[] base64(String text, String what) {
        if (text.endsWith("=")) {
            throw new IllegalArgumentException("password hash " + what + " must be unpadded Base64");
        }
        try {
            return DECODER.decode(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("password hash " + what + " is not valid Base64", e);
        }
    }

    /** Returns the cost parameters. */
    public Argon2Parameters parameters() {
        return parameters;
    }

    /** Returns a copy of the salt. */
    public byte[] salt() {
        return salt.clone();
    }

    /** Returns a copy of the hash. */
    public byte[] hash() {
        return hash.clone();
    }

    /** Returns the PHC text. */
    public String text() {
        return PREFIX + "m=" + parameters.memoryKiB() + ",t=" + parameters.iterations() + ",p="
                + parameters.parallelism() + "$" + ENCODER.encodeToString(salt) + "$" + ENCODER.encodeToString(hash);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PhcString other
                && parameters.equals(other.parameters)
                && Arrays.equals(salt, other.salt)
                && Arrays.equals(hash, other.hash);
    }

    @Override
    public int hashCode() {
        return Objects.hash(parameters, Arrays.hashCode(salt), Arrays.hashCode(hash));
    }

    /** Describes the cost only: the salt and hash stay out of logs. */
    @Override
    public String toString() {
        return "PhcString[" + parameters + "]";
    }
}
