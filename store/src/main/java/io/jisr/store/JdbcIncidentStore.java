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
import io.jisr.incident.workflow.HistoryEntry;
import io.jisr.incident.workflow.IncidentRecord;
import io.jisr.incident.workflow.IncidentRecordStore;
import io.jisr.incident.workflow.LinkKind;
import io.jisr.incident.workflow.PartnerSource;
import io.jisr.incident.workflow.ReportLink;
import io.jisr.incident.workflow.ReportLinks;
import io.jisr.incident.workflow.ReportStatus;
import io.jisr.incident.workflow.ReportVersion;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Incident reports on H2 or PostgreSQL, each as one CSV line of the export layout, with a pool,
 * migrations and a Flyway history table of their own; the reports of the review workflow with every
 * version and step; the links between reports. Thread-safe.
 */
public final class JdbcIncidentStore implements IncidentStore, IncidentRecordStore, AutoCloseable {
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

    @Override
    public List<IncidentRecord> loadRecords() {
        record Row(String id, ReportVersion version) {}
        List<Row> versions = tables.query(
                "load the incident versions",
                "SELECT id, number, status, author, written_ms, reason, row_csv FROM incident_version"
                        + " ORDER BY id, number",
                ps -> {},
                rs -> new Row(
                        rs.getString(1),
                        new ReportVersion(
                                rs.getInt(2),
                                one(rs.getString(7)).report(),
                                ReportStatus.valueOf(rs.getString(3)),
                                rs.getString(4),
                                Instant.ofEpochMilli(rs.getLong(5)),
                                rs.getString(6))));
        record Step(String id, HistoryEntry entry) {}
        List<Step> steps = tables.query(
                "load the incident history",
                "SELECT id, version, action, by_name, at_ms, note FROM incident_history ORDER BY id, seq",
                ps -> {},
                rs -> new Step(
                        rs.getString(1),
                        new HistoryEntry(
                                rs.getInt(2),
                                HistoryEntry.Action.valueOf(rs.getString(3)),
                                rs.getString(4),
                                Instant.ofEpochMilli(rs.getLong(5)),
                                rs.getString(6))));
        Map<String, List<ReportVersion>> byId = new LinkedHashMap<>();
        versions.forEach(
                r -> byId.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(r.version()));
        Map<String, List<HistoryEntry>> historyById = new LinkedHashMap<>();
        steps.forEach(
                s -> historyById.computeIfAbsent(s.id(), k -> new ArrayList<>()).add(s.entry()));
        List<IncidentRecord> out = new ArrayList<>();
        byId.forEach((id, v) -> out.add(new IncidentRecord(id, v, historyById.getOrDefault(id, List.of()))));
        return out;
    }

    @Override
    public void saveRecord(IncidentRecord record) {
        save(record, null);
    }

    @Override
    public Map<String, PartnerSource> loadSources() {
        Map<String, PartnerSource> out = new LinkedHashMap<>();
        tables.query(
                        "load the sources of partners' incident reports",
                        "SELECT id, nation, node, origin_id, origin_version, marking, received_ms FROM incident_source"
                                + " ORDER BY id",
                        ps -> {},
                        rs -> Map.entry(
                                rs.getString(1),
                                new PartnerSource(
                                        CountryCode.of(rs.getString(2)),
                                        rs.getString(3),
                                        rs.getString(4),
                                        rs.getInt(5),
                                        rs.getString(6),
                                        Instant.ofEpochMilli(rs.getLong(7)))))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    @Override
    public void saveReceived(IncidentRecord record, PartnerSource source) {
        save(record, source);
    }

    private void save(IncidentRecord record, PartnerSource source) {
        try (Connection c = tables.connection()) {
            c.setAutoCommit(false);
            try {
                if (source != null) {
                    try (PreparedStatement ps = c.prepareStatement("DELETE FROM incident_source WHERE id = ?")) {
                        ps.setString(1, record.id());
                        ps.executeUpdate();
                    }
                    try (PreparedStatement ps = c.prepareStatement("INSERT INTO incident_source"
                            + " (id, nation, node, origin_id, origin_version, marking, received_ms)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                        ps.setString(1, record.id());
                        ps.setString(2, source.nation().alpha3());
                        ps.setString(3, source.node());
                        ps.setString(4, source.originId());
                        ps.setInt(5, source.originVersion());
                        ps.setString(6, source.marking());
                        ps.setLong(7, source.receivedAt().toEpochMilli());
                        ps.executeUpdate();
                    }
                }
                // Versions and history only grow, but a step also changes earlier versions' status
                // (superseded): rewriting the record's rows is simplest and a record has few.
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM incident_version WHERE id = ?")) {
                    ps.setString(1, record.id());
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM incident_history WHERE id = ?")) {
                    ps.setString(1, record.id());
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO incident_version"
                        + " (id, number, status, author, written_ms, reason, row_csv) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                    for (ReportVersion v : record.versions()) {
                        ps.setString(1, record.id());
                        ps.setInt(2, v.number());
                        ps.setString(3, v.status().name());
                        ps.setString(4, v.author());
                        ps.setLong(5, v.writtenAt().toEpochMilli());
                        ps.setString(6, v.reason());
                        ps.setString(7, line(IncidentCsv.row(new Incident(record.id(), v.number(), v.report()))));
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO incident_history"
                        + " (id, seq, version, action, by_name, at_ms, note) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                    int seq = 0;
                    for (HistoryEntry h : record.history()) {
                        ps.setString(1, record.id());
                        ps.setInt(2, seq++);
                        ps.setInt(3, h.version());
                        ps.setString(4, h.action().name());
                        ps.setString(5, h.by());
                        ps.setLong(6, h.at().toEpochMilli());
                        ps.setString(7, h.note());
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                if (record.publishedIncident().isPresent()) {
                    Incident published = record.publishedIncident().get();
                    try (PreparedStatement ps = c.prepareStatement("DELETE FROM incident WHERE id = ?")) {
                        ps.setString(1, published.id());
                        ps.executeUpdate();
                    }
                    try (PreparedStatement ps = c.prepareStatement(
                            "INSERT INTO incident (id, version, row_csv, updated_ms) VALUES (?, ?, ?, ?)")) {
                        ps.setString(1, published.id());
                        ps.setInt(2, published.version());
                        ps.setString(3, line(IncidentCsv.row(published)));
                        ps.setLong(4, Millis.floor(Instant.now()));
                        ps.executeUpdate();
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
            throw tables.failure("save incident record " + record.id(), e);
        }
    }

    @Override
    public ReportLinks loadLinks() {
        return new ReportLinks(tables.query(
                "load the incident links",
                "SELECT from_id, kind, to_id FROM incident_link ORDER BY seq",
                ps -> {},
                rs -> new ReportLink(rs.getString(1), LinkKind.valueOf(rs.getString(2)), rs.getString(3))));
    }

    @Override
    public void addLink(ReportLink link) {
        tables.update(
                "add the link " + link,
                "INSERT INTO incident_link (from_id, kind, to_id, seq)"
                        + " VALUES (?, ?, ?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM incident_link))",
                ps -> {
                    ps.setString(1, link.from());
                    ps.setString(2, link.kind().name());
                    ps.setString(3, link.to());
                });
    }

    /** Reads one stored line back; every column is in it, so the defaults are never used. */
    private static Incident one(String row) {
        String text = line(IncidentCsv.header()) + "\r\n" + row + "\r\n";
        ImportResult read = IncidentCsv.read(new StringReader(text), STORED);
        if (!read.errors().isEmpty() || read.incidents().size() != 1) {
            throw new StoreException("a stored incident version cannot be read back: " + read.errors());
        }
        return read.incidents().getFirst();
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
