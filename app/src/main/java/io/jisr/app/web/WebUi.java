package io.jisr.app.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Serves the web UI: {@code /public} from the class path at {@code /}, the WebJars (Leaflet) at
 * {@code /webjars/...}, and the security headers on every answer of the node.
 *
 * <p>The Content-Security-Policy allows scripts and styles from the node only ({@code 'self'}, no
 * {@code unsafe-inline}): text that arrives over the air is never markup, and even if a bug put it
 * into the page as HTML, an injected script or event handler would not run. Map tiles may come from a
 * configured tile server, so images may also be loaded over https.
 */
public final class WebUi {

    /** The policy: everything from the node, images also from a tile server, nothing framing the page. */
    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data: https:",
            "connect-src 'self'",
            "font-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** Every header the node adds to every answer, API and static files alike. */
    static final Map<String, String> SECURITY_HEADERS = securityHeaders();

    private WebUi() {}

    /** Adds the UI's static files, the WebJars and the security headers to {@code config}. */
    public static void configure(JavalinConfig config) {
        config.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = "/public";
            files.location = Location.CLASSPATH;
            // max-age=0: a node upgraded in the middle of a shift serves its new UI on the next load.
            files.headers = Map.of("Cache-Control", "max-age=0");
        });
        config.staticFiles.enableWebjars();
        // The HTTP API may set its own policy first (one that names the configured tile server): keep it.
        config.routes.before(ctx -> SECURITY_HEADERS.forEach((name, value) -> {
            if (!ctx.res().containsHeader(name)) {
                ctx.header(name, value);
            }
        }));
    }

    private static Map<String, String> securityHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Referrer-Policy", "no-referrer");
        headers.put("Cross-Origin-Opener-Policy", "same-origin");
        headers.put("Cross-Origin-Resource-Policy", "same-origin");
        headers.put("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
        return Map.copyOf(headers);
    }
}
