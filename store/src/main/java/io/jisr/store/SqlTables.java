package io.jisr.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * A small group of tables beside the picture's, in the same database, with a pool, migrations and a
 * Flyway history table of their own: accounts, alerts. Every call is one auto-committed statement, but
 * {@link #inTransaction}, which runs several in one transaction.
 * Thread-safe.
 */
final class SqlTables implements AutoCloseable {

    /** Binds a statement's parameters. */
    interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    /** Reads one row. */
    interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** Work done on one connection inside a transaction. */
    interface Transaction<T> {
        T run(Connection c) throws SQLException;
    }

    private final HikariDataSource pool;
    private final String jdbcUrl;

    private SqlTables(HikariDataSource pool, String jdbcUrl) {
        this.pool = pool;
        this.jdbcUrl = jdbcUrl;
    }

    /**
     * Connects with a pool of two connections and brings the tables up to date.
     *
     * @param name what the tables hold, for the pool's name and messages ("account", "alert")
     * @param migrations the Flyway location of their scripts
     * @param historyTable their own Flyway history table
     * @throws StoreException when the database cannot be reached or migrated
     */
    static SqlTables open(StoreSettings settings, String name, String migrations, String historyTable) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("jisr-" + name + "s");
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(2);
        config.setMinimumIdle(1);
        config.setAutoCommit(true);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StoreException(
                    "could not connect to " + settings.jdbcUrl() + " as \"" + settings.user() + "\": " + e.getMessage(),
                    e);
        }
        try {
            Flyway.configure()
                    .dataSource(pool)
                    .locations(migrations)
                    .placeholders(placeholders(pool))
                    .table(historyTable)
                    // The other tables are in the same schema: that is expected, not a reason to stop.
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .failOnMissingLocations(true)
                    .loggers("slf4j")
                    .load()
                    .migrate();
        } catch (FlywayException | StoreException e) {
            // StoreException: a database other than H2 and PostgreSQL, found while choosing the placeholders
            pool.close();
            throw new StoreException(
                    "could not migrate the " + name + " tables at " + settings.jdbcUrl() + ": " + e.getMessage(), e);
        }
        return new SqlTables(pool, settings.jdbcUrl());
    }

    /**
     * What a script may name as {@code ${name}} for what H2 and PostgreSQL spell differently:
     * {@code records_as_utf8}, the UTF-8 bytes of a text column {@code records} (for turning it into
     * {@code BYTEA}: a cast does that on H2 but reads backslashes as escapes on PostgreSQL).
     */
    private static Map<String, String> placeholders(HikariDataSource pool) {
        try (Connection c = pool.getConnection()) {
            return Map.of("records_as_utf8", Dialect.of(c).utf8Bytes("records"));
        } catch (SQLException e) {
            throw new FlywayException("could not tell which database this is: " + e.getMessage(), e);
        }
    }

    /** Returns a connection from the pool, for statements that need more than one call. */
    Connection connection() throws SQLException {
        return pool.getConnection();
    }

    /**
     * Runs {@code work} in one transaction: committed when it returns, rolled back when it throws.
     *
     * @param what what the work does, for the message of a failure ("purge 200 received blocks")
     */
    <T> T inTransaction(String what, Transaction<T> work) {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    /** Runs a query and reads every row. */
    <T> List<T> query(String what, String sql, Binder binder, RowReader<T> reader) {
        try (Connection c = pool.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            List<T> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(reader.read(rs));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    /** Runs one update and returns the rows it changed. */
    int update(String what, String sql, Binder binder) {
        try (Connection c = pool.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    /** Wraps a database failure with what was being done and where. */
    StoreException failure(String what, SQLException e) {
        return new StoreException("could not " + what + " at " + jdbcUrl + ": " + e.getMessage(), e);
    }

    /** Closes the pool. */
    @Override
    public void close() {
        pool.close();
    }
}
