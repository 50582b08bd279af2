package io.jisr.store;

import io.jisr.access.Account;
import io.jisr.access.AccountStore;
import io.jisr.access.ApiToken;
import io.jisr.access.AuditEntry;
import io.jisr.access.AuditQuery;
import io.jisr.access.Language;
import io.jisr.access.Role;
import io.jisr.access.Session;
import io.jisr.access.Theme;
import io.jisr.access.Username;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Accounts, sessions, API tokens and the audit log on H2 or PostgreSQL through plain JDBC, in the
 * same database as the picture but with a connection pool, migrations and a Flyway history table of
 * their own ({@code flyway_accounts_history}). Every method is one auto-committed statement, so every
 * method is atomic. Thread-safe.
 */
public final class JdbcAccountStore implements AccountStore, AutoCloseable {

    private static final String MIGRATIONS = "classpath:db/jisr-accounts";
    private static final String HISTORY_TABLE = "flyway_accounts_history";
    /** SQLSTATE of a unique or primary key violation, on both databases. */
    private static final String UNIQUE_VIOLATION = "23505";

    private static final String ACCOUNT_COLUMNS = "username, display_name, roles, language, theme,"
            + " must_change_password, disabled, created_ms, password_changed_ms";
    private static final String TOKEN_COLUMNS = "id, secret_hash, name, owner, created_ms, expires_ms, last_used_ms";
    private static final String SESSION_COLUMNS = "id_hash, username, csrf_token, created_ms, last_seen_ms, expires_ms";

    private final SqlTables tables;

    private JdbcAccountStore(SqlTables tables) {
        this.tables = tables;
    }

    /**
     * Connects to the database of {@code settings} with a pool of two connections, brings the account
     * tables up to date and returns the store.
     *
     * @throws StoreException when the database cannot be reached or migrated
     */
    public static JdbcAccountStore open(StoreSettings settings) {
        return new JdbcAccountStore(SqlTables.open(settings, "account", MIGRATIONS, HISTORY_TABLE));
    }

    @Override
    public Optional<Account> account(Username username) {
        return tables
                .query(
                        "read account " + username,
                        "SELECT " + ACCOUNT_COLUMNS + " FROM account WHERE username = ?",
                        ps -> ps.setString(1, username.value()),
                        JdbcAccountStore::account)
                .stream()
                .findFirst();
    }

    @Override
    public List<Account> accounts() {
        return tables.query(
                "read the accounts",
                "SELECT " + ACCOUNT_COLUMNS + " FROM account ORDER BY username",
                ps -> {},
                JdbcAccountStore::account);
    }

    @Override
    public boolean create(Account account, String passwordHash) {
        try (Connection c = tables.connection();
                PreparedStatement ps = c.prepareStatement("INSERT INTO account (" + ACCOUNT_COLUMNS
                        + ", password_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            bindAccount(ps, account);
            ps.setString(10, passwordHash);
            ps.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return false;
            }
            throw tables.failure("create account " + account.username(), e);
        }
    }

    @Override
    public void update(Account account) {
        tables.update(
                "update account " + account.username(),
                "UPDATE account SET display_name = ?, roles = ?, language = ?, theme = ?, must_change_password = ?,"
                        + " disabled = ?, created_ms = ?, password_changed_ms = ? WHERE username = ?",
                ps -> {
                    ps.setString(1, account.displayName());
                    ps.setString(2, roles(account.sortedRoles()));
                    ps.setString(3, account.language().code());
                    ps.setString(4, account.theme().code());
                    ps.setBoolean(5, account.mustChangePassword());
                    ps.setBoolean(6, account.disabled());
                    ps.setLong(7, Millis.floor(account.created()));
                    ps.setLong(8, Millis.floor(account.passwordChanged()));
                    ps.setString(9, account.username().value());
                });
    }

    @Override
    public Optional<String> passwordHash(Username username) {
        return tables
                .query(
                        "read the password hash of " + username,
                        "SELECT password_hash FROM account WHERE username = ?",
                        ps -> ps.setString(1, username.value()),
                        rs -> rs.getString(1))
                .stream()
                .findFirst();
    }

    @Override
    public void updatePassword(Account account, String passwordHash) {
        tables.update(
                "update the password of " + account.username(),
                "UPDATE account SET password_hash = ?, must_change_password = ?, password_changed_ms = ?"
                        + " WHERE username = ?",
                ps -> {
                    ps.setString(1, passwordHash);
                    ps.setBoolean(2, account.mustChangePassword());
                    ps.setLong(3, Millis.floor(account.passwordChanged()));
                    ps.setString(4, account.username().value());
                });
    }

    @Override
    public void createSession(Session session) {
        tables.update(
                "create a session for " + session.username(),
                "INSERT INTO account_session (" + SESSION_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)",
                ps -> {
                    ps.setString(1, session.idHash());
                    ps.setString(2, session.username().value());
                    ps.setString(3, session.csrfToken());
                    ps.setLong(4, Millis.floor(session.created()));
                    ps.setLong(5, Millis.floor(session.lastSeen()));
                    ps.setLong(6, Millis.floor(session.expires()));
                });
    }

    @Override
    public Optional<Session> session(String idHash) {
        return tables
                .query(
                        "read a session",
                        "SELECT " + SESSION_COLUMNS + " FROM account_session WHERE id_hash = ?",
                        ps -> ps.setString(1, idHash),
                        rs -> new Session(
                                rs.getString(1),
                                new Username(rs.getString(2)),
                                rs.getString(3),
                                Instant.ofEpochMilli(rs.getLong(4)),
                                Instant.ofEpochMilli(rs.getLong(5)),
                                Instant.ofEpochMilli(rs.getLong(6))))
                .stream()
                .findFirst();
    }

    @Override
    public void touchSession(String idHash, Instant time) {
        tables.update("record a session's use", "UPDATE account_session SET last_seen_ms = ? WHERE id_hash = ?", ps -> {
            ps.setLong(1, Millis.floor(time));
            ps.setString(2, idHash);
        });
    }

    @Override
    public void deleteSession(String idHash) {
        tables.update(
                "delete a session", "DELETE FROM account_session WHERE id_hash = ?", ps -> ps.setString(1, idHash));
    }

    @Override
    public void deleteSessions(Username username) {
        tables.update(
                "delete the sessions of " + username,
                "DELETE FROM account_session WHERE username = ?",
                ps -> ps.setString(1, username.value()));
    }

    @Override
    public int deleteSessionsExpiredBefore(Instant time) {
        return tables.update(
                "delete expired sessions",
                "DELETE FROM account_session WHERE expires_ms <= ?",
                ps -> ps.setLong(1, Millis.floor(time)));
    }

    @Override
    public void createToken(ApiToken token) {
        tables.update(
                "create a token for " + token.owner(),
                "INSERT INTO api_token (" + TOKEN_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)",
                ps -> {
                    ps.setString(1, token.id());
                    ps.setString(2, token.secretHash());
                    ps.setString(3, token.name());
                    ps.setString(4, token.owner().value());
                    ps.setLong(5, Millis.floor(token.created()));
                    setOptionalMillis(ps, 6, token.expires());
                    setOptionalMillis(ps, 7, token.lastUsed());
                });
    }

    @Override
    public Optional<ApiToken> token(String id) {
        return tables
                .query(
                        "read token " + id,
                        "SELECT " + TOKEN_COLUMNS + " FROM api_token WHERE id = ?",
                        ps -> ps.setString(1, id),
                        JdbcAccountStore::token)
                .stream()
                .findFirst();
    }

    @Override
    public Optional<ApiToken> tokenBySecretHash(String secretHash) {
        return tables
                .query(
                        "read a token",
                        "SELECT " + TOKEN_COLUMNS + " FROM api_token WHERE secret_hash = ?",
                        ps -> ps.setString(1, secretHash),
                        JdbcAccountStore::token)
                .stream()
                .findFirst();
    }

    @Override
    public List<ApiToken> tokens(Username owner) {
        return tables.query(
                "read the tokens of " + owner,
                "SELECT " + TOKEN_COLUMNS + " FROM api_token WHERE owner = ? ORDER BY created_ms, id",
                ps -> ps.setString(1, owner.value()),
                JdbcAccountStore::token);
    }

    @Override
    public void touchToken(String id, Instant time) {
        tables.update("record token " + id + "'s use", "UPDATE api_token SET last_used_ms = ? WHERE id = ?", ps -> {
            ps.setLong(1, Millis.floor(time));
            ps.setString(2, id);
        });
    }

    @Override
    public boolean deleteToken(String id) {
        return tables.update("delete token " + id, "DELETE FROM api_token WHERE id = ?", ps -> ps.setString(1, id)) > 0;
    }

    @Override
    public void append(AuditEntry entry) {
        tables.update(
                "append to the audit log",
                "INSERT INTO audit_log (time_ms, actor, action, target, detail, remote_address)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                ps -> {
                    ps.setLong(1, Millis.floor(entry.time()));
                    ps.setString(2, entry.actor());
                    ps.setString(3, entry.action());
                    ps.setString(4, entry.target());
                    ps.setString(5, entry.detail());
                    ps.setString(6, entry.remoteAddress());
                });
    }

    @Override
    public List<AuditEntry> audit(AuditQuery query) {
        StringBuilder sql = new StringBuilder(
                "SELECT time_ms, actor, action, target, detail, remote_address FROM audit_log WHERE 1 = 1");
        List<Object> values = new ArrayList<>();
        query.actor().ifPresent(a -> {
            sql.append(" AND actor = ?");
            values.add(a);
        });
        query.action().ifPresent(a -> {
            sql.append(" AND action = ?");
            values.add(a.code());
        });
        query.from().ifPresent(f -> {
            sql.append(" AND time_ms >= ?");
            values.add(Millis.ceil(f));
        });
        query.to().ifPresent(t -> {
            sql.append(" AND time_ms < ?");
            values.add(Millis.ceil(t));
        });
        sql.append(" ORDER BY time_ms DESC, id DESC LIMIT ?");
        values.add(query.limit());
        return tables.query(
                "read the audit log",
                sql.toString(),
                ps -> {
                    for (int i = 0; i < values.size(); i++) {
                        ps.setObject(i + 1, values.get(i));
                    }
                },
                rs -> new AuditEntry(
                        Instant.ofEpochMilli(rs.getLong(1)),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6)));
    }

    /** Closes the pool. */
    @Override
    public void close() {
        tables.close();
    }

    private static Account account(ResultSet rs) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : rs.getString(3).split(" ")) {
            if (!name.isEmpty()) {
                roles.add(Role.valueOf(name));
            }
        }
        return new Account(
                new Username(rs.getString(1)),
                rs.getString(2),
                roles,
                Language.parse(rs.getString(4)),
                Theme.parse(rs.getString(5)),
                rs.getBoolean(6),
                rs.getBoolean(7),
                Instant.ofEpochMilli(rs.getLong(8)),
                Instant.ofEpochMilli(rs.getLong(9)));
    }

    private static ApiToken token(ResultSet rs) throws SQLException {
        return new ApiToken(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                new Username(rs.getString(4)),
                Instant.ofEpochMilli(rs.getLong(5)),
                optionalMillis(rs, 6),
                optionalMillis(rs, 7));
    }

    private static void bindAccount(PreparedStatement ps, Account account) throws SQLException {
        ps.setString(1, account.username().value());
        ps.setString(2, account.displayName());
        ps.setString(3, roles(account.sortedRoles()));
        ps.setString(4, account.language().code());
        ps.setString(5, account.theme().code());
        ps.setBoolean(6, account.mustChangePassword());
        ps.setBoolean(7, account.disabled());
        ps.setLong(8, Millis.floor(account.created()));
        ps.setLong(9, Millis.floor(account.passwordChanged()));
    }

    private static String roles(Set<Role> roles) {
        return String.join(
                " ", roles.stream().map(r -> r.name().toUpperCase(Locale.ROOT)).toList());
    }

    private static Optional<Instant> optionalMillis(ResultSet rs, int column) throws SQLException {
        long ms = rs.getLong(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(ms));
    }

    private static void setOptionalMillis(PreparedStatement ps, int index, Optional<Instant> time) throws SQLException {
        if (time.isPresent()) {
            ps.setLong(index, Millis.floor(time.get()));
        } else {
            ps.setNull(index, Types.BIGINT);
        }
    }
}
