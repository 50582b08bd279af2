package io.jisr.exchange.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class BatchFormatTest {

    @Test
    void check_allKnownFields_isAcceptedWithNothingIgnored() {
        assertThat(BatchFormat.check(
                        BatchFormat.Shape.POSITION, "records[0].position", Set.of("latitude", "longitude"), Set.of()))
                .isEqualTo(new BatchFormat.Checked.Accepted(Set.of()));
    }

    @Test
    void check_unknownOptionalField_isIgnored() {
        assertThat(BatchFormat.check(
                        BatchFormat.Shape.POSITION,
                        "records[0].position",
                        Set.of("latitude", "longitude", "altitudeMetres"),
                        Set.of()))
                .isEqualTo(new BatchFormat.Checked.Accepted(Set.of("altitudeMetres")));
    }

    @Test
    void check_unknownCriticalField_isRefusedSayingWhere() {
        assertThat(BatchFormat.check(
                        BatchFormat.Shape.HANDLING,
                        "records[3].handling",
                        Set.of("marking", "retentionSeconds", "grant", "embargoUntil"),
                        Set.of("records.handling.embargoUntil")))
                .isEqualTo(new BatchFormat.Checked.Refused(java.util.List.of(
                        "records[3].handling: field \"records.handling.embargoUntil\" is marked critical by the"
                                + " sender, but this node reads schema version 1, which has no such field")));
    }

    @Test
    void check_missingRequiredField_isRefusedSayingWhich() {
        assertThat(BatchFormat.check(BatchFormat.Shape.BATCH, "", Set.of("schemaVersion", "sender", "after"), Set.of()))
                .isEqualTo(new BatchFormat.Checked.Refused(java.util.List.of(
                        "required field \"upTo\" is missing", "required field \"records\" is missing")));
    }

    @Test
    void checkHeader_criticalFieldUnknownEvenIfAbsent_isRefused() {
        assertThat(BatchFormat.checkHeader(2, Set.of("records.handling.marking", "records.signature")))
                .isEqualTo(new BatchFormat.Checked.Refused(java.util.List.of(
                        "critical: field \"records.signature\" is required by the sender, but this node reads"
                                + " schema version 1, which has no such field")));
        assertThat(BatchFormat.checkHeader(2, Set.of("records.handling.marking")))
                .isEqualTo(new BatchFormat.Checked.Accepted(Set.of()));
        assertThat(BatchFormat.checkHeader(0, Set.of()))
                .isEqualTo(
                        new BatchFormat.Checked.Refused(java.util.List.of("schemaVersion must be 1 or more, was 0")));
    }
}
