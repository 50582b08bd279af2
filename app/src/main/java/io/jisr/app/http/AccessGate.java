package io.jisr.app.http;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.jisr.access.Accounts;
import io.jisr.access.Principal;
import io.jisr.access.Role;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * Lets a request through or ends it, before any handler runs: who is asking (session cookie or
 * bearer token), whether their account may (by {@link RouteAccess}), whether a change carries the
 * session's CSRF token, and whether a password change comes first.
 */
final class AccessGate {
    /*
     * Implementation note. CSRF: the session cookie is SameSite=Strict, which already keeps other sites'
     * requests from carrying it in current browsers; the X-CSRF-Token header (synchronizer token, OWASP
     * CSRF Prevention Cheat Sheet) is the second wall, for older browsers and same-site subdomains. A
     * bearer token is never sent by a browser on its own, so requests with one need no CSRF token. The
     * login itself has no session yet: a cross-site login is refused by its Origin header instead.
     *
     * An Authorization header that is not a valid bearer token is refused even if a valid cookie came
     * too: a client that meant to use a token must learn that it does not work.
     */

    /** The session cookie's name. */
    static final String SESSION_COOKIE = "jisr_session";

    /** The header that must carry the session's CSRF token on every change. */
    static final String CSRF_HEADER = "X-CSRF-Token";

    private static final String PRINCIPAL = "jisr.principal";

    /** The upgrade request's attribute holding the live view's repeated check ({@link #checkUpgrade}). */
    static final String LIVE_AUTHORISATION = "jisr.live.authorisation";

    private static final Set<HandlerType> SAFE = Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);

    private final Accounts accounts;

    AccessGate(Accounts accounts) {
        this.accounts = accounts;
    }

    /** The before-handler of every HTTP request. */
    void check(Context ctx) {
        RouteAccess access = RouteAccess.of(ctx.method(), ctx.path());
        // A switch expression, so that a new kind of route that is not listed here fails to compile
        // instead of passing unchecked.
        boolean needsAccount = switch (access) {
            case PUBLIC, LOGIN -> false;
            case SIGNED_IN_ANY_STATE,
                    SIGNED_IN,
                    DATA,
                    WATCH_DESK,
                    SAR_DESK,
                    ANALYST_DESK,
                    PROGRAMME_DESK,
                    PROGRAMME_READ,
                    FEDERATION_READ,
                    ADMINISTRATION -> true;
        };
        if (access == RouteAccess.LOGIN) {
            requireSameOriginIfPresent(ctx);
        }
        if (!needsAccount) {
            return;
        }
        Principal principal = authenticate(ctx);
        ctx.attribute(PRINCIPAL, principal);
        if (principal.credential() instanceof Principal.ViaSession via && !SAFE.contains(ctx.method())) {
            requireCsrfToken(ctx, via.session().csrfToken());
        }
        if (access != RouteAccess.SIGNED_IN_ANY_STATE) {
            requireNoPendingPasswordChange(principal);
        }
        requireRole(principal, access.roles());
    }

    /**
     * The before-handler of the live view's WebSocket upgrade: a session or token, a same-origin
     * {@code Origin} (which a browser always sends; only token clients may leave it out), and a role.
     */
    void checkUpgrade(Context ctx) {
        Principal principal = authenticate(ctx);
        String origin = ctx.header("Origin");
        if (origin == null ? principal.credential() instanceof Principal.ViaSession : !isSameOrigin(ctx, origin)) {
            throw ApiException.forbidden(
                    ErrorJson.FORBIDDEN, "the live view accepts connections from this node's own pages only");
        }
        requireNoPendingPasswordChange(principal);
        requireRole(principal, RouteAccess.DATA.roles());
        ctx.attribute(
                LIVE_AUTHORISATION, stillAdmits(ctx.header("Authorization"), ctx.cookie(SESSION_COOKIE), ctx.ip()));
    }

    /**
     * Returns a check the live view repeats while a connection is open: whether the session or token
     * it connected with still admits it (not signed out, expired or revoked; the account enabled, not
     * waiting for a password change, holding a role). A WebSocket outlives the request that opened it,
     * so without this a signed-out or disabled user would go on receiving the picture.
     */
    private BooleanSupplier stillAdmits(String authorization, String sessionId, String remoteAddress) {
        return () -> lookUp(authorization, sessionId, remoteAddress)
                .filter(p -> !p.account().mustChangePassword())
                .filter(p -> RouteAccess.DATA.roles().stream().anyMatch(p::hasRole))
                .isPresent();
    }

    private Optional<Principal> lookUp(String authorization, String sessionId, String remoteAddress) {
        if (authorization != null) {
            boolean bearer = authorization.regionMatches(true, 0, "Bearer ", 0, 7);
            return bearer ? accounts.byToken(authorization.substring(7).strip(), remoteAddress) : Optional.empty();
        }
        return sessionId == null ? Optional.empty() : accounts.bySession(sessionId, remoteAddress);
    }

    /** Returns the principal the gate let through; only for routes that need one. */
    static Principal principal(Context ctx) {
        Principal principal = ctx.attribute(PRINCIPAL);
        if (principal == null) {
            // RouteAccess and the routes disagree: a programming error, never a client's.
            throw new IllegalStateException("no principal for " + ctx.method() + " " + ctx.path());
        }
        return principal;
    }

    private Principal authenticate(Context ctx) {
        String authorization = ctx.header("Authorization");
        String sessionId = ctx.cookie(SESSION_COOKIE);
        Optional<Principal> principal = lookUp(authorization, sessionId, ctx.ip());
        if (principal.isPresent()) {
            return principal.get();
        }
        if (authorization != null) {
            throw ApiException.unauthenticated("the bearer token is not valid (unknown, revoked or expired)");
        }
        if (sessionId == null) {
            throw ApiException.unauthenticated("sign in first: no session cookie and no bearer token");
        }
        throw ApiException.unauthenticated("the session has ended; sign in again");
    }

    private static void requireCsrfToken(Context ctx, String expected) {
        String given = ctx.header(CSRF_HEADER);
        if (given == null
                || !MessageDigest.isEqual(
                        given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))) {
            throw ApiException.forbidden(
                    ErrorJson.CSRF,
                    "changes made with a session need the session's CSRF token in the " + CSRF_HEADER + " header ("
                            + (given == null ? "missing" : "wrong") + ")");
        }
    }

    private static void requireNoPendingPasswordChange(Principal principal) {
        if (principal.account().mustChangePassword()) {
            throw ApiException.forbidden(
                    ErrorJson.PASSWORD_CHANGE_REQUIRED, "choose a new password first (POST /api/session/password)");
        }
    }

    private static void requireRole(Principal principal, Set<Role> anyOf) {
        if (anyOf.isEmpty() || anyOf.stream().anyMatch(principal::hasRole)) {
            return;
        }
        String needed = anyOf.size() == 1
                ? "the role " + anyOf.iterator().next()
                : "one of the roles " + anyOf.stream().sorted().map(Role::name).collect(Collectors.joining(", "));
        throw ApiException.forbidden(
                ErrorJson.FORBIDDEN, "this needs " + needed + "; " + principal.username() + " does not have it");
    }

    private static void requireSameOriginIfPresent(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin != null && !isSameOrigin(ctx, origin)) {
            throw ApiException.forbidden(ErrorJson.FORBIDDEN, "sign-in from another origin is refused");
        }
    }

    /**
     * Returns whether {@code origin} names the host and port the request was sent to. The scheme is
     * not compared: behind a TLS proxy ({@code http.allowPlainHttp}) the browser's origin is
     * {@code https://} while the node sees plain HTTP, and what tells another site apart is its host.
     */
    private static boolean isSameOrigin(Context ctx, String origin) {
        String host = ctx.header("Host");
        String o = origin.toLowerCase(Locale.ROOT);
        String authority = o.startsWith("https://") ? o.substring(8) : o.startsWith("http://") ? o.substring(7) : null;
        return host != null && authority != null && authority.equals(host.toLowerCase(Locale.ROOT));
    }
}
