package io.jisr.store;

import io.jisr.detect.alert.Alert;
import io.jisr.detect.alert.AlertState;
import io.jisr.detect.alert.AlertStore;
import java.time.Instant;
import java.util.List;

/**
 * Alerts (and, through {@link #zones()}, operators' zones) on H2 or PostgreSQL through plain JDBC, one row per alert holding its latest version, in the
 * same database as the picture with a pool, migrations and a Flyway history table of their own
 * ({@code flyway_alerts_history}). Thread-safe; saves of one alert must come from one thread at a
 * time (the app's detection service), since a save is an update followed, for a new alert, by an insert.
 */
public final class JdbcAlertStore implements AlertStore, AutoCloseable {

    private static final String MIGRATIONS = "classpath:db/jisr-alerts";
    private static final String HISTORY_TABLE = "flyway_alerts_history";

    private final SqlTables tables;
    private final JdbcZoneStore zones;

    private JdbcAlertStore(SqlTables tables) {
        this.tables = tables;
        this.zones = new JdbcZoneStore(tables);
    }

    /** Returns the operators' zones, kept in the same tables and pool. */
    public JdbcZoneStore zones() {
        return zones;
    }

    /**
     * Connects to the database of {@code settings}, brings the alert table up to date and returns the store.
     *
     * @throws StoreException when the database cannot be reached or migrated
     */
    public static JdbcAlertStore open(StoreSettings settings) {
        return new JdbcAlertStore(SqlTables.open(settings, "alert", MIGRATIONS, HISTORY_TABLE));
    }

    @Override
    public void save(Alert alert) {
        String document = AlertDocument.write(alert);
        int updated = tables.update(
                "save alert " + alert.id(),
                "UPDATE alert SET severity = ?, state = ?, updated_ms = ?, document = ? WHERE id = ?",
                ps -> {
                    ps.setString(1, alert.severity().name());
                    ps.setString(2, alert.state().name());
                    ps.setLong(3, Millis.floor(alert.updatedAt()));
                    ps.setString(4, document);
                    ps.setString(5, alert.id());
                });
        if (updated == 0) {
            tables.update(
                    "save alert " + alert.id(),
                    "INSERT INTO alert (id, sequence, kind, severity, state, raised_ms, updated_ms, document)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    ps -> {
                        ps.setString(1, alert.id());
                        ps.setLong(2, alert.sequence());
                        ps.setString(3, alert.detection().kind().name());
                        ps.setString(4, alert.severity().name());
                        ps.setString(5, alert.state().name());
                        ps.setLong(6, Millis.floor(alert.raisedAt()));
                        ps.setLong(7, Millis.floor(alert.updatedAt()));
                        ps.setString(8, document);
                    });
        }
    }

    @Override
    public List<Alert> load(Instant since) {
        return tables.query(
                "load the alerts",
                "SELECT document FROM alert WHERE state <> ? OR updated_ms >= ? ORDER BY sequence",
                ps -> {
                    ps.setString(1, AlertState.CLOSED.name());
                    ps.setLong(2, Millis.floor(since));
                },
                rs -> AlertDocument.read(rs.getString(1)));
    }

    /** Closes the pool. */
    @Override
    public void close() {
        tables.close();
    }
}
