package io.jisr.app.federation;

import static org.assertj.core.api.Assertions.assertThat;

import io.jisr.exchange.DataCategory;
import io.jisr.exchange.GeoPoint;
import io.jisr.exchange.Nation;
import io.jisr.exchange.NodeId;
import io.jisr.exchange.Partner;
import io.jisr.exchange.ReleasabilityMarking;
import io.jisr.exchange.agreement.AgreementId;
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
        assertThat(BatchJson.read(WIRE)).isEqualTo(new BatchJson.Read.Accepted(batch(), Set.of()));
    }

    @Test
    void read_unknownFieldNotCritical_isIgnored() {
        String newer =
                WIRE.replace("\"retentionSeconds\"", "\"embargoUntil\":\"2027-01-01T00:00:00Z\",\"retentionSeconds\"");

        assertThat(BatchJson.read(newer))
                .isEqualTo(new BatchJson.Read.Accepted(batch(), Set.of("records.handling.embargoUntil")));
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
}
