package io.jisr.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * One stored entry of an outbound log.
     *
     * @param sequence its place in the log
     * @param recordJson the record's text
     * @param terms what the application keeps beside the text to serve it without reading it (without ':');
     *     empty when none was stored (entries stored before it was kept)
     */
    public record OutboundRow(long sequence, String recordJson, String terms) {
        /** Checks that the terms can be stored as a field of a block. */
        public OutboundRow {
            if (terms.indexOf(':') >= 0) {
                throw new IllegalArgumentException("outbound entry " + sequence + ": its terms must not hold ':'");
            }
        }

        /** An entry without terms. */
        public OutboundRow(long sequence, String recordJson) {
            this(sequence, recordJson, "");
        }
    }

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
        return tables
                .query(
                        "read the head of the outbound log for " + partner,
                        LAST_OUTBOUND,
                        ps -> ps.setString(1, partner),
                        rs -> rs.getLong(1))
                .stream()
                .findFirst()
                .orElse(0L);
    }

    /**
     * Appends entries to {@code partner}'s log in one transaction; their sequences must follow the head one
     * by one (otherwise nothing is appended and a {@link StoreException} says why).
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
        String what = "append " + entries.size() + " entries to the outbound log for " + partner + " and change "
                + (held.size() + gone.size()) + " held records";
        tables.inTransaction(what, c -> {
            appendBlock(c, partner, entries);
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM fed_held WHERE partner = ? AND ord = ?");
                    PreparedStatement hold = c.prepareStatement(
                            "INSERT INTO fed_held (partner, ord, retry_at_ms, record_json) VALUES (?, ?, ?, ?)")) {
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
            }
            return null;
        });
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
     * A log is kept as blocks, one row per append (the records committed together), not one row per record:
     * a row per record cost the embedded database two index insertions, a page copy and a serialisation per
     * record, which was the largest part of a node's federation work. A block is read back whole.
     *
     * The ORDER BY names both key columns: only then does H2 walk the primary key in order and stop at the
     * limit; ordered by last_seq alone it sorted every block after the cursor (spilling to disk) on each pull.
     */
    static final String READ_OUTBOUND = "SELECT last_seq, records, record_fields FROM fed_outbound_block"
            + " WHERE partner = ? AND last_seq > ? ORDER BY partner, last_seq LIMIT ?";

    // The last block found by walking the key backwards (a MAX with the partner's condition would scan).
    static final String LAST_OUTBOUND = "SELECT last_seq FROM fed_outbound_block WHERE partner = ?"
            + " ORDER BY partner DESC, last_seq DESC LIMIT 1";

    /** The last sequence received from a sender: its last block, found by walking the key backwards. */
    static final String LAST_RECEIVED =
            "SELECT last_seq FROM fed_received_block WHERE sender = ?" + " ORDER BY sender DESC, last_seq DESC LIMIT 1";

    /** The most blocks one query reads: blocks hold from one record (a quiet moment) to thousands. */
    private static final int MOST_BLOCKS = 256;

    /** A row of fed_outbound_block as read: its last sequence, its records and how many fields each has. */
    private record OutboundBlock(long lastSequence, String records, int fields) {}

    /** At most {@code max} entries of {@code partner}'s log after {@code after}, in order. */
    public List<OutboundRow> readOutbound(String partner, long after, int max) {
        List<OutboundRow> rows = new ArrayList<>(Math.min(max, 8192));
        long from = after;
        int blocks = 4;
        int blocksRead = 0;
        while (rows.size() < max) {
            long blockAfter = from;
            int limit = blocks;
            List<OutboundBlock> found = tables.query(
                    "read the outbound log for " + partner + " after " + after,
                    READ_OUTBOUND,
                    ps -> {
                        ps.setString(1, partner);
                        ps.setLong(2, blockAfter);
                        ps.setInt(3, limit);
                    },
                    rs -> new OutboundBlock(rs.getLong(1), RecordBlock.text(rs.getBytes(2)), rs.getInt(3)));
            for (OutboundBlock block : found) {
                for (String[] record : RecordBlock.read(block.records(), block.fields())) {
                    long sequence = Long.parseLong(record[0]);
                    if (sequence > after && rows.size() < max) {
                        rows.add(
                                new OutboundRow(sequence, record[block.fields()], block.fields() > 1 ? record[1] : ""));
                    }
                }
                from = block.lastSequence();
            }
            blocksRead += found.size();
            if (found.size() < blocks) {
                break;
            }
            // As many blocks as the records still wanted would fill at the mean size seen, within bounds.
            int perBlock = Math.max(1, rows.size() / blocksRead);
            blocks = Math.clamp((max - rows.size()) / perBlock + 1, 1, MOST_BLOCKS);
        }
        return rows;
    }

    /**
     * The most records in one block. A block's text is one string: past about half a megabyte the JVM's
     * default collector (G1, 1 MB regions for this heap size) allocates it outside the young generation,
     * which cost more than the rows it saved; 256 records of a few hundred characters stay well below.
     */
    static final int BLOCK_RECORDS = 256;

    /** Inserts {@code entries} as blocks after the head of {@code partner}'s log; they must follow it. */
    private static void appendBlock(Connection c, String partner, List<OutboundRow> entries) throws SQLException {
        long head = entries.isEmpty() ? 0 : head(c, LAST_OUTBOUND, partner);
        for (OutboundRow row : entries) {
            if (row.sequence() != ++head) {
                throw new SQLException("entry " + row.sequence() + " does not follow " + (head - 1)
                        + " in the outbound log for " + partner + "; sequences follow the head one by one");
            }
        }
        insertBlocks(
                c,
                "INSERT INTO fed_outbound_block (partner, last_seq, first_seq, records, record_fields)"
                        + " VALUES (?, ?, ?, ?, ?)",
                partner,
                entries,
                OutboundRow::sequence,
                OutboundRow::recordJson,
                JdbcFederationStore::outboundFields,
                (insert, part) -> insert.setInt(5, OUTBOUND_FIELDS));
    }

    /** The fields of each outbound record in a block: its sequence and its terms (record_fields says so). */
    private static final int OUTBOUND_FIELDS = 2;

    private static String[] outboundFields(OutboundRow row) {
        return new String[] {Long.toString(row.sequence()), row.terms()};
    }

    /** Sets what a kind of block stores beside the four columns every block has. */
    @FunctionalInterface
    private interface BlockColumns<T> {
        void set(PreparedStatement insert, List<T> block) throws SQLException;
    }

    /**
     * Inserts {@code rows} (checked, in sequence order) under {@code key}, {@link #BLOCK_RECORDS} a row: each
     * record as its fields and its text.
     */
    private static <T> void insertBlocks(
            Connection c,
            String insertSql,
            String key,
            List<T> rows,
            java.util.function.ToLongFunction<T> sequence,
            java.util.function.Function<T, String> text,
            java.util.function.Function<T, String[]> fields,
            BlockColumns<T> more)
            throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = c.prepareStatement(insertSql)) {
            for (int from = 0; from < rows.size(); from += BLOCK_RECORDS) {
                List<T> part = rows.subList(from, Math.min(rows.size(), from + BLOCK_RECORDS));
                StringBuilder block = new StringBuilder(textLength(part, text) + 64 * part.size());
                for (T row : part) {
                    RecordBlock.append(block, text.apply(row), fields.apply(row));
                }
                insert.setString(1, key);
                insert.setLong(2, sequence.applyAsLong(part.getLast()));
                insert.setLong(3, sequence.applyAsLong(part.getFirst()));
                insert.setBytes(4, RecordBlock.stored(block.toString()));
                more.set(insert, part);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static <T> int textLength(List<T> rows, java.util.function.Function<T, String> text) {
        int length = 0;
        for (T row : rows) {
            length += text.apply(row).length();
        }
        return length;
    }

    /** The greatest sequence a head query finds, 0 when none. */
    private static long head(Connection c, String sql, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
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
        String what = "store " + records.size() + " records from " + sender + " with cursor " + newCursor;
        tables.inTransaction(what, c -> {
            receiveBlock(c, sender, records);
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
            return null;
        });
    }

    /**
     * Inserts {@code records} received from {@code sender} as blocks; their sequences must increase and come
     * after every record stored from it (a record stored twice is refused, and nothing is stored).
     */
    private static void receiveBlock(Connection c, String sender, List<ReceivedRow> records) throws SQLException {
        long last = records.isEmpty() ? 0 : head(c, LAST_RECEIVED, sender);
        for (ReceivedRow r : records) {
            if (r.sequence() <= last
                    || !r.sender().equals(sender)
                    || r.category().indexOf(':') >= 0) {
                throw new SQLException("record " + r.sender() + "/" + r.sequence() + " cannot be stored after " + sender
                        + "/" + last + "; a record is stored once, in sequence order, under its sender");
            }
            last = r.sequence();
        }
        insertBlocks(
                c,
                "INSERT INTO fed_received_block (sender, last_seq, first_seq, records, purge_at_ms)"
                        + " VALUES (?, ?, ?, ?, ?)",
                sender,
                records,
                ReceivedRow::sequence,
                ReceivedRow::recordJson,
                JdbcFederationStore::receivedFields,
                (insert, block) -> insert.setLong(5, purgeAt(block)));
    }

    private static String[] receivedFields(ReceivedRow r) {
        return new String[] {
            Long.toString(r.sequence()),
            r.category(),
            Long.toString(r.receivedMillis()),
            Long.toString(r.keepUntilMillis())
        };
    }

    /** When the first of {@code records} must be gone; {@link Long#MAX_VALUE} when there are none. */
    private static long purgeAt(List<ReceivedRow> records) {
        long at = Long.MAX_VALUE;
        for (ReceivedRow r : records) {
            at = Math.min(at, r.keepUntilMillis());
        }
        return at;
    }

    /** How many received blocks one purge transaction rewrites at most. */
    private static final int PURGE_BLOCKS = 200;

    /**
     * Removes every received record whose keep-until is at or before {@code nowMillis}, as the annex that
     * released it requires. A block left without records is deleted, except each sender's last block, which
     * is kept empty so that a record older than what was received is still refused. Works through due blocks
     * a few hundred per transaction, so it never holds much in memory or locks the table for long.
     *
     * @return how many records were removed
     */
    public long purgeReceived(long nowMillis) {
        long removed = 0;
        while (true) {
            List<ReceivedBlock> due = tables.query(
                    "find received blocks due for purging",
                    "SELECT sender, last_seq, records FROM fed_received_block"
                            + " WHERE purge_at_ms IS NULL OR purge_at_ms <= ? ORDER BY purge_at_ms LIMIT ?",
                    ps -> {
                        ps.setLong(1, nowMillis);
                        ps.setInt(2, PURGE_BLOCKS);
                    },
                    rs -> new ReceivedBlock(rs.getString(1), rs.getLong(2), RecordBlock.text(rs.getBytes(3))));
            if (due.isEmpty()) {
                return removed;
            }
            removed += purge(due, nowMillis);
        }
    }

    private record ReceivedBlock(String sender, long lastSequence, String records) {}

    /** Rewrites each of {@code due} without its expired records, in one transaction; returns how many went. */
    private long purge(List<ReceivedBlock> due, long nowMillis) {
        return tables.inTransaction("purge " + due.size() + " received blocks", c -> {
            // each sender's last block, looked up once: a block received meanwhile only makes keeping it needless
            Map<String, Long> lastBlocks = new HashMap<>();
            long removed = 0;
            for (ReceivedBlock block : due) {
                List<ReceivedRow> all = receivedRows(block.sender(), block.records());
                List<ReceivedRow> kept = new ArrayList<>();
                for (ReceivedRow r : all) {
                    if (r.keepUntilMillis() > nowMillis) {
                        kept.add(r);
                    }
                }
                removed += all.size() - kept.size();
                Long last = lastBlocks.get(block.sender());
                if (last == null) {
                    last = head(c, LAST_RECEIVED, block.sender());
                    lastBlocks.put(block.sender(), last);
                }
                rewrite(c, block, kept, block.lastSequence() == last);
            }
            return removed;
        });
    }

    private static void rewrite(Connection c, ReceivedBlock block, List<ReceivedRow> kept, boolean isLast)
            throws SQLException {
        if (kept.isEmpty() && !isLast) {
            try (PreparedStatement delete =
                    c.prepareStatement("DELETE FROM fed_received_block WHERE sender = ? AND last_seq = ?")) {
                delete.setString(1, block.sender());
                delete.setLong(2, block.lastSequence());
                delete.executeUpdate();
            }
            return;
        }
        StringBuilder text = new StringBuilder(block.records().length());
        for (ReceivedRow r : kept) {
            RecordBlock.append(text, r.recordJson(), receivedFields(r));
        }
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE fed_received_block SET records = ?, purge_at_ms = ? WHERE sender = ? AND last_seq = ?")) {
            update.setBytes(1, RecordBlock.stored(text.toString()));
            update.setLong(2, purgeAt(kept));
            update.setString(3, block.sender());
            update.setLong(4, block.lastSequence());
            update.executeUpdate();
        }
    }

    /** Every record received from {@code sender}, by sequence. */
    public List<ReceivedRow> received(String sender) {
        List<String> blocks = tables.query(
                "read the records received from " + sender,
                "SELECT records FROM fed_received_block WHERE sender = ? ORDER BY sender, last_seq",
                ps -> ps.setString(1, sender),
                rs -> RecordBlock.text(rs.getBytes(1)));
        List<ReceivedRow> rows = new ArrayList<>();
        for (String block : blocks) {
            rows.addAll(receivedRows(sender, block));
        }
        return rows;
    }

    private static List<ReceivedRow> receivedRows(String sender, String block) {
        List<ReceivedRow> rows = new ArrayList<>();
        for (String[] r : RecordBlock.read(block, 4)) {
            rows.add(new ReceivedRow(
                    sender, Long.parseLong(r[0]), r[1], Long.parseLong(r[2]), Long.parseLong(r[3]), r[4]));
        }
        return rows;
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
