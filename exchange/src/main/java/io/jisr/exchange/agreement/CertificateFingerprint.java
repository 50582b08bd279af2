package io.jisr.exchange.agreement;

import io.jisr.exchange.Texts;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * The SHA-256 fingerprint of a node's X.509 certificate (of its DER encoding), by which a partner's
 * node is recognised on the mutual-TLS link.
 *
 * @param hex 64 lower-case hexadecimal digits
 */
public record CertificateFingerprint(String hex) {

    /** Checks that this is 32 bytes in lower-case hex. */
    public CertificateFingerprint {
        Objects.requireNonNull(hex, "fingerprint must not be null");
        if (hex.length() != 64 || !hex.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            throw new IllegalArgumentException(
                    "a SHA-256 fingerprint must be 64 lower-case hex digits, was \"" + Texts.excerpt(hex) + "\"");
        }
    }

    /**
     * Reads a fingerprint as tools print it: hex digits in either case, optionally in colon-separated
     * pairs ({@code AB:CD:...}, as {@code openssl x509 -fingerprint -sha256} writes).
     */
    public static CertificateFingerprint parse(String text) {
        Objects.requireNonNull(text, "fingerprint must not be null");
        String plain = text.indexOf(':') >= 0 ? text.replace(":", "") : text;
        if (text.indexOf(':') >= 0 && text.length() != 95) {
            throw new IllegalArgumentException(
                    "a colon-separated SHA-256 fingerprint must be 32 pairs of hex digits, was \"" + Texts.excerpt(text)
                            + "\"");
        }
        return new CertificateFingerprint(plain.toLowerCase(Locale.ROOT));
    }

    /** The fingerprint of these certificate bytes (DER). */
    public static CertificateFingerprint ofDer(byte[] der) {
        return new CertificateFingerprint(HexFormat.of().formatHex(Hashing.sha256(der)));
    }

    @Override
    public String toString() {
        return hex;
    }
}
