package io.jisr.store;

import io.jisr.incident.CountryCode;
import io.jisr.incident.Grading;
import io.jisr.incident.Incident;
import io.jisr.incident.IncidentStore;
import io.jisr.incident.Releasability;
import io.jisr.incident.csv.CsvWriter;
import io.jisr.incident.csv.ImportDefaults;
import io.jisr.incident.csv.ImportResult;
import io.jisr.incident.csv.IncidentCsv;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Incident reports on H2 or PostgreSQL, each as one CSV line of the export layout, with a pool,
 * migrations and a Flyway history table of their own. Thread-safe.
 */
public final class JdbcIncidentStore implements IncidentStore, AutoCloseable {
    private static final String MIGRATIONS = "classpath:db/jisr-incidents";
    private static final String HISTORY_TABLE = "flyway_incidents_history";
    /** Every column is in each stored line; these defaults are never used, but the reader needs them. */
    private static final ImportDefaults STORED = new ImportDefaults(
            CountryCode.of("DZA"), Releasability.NOT_RELEASABLE, Grading.UNJUDGED, LocalDate.of(9999, 12, 31));

    private final SqlTables tables;

    private JdbcIncidentStore(SqlTables tables) {
        this.tables = tables;
    }

    /**
     * Connects, brings the incident table up to date and returns the store.
     *
     * @throws StoreException when the database cannot be reached or migrated
     */
    public static JdbcIncidentStore open(StoreSettings settings) {
        return new JdbcIncidentStore(SqlTables.open(settings, "incident", MIGRATIONS, HISTORY_TABLE));
    }

    @Override
    public List<Incident> load() {
        List<String> rows = tables.query(
                "load the incident reports",
                "SELECT row_csv FROM incident ORDER BY id",
                ps -> {},
                rs -> rs.getString(1));
        if (rows.isEmpty()) {
            return List.of();
        }
        String text = line(IncidentCsv.header()) + "\r\n" + String.join("\r\n", rows) + "\r\n";
        ImportResult read = IncidentCsv.read(new StringReader(text), STORED);
        if (!read.errors().isEmpty()) {
            throw new StoreException("stored incident reports cannot be read back: "
                    + read.errors().getFirst());
        }
        return read.incidents();
    }

    @Override
    public void save(List<Incident> incidents) {
        try (Connection c = tables.connection()) {
            c.setAutoCommit(false);
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM incident WHERE id = ?");
                    PreparedStatement insert = c.prepareStatement(
                            "INSERT INTO incident (id, version, row_csv, updated_ms) VALUES (?, ?, ?, ?)")) {
                long now = Millis.floor(Instant.now());
                for (Incident i : incidents) {
                    delete.setString(1, i.id());
                    delete.addBatch();
                    insert.setString(1, i.id());
                    insert.setInt(2, i.version());
                    insert.setString(3, line(IncidentCsv.row(i)));
                    insert.setLong(4, now);
                    insert.addBatch();
                }
                delete.executeBatch();
                insert.executeBatch();
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw tables.failure("save " + incidents.size() + " incident reports", e);
        }
    }

    private static String line(List<String> fields) {
        return fields.stream().map(CsvWriter::quote).collect(Collectors.joining(","));
    }

    /** Closes the pool. */
    @Override
    public void close() {
        tables.close();
    }
}
