package io.jisr.store;

import io.jisr.sar.cases.SarCase;
import io.jisr.sar.cases.SarCaseStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * SAR cases on H2 or PostgreSQL: one row per case holding its latest state and whole log as a JSON document
 * ({@link SarCaseDocument}), with a pool, migrations and a Flyway history table of their own. Thread-safe.
 */
public final class JdbcSarCaseStore implements SarCaseStore, AutoCloseable {
    private static final String MIGRATIONS = "classpath:db/jisr-sar";
    private static final String HISTORY_TABLE = "flyway_sar_history";

    private final SqlTables tables;

    private JdbcSarCaseStore(SqlTables tables) {
        this.tables = tables;
    }

    /**
     * Connects, brings the case table up to date and returns the store.
     *
     * @throws StoreException when the database cannot be reached or migrated
     */
    public static JdbcSarCaseStore open(StoreSettings settings) {
        return new JdbcSarCaseStore(SqlTables.open(settings, "sar", MIGRATIONS, HISTORY_TABLE));
    }

    @Override
    public List<SarCase> load() {
        List<String[]> rows = tables.query(
                "load the SAR cases",
                "SELECT reference, document FROM sar_case ORDER BY opened_ms, reference",
                ps -> {},
                rs -> new String[] {rs.getString(1), rs.getString(2)});
        List<SarCase> cases = new ArrayList<>();
        for (String[] row : rows) {
            try {
                cases.add(SarCaseDocument.read(row[1]));
            } catch (RuntimeException e) {
                throw new StoreException("stored SAR case " + row[0] + " cannot be read back: " + e.getMessage(), e);
            }
        }
        return cases;
    }

    /*
     * One statement either way: a case is saved by one coordinator's request at a time (the node serialises
     * changes to a case), so an update that finds no row means a new case.
     */
    @Override
    public void save(SarCase sarCase) {
        String document = SarCaseDocument.write(sarCase);
        long now = Millis.floor(Instant.now());
        int updated = tables.update(
                "save SAR case " + sarCase.reference(),
                "UPDATE sar_case SET document = ?, updated_ms = ? WHERE reference = ?",
                ps -> {
                    ps.setString(1, document);
                    ps.setLong(2, now);
                    ps.setString(3, sarCase.reference());
                });
        if (updated == 0) {
            tables.update(
                    "save SAR case " + sarCase.reference(),
                    "INSERT INTO sar_case (reference, document, opened_ms, updated_ms) VALUES (?, ?, ?, ?)",
                    ps -> {
                        ps.setString(1, sarCase.reference());
                        ps.setString(2, document);
                        ps.setLong(3, Millis.floor(sarCase.openedAt()));
                        ps.setLong(4, now);
                    });
        }
    }

    /** Closes the pool. */
    @Override
    public void close() {
        tables.close();
    }
}
