package io.jisr.app.http;

import io.javalin.http.Context;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The headers every answer carries, so that a browser runs only the node's own scripts, never frames
 * its pages, leaks no referrer and (under TLS) never falls back to plain HTTP.
 */
final class SecurityHeaders {
    private static final Pattern ORIGIN = Pattern.compile("^(https?://[A-Za-z0-9.-]+(?::[0-9]{1,5})?)(?:/.*)?$");
    private static final Pattern HOST =
            Pattern.compile("[A-Za-z0-9.-]+(?::[0-9]{1,5})?|\\[[0-9A-Fa-f:.]+\\](?::[0-9]{1,5})?");

    private final boolean https;
    private final String imageSources;

    SecurityHeaders(boolean https, Optional<String> tileUrl) {
        this.https = https;
        this.imageSources = "img-src 'self' data: blob:"
                + tileUrl.flatMap(SecurityHeaders::origin).map(o -> " " + o).orElse("");
    }

    /** Returns the scheme, host and port of a tile URL template, if it has a usable one. */
    static Optional<String> origin(String url) {
        Matcher m = ORIGIN.matcher(url);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** Adds the headers; a before-handler of every request. */
    void add(Context ctx) {
        ctx.header("Content-Security-Policy", contentSecurityPolicy(ctx.header("Host")));
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Cross-Origin-Resource-Policy", "same-origin");
        ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
        if (https) {
            ctx.header("Strict-Transport-Security", "max-age=31536000");
        }
        String path = ctx.path();
        if (path.equals("/api") || path.startsWith("/api/") || path.equals("/metrics")) {
            ctx.header("Cache-Control", "no-store");
        }
    }

    /**
     * The policy: the node's own scripts, styles, fonts and data only; the live view's WebSocket on the
     * node's own host (some browsers do not count {@code ws:} as {@code 'self'}, so it is named); images
     * also from the tile server.
     */
    String contentSecurityPolicy(String host) {
        String webSocket = host != null && HOST.matcher(host).matches() ? (https ? " wss://" : " ws://") + host : "";
        return "default-src 'self'; script-src 'self'; style-src 'self'; " + imageSources + "; connect-src 'self'"
                + webSocket + "; font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none';"
                + " form-action 'self'";
    }
}
