package io.jisr.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * The use cases of access control: signing in and out, sessions and tokens, passwords, accounts and
 * the audit log. Every change is written to the audit log. Checks the administrator role itself for
 * the administrators' use cases, so that a route that forgot to cannot open them.
 */
public final class Accounts {
    /*
     * Implementation note: a login for an unknown or malformed username still runs one Argon2id
     * verification (against a hash of a random password made at start), so that the answer time does
     * not tell which usernames exist. Sessions and tokens record their use at most once a minute: a
     * write per request would make every read a write.
     */

    /** The name of the account made at first start. */
    public static final Username FIRST_ADMINISTRATOR = new Username("admin");

    /** The audit log's actor for what the node does by itself. */
    public static final String SYSTEM = "system";

    private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);
    /** The longest lifetime of an API token, in days. */
    public static final int MAX_TOKEN_DAYS = 3650;

    private static final int MAX_AUDITED_NAME = 64;

    private final AccountStore store;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy = new PasswordPolicy();
    private final LoginThrottle throttle;
    private final SessionSettings sessions;
    private final Clock clock;
    private final RandomGenerator random;
    private final String dummyHash;

    /**
     * Creates the use cases.
     *
     * @param store where everything is kept
     * @param hasher the password hasher
     * @param throttle the login throttle
     * @param sessions how long sessions last
     * @param clock the time
     * @param random the source of session ids, tokens and passwords: a {@link java.security.SecureRandom}
     */
    public Accounts(
            AccountStore store,
            PasswordHasher hasher,
            LoginThrottle throttle,
            SessionSettings sessions,
            Clock clock,
            RandomGenerator random) {
        this.store = Objects.requireNonNull(store, "store must not be null");
        this.hasher = Objects.requireNonNull(hasher, "hasher must not be null");
        this.throttle = Objects.requireNonNull(throttle, "throttle must not be null");
        this.sessions = Objects.requireNonNull(sessions, "sessions must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
        this.random = Objects.requireNonNull(random, "random must not be null");
        this.dummyHash = hasher.hash(Secrets.generate(random));
    }

    /** What a first start did about the administrator. */
    public sealed interface FirstStart {
        /** Accounts existed already; nothing was done. */
        record AccountsExist() implements FirstStart {}

        /** {@code admin} was created with the configured password. */
        record CreatedWithConfiguredPassword() implements FirstStart {}

        /**
         * {@code admin} was created with this one-time password, which must be changed at first login.
         *
         * @param password the password, to be shown once to the operator and then forgotten
         */
        record CreatedWithOneTimePassword(String password) implements FirstStart {
            /** Leaves the password out. */
            @Override
            public String toString() {
                return "CreatedWithOneTimePassword[***]";
            }
        }
    }

    /**
     * Creates the administrator {@code admin} if there is no account at all.
     *
     * @param configuredPassword the password from {@code JISR_ADMIN_PASSWORD}, if set
     * @throws IllegalArgumentException if the configured password does not meet the policy
     */
    public FirstStart ensureAdministrator(Optional<String> configuredPassword) {
        if (!store.accounts().isEmpty()) {
            return new FirstStart.AccountsExist();
        }
        configuredPassword.ifPresent(p -> policy.problem(p, FIRST_ADMINISTRATOR).ifPresent(problem -> {
            throw new IllegalArgumentException("JISR_ADMIN_PASSWORD is not acceptable: " + problem);
        }));
        String password = configuredPassword.orElseGet(() -> Secrets.generate(random));
        Instant now = clock.instant();
        Account admin = new Account(
                FIRST_ADMINISTRATOR,
                "Administrator",
                Set.of(Role.ADMINISTRATOR),
                Language.EN,
                Theme.LIGHT,
                configuredPassword.isEmpty(),
                false,
                now,
                now);
        if (!store.create(admin, hasher.hash(password))) {
            return new FirstStart.AccountsExist();
        }
        audit(
                SYSTEM,
                AuditAction.USER_CREATED,
                admin.username().value(),
                "first administrator, roles ADMINISTRATOR",
                "");
        return configuredPassword.isPresent()
                ? new FirstStart.CreatedWithConfiguredPassword()
                : new FirstStart.CreatedWithOneTimePassword(password);
    }

    /**
     * Signs in with a username and password. Unknown user, wrong password and disabled account get the
     * same answer.
     */
    public LoginOutcome login(String username, String password, String remoteAddress) {
        String attempted = auditedName(username);
        Optional<Duration> wait = throttle.retryAfter(attempted, remoteAddress);
        if (wait.isPresent()) {
            audit(attempted, AuditAction.LOGIN_THROTTLED, attempted, "too many failed logins", remoteAddress);
            return new LoginOutcome.Throttled(wait.get());
        }
        Optional<Account> account = parse(username).flatMap(store::account);
        Optional<String> hash = account.flatMap(a -> store.passwordHash(a.username()));
        String given = password == null ? "" : password;
        boolean matches = hasher.verify(given, hash.orElse(dummyHash)) && hash.isPresent();
        if (!matches || account.get().disabled()) {
            throttle.failed(attempted, remoteAddress);
            String why = account.isEmpty() ? "unknown user" : matches ? "account disabled" : "wrong password";
            audit(attempted, AuditAction.LOGIN_FAILED, attempted, why, remoteAddress);
            return new LoginOutcome.Refused();
        }
        throttle.succeeded(attempted);
        Account signedIn = account.get();
        if (hasher.needsRehash(hash.get())) {
            store.updatePassword(signedIn, hasher.hash(given));
        }
        Instant now = clock.instant();
        String sessionId = Secrets.generate(random);
        Session session = new Session(
                Secrets.sha256(sessionId),
                signedIn.username(),
                Secrets.generate(random),
                now,
                now,
                now.plus(sessions.absoluteLifetime()));
        store.createSession(session);
        audit(
                signedIn.username().value(),
                AuditAction.LOGIN_SUCCEEDED,
                signedIn.username().value(),
                "",
                remoteAddress);
        return new LoginOutcome.SignedIn(
                sessionId, new Principal(signedIn, new Principal.ViaSession(session), remoteAddress));
    }

    /** Returns who holds the session {@code sessionId}, if it exists, is current and its account enabled. */
    public Optional<Principal> bySession(String sessionId, String remoteAddress) {
        if (sessionId == null || sessionId.isEmpty() || sessionId.length() > 128) {
            return Optional.empty();
        }
        String idHash = Secrets.sha256(sessionId);
        Optional<Session> found = store.session(idHash);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Session session = found.get();
        Instant now = clock.instant();
        if (session.isExpired(now, sessions)) {
            store.deleteSession(idHash);
            return Optional.empty();
        }
        Optional<Account> account = store.account(session.username()).filter(a -> !a.disabled());
        if (account.isEmpty()) {
            return Optional.empty();
        }
        if (!now.isBefore(session.lastSeen().plus(TOUCH_INTERVAL))) {
            store.touchSession(idHash, now);
            session = new Session(
                    session.idHash(),
                    session.username(),
                    session.csrfToken(),
                    session.created(),
                    now,
                    session.expires());
        }
        return Optional.of(new Principal(account.get(), new Principal.ViaSession(session), remoteAddress));
    }

    /** Returns who holds the API token {@code secret}, if it exists, has not expired and its owner is enabled. */
    public Optional<Principal> byToken(String secret, String remoteAddress) {
        if (secret == null || !secret.startsWith(ApiToken.PREFIX) || secret.length() > 128) {
            return Optional.empty();
        }
        Optional<ApiToken> found = store.tokenBySecretHash(Secrets.sha256(secret));
        Instant now = clock.instant();
        if (found.isEmpty() || found.get().isExpired(now)) {
            return Optional.empty();
        }
        ApiToken token = found.get();
        Optional<Account> owner = store.account(token.owner()).filter(a -> !a.disabled());
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        if (token.lastUsed().isEmpty() || !now.isBefore(token.lastUsed().get().plus(TOUCH_INTERVAL))) {
            store.touchToken(token.id(), now);
        }
        return Optional.of(new Principal(owner.get(), new Principal.ViaToken(token), remoteAddress));
    }

    /** Ends the principal's session (nothing for a token). */
    public void logout(Principal principal) {
        if (principal.credential() instanceof Principal.ViaSession via) {
            store.deleteSession(via.session().idHash());
            audit(principal, AuditAction.LOGOUT, principal.username().value(), "");
        }
    }

    /**
     * Changes the principal's own password and clears "must change password". Ends the account's
     * other sessions: whoever else knew the old password is signed out.
     *
     * @throws AccessRefusal WRONG_PASSWORD, INVALID (the policy's message) or THROTTLED (too many wrong
     *     current passwords, counted with failed sign-ins)
     */
    public Account changePassword(Principal principal, String currentPassword, String newPassword) {
        Username name = principal.username();
        String hash = store.passwordHash(name)
                .orElseThrow(() -> new AccessRefusal(AccessRefusal.Reason.NOT_FOUND, "no account " + name));
        // Someone holding a stolen session must not get unlimited guesses at the password behind it.
        Optional<Duration> wait = throttle.retryAfter(name.value(), principal.remoteAddress());
        if (wait.isPresent()) {
            throw new AccessRefusal(AccessRefusal.Reason.THROTTLED, "too many wrong passwords", wait.get());
        }
        if (currentPassword == null || !hasher.verify(currentPassword, hash)) {
            throttle.failed(name.value(), principal.remoteAddress());
            throw new AccessRefusal(AccessRefusal.Reason.WRONG_PASSWORD, "current password is wrong");
        }
        checkPolicy(newPassword, name);
        if (newPassword.equals(currentPassword)) {
            throw new AccessRefusal(AccessRefusal.Reason.INVALID, "new password must differ from the current one");
        }
        Account changed = principal.account().withPasswordSet(clock.instant(), false);
        store.updatePassword(changed, hasher.hash(newPassword));
        store.deleteSessions(name);
        if (principal.credential() instanceof Principal.ViaSession via) {
            store.createSession(via.session());
        }
        audit(principal, AuditAction.PASSWORD_CHANGED, name.value(), "");
        return changed;
    }

    /** Changes the principal's own language and theme; absent values stay as they are. */
    public Account updatePreferences(Principal principal, Optional<Language> language, Optional<Theme> theme) {
        Account before = principal.account();
        Account after = before.withPreferences(language.orElse(before.language()), theme.orElse(before.theme()));
        if (!after.equals(before)) {
            store.update(after);
            audit(
                    principal,
                    AuditAction.SETTINGS_CHANGED,
                    before.username().value(),
                    "language " + after.language().code() + ", theme "
                            + after.theme().code());
        }
        return after;
    }

    /** Returns every account (administrators only). */
    public List<Account> accounts(Principal principal) {
        requireAdministrator(principal);
        return store.accounts();
    }

    /**
     * Creates an account whose owner must choose a new password at first login (administrators only).
     *
     * @throws AccessRefusal INVALID, CONFLICT or FORBIDDEN
     */
    public Account createUser(
            Principal principal, Username username, Optional<String> displayName, Set<Role> roles, String password) {
        requireAdministrator(principal);
        checkPolicy(password, username);
        Instant now = clock.instant();
        Account account = new Account(
                username, displayName.orElse(username.value()), roles, Language.EN, Theme.LIGHT, true, false, now, now);
        if (!store.create(account, hasher.hash(password))) {
            throw new AccessRefusal(AccessRefusal.Reason.CONFLICT, "account " + username + " exists already");
        }
        audit(principal, AuditAction.USER_CREATED, username.value(), "roles " + names(account.sortedRoles()));
        return account;
    }

    /**
     * Changes another account's display name, roles or state (administrators only). Keeps at least
     * one enabled administrator, and administrators cannot demote or disable themselves.
     *
     * @throws AccessRefusal NOT_FOUND, INVALID or FORBIDDEN
     */
    public Account updateUser(
            Principal principal,
            Username username,
            Optional<String> displayName,
            Optional<Set<Role>> roles,
            Optional<Boolean> disabled) {
        requireAdministrator(principal);
        Account before = store.account(username)
                .orElseThrow(() -> new AccessRefusal(AccessRefusal.Reason.NOT_FOUND, "no account " + username));
        Account after = before;
        if (displayName.isPresent()) {
            after = after.withDisplayName(displayName.get());
        }
        if (roles.isPresent()) {
            after = after.withRoles(roles.get());
        }
        if (disabled.isPresent()) {
            after = after.withDisabled(disabled.get());
        }
        boolean losesAdministration = isActiveAdministrator(before) && !isActiveAdministrator(after);
        if (losesAdministration && username.equals(principal.username())) {
            throw new AccessRefusal(
                    AccessRefusal.Reason.FORBIDDEN,
                    "administrators cannot remove their own ADMINISTRATOR role or disable themselves");
        }
        if (losesAdministration
                && store.accounts().stream()
                        .filter(a -> !a.username().equals(username))
                        .noneMatch(Accounts::isActiveAdministrator)) {
            throw new AccessRefusal(AccessRefusal.Reason.FORBIDDEN, "at least one enabled administrator must remain");
        }
        if (after.equals(before)) {
            return before;
        }
        store.update(after);
        if (after.disabled()) {
            store.deleteSessions(username);
        }
        audit(principal, AuditAction.USER_CHANGED, username.value(), changes(before, after));
        return after;
    }

    /**
     * Sets another account's password; its owner must change it at next login and is signed out
     * everywhere (administrators only).
     *
     * @throws AccessRefusal NOT_FOUND, INVALID or FORBIDDEN
     */
    public void resetPassword(Principal principal, Username username, String newPassword) {
        requireAdministrator(principal);
        Account before = store.account(username)
                .orElseThrow(() -> new AccessRefusal(AccessRefusal.Reason.NOT_FOUND, "no account " + username));
        checkPolicy(newPassword, username);
        store.updatePassword(before.withPasswordSet(clock.instant(), true), hasher.hash(newPassword));
        store.deleteSessions(username);
        audit(principal, AuditAction.PASSWORD_RESET, username.value(), "must change it at next login");
    }

    /** A new token with its secret, which is never available again. */
    public record CreatedToken(ApiToken token, String secret) {
        /** Leaves the secret out. */
        @Override
        public String toString() {
            return "CreatedToken[" + token.id() + "]";
        }
    }

    /**
     * Creates an API token acting as the principal.
     *
     * @param lifetimeDays days until it expires (1 to 3650), or empty for a token that does not expire
     * @throws AccessRefusal INVALID
     */
    public CreatedToken createToken(Principal principal, String name, Optional<Integer> lifetimeDays) {
        try {
            ApiToken.checkName(name);
        } catch (IllegalArgumentException e) {
            throw new AccessRefusal(AccessRefusal.Reason.INVALID, e.getMessage());
        }
        if (lifetimeDays.isPresent() && (lifetimeDays.get() < 1 || lifetimeDays.get() > MAX_TOKEN_DAYS)) {
            throw new AccessRefusal(
                    AccessRefusal.Reason.INVALID,
                    "expiresInDays must be within 1.." + MAX_TOKEN_DAYS + ", was " + lifetimeDays.get());
        }
        Instant now = clock.instant();
        String secret = ApiToken.PREFIX + Secrets.generate(random);
        ApiToken token = new ApiToken(
                Secrets.generate(random).substring(0, 16),
                Secrets.sha256(secret),
                name,
                principal.username(),
                now,
                lifetimeDays.map(d -> now.plus(Duration.ofDays(d))),
                Optional.empty());
        store.createToken(token);
        audit(principal, AuditAction.TOKEN_CREATED, token.id(), "name \"" + name + "\"");
        return new CreatedToken(token, secret);
    }

    /** Returns the principal's own tokens. */
    public List<ApiToken> tokens(Principal principal) {
        return store.tokens(principal.username());
    }

    /**
     * Revokes a token: one's own, or anyone's for an administrator.
     *
     * @throws AccessRefusal NOT_FOUND (also for another's token, so ids cannot be probed)
     */
    public void revokeToken(Principal principal, String id) {
        Optional<ApiToken> token = store.token(id)
                .filter(t -> t.owner().equals(principal.username()) || principal.hasRole(Role.ADMINISTRATOR));
        if (token.isEmpty() || !store.deleteToken(id)) {
            throw new AccessRefusal(AccessRefusal.Reason.NOT_FOUND, "no token " + id);
        }
        audit(principal, AuditAction.TOKEN_REVOKED, id, "owner " + token.get().owner());
    }

    /** Returns the audit entries the query selects, newest first (administrators only). */
    public List<AuditEntry> audit(Principal principal, AuditQuery query) {
        requireAdministrator(principal);
        return store.audit(query);
    }

    /** Deletes the sessions that have ended; returns how many. */
    public int purgeExpiredSessions() {
        // An idle-expired session is deleted when next presented; this sweeps the absolute expiry.
        return store.deleteSessionsExpiredBefore(clock.instant());
    }

    private void checkPolicy(String password, Username username) {
        Optional<String> problem = policy.problem(password, username);
        if (problem.isPresent()) {
            throw new AccessRefusal(AccessRefusal.Reason.INVALID, problem.get());
        }
    }

    private static void requireAdministrator(Principal principal) {
        if (!principal.hasRole(Role.ADMINISTRATOR)) {
            throw new AccessRefusal(AccessRefusal.Reason.FORBIDDEN, "this needs the role ADMINISTRATOR");
        }
    }

    private static boolean isActiveAdministrator(Account account) {
        return account.hasRole(Role.ADMINISTRATOR) && !account.disabled();
    }

    private static Optional<Username> parse(String username) {
        try {
            return Optional.of(Username.of(username));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The attempted name as the audit log and the throttle see it: bounded, printable, lower case. */
    private static String auditedName(String username) {
        if (username == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        username.codePoints().limit(MAX_AUDITED_NAME).forEach(c -> {
            if (Character.isISOControl(c)) {
                out.append('?');
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString().toLowerCase(Locale.ROOT);
    }

    private static String changes(Account before, Account after) {
        List<String> changes = new ArrayList<>();
        if (!before.displayName().equals(after.displayName())) {
            changes.add("display name \"" + after.displayName() + "\"");
        }
        if (!before.roles().equals(after.roles())) {
            changes.add("roles " + names(after.sortedRoles()));
        }
        if (before.disabled() != after.disabled()) {
            changes.add(after.disabled() ? "disabled" : "enabled");
        }
        return String.join(", ", changes);
    }

    private static String names(Set<Role> roles) {
        return roles.isEmpty()
                ? "none"
                : String.join(" ", roles.stream().map(Role::name).toList());
    }

    /** Returns the roles in {@code names}, or refuses naming the bad one. */
    public static Set<Role> roles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String n : names) {
            try {
                roles.add(Role.parse(n));
            } catch (IllegalArgumentException e) {
                throw new AccessRefusal(AccessRefusal.Reason.INVALID, e.getMessage());
            }
        }
        return roles;
    }

    /**
     * Writes to the audit log what {@code principal} did elsewhere in the node (an alert acknowledged),
     * with the comment or detail given.
     */
    public void record(Principal principal, AuditAction action, String target, String detail) {
        audit(principal, action, target, detail);
    }

    /**
     * Records what a partner's node caused rather than a person here (an edit it sent that was refused); the
     * actor is {@code partner:<node id>}.
     */
    public void recordFromPartner(String partnerNode, AuditAction action, String target, String detail) {
        audit("partner:" + partnerNode, action, target, detail, "");
    }

    private void audit(Principal principal, AuditAction action, String target, String detail) {
        audit(principal.username().value(), action, target, detail, principal.remoteAddress());
    }

    private void audit(String actor, AuditAction action, String target, String detail, String remoteAddress) {
        store.append(new AuditEntry(clock.instant(), actor, action.code(), target, detail, remoteAddress));
    }
}
