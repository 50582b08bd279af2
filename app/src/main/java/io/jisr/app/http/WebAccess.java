package io.jisr.app.http;

import io.jisr.access.Accounts;
import java.util.Objects;
import java.util.Optional;

/**
 * How the HTTP API lets people in: the accounts behind sessions and tokens, TLS, and what the web UI
 * is told about the node.
 *
 * @param accounts sign-in, sessions, tokens, users and the audit log
 * @param https the keystore when the API serves HTTPS; empty for plain HTTP
 * @param nodeId the node's name, for the UI
 * @param tileUrl the map tile URL template for the UI ({@code https://tiles.example/{z}/{x}/{y}.png}),
 *     whose origin is admitted by the Content-Security-Policy for images
 * @param tileAttribution the attribution the map must show for those tiles
 */
public record WebAccess(
        Accounts accounts,
        Optional<HttpsKeystore> https,
        String nodeId,
        Optional<String> tileUrl,
        Optional<String> tileAttribution) {

    /** Checks that nothing is missing. */
    public WebAccess {
        Objects.requireNonNull(accounts, "accounts must not be null");
        Objects.requireNonNull(https, "https must not be null");
        Objects.requireNonNull(nodeId, "nodeId must not be null");
        Objects.requireNonNull(tileUrl, "tileUrl must not be null");
        Objects.requireNonNull(tileAttribution, "tileAttribution must not be null");
    }

    /**
     * Returns the origin ({@code https://host:port}) of a tile URL template, or empty if it is not an
     * http or https URL with a plain host name.
     */
    public static Optional<String> tileOrigin(String url) {
        return SecurityHeaders.origin(url);
    }

    /** Returns whether the API serves HTTPS. */
    public boolean isHttps() {
        return https.isPresent();
    }
}
