package io.jisr.app.federation;

import io.jisr.exchange.DataCategory;
import io.jisr.exchange.Partner;
import io.jisr.exchange.record.Origin;
import io.jisr.exchange.record.ShareableRecord;
import io.jisr.exchange.record.Subject;
import io.jisr.programme.Nation;
import io.jisr.programme.sync.FieldEdit;
import io.jisr.programme.sync.FieldKey;
import io.jisr.programme.sync.Hlc;
import io.jisr.programme.sync.RecordKey;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Maps a programme field edit to a {@code programme-records} record and back. One edit is one record, so the
 * policy decides edit by edit and the receiver merges each with the replica's join; a whole document never
 * travels.
 */
final class ProgrammeRecords {
    /*
     * The record has no position and no subject: an annex for programme records must cover "everywhere" (an
     * annex limited to areas withholds a record without a position), and its subject filter has nothing to
     * filter. The stamp travels whole, so both nodes order the edit the same way; observedAt is when the edit
     * was made by the sending node's wall clock, which is what an annex's delay counts from.
     */
    private static final List<String> FIELDS =
            List.of("kind", "owner", "id", "field", "value", "stampMillis", "stampCounter", "stampNode", "editor");
    private static final int MAX_KEY = 200;

    private ProgrammeRecords() {}

    /** The record by which this node ({@code self}) shares an edit made on it at {@code madeAt}. */
    static ShareableRecord record(FieldEdit edit, Partner self, Instant madeAt) {
        SortedMap<String, String> content = new TreeMap<>();
        RecordKey record = edit.field().record();
        content.put("kind", record.kind());
        content.put("owner", record.owner().alpha3());
        content.put("id", record.id());
        content.put("field", edit.field().field());
        content.put("value", edit.value());
        content.put("stampMillis", Long.toString(edit.stamp().physicalMillis()));
        content.put("stampCounter", Integer.toString(edit.stamp().counter()));
        content.put("stampNode", edit.stamp().nodeId());
        content.put("editor", edit.editor().alpha3());
        return new ShareableRecord(
                key(edit),
                DataCategory.PROGRAMME_RECORDS,
                new Origin(self.nation(), self.node(), "programme"),
                madeAt,
                Optional.empty(),
                new Subject.None(),
                content,
                Optional.empty(),
                Optional.empty());
    }

    /**
     * The edit a received record carries.
     *
     * @throws IllegalArgumentException naming the missing or bad part
     */
    static FieldEdit edit(ShareableRecord record) {
        if (!record.category().equals(DataCategory.PROGRAMME_RECORDS)) {
            throw new IllegalArgumentException(
                    "record " + record.key() + " is " + record.category() + ", not " + DataCategory.PROGRAMME_RECORDS);
        }
        for (String field : FIELDS) {
            if (!record.content().containsKey(field)) {
                throw new IllegalArgumentException(
                        "programme record " + record.key() + " has no content field \"" + field + "\"");
            }
        }
        SortedMap<String, String> c = record.content();
        try {
            RecordKey key = new RecordKey(c.get("kind"), Nation.of(c.get("owner")), c.get("id"));
            Hlc stamp = new Hlc(
                    Long.parseLong(c.get("stampMillis")), Integer.parseInt(c.get("stampCounter")), c.get("stampNode"));
            return new FieldEdit(new FieldKey(key, c.get("field")), c.get("value"), stamp, Nation.of(c.get("editor")));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "programme record " + record.key() + " has a stamp that is not a number: " + e.getMessage(), e);
        }
    }

    /**
     * The receiver that decodes received programme records into edits and hands them to {@code register};
     * a record that cannot be read is refused alone.
     */
    static CategoryReceiver receiver(ProgrammeEdits register) {
        return new CategoryReceiver() {
            @Override
            public DataCategory category() {
                return DataCategory.PROGRAMME_RECORDS;
            }

            @Override
            public void receive(Partner from, List<ShareableRecord> records) {
                String node = from.node().value();
                List<FieldEdit> edits = new ArrayList<>(records.size());
                for (ShareableRecord record : records) {
                    try {
                        edits.add(edit(record));
                    } catch (IllegalArgumentException e) {
                        register.refuse(node, 1, e.getMessage());
                    }
                }
                if (!edits.isEmpty()) {
                    register.receive(node, Nation.of(from.nation().code()), edits);
                }
            }

            @Override
            public void refuse(Partner from, int count, String reason) {
                register.refuse(from.node().value(), count, reason);
            }
        };
    }

    /** The record key: readable when short enough, else the SHA-256 of the readable form. */
    private static String key(FieldEdit edit) {
        String readable = "prog/" + edit.field() + "@" + edit.stamp();
        if (readable.length() <= MAX_KEY) {
            return readable;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(readable.getBytes(StandardCharsets.UTF_8));
            return "prog/sha256/" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
