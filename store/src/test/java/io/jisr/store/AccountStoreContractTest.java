package io.jisr.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.jisr.access.Account;
import io.jisr.access.ApiToken;
import io.jisr.access.AuditAction;
import io.jisr.access.AuditEntry;
import io.jisr.access.AuditQuery;
import io.jisr.access.Language;
import io.jisr.access.Role;
import io.jisr.access.Session;
import io.jisr.access.Theme;
import io.jisr.access.Username;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every database under {@link JdbcAccountStore} must show; one subclass per database.
 * Each test starts from a new, empty database migrated for real.
 */
abstract class AccountStoreContractTest {
    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00.123Z");
    private static final Username ALICE = Username.of("alice");
    private static final Username BOB = Username.of("bob");
    private static final String HASH = "$argon2id$v=19$m=64,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA";

    private StoreSettings settings;
    private JdbcAccountStore store;

    /** Returns settings for a new, empty database. */
    abstract StoreSettings newDatabase() throws Exception;

    @BeforeEach
    void openStore() throws Exception {
        settings = newDatabase();
        store = JdbcAccountStore.open(settings);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private static Account account(Username name, Set<Role> roles) {
        return new Account(name, "Alice Ndiaye", roles, Language.FR, Theme.DARK, true, false, T0, T0.plusSeconds(5));
    }

    @Test
    void create_thenRead_keepsEveryField() {
        Account alice = account(ALICE, EnumSet.of(Role.WATCH_OFFICER, Role.ANALYST));
        assertThat(store.create(alice, HASH)).isTrue();
        assertThat(store.account(ALICE)).hasValue(alice);
        assertThat(store.passwordHash(ALICE)).hasValue(HASH);
        assertThat(store.account(BOB)).isEmpty();
        assertThat(store.passwordHash(BOB)).isEmpty();
    }

    @Test
    void create_noRoles_readsBackNoRoles() {
        Account nobody = account(BOB, Set.of());
        store.create(nobody, HASH);
        assertThat(store.account(BOB)).hasValue(nobody);
    }

    @Test
    void create_existingName_returnsFalseAndKeepsTheFirst() {
        Account alice = account(ALICE, Set.of(Role.VIEWER));
        store.create(alice, HASH);
        assertThat(store.create(account(ALICE, Set.of(Role.ADMINISTRATOR)), "other"))
                .isFalse();
        assertThat(store.account(ALICE)).hasValue(alice);
        assertThat(store.passwordHash(ALICE)).hasValue(HASH);
    }

    @Test
    void accounts_areSortedByName() {
        store.create(account(BOB, Set.of()), HASH);
        store.create(account(ALICE, Set.of()), HASH);
        assertThat(store.accounts()).extracting(Account::username).containsExactly(ALICE, BOB);
    }

    @Test
    void update_andUpdatePassword_changeWhatTheySay() {
        Account alice = account(ALICE, Set.of(Role.VIEWER));
        store.create(alice, HASH);
        Account changed = alice.withRoles(Set.of(Role.ADMINISTRATOR, Role.SAR_COORDINATOR))
                .withDisplayName("A. Ndiaye")
                .withDisabled(true)
                .withPreferences(Language.AR, Theme.LIGHT);
        store.update(changed);
        assertThat(store.account(ALICE)).hasValue(changed);
        Account newPassword = changed.withPasswordSet(T0.plusSeconds(60), false);
        store.updatePassword(newPassword, "$argon2id$new");
        assertThat(store.account(ALICE)).hasValue(newPassword);
        assertThat(store.passwordHash(ALICE)).hasValue("$argon2id$new");
    }

    @Test
    void sessions_createReadTouchDelete() {
        store.create(account(ALICE, Set.of()), HASH);
        store.create(account(BOB, Set.of()), HASH);
        Session s1 = new Session("a".repeat(64), ALICE, "csrf-1", T0, T0, T0.plusSeconds(3600));
        Session s2 = new Session("b".repeat(64), ALICE, "csrf-2", T0, T0, T0.plusSeconds(60));
        Session s3 = new Session("c".repeat(64), BOB, "csrf-3", T0, T0, T0.plusSeconds(7200));
        store.createSession(s1);
        store.createSession(s2);
        store.createSession(s3);
        assertThat(store.session(s1.idHash())).hasValue(s1);
        store.touchSession(s1.idHash(), T0.plusSeconds(30));
        assertThat(store.session(s1.idHash()).orElseThrow().lastSeen()).isEqualTo(T0.plusSeconds(30));

        assertThat(store.deleteSessionsExpiredBefore(T0.plusSeconds(60))).isEqualTo(1);
        assertThat(store.session(s2.idHash())).isEmpty();
        store.deleteSession(s3.idHash());
        assertThat(store.session(s3.idHash())).isEmpty();
        store.createSession(s3);
        store.deleteSessions(ALICE);
        assertThat(store.session(s1.idHash())).isEmpty();
        assertThat(store.session(s3.idHash())).hasValue(s3);
    }

    @Test
    void tokens_createFindListTouchDelete() {
        store.create(account(ALICE, Set.of()), HASH);
        ApiToken forever =
                new ApiToken("tok1", "1".repeat(64), "prometheus", ALICE, T0, Optional.empty(), Optional.empty());
        ApiToken monthly = new ApiToken(
                "tok2",
                "2".repeat(64),
                "nightly export",
                ALICE,
                T0.plusSeconds(1),
                Optional.of(T0.plusSeconds(86_400 * 30)),
                Optional.empty());
        store.createToken(forever);
        store.createToken(monthly);
        assertThat(store.token("tok1")).hasValue(forever);
        assertThat(store.tokenBySecretHash("2".repeat(64))).hasValue(monthly);
        assertThat(store.tokenBySecretHash("3".repeat(64))).isEmpty();
        assertThat(store.tokens(ALICE)).containsExactly(forever, monthly);
        assertThat(store.tokens(BOB)).isEmpty();

        store.touchToken("tok1", T0.plusSeconds(99));
        assertThat(store.token("tok1").orElseThrow().lastUsed()).hasValue(T0.plusSeconds(99));
        assertThat(store.deleteToken("tok1")).isTrue();
        assertThat(store.deleteToken("tok1")).isFalse();
        assertThat(store.tokens(ALICE)).containsExactly(monthly);
    }

    @Test
    void audit_filtersAndReturnsNewestFirst() {
        AuditEntry e1 = entry(0, "alice", AuditAction.LOGIN_SUCCEEDED);
        AuditEntry e2 = entry(10, "bob", AuditAction.LOGIN_FAILED);
        AuditEntry e3 = entry(20, "alice", AuditAction.TOKEN_CREATED);
        AuditEntry e4 = entry(20, "alice", AuditAction.LOGOUT);
        for (AuditEntry e : List.of(e1, e2, e3, e4)) {
            store.append(e);
        }
        assertThat(store.audit(AuditQuery.newest(100))).containsExactly(e4, e3, e2, e1);
        assertThat(store.audit(AuditQuery.newest(2))).containsExactly(e4, e3);
        assertThat(store.audit(new AuditQuery(
                        Optional.of("alice"), Optional.empty(), Optional.empty(), Optional.empty(), 100)))
                .containsExactly(e4, e3, e1);
        assertThat(store.audit(new AuditQuery(
                        Optional.empty(),
                        Optional.of(AuditAction.LOGIN_FAILED),
                        Optional.empty(),
                        Optional.empty(),
                        100)))
                .containsExactly(e2);
        assertThat(store.audit(new AuditQuery(
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of(T0.plusSeconds(10)),
                        Optional.of(T0.plusSeconds(20)),
                        100)))
                .containsExactly(e2);
    }

    @Test
    void audit_hostileText_isStoredAsGiven() {
        AuditEntry hostile =
                new AuditEntry(T0, "x'); DROP TABLE account; --", "login.failed", "\u202Eevil", "ümlaut ✓ عربي", "::1");
        store.append(hostile);
        assertThat(store.audit(AuditQuery.newest(1))).containsExactly(hostile);
    }

    @Test
    void open_besidePictureStore_bothMigrateAndReopen() {
        store.close();
        JdbcPictureStore.open(settings).close();
        store = JdbcAccountStore.open(settings);
        store.create(account(ALICE, Set.of()), HASH);
        store.close();
        JdbcPictureStore.open(settings).close();
        store = JdbcAccountStore.open(settings);
        assertThat(store.account(ALICE)).isPresent();
    }

    private static AuditEntry entry(int seconds, String actor, AuditAction action) {
        return new AuditEntry(T0.plusSeconds(seconds), actor, action.code(), actor, "detail " + seconds, "127.0.0.1");
    }
}
