package io.jisr.store;

import io.jisr.programme.ActionItem;
import io.jisr.programme.DocumentRef;
import io.jisr.programme.Instrument;
import io.jisr.programme.Meeting;
import io.jisr.programme.Nation;
import io.jisr.programme.ProgrammeRegister;
import io.jisr.programme.ProgrammeStore;
import io.jisr.programme.WorkingGroup;
import io.jisr.programme.acquisition.AcquisitionCase;
import io.jisr.programme.acquisition.Asset;
import io.jisr.programme.sync.FieldEdit;
import io.jisr.programme.sync.FieldKey;
import io.jisr.programme.sync.Hlc;
import io.jisr.programme.sync.RecordKey;
import io.jisr.programme.sync.Replica;
import io.jisr.programme.sync.ReplicaStore;
import io.jisr.programme.sync.Stamped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The programme register on H2 or PostgreSQL: one row per record holding its latest state as a JSON
 * document ({@link ProgrammeDocument}), the replica cells of the records exchanged field by field, and
 * attached documents' bytes by SHA-256, with a pool, migrations and a Flyway history table of their own.
 * Thread-safe.
 */
public final class JdbcProgrammeStore implements ProgrammeStore, ReplicaStore, AutoCloseable {
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
        tables.inTransaction("save " + rows.size() + " programme records", c -> {
            putRows(c, rows);
            return null;
        });
    }

    private static void putRows(Connection c, List<Row> rows) throws SQLException {
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
        }
    }

    @Override
    public Replica loadReplica() {
        Map<FieldKey, Stamped> cells = new HashMap<>();
        tables.query(
                        "load the programme replica",
                        "SELECT kind, owner, record_id, field_name, cell_value, stamp_ms, stamp_counter, stamp_node,"
                                + " writer FROM programme_cell",
                        ps -> {},
                        rs -> new String[] {
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6),
                            rs.getString(7),
                            rs.getString(8),
                            rs.getString(9)
                        })
                .forEach(r -> {
                    try {
                        FieldKey field = new FieldKey(new RecordKey(r[0], Nation.of(r[1]), r[2]), r[3]);
                        Hlc stamp = new Hlc(Long.parseLong(r[5]), Integer.parseInt(r[6]), r[7]);
                        cells.put(field, new Stamped(r[4], stamp, Nation.of(r[8])));
                    } catch (RuntimeException e) {
                        throw new StoreException(
                                "stored programme cell " + r[0] + "/" + r[1] + "/" + r[2] + "#" + r[3]
                                        + " cannot be read back: " + e.getMessage(),
                                e);
                    }
                });
        return new Replica(cells);
    }

    @Override
    public void saveSynced(
            Map<FieldKey, Stamped> cells,
            List<Instrument> instruments,
            List<WorkingGroup> groups,
            List<Meeting> meetings,
            List<ActionItem> actions,
            java.util.Set<FieldKey> unreleased) {
        List<Row> rows = new ArrayList<>();
        instruments.forEach(
                i -> rows.add(new Row(INSTRUMENT, i.id(), i.owningSide().alpha3(), ProgrammeDocument.write(i))));
        groups.forEach(g -> rows.add(new Row(GROUP, g.id(), g.owningSide().alpha3(), ProgrammeDocument.write(g))));
        meetings.forEach(m -> rows.add(new Row(MEETING, m.id(), m.owningSide().alpha3(), ProgrammeDocument.write(m))));
        actions.forEach(a -> rows.add(new Row(ACTION, a.id(), a.side().alpha3(), ProgrammeDocument.write(a))));
        tables.inTransaction("save " + cells.size() + " programme cells and " + rows.size() + " records", c -> {
            putCells(c, cells, unreleased);
            putRows(c, rows);
            return null;
        });
    }

    private static void putCells(Connection c, Map<FieldKey, Stamped> cells, java.util.Set<FieldKey> unreleased)
            throws SQLException {
        try (PreparedStatement delete = c.prepareStatement(
                        "DELETE FROM programme_cell WHERE kind = ? AND owner = ? AND record_id = ? AND field_name = ?");
                PreparedStatement insert = c.prepareStatement("INSERT INTO programme_cell (kind, owner, record_id,"
                        + " field_name, cell_value, stamp_ms, stamp_counter, stamp_node, writer, unreleased)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Map.Entry<FieldKey, Stamped> cell : cells.entrySet()) {
                RecordKey record = cell.getKey().record();
                Stamped value = cell.getValue();
                delete.setString(1, record.kind());
                delete.setString(2, record.owner().alpha3());
                delete.setString(3, record.id());
                delete.setString(4, cell.getKey().field());
                delete.executeUpdate();
                insert.setString(1, record.kind());
                insert.setString(2, record.owner().alpha3());
                insert.setString(3, record.id());
                insert.setString(4, cell.getKey().field());
                insert.setString(5, value.value());
                insert.setLong(6, value.stamp().physicalMillis());
                insert.setInt(7, value.stamp().counter());
                insert.setString(8, value.stamp().nodeId());
                insert.setString(9, value.writer().alpha3());
                insert.setBoolean(10, unreleased.contains(cell.getKey()));
                insert.executeUpdate();
            }
        }
    }

    @Override
    public List<FieldEdit> unreleased() {
        List<FieldEdit> edits = new ArrayList<>();
        tables.query(
                        "load the unreleased programme edits",
                        "SELECT kind, owner, record_id, field_name, cell_value, stamp_ms, stamp_counter, stamp_node,"
                                + " writer FROM programme_cell WHERE unreleased = TRUE"
                                + " ORDER BY stamp_ms, stamp_counter, stamp_node, kind, owner, record_id, field_name",
                        ps -> {},
                        rs -> new String[] {
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6),
                            rs.getString(7),
                            rs.getString(8),
                            rs.getString(9)
                        })
                .forEach(r -> edits.add(new FieldEdit(
                        new FieldKey(new RecordKey(r[0], Nation.of(r[1]), r[2]), r[3]),
                        r[4],
                        new Hlc(Long.parseLong(r[5]), Integer.parseInt(r[6]), r[7]),
                        Nation.of(r[8]))));
        return edits;
    }

    @Override
    public void released(List<FieldEdit> edits) {
        if (edits.isEmpty()) {
            return;
        }
        tables.inTransaction("mark " + edits.size() + " programme edits released", c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE programme_cell SET unreleased = FALSE"
                    + " WHERE kind = ? AND owner = ? AND record_id = ? AND field_name = ?"
                    + " AND stamp_ms = ? AND stamp_counter = ? AND stamp_node = ?")) {
                for (FieldEdit e : edits) {
                    RecordKey record = e.field().record();
                    update.setString(1, record.kind());
                    update.setString(2, record.owner().alpha3());
                    update.setString(3, record.id());
                    update.setString(4, e.field().field());
                    update.setLong(5, e.stamp().physicalMillis());
                    update.setInt(6, e.stamp().counter());
                    update.setString(7, e.stamp().nodeId());
                    update.executeUpdate();
                }
            }
            return null;
        });
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
