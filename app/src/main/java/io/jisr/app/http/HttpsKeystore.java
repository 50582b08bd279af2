package io.jisr.app.http;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the node's TLS certificate and key are: a PKCS#12 keystore file and its password.
 *
 * @param path the {@code .p12} file
 * @param password its password (never printed by {@link #toString()})
 */
public record HttpsKeystore(Path path, String password) {

    /** Checks that nothing is missing. */
    public HttpsKeystore {
        Objects.requireNonNull(path, "keystore path must not be null");
        Objects.requireNonNull(password, "keystore password must not be null");
    }

    /** Describes the keystore without its password. */
    @Override
    public String toString() {
        return "HttpsKeystore[path=" + path + ", password=***]";
    }
}
