package io.jisr.app.federation;

import static org.assertj.core.api.Assertions.assertThat;

import io.jisr.exchange.DataCategory;
import io.jisr.exchange.GeoPoint;
import io.jisr.exchange.Nation;
import io.jisr.exchange.NodeId;
import io.jisr.exchange.Partner;
import io.jisr.exchange.ReleasabilityMarking;
import io.jisr.exchange.agreement.AgreementId;
import io.jisr.exchange.agreement.Grading;
import io.jisr.exchange.log.Batch;
import io.jisr.exchange.log.BatchFormat;
import io.jisr.exchange.log.Cursor;
import io.jisr.exchange.log.LogEntry;
import io.jisr.exchange.record.HandlingTerms;
import io.jisr.exchange.record.Origin;
import io.jisr.exchange.record.ReleaseGrant;
import io.jisr.exchange.record.ShareableRecord;
import io.jisr.exchange.record.Subject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class BatchJsonTest {
    static final Partner DZA = new Partner(Nation.of("DZA"), NodeId.of("dza-1"));

    static ShareableRecord released() {
        return new ShareableRecord(
                "pos/605000001/2026-11-26T10:00:00Z",
                DataCategory.VESSEL_POSITIONS,
                new Origin(Nation.of("DZA"), NodeId.of("dza-1"), "ais"),
                Instant.parse("2026-11-26T10:00:00Z"),
                Optional.of(GeoPoint.of(36.8, 3.1)),
                new Subject.Vessel(Optional.of(605000001), Optional.of(70), Optional.of(Nation.of("DZA")), false),
                new TreeMap<>(Map.of("speedKnots", "12.0")),
                Optional.of(new HandlingTerms(
                        ReleasabilityMarking.of(Nation.of("DZA"), Nation.of("USA")),
                        Duration.ofDays(30),
                        Set.of(),
                        new ReleaseGrant(AgreementId.of("dza-usa-maritime"), 1, "A1"))),
                Optional.empty());
    }

    static Batch batch() {
        return new Batch(BatchFormat.VERSION, DZA, Cursor.at(4), Cursor.at(6), List.of(new LogEntry(6, released())));
    }

    static final String WIRE = "{\"schemaVersion\":1,\"sender\":{\"nation\":\"DZA\",\"node\":\"dza-1\"},\"after\":4,"
            + "\"upTo\":6,\"records\":[{\"sequence\":6,\"key\":\"pos/605000001/2026-11-26T10:00:00Z\","
            + "\"category\":\"vessel-positions\",\"origin\":{\"nation\":\"DZA\",\"node\":\"dza-1\",\"sensor\":\"ais\"},"
            + "\"observedAt\":\"2026-11-26T10:00:00Z\",\"position\":{\"latitude\":36.8,\"longitude\":3.1},"
            + "\"subject\":{\"kind\":\"vessel\",\"mmsi\":605000001,\"shipType\":70,\"flag\":\"DZA\","
            + "\"governmentVessel\":false},\"content\":{\"speedKnots\":\"12.0\"},\"handling\":{\"marking\":"
            + "\"REL TO DZA, USA\",\"retentionSeconds\":2592000,\"onwardReleaseTo\":[],\"grant\":{\"agreement\":"
            + "\"dza-usa-maritime\",\"version\":1,\"annex\":\"A1\"}}}]}";

    @Test
    void write_batch_isTheDocumentedWireForm() {
        assertThat(BatchJson.write(batch())).isEqualTo(WIRE);
    }

    @Test
    void read_writtenBatch_roundTrips() {
        assertThat(BatchJson.read(WIRE))
                .isEqualTo(new BatchJson.Read.Accepted(batch(), Set.of(), List.of(BatchJson.writeRecord(released()))));
    }

    @Test
    void read_unknownFieldNotCritical_isIgnored() {
        String newer =
                WIRE.replace("\"retentionSeconds\"", "\"embargoUntil\":\"2027-01-01T00:00:00Z\",\"retentionSeconds\"");

        assertThat(BatchJson.read(newer))
                .isEqualTo(new BatchJson.Read.Accepted(
                        batch(), Set.of("records.handling.embargoUntil"), List.of(BatchJson.writeRecord(released()))));
    }

    @Test
    void read_unknownFieldMarkedCritical_isRefused() {
        String newer = WIRE.replace(
                        "\"retentionSeconds\"", "\"embargoUntil\":\"2027-01-01T00:00:00Z\",\"retentionSeconds\"")
                .replace(
                        "\"schemaVersion\":1,",
                        "\"schemaVersion\":2,\"critical\":[\"records.handling.embargoUntil\"],");

        assertThat(BatchJson.read(newer))
                .isEqualTo(new BatchJson.Read.Refused("critical: field \"records.handling.embargoUntil\" is required by"
                        + " the sender, but this node reads schema version 1, which has no such field"));
    }

    @Test
    void read_requiredFieldMissing_isRefusedWithItsPlace() {
        String broken = WIRE.replace("\"marking\":\"REL TO DZA, USA\",", "");

        assertThat(BatchJson.read(broken))
                .isEqualTo(new BatchJson.Read.Refused("records[0].handling: required field \"marking\" is missing"));
    }

    @Test
    void read_badValues_areRefusedWithTheirPlace() {
        assertThat(BatchJson.read(WIRE.replace("\"latitude\":36.8", "\"latitude\":136.8")))
                .isEqualTo(
                        new BatchJson.Read.Refused("records[0].position: latitude must be within -90..90, was 136.8"));
        assertThat(BatchJson.read(WIRE.replace("REL TO DZA, USA", "REL TO DZA,USA")))
                .isEqualTo(new BatchJson.Read.Refused("records[0].handling.marking: nation codes must be separated by"
                        + " \", \"; found \",USA\" (column 11)"));
        assertThat(BatchJson.read(WIRE.replace("\"upTo\":6", "\"upTo\":5")))
                .isEqualTo(new BatchJson.Read.Refused("batch: entries[0] has sequence 6; sequences must increase"
                        + " within (4, 5], the one before was 4"));
        assertThat(BatchJson.read("[1,2]")).isEqualTo(new BatchJson.Read.Refused("the batch must be a JSON object"));
        assertThat(BatchJson.read("{\"schemaVersion\":")).isInstanceOf(BatchJson.Read.Refused.class);
    }

    /** Records of every shape the writer has: each optional field with and without, each subject kind. */
    static List<ShareableRecord> varied() {
        HandlingTerms onward = new HandlingTerms(
                ReleasabilityMarking.of(Nation.of("DZA"), Nation.of("USA"), Nation.of("FRA")),
                Duration.ofHours(6),
                Set.of(Nation.of("FRA"), Nation.of("ITA")),
                new ReleaseGrant(AgreementId.of("dza-usa-maritime"), 3, "A2"));
        TreeMap<String, String> escapes = new TreeMap<>();
        escapes.put("note", "quote \" backslash \\ slash / newline \n tab \t bell \u0007 end");
        escapes.put("place", "Sfax – صفاقس, 港 🚢");
        escapes.put("z.last_field-1", "");
        return List.of(
                released(),
                new ShareableRecord(
                        "pos/unidentified/1",
                        DataCategory.SIGHTINGS,
                        new Origin(Nation.of("DZA"), NodeId.of("dza-2"), ""),
                        Instant.parse("2026-11-26T10:00:00.123456789Z"),
                        Optional.empty(),
                        new Subject.Vessel(Optional.empty(), Optional.empty(), Optional.empty(), true),
                        new TreeMap<>(),
                        Optional.of(onward),
                        Optional.empty()),
                new ShareableRecord(
                        "incident/7 «quoted»",
                        DataCategory.INCIDENT_REPORTS,
                        new Origin(Nation.of("DZA"), NodeId.of("dza-1"), "patrol \"Rais\""),
                        Instant.parse("2026-11-26T10:00:00.5Z"),
                        Optional.of(GeoPoint.of(-36.123456789, -179.999)),
                        new Subject.Incident("piracy", Grading.parse("B2")),
                        escapes,
                        released().handling(),
                        Optional.empty()),
                new ShareableRecord(
                        "sar/2026-11",
                        DataCategory.SAR_CASES,
                        new Origin(Nation.of("DZA"), NodeId.of("dza-1"), "mrcc"),
                        Instant.parse("1970-01-01T00:00:00.000001Z"),
                        Optional.of(GeoPoint.of(90, 180)),
                        new Subject.None(),
                        new TreeMap<>(Map.of("status", "open")),
                        Optional.of(onward),
                        Optional.empty()),
                new ShareableRecord(
                        "pos/605000002/2026-11-26T10:00:01Z",
                        DataCategory.VESSEL_POSITIONS,
                        new Origin(Nation.of("DZA"), NodeId.of("dza-1"), "ais"),
                        Instant.parse("2026-11-26T10:00:01Z"),
                        Optional.of(GeoPoint.of(0, 0)),
                        new Subject.Vessel(
                                Optional.of(605000002), Optional.empty(), Optional.of(Nation.of("TUN")), false),
                        new TreeMap<>(Map.of("speedKnots", "0")),
                        released().handling(),
                        Optional.empty()));
    }

    static Batch variedBatch() {
        List<ShareableRecord> records = varied();
        List<LogEntry> entries = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            entries.add(new LogEntry(10 + 3L * i, records.get(i)));
        }
        return new Batch(BatchFormat.VERSION, DZA, Cursor.at(9), Cursor.at(100), entries);
    }

    @Test
    void read_writtenBatchOfVariedRecords_storesWhatWriteRecordWrites() {
        Batch batch = variedBatch();

        assertThat(BatchJson.read(BatchJson.write(batch)))
                .isEqualTo(new BatchJson.Read.Accepted(
                        batch,
                        Set.of(),
                        varied().stream().map(BatchJson::writeRecord).toList()));
    }

    @Test
    void read_sequenceNotFirst_storesTheRecordWrittenAgain() {
        String moved = WIRE.replace("{\"sequence\":6,\"key\"", "{\"key\"")
                .replace("\"A1\"}}}]}", "\"A1\"}},\"sequence\":6}]}");

        assertThat(moved).isNotEqualTo(WIRE);
        assertThat(BatchJson.read(moved))
                .isEqualTo(new BatchJson.Read.Accepted(batch(), Set.of(), List.of(BatchJson.writeRecord(released()))));
    }

    @Test
    void read_unknownFieldInARecord_storesTheRecordWrittenAgain() {
        String newer = WIRE.replace("{\"sequence\":6,", "{\"sequence\":6,\"relayedBy\":[\"x\",{\"y\":1}],");

        assertThat(BatchJson.read(newer))
                .isEqualTo(new BatchJson.Read.Accepted(
                        batch(), Set.of("records.relayedBy"), List.of(BatchJson.writeRecord(released()))));
    }

    @Test
    void read_prettyPrintedBatch_isTheSameBatch_andEachStoredFormReadsBackToItsRecord() throws Exception {
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        Batch batch = variedBatch();
        String pretty =
                mapper.writerWithDefaultPrettyPrinter().writeValueAsString(mapper.readTree(BatchJson.write(batch)));

        BatchJson.Read read = BatchJson.read(pretty);

        assertThat(pretty).contains("\n  \"records\" : [ {\n    \"sequence\" : 10,\n");
        assertThat(read).isInstanceOf(BatchJson.Read.Accepted.class);
        BatchJson.Read.Accepted accepted = (BatchJson.Read.Accepted) read;
        assertThat(accepted.batch()).isEqualTo(batch);
        assertThat(accepted.ignored()).isEmpty();
        assertThat(accepted.storedForms().stream().map(BatchJson::readRecord).toList())
                .isEqualTo(varied());
    }

    @Test
    void readRecord_readsTheUnusualForms_asTheUsualOne() throws Exception {
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        for (ShareableRecord record : varied()) {
            String usual = BatchJson.writeRecord(record);
            // A pretty-printed one and one with an unknown field go to the tree reader.
            String pretty = mapper.writerWithDefaultPrettyPrinter().writeValueAsString(mapper.readTree(usual));
            String withUnknown = usual.replace("\"key\":", "\"addedLater\":[1,{\"a\":2}],\"key\":");

            assertThat(BatchJson.readRecord(pretty)).isEqualTo(record);
            assertThat(BatchJson.readRecord(withUnknown)).isEqualTo(record);
        }
    }

    @Test
    void readRecord_andReadOffered_readWhatWasWritten() {
        for (ShareableRecord record : varied()) {
            assertThat(BatchJson.readRecord(BatchJson.writeRecord(record))).isEqualTo(record);
            ShareableRecord received = record.receivedFrom(DZA);
            assertThat(BatchJson.readOffered(BatchJson.writeOffered(received))).isEqualTo(received);
            ShareableRecord unreleased = new ShareableRecord(
                    record.key(),
                    record.category(),
                    record.origin(),
                    record.observedAt(),
                    record.position(),
                    record.subject(),
                    record.content(),
                    Optional.empty(),
                    Optional.empty());
            assertThat(BatchJson.readOffered(BatchJson.writeOffered(unreleased)))
                    .isEqualTo(unreleased);
        }
    }

    @Test
    void read_refusals_areTheTreeReadersWordForWord() {
        List<String> hostile = List.of(
                "",
                "   ",
                "null",
                "{",
                "{}",
                "{\"critical\":5}",
                WIRE.replace("\"upTo\":6", "\"upTo\":6,\"upTo\":\"7\""),
                WIRE.replace("\"mmsi\":605000001", "\"mmsi\":6050000010"),
                WIRE.replace("\"latitude\":36.8", "\"latitude\":NaN"),
                WIRE.replace("\"latitude\":36.8", "\"latitude\":1e400"),
                WIRE.replace("\"after\":4", "\"after\":123456789012345678901234567890"),
                WIRE.replace("\"governmentVessel\":false", "\"governmentVessel\":0"),
                WIRE.replace("\"observedAt\":\"2026-11-26T10:00:00Z\"", "\"observedAt\":\"2026-11-26\""),
                WIRE.replace("\"category\":\"vessel-positions\"", "\"category\":\"weather\""),
                WIRE.replace("\"records\":[", "\"records\":[" + "[".repeat(5000)),
                WIRE + "trailing",
                WIRE.substring(0, WIRE.length() / 2),
                WIRE.replace("}]}", "}]") + ",\"critical\":[\"records.handling.embargoUntil\"]}");
        for (String text : hostile) {
            assertThat(BatchJson.read(text)).as(text).isEqualTo(BatchJson.readTree(text));
        }
        assertThat(BatchJson.read(WIRE.replace("\"latitude\":36.8", "\"latitude\":NaN")))
                .isInstanceOf(BatchJson.Read.Refused.class);
    }

    @Test
    void instant_readsAsInstantParse_orThrowsAsIt() {
        List<String> texts = List.of(
                "2026-11-26T10:00:00Z",
                "2026-11-26T10:00:00.1Z",
                "2026-11-26T10:00:00.123Z",
                "2026-11-26T10:00:00.123456Z",
                "2026-11-26T10:00:00.123456789Z",
                "0000-01-01T00:00:00Z",
                "9999-12-31T23:59:59.999999999Z",
                "2024-02-29T12:00:00Z",
                "1969-12-31T23:59:59.5Z",
                "2026-11-26t10:00:00z",
                "2026-11-26T23:59:60Z",
                "2026-11-26T10:00:00+01:00",
                "+12026-11-26T10:00:00Z",
                "2026-11-26T10:00:00.1234567890Z",
                "2026-11-26T10:00:00.Z",
                "2025-02-29T12:00:00Z",
                "2026-13-01T00:00:00Z",
                "2026-11-31T00:00:00Z",
                "2026-11-26T24:00:00Z",
                "2026-11-26T10:60:00Z",
                "2026-11-26T10:00:00.12a4Z",
                "2026-1a-26T10:00:00Z",
                "2026-11-26 10:00:00Z",
                "");
        for (String text : texts) {
            Object expected;
            try {
                expected = Instant.parse(text);
            } catch (RuntimeException e) {
                expected = e.getClass();
            }
            Object actual;
            try {
                actual = BatchJson.instant(text);
            } catch (RuntimeException e) {
                actual = e.getClass();
            }
            assertThat(actual).as(text).isEqualTo(expected);
        }
    }

    @Test
    void read_unknownFieldsAtEveryLevel_areIgnoredWithTheirPaths_asTheTreeReaderIgnoresThem() {
        String extra = "{\"deep\":[1,-2.5e-3,\"s\",null,true,{\"n\":123456789012345678901234567890}]}";
        String newer = WIRE.replace("{\"schemaVersion\":1,", "{\"schemaVersion\":1,\"relay\":" + extra + ",")
                .replace("\"node\":\"dza-1\"},\"after\"", "\"node\":\"dza-1\",\"site\":\"x\"},\"after\"")
                .replace("\"sensor\":\"ais\"", "\"sensor\":\"ais\",\"antenna\":2")
                .replace("\"longitude\":3.1", "\"longitude\":3.1,\"altitude\":" + extra)
                .replace("\"kind\":\"vessel\"", "\"kind\":\"vessel\",\"imo\":9074729")
                .replace("\"annex\":\"A1\"", "\"annex\":\"A1\",\"signed\":false")
                .replace("\"onwardReleaseTo\"", "\"embargoUntil\":\"2027-01-01T00:00:00Z\",\"onwardReleaseTo\"")
                .replace("\"observedAt\"", "\"receivedFrom\":{},\"observedAt\"");

        BatchJson.Read.Accepted expected = new BatchJson.Read.Accepted(
                batch(),
                Set.of(
                        "relay",
                        "sender.site",
                        "records.origin.antenna",
                        "records.position.altitude",
                        "records.subject.imo",
                        "records.handling.grant.signed",
                        "records.handling.embargoUntil",
                        "records.receivedFrom"),
                List.of(BatchJson.writeRecord(released())));
        assertThat(BatchJson.read(newer)).isEqualTo(expected);
        assertThat(BatchJson.readTree(newer)).isEqualTo(expected);
    }

    @Test
    void read_batchLongerThanTheParsersBuffer_storesWhatWriteRecordWrites() {
        // Jackson reads a text of more than 32,768 characters through a Reader, in chunks: the stored
        // forms are cut at char offsets counted across the chunks.
        List<LogEntry> entries = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            ShareableRecord record = varied().get(i % varied().size());
            entries.add(new LogEntry(10 + i, record));
            expected.add(BatchJson.writeRecord(record));
        }
        Batch batch = new Batch(BatchFormat.VERSION, DZA, Cursor.at(9), Cursor.at(400), entries);
        String wire = BatchJson.write(batch);

        assertThat(wire.length()).isGreaterThan(100_000);
        assertThat(BatchJson.read(wire)).isEqualTo(new BatchJson.Read.Accepted(batch, Set.of(), expected));
    }
}
