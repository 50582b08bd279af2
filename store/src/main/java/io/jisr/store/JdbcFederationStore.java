package io.jisr.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * The durable side of federation on H2 or PostgreSQL: each partner's outbound log, the inbox cursor
 * per sending node together with the records received from it, the exchange audit chain and the versions
 * of the agreements. Records
 * are kept as the text the application's codec writes, so this store knows nothing of their shape.
 * Own pool, migrations ({@code db/jisr-federation}) and Flyway history table ({@code
 * flyway_federation_history}). Thread-safe.
 */
public final class JdbcFederationStore implements AutoCloseable {

    private static final String MIGRATIONS = "classpath:db/jisr-federation";
    private static final String HISTORY_TABLE = "flyway_federation_history";

    private final SqlTables tables;

    private JdbcFederationStore(SqlTables tables) {
        this.tables = tables;
    }

    /**
     * Connects to the database of {@code settings}, brings the federation tables up to date and returns
     * the store.
     *
     * @throws StoreException when the database cannot be reached or migrated
     */
    public static JdbcFederationStore open(StoreSettings settings) {
        return new JdbcFederationStore(SqlTables.open(settings, "federation", MIGRATIONS, HISTORY_TABLE));
    }

    /** One stored entry of an outbound log. */
    public record OutboundRow(long sequence, String recordJson) {}

    /** One received record, with its identity. */
    public record ReceivedRow(
            String sender,
            long sequence,
            String category,
            long receivedMillis,
            long keepUntilMillis,
            String recordJson) {}

    /** One record held for an annex's delay: its order among the offers, when it is due, the record. */
    public record HeldRow(long order, long retryAtMillis, String recordJson) {}

    /** One sealed audit entry. */
    public record AuditRow(long index, byte[] content, byte[] hash) {}

    /** The last sequence of {@code partner}'s outbound log, 0 when empty. */
    public long outboundHead(String partner) {
        return tables.query(
                        "read the head of the outbound log for " + partner,
                        "SELECT MAX(seq) FROM fed_outbound WHERE partner = ?",
                        ps -> ps.setString(1, partner),
                        rs -> rs.getLong(1))
                .getFirst();
    }

    /**
     * Appends entries to {@code partner}'s log in one transaction; their sequences must follow the head
     * (the primary key refuses a repeat, and then nothing is appended).
     */
    public void appendOutbound(String partner, List<OutboundRow> entries) {
        appendOutbound(partner, entries, List.of(), List.of());
    }

    /**
     * Appends entries to {@code partner}'s log and changes the records held for it, in one transaction: the
     * orders in {@code gone} and those of {@code held} are deleted, then {@code held} is inserted, so a held
     * record given again (a new retry time) replaces the old one.
     */
    public void appendOutbound(String partner, List<OutboundRow> entries, List<HeldRow> held, List<Long> gone) {
        try (Connection c = tables.connection()) {
            c.setAutoCommit(false);
            try (PreparedStatement append = c.prepareStatement(
                            "INSERT INTO fed_outbound (partner, seq, record_json) VALUES (?, ?, ?)");
                    PreparedStatement delete =
                            c.prepareStatement("DELETE FROM fed_held WHERE partner = ? AND ord = ?");
                    PreparedStatement hold = c.prepareStatement(
                            "INSERT INTO fed_held (partner, ord, retry_at_ms, record_json) VALUES (?, ?, ?, ?)")) {
                for (OutboundRow row : entries) {
                    append.setString(1, partner);
                    append.setLong(2, row.sequence());
                    append.setString(3, row.recordJson());
                    append.addBatch();
                }
                batch(append, entries.size());
                for (long order : gone) {
                    delete.setString(1, partner);
                    delete.setLong(2, order);
                    delete.addBatch();
                }
                for (HeldRow row : held) {
                    delete.setString(1, partner);
                    delete.setLong(2, row.order());
                    delete.addBatch();
                    hold.setString(1, partner);
                    hold.setLong(2, row.order());
                    hold.setLong(3, row.retryAtMillis());
                    hold.setString(4, row.recordJson());
                    hold.addBatch();
                }
                batch(delete, gone.size() + held.size());
                batch(hold, held.size());
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw tables.failure(
                    "append " + entries.size() + " entries to the outbound log for " + partner + " and change "
                            + (held.size() + gone.size()) + " held records",
                    e);
        }
    }

    private static void batch(PreparedStatement statement, int size) throws SQLException {
        if (size > 0) {
            statement.executeBatch();
        }
    }

    /** The records held for {@code partner}, by order. */
    public List<HeldRow> held(String partner) {
        return tables.query(
                "read the records held for " + partner,
                "SELECT ord, retry_at_ms, record_json FROM fed_held WHERE partner = ? ORDER BY ord",
                ps -> ps.setString(1, partner),
                rs -> new HeldRow(rs.getLong(1), rs.getLong(2), rs.getString(3)));
    }

    /*
     * The ORDER BY names both key columns: only then does H2 walk the primary key in order and stop at the
     * limit; ordered by seq alone it sorted every entry after the cursor (spilling to disk) on each pull.
     */
    static final String READ_OUTBOUND =
            "SELECT seq, record_json FROM fed_outbound WHERE partner = ? AND seq > ? ORDER BY partner, seq LIMIT ?";

    /** At most {@code max} entries of {@code partner}'s log after {@code after}, in order. */
    public List<OutboundRow> readOutbound(String partner, long after, int max) {
        return tables.query(
                "read the outbound log for " + partner + " after " + after,
                READ_OUTBOUND,
                ps -> {
                    ps.setString(1, partner);
                    ps.setLong(2, after);
                    ps.setInt(3, max);
                },
                rs -> new OutboundRow(rs.getLong(1), rs.getString(2)));
    }

    /** The saved cursor for batches from {@code sender}, if one was saved. */
    public OptionalLong inboxCursor(String sender) {
        List<Long> rows = tables.query(
                "read the inbox cursor for " + sender,
                "SELECT cursor_seq FROM fed_inbox_cursor WHERE sender = ?",
                ps -> ps.setString(1, sender),
                rs -> rs.getLong(1));
        return rows.isEmpty() ? OptionalLong.empty() : OptionalLong.of(rows.getFirst());
    }

    /**
     * Stores {@code records} received from {@code sender} and its new cursor in one transaction: both
     * or neither. A record already stored (same sender and sequence) makes the whole call fail, which
     * the caller's inbox rule prevents.
     */
    public void applyReceived(String sender, List<ReceivedRow> records, long newCursor) {
        try (Connection c = tables.connection()) {
            c.setAutoCommit(false);
            try {
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO fed_received (sender, seq, category, received_ms, keep_until_ms, record_json)"
                                + " VALUES (?, ?, ?, ?, ?, ?)")) {
                    for (ReceivedRow r : records) {
                        ps.setString(1, r.sender());
                        ps.setLong(2, r.sequence());
                        ps.setString(3, r.category());
                        ps.setLong(4, r.receivedMillis());
                        ps.setLong(5, r.keepUntilMillis());
                        ps.setString(6, r.recordJson());
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                int updated;
                try (PreparedStatement ps =
                        c.prepareStatement("UPDATE fed_inbox_cursor SET cursor_seq = ? WHERE sender = ?")) {
                    ps.setLong(1, newCursor);
                    ps.setString(2, sender);
                    updated = ps.executeUpdate();
                }
                if (updated == 0) {
                    try (PreparedStatement ps =
                            c.prepareStatement("INSERT INTO fed_inbox_cursor (sender, cursor_seq) VALUES (?, ?)")) {
                        ps.setString(1, sender);
                        ps.setLong(2, newCursor);
                        ps.executeUpdate();
                    }
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw tables.failure(
                    "store " + records.size() + " records from " + sender + " with cursor " + newCursor, e);
        }
    }

    /** Every record received from {@code sender}, by sequence. */
    public List<ReceivedRow> received(String sender) {
        return tables.query(
                "read the records received from " + sender,
                "SELECT sender, seq, category, received_ms, keep_until_ms, record_json FROM fed_received"
                        + " WHERE sender = ? ORDER BY seq",
                ps -> ps.setString(1, sender),
                JdbcFederationStore::receivedRow);
    }

    private static ReceivedRow receivedRow(ResultSet rs) throws SQLException {
        return new ReceivedRow(
                rs.getString(1), rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getLong(5), rs.getString(6));
    }

    /** Appends a sealed audit entry at {@code index}. */
    public void appendAudit(long index, byte[] content, byte[] hash) {
        tables.update(
                "append audit entry " + index, "INSERT INTO fed_audit (idx, content, hash) VALUES (?, ?, ?)", ps -> {
                    ps.setLong(1, index);
                    ps.setBytes(2, content);
                    ps.setBytes(3, hash);
                });
    }

    /** Every audit entry, by index. */
    public List<AuditRow> auditEntries() {
        return new ArrayList<>(tables.query(
                "read the audit chain",
                "SELECT idx, content, hash FROM fed_audit ORDER BY idx",
                ps -> {},
                rs -> new AuditRow(rs.getLong(1), rs.getBytes(2), rs.getBytes(3))));
    }

    /**
     * Up to {@code limit} audit entries with an index below {@code before}, newest first: a page of the
     * chain read backwards (pass the smallest index read as the next {@code before}).
     */
    public List<AuditRow> auditBefore(long before, int limit) {
        return new ArrayList<>(tables.query(
                "read audit entries before " + before,
                "SELECT idx, content, hash FROM fed_audit WHERE idx < ? ORDER BY idx DESC LIMIT ?",
                ps -> {
                    ps.setLong(1, before);
                    ps.setInt(2, limit);
                },
                rs -> new AuditRow(rs.getLong(1), rs.getBytes(2), rs.getBytes(3))));
    }

    /**
     * Up to {@code limit} audit entries with an index above {@code after}, oldest first: a page of the chain
     * read forwards, for verifying a long chain without holding it all (pass -1 to start).
     */
    public List<AuditRow> auditAfter(long after, int limit) {
        return new ArrayList<>(tables.query(
                "read audit entries after " + after,
                "SELECT idx, content, hash FROM fed_audit WHERE idx > ? ORDER BY idx LIMIT ?",
                ps -> {
                    ps.setLong(1, after);
                    ps.setInt(2, limit);
                },
                rs -> new AuditRow(rs.getLong(1), rs.getBytes(2), rs.getBytes(3))));
    }

    /** The newest audit entry, if any: where the chain resumes after a restart. */
    public java.util.Optional<AuditRow> lastAudit() {
        return tables
                .query(
                        "read the newest audit entry",
                        "SELECT idx, content, hash FROM fed_audit ORDER BY idx DESC LIMIT 1",
                        ps -> {},
                        rs -> new AuditRow(rs.getLong(1), rs.getBytes(2), rs.getBytes(3)))
                .stream()
                .findFirst();
    }

    /**
     * One stored version of an agreement.
     *
     * @param agreementId the agreement
     * @param version its version number
     * @param savedMillis when it was saved
     * @param actor who saved it ({@code file} when read from an agreement file)
     * @param reason why, as they wrote it
     * @param agreementJson the agreement, in the file format as JSON
     */
    public record AgreementRow(
            String agreementId, int version, long savedMillis, String actor, String reason, String agreementJson) {}

    /**
     * Stores a version of an agreement.
     *
     * @throws StoreException when it cannot be stored, among others when that version is stored already
     */
    public void appendAgreement(AgreementRow row) {
        tables.update(
                "store version " + row.version() + " of agreement " + row.agreementId(),
                "INSERT INTO fed_agreement (agreement_id, version, saved_ms, actor, reason, agreement_json)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                ps -> {
                    ps.setString(1, row.agreementId());
                    ps.setInt(2, row.version());
                    ps.setLong(3, row.savedMillis());
                    ps.setString(4, row.actor());
                    ps.setString(5, row.reason());
                    ps.setString(6, row.agreementJson());
                });
    }

    /** Every stored version of every agreement, by agreement id then version. */
    public List<AgreementRow> agreements() {
        return tables.query(
                "read the stored agreements",
                "SELECT agreement_id, version, saved_ms, actor, reason, agreement_json FROM fed_agreement"
                        + " ORDER BY agreement_id, version",
                ps -> {},
                rs -> new AgreementRow(
                        rs.getString(1),
                        rs.getInt(2),
                        rs.getLong(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6)));
    }

    /** Closes the pool. */
    @Override
    public void close() {
        tables.close();
    }
}
