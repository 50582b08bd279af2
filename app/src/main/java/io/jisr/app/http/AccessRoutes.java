package io.jisr.app.http;

import io.javalin.http.Context;
import io.jisr.access.AccessRefusal;
import io.jisr.access.Account;
import io.jisr.access.Accounts;
import io.jisr.access.ApiToken;
import io.jisr.access.AuditAction;
import io.jisr.access.AuditQuery;
import io.jisr.access.Language;
import io.jisr.access.LoginOutcome;
import io.jisr.access.Principal;
import io.jisr.access.Role;
import io.jisr.access.Theme;
import io.jisr.access.Username;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The handlers of signing in and out, the signed-in person's settings and tokens, the administrators'
 * account management and audit log, and the web UI's configuration. {@link AccessGate} has already
 * checked who is asking and their role when a handler runs.
 */
final class AccessRoutes {
    private final WebAccess web;
    private final Accounts accounts;

    AccessRoutes(WebAccess web) {
        this.web = web;
        this.accounts = web.accounts();
    }

    /** {@code POST /api/session}: signs in and sets the session cookie. */
    void login(Context ctx) {
        JsonBody body = JsonBody.of(ctx, Set.of("username", "password"));
        String username = body.requiredText("username").orElse("");
        String password = body.requiredText("password").orElse("");
        body.check();
        switch (accounts.login(username, password, ctx.ip())) {
            case LoginOutcome.SignedIn in -> {
                ctx.res().addHeader("Set-Cookie", sessionCookie(in.sessionId(), in.principal()));
                HttpApi.json(ctx, 200, MeJson.of(in.principal().account(), in.principal()));
            }
            case LoginOutcome.Refused refused -> throw ApiException.unauthenticated("wrong username or password");
            case LoginOutcome.Throttled throttled ->
                throw rateLimited(ctx, throttled.retryAfter(), "too many failed sign-ins");
        }
    }

    /** {@code GET /api/session}: the signed-in person. */
    void session(Context ctx) {
        Principal principal = AccessGate.principal(ctx);
        HttpApi.json(ctx, 200, MeJson.of(principal.account(), principal));
    }

    /** {@code DELETE /api/session}: signs out, ending the session on the server and clearing the cookie. */
    void logout(Context ctx) {
        accounts.logout(AccessGate.principal(ctx));
        ctx.res().addHeader("Set-Cookie", clearedCookie());
        ctx.status(204);
    }

    /** {@code POST /api/session/password}: changes one's own password. */
    void changePassword(Context ctx) {
        JsonBody body = JsonBody.of(ctx, Set.of("currentPassword", "newPassword"));
        String current = body.requiredText("currentPassword").orElse("");
        String next = body.requiredText("newPassword").orElse("");
        body.check();
        try {
            accounts.changePassword(AccessGate.principal(ctx), current, next);
        } catch (AccessRefusal e) {
            throw switch (e.reason()) {
                case WRONG_PASSWORD -> ApiException.badField("currentPassword", e.getMessage(), null);
                case INVALID -> ApiException.badField("newPassword", e.getMessage(), null);
                default -> e;
            };
        }
        ctx.status(204);
    }

    /** {@code PATCH /api/me}: changes one's own language and theme. */
    void updateMe(Context ctx) {
        JsonBody body = JsonBody.of(ctx, Set.of("language", "theme"));
        Optional<Language> language = parse(body, "language", Language::parse);
        Optional<Theme> theme = parse(body, "theme", Theme::parse);
        body.check();
        Principal principal = AccessGate.principal(ctx);
        Account changed = accounts.updatePreferences(principal, language, theme);
        HttpApi.json(ctx, 200, MeJson.of(changed, principal));
    }

    /** {@code GET /api/users}: every account. */
    void users(Context ctx) {
        List<AccountJson> users = accounts.accounts(AccessGate.principal(ctx)).stream()
                .map(AccountJson::of)
                .toList();
        HttpApi.json(ctx, 200, Map.of("users", users));
    }

    /** {@code POST /api/users}: creates an account that must change its password at first login. */
    void createUser(Context ctx) {
        JsonBody body = JsonBody.of(ctx, Set.of("username", "displayName", "roles", "password"));
        Optional<Username> username =
                body.requiredText("username").flatMap(u -> parse(body, "username", u, Username::of));
        Optional<String> displayName =
                body.text("displayName").flatMap(d -> parse(body, "displayName", d, Account::checkDisplayName));
        Optional<Set<Role>> roles = roles(body);
        if (roles.isEmpty() && !body.isRejected("roles")) {
            body.reject("roles", "is required (may be an empty list)", null);
        }
        String password = body.requiredText("password").orElse("");
        body.check();
        Account created;
        try {
            created = accounts.createUser(
                    AccessGate.principal(ctx), username.orElseThrow(), displayName, roles.orElseThrow(), password);
        } catch (AccessRefusal e) {
            throw e.reason() == AccessRefusal.Reason.INVALID
                    ? ApiException.badField("password", e.getMessage(), null)
                    : e;
        }
        HttpApi.json(ctx, 201, AccountJson.of(created));
    }

    /** {@code PATCH /api/users/{username}}: changes an account's display name, roles or state. */
    void updateUser(Context ctx) {
        Username username = pathUsername(ctx);
        JsonBody body = JsonBody.of(ctx, Set.of("displayName", "roles", "disabled"));
        Optional<String> displayName =
                body.text("displayName").flatMap(d -> parse(body, "displayName", d, Account::checkDisplayName));
        Optional<Set<Role>> roles = roles(body);
        Optional<Boolean> disabled = body.bool("disabled");
        body.check();
        Account changed = accounts.updateUser(AccessGate.principal(ctx), username, displayName, roles, disabled);
        HttpApi.json(ctx, 200, AccountJson.of(changed));
    }

    /** {@code POST /api/users/{username}/password}: sets an account's password; it must be changed at next login. */
    void resetPassword(Context ctx) {
        Username username = pathUsername(ctx);
        JsonBody body = JsonBody.of(ctx, Set.of("newPassword"));
        String password = body.requiredText("newPassword").orElse("");
        body.check();
        try {
            accounts.resetPassword(AccessGate.principal(ctx), username, password);
        } catch (AccessRefusal e) {
            throw e.reason() == AccessRefusal.Reason.INVALID
                    ? ApiException.badField("newPassword", e.getMessage(), null)
                    : e;
        }
        ctx.status(204);
    }

    /** {@code GET /api/tokens}: one's own API tokens, without their secrets. */
    void tokens(Context ctx) {
        List<TokenJson> tokens = accounts.tokens(AccessGate.principal(ctx)).stream()
                .map(TokenJson::of)
                .toList();
        HttpApi.json(ctx, 200, Map.of("tokens", tokens));
    }

    /** {@code POST /api/tokens}: creates a token; the answer is the only place its secret appears. */
    void createToken(Context ctx) {
        JsonBody body = JsonBody.of(ctx, Set.of("name", "expiresInDays"));
        Optional<String> name = body.requiredText("name").flatMap(n -> parse(body, "name", n, ApiToken::checkName));
        Optional<Integer> days = body.integer("expiresInDays");
        days.filter(d -> d < 1 || d > Accounts.MAX_TOKEN_DAYS)
                .ifPresent(d -> body.reject(
                        "expiresInDays", "must be within 1.." + Accounts.MAX_TOKEN_DAYS, Integer.toString(d)));
        body.check();
        Accounts.CreatedToken created = accounts.createToken(AccessGate.principal(ctx), name.orElseThrow(), days);
        HttpApi.json(
                ctx,
                201,
                new TokenJson.Created(
                        created.token().id(),
                        created.token().name(),
                        created.secret(),
                        created.token().created(),
                        created.token().expires().orElse(null)));
    }

    /** {@code DELETE /api/tokens/{id}}: revokes one's own token, or anyone's for an administrator. */
    void revokeToken(Context ctx) {
        accounts.revokeToken(AccessGate.principal(ctx), ctx.pathParam("id"));
        ctx.status(204);
    }

    /** {@code GET /api/audit}: the audit log, newest first, filtered. */
    void audit(Context ctx) {
        QueryParameters p = new QueryParameters(ctx.queryParamMap());
        Optional<String> actor = p.text("actor");
        Optional<AuditAction> action = p.text("action").flatMap(a -> {
            try {
                return Optional.of(AuditAction.parse(a));
            } catch (IllegalArgumentException e) {
                p.reject("action", e.getMessage(), a);
                return Optional.empty();
            }
        });
        Optional<Instant> from = p.instant("from");
        Optional<Instant> to = p.instant("to");
        int limit = p.integer("limit", 100, 1, AuditQuery.MAX_LIMIT);
        if (from.isPresent() && to.isPresent() && !to.get().isAfter(from.get())) {
            p.reject("to", "must be after from (" + from.get() + ")", to.get().toString());
        }
        p.check();
        List<AuditJson> entries =
                accounts.audit(AccessGate.principal(ctx), new AuditQuery(actor, action, from, to, limit)).stream()
                        .map(AuditJson::of)
                        .toList();
        HttpApi.json(ctx, 200, Map.of("entries", entries));
    }

    /** {@code GET /api/ui-config}: what the web UI needs to know about the node. */
    void uiConfig(Context ctx) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("nodeId", web.nodeId());
        web.tileUrl().ifPresent(u -> config.put("tileUrl", u));
        web.tileAttribution().ifPresent(a -> config.put("tileAttribution", a));
        HttpApi.json(ctx, 200, config);
    }

    /** Answers a refusal of the use cases that no handler turned into a field error. */
    static void refusal(AccessRefusal e, Context ctx) {
        switch (e.reason()) {
            case INVALID, WRONG_PASSWORD ->
                HttpApi.json(ctx, 400, ErrorJson.of(ErrorJson.BAD_PARAMETER, e.getMessage()));
            case NOT_FOUND -> HttpApi.json(ctx, 404, ErrorJson.of(ErrorJson.NOT_FOUND, e.getMessage()));
            case CONFLICT -> HttpApi.json(ctx, 409, ErrorJson.of(ErrorJson.CONFLICT, e.getMessage()));
            case FORBIDDEN -> HttpApi.json(ctx, 403, ErrorJson.of(ErrorJson.FORBIDDEN, e.getMessage()));
            case THROTTLED -> {
                ApiException limited = rateLimited(ctx, e.retryAfter(), e.getMessage());
                HttpApi.json(ctx, limited.status(), limited.body());
            }
        }
    }

    /** Returns the 429 answer and sets {@code Retry-After} in whole seconds, rounded up. */
    private static ApiException rateLimited(Context ctx, Duration retryAfter, String what) {
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        ctx.header("Retry-After", Long.toString(seconds));
        return new ApiException(
                429, ErrorJson.of(ErrorJson.RATE_LIMITED, what + "; try again in " + seconds + " seconds"));
    }

    private String sessionCookie(String sessionId, Principal principal) {
        long maxAge = principal.credential() instanceof Principal.ViaSession via
                ? Duration.between(via.session().created(), via.session().expires())
                        .toSeconds()
                : 0;
        return AccessGate.SESSION_COOKIE + "=" + sessionId + "; Path=/; Max-Age=" + maxAge
                + "; HttpOnly; SameSite=Strict" + (web.isHttps() ? "; Secure" : "");
    }

    private String clearedCookie() {
        return AccessGate.SESSION_COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict"
                + (web.isHttps() ? "; Secure" : "");
    }

    private static Username pathUsername(Context ctx) {
        String text = ctx.pathParam("username");
        try {
            return Username.of(text);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("no account " + text + ": " + e.getMessage());
        }
    }

    private static Optional<Set<Role>> roles(JsonBody body) {
        return body.texts("roles").flatMap(names -> {
            try {
                return Optional.of(Accounts.roles(names));
            } catch (AccessRefusal e) {
                body.reject("roles", e.getMessage(), String.join(",", names));
                return Optional.empty();
            }
        });
    }

    private static <T> Optional<T> parse(JsonBody body, String field, java.util.function.Function<String, T> parser) {
        return body.text(field).flatMap(v -> parse(body, field, v, parser));
    }

    private static <T> Optional<T> parse(
            JsonBody body, String field, String value, java.util.function.Function<String, T> parser) {
        try {
            return Optional.of(parser.apply(value));
        } catch (IllegalArgumentException e) {
            body.reject(field, e.getMessage(), value);
            return Optional.empty();
        }
    }
}
