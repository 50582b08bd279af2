package io.jisr.store;

import io.jisr.programme.ActionItem;
import io.jisr.programme.DocumentRef;
import io.jisr.programme.Instrument;
import io.jisr.programme.Meeting;
import io.jisr.programme.ProgrammeRegister;
import io.jisr.programme.ProgrammeStore;
import io.jisr.programme.WorkingGroup;
import io.jisr.programme.acquisition.AcquisitionCase;
import io.jisr.programme.acquisition.Asset;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The programme register on H2 or PostgreSQL: one row per record holding its latest state as a JSON
 * document ({@link ProgrammeDocument}), and attached documents' bytes by SHA-256, with a pool, migrations
 * and a Flyway history table of their own. Thread-safe.
 */
public final class JdbcProgrammeStore implements ProgrammeStore, AutoCloseable {
    private static final String MIGRATIONS = "classpath:db/jisr-programme";
    private static final String HISTORY_TABLE = "flyway_programme_history";

    /** The kind column's values. */
    private static final String INSTRUMENT = "instrument";

    private static final String GROUP = "group";
    private static final String MEETING = "meeting";
    private static final String ACTION = "action";
    private static final String CASE = "case";
    private static final String ASSET = "asset";

    private final SqlTables tables;

    private JdbcProgrammeStore(SqlTables tables) {
        this.tables = tables;
    }

    /**
     * Connects, brings the programme tables up to date and returns the store.
     *
     * @throws StoreException when the database cannot be reached or migrated
     */
    public static JdbcProgrammeStore open(StoreSettings settings) {
        return new JdbcProgrammeStore(SqlTables.open(settings, "programme", MIGRATIONS, HISTORY_TABLE));
    }

    @Override
    public ProgrammeRegister load() {
        return new ProgrammeRegister(
                read(INSTRUMENT, ProgrammeDocument::readInstrument),
                read(GROUP, ProgrammeDocument::readGroup),
                read(MEETING, ProgrammeDocument::readMeeting),
                read(ACTION, ProgrammeDocument::readAction),
                read(CASE, ProgrammeDocument::readCase),
                read(ASSET, ProgrammeDocument::readAsset));
    }

    private <T> List<T> read(String kind, java.util.function.Function<String, T> reader) {
        List<String[]> rows = tables.query(
                "load the programme " + kind + " records",
                "SELECT id, document FROM programme_record WHERE kind = ? ORDER BY updated_ms, id",
                ps -> ps.setString(1, kind),
                rs -> new String[] {rs.getString(1), rs.getString(2)});
        List<T> out = new ArrayList<>();
        for (String[] row : rows) {
            try {
                out.add(reader.apply(row[1]));
            } catch (RuntimeException e) {
                throw new StoreException(
                        "stored programme " + kind + " " + row[0] + " cannot be read back: " + e.getMessage(), e);
            }
        }
        return out;
    }

    @Override
    public void save(Instrument instrument) {
        put(List.of(new Row(
                INSTRUMENT, instrument.id(), instrument.owningSide().alpha3(), ProgrammeDocument.write(instrument))));
    }

    @Override
    public void save(WorkingGroup group) {
        put(List.of(new Row(GROUP, group.id(), group.owningSide().alpha3(), ProgrammeDocument.write(group))));
    }

    @Override
    public void save(Meeting meeting) {
        put(List.of(new Row(MEETING, meeting.id(), meeting.owningSide().alpha3(), ProgrammeDocument.write(meeting))));
    }

    @Override
    public void saveActions(List<ActionItem> actions) {
        put(actions.stream()
                .map(a -> new Row(ACTION, a.id(), a.side().alpha3(), ProgrammeDocument.write(a)))
                .toList());
    }

    @Override
    public void save(AcquisitionCase acquisitionCase) {
        put(List.of(caseRow(acquisitionCase)));
    }

    @Override
    public void saveDelivery(AcquisitionCase acquisitionCase, List<Asset> assets) {
        List<Row> rows = new ArrayList<>();
        rows.add(caseRow(acquisitionCase));
        for (Asset a : assets) {
            rows.add(new Row(ASSET, a.id(), a.owningSide().alpha3(), ProgrammeDocument.write(a)));
        }
        put(rows);
    }

    private static Row caseRow(AcquisitionCase c) {
        return new Row(CASE, c.id(), c.owningSide().alpha3(), ProgrammeDocument.write(c));
    }

    private record Row(String kind, String id, String owner, String document) {}

    /*
     * A record keeps its first updated_ms when replaced, so loading in updated_ms order gives the order of
     * creation (the order the register lists things in), not the order of the last edit.
     */
    private void put(List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        try (Connection c = tables.connection()) {
            c.setAutoCommit(false);
            try (PreparedStatement update = c.prepareStatement(
                            "UPDATE programme_record SET owner = ?, document = ? WHERE kind = ? AND id = ?");
                    PreparedStatement insert = c.prepareStatement(
                            "INSERT INTO programme_record (kind, id, owner, document, updated_ms) VALUES (?, ?, ?, ?, ?)")) {
                long now = Millis.floor(Instant.now());
                for (Row r : rows) {
                    update.setString(1, r.owner());
                    update.setString(2, r.document());
                    update.setString(3, r.kind());
                    update.setString(4, r.id());
                    if (update.executeUpdate() == 0) {
                        insert.setString(1, r.kind());
                        insert.setString(2, r.id());
                        insert.setString(3, r.owner());
                        insert.setString(4, r.document());
                        insert.setLong(5, now);
                        insert.executeUpdate();
                    }
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw tables.failure("save " + rows.size() + " programme records", e);
        }
    }

    @Override
    public void saveDocument(DocumentRef ref, byte[] bytes) {
        if (!DocumentRef.of(ref.fileName(), ref.mediaType(), bytes).sha256().equals(ref.sha256())) {
            throw new IllegalArgumentException(
                    "document " + ref.fileName() + ": the bytes do not have SHA-256 " + ref.sha256());
        }
        if (document(ref.sha256()).isPresent()) {
            return;
        }
        tables.update(
                "store document " + ref.sha256(),
                "INSERT INTO programme_document (sha256, media_type, bytes, stored_ms) VALUES (?, ?, ?, ?)",
                ps -> {
                    ps.setString(1, ref.sha256());
                    ps.setString(2, ref.mediaType());
                    ps.setBytes(3, bytes);
                    ps.setLong(4, Millis.floor(Instant.now()));
                });
    }

    @Override
    public Optional<byte[]> document(String sha256) {
        return tables
                .query(
                        "read document " + sha256,
                        "SELECT bytes FROM programme_document WHERE sha256 = ?",
                        ps -> ps.setString(1, sha256),
                        rs -> rs.getBytes(1))
                .stream()
                .findFirst();
    }

    /** Closes the pool. */
    @Override
    public void close() {
        tables.close();
    }
}
