package io.jisr.app.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jisr.exchange.DataCategory;
import io.jisr.exchange.Nation;
import io.jisr.exchange.NodeId;
import io.jisr.exchange.Partner;
import io.jisr.exchange.ReleasabilityMarking;
import io.jisr.exchange.record.HandlingTerms;
import io.jisr.exchange.record.ReleaseGrant;
import io.jisr.exchange.record.ShareableRecord;
import io.jisr.programme.sync.FieldEdit;
import io.jisr.programme.sync.FieldKey;
import io.jisr.programme.sync.Hlc;
import io.jisr.programme.sync.RecordKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** A programme edit survives the wire whole: record, batch JSON, record, edit. */
class ProgrammeRecordsTest {
    private static final Partner USA = new Partner(Nation.of("USA"), NodeId.of("usa-1"));
    private static final Instant MADE = Instant.parse("2026-11-26T10:00:00.123Z");

    private static FieldEdit attendees(String id) {
        return new FieldEdit(
                new FieldKey(new RecordKey("meeting", io.jisr.programme.Nation.of("DZA"), id), "side.USA.attendees"),
                "14:Capt. J. Smith3:USA",
                new Hlc(MADE.toEpochMilli(), 7, "usa-1"),
                io.jisr.programme.Nation.of("USA"));
    }

    @Test
    void edit_throughRecordAndBatchJson_comesBackEqual() {
        FieldEdit edit = attendees("DZA-M-1");
        ShareableRecord record = ProgrammeRecords.record(edit, USA, MADE);

        assertThat(record.key()).isEqualTo("prog/meeting/DZA/DZA-M-1#side.USA.attendees@1795687200123.7@usa-1");
        assertThat(record.category()).isEqualTo(DataCategory.PROGRAMME_RECORDS);
        assertThat(record.position()).isEmpty();
        assertThat(record.observedAt()).isEqualTo(MADE);
        ShareableRecord released = record.releasedUnder(new HandlingTerms(
                ReleasabilityMarking.of(Nation.of("USA"), Nation.of("DZA")),
                Duration.ofDays(3650),
                Set.of(),
                new ReleaseGrant(io.jisr.exchange.agreement.AgreementId.of("dza-usa-maritime"), 1, "P2")));
        ShareableRecord read = BatchJson.readRecord(BatchJson.writeRecord(released));

        assertThat(ProgrammeRecords.edit(read)).isEqualTo(edit);
    }

    @Test
    void edit_ofALongId_hasAHashedKeyWithinTheLimit() {
        ShareableRecord record = ProgrammeRecords.record(attendees("M-" + "9".repeat(180)), USA, MADE);

        assertThat(record.key()).startsWith("prog/sha256/").hasSize("prog/sha256/".length() + 64);
        assertThat(ProgrammeRecords.edit(record)).isEqualTo(attendees("M-" + "9".repeat(180)));
    }

    @Test
    void edit_withAPartMissingOrABadStamp_isRefusedNamingIt() {
        ShareableRecord record = ProgrammeRecords.record(attendees("DZA-M-1"), USA, MADE);
        TreeMap<String, String> noEditor = new TreeMap<>(record.content());
        noEditor.remove("editor");
        TreeMap<String, String> badStamp = new TreeMap<>(record.content());
        badStamp.put("stampCounter", "seven");

        assertThatThrownBy(() -> ProgrammeRecords.edit(withContent(record, noEditor)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("programme record " + record.key() + " has no content field \"editor\"");
        assertThatThrownBy(() -> ProgrammeRecords.edit(withContent(record, badStamp)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("programme record " + record.key()
                        + " has a stamp that is not a number: For input string: \"seven\"");
    }

    private static ShareableRecord withContent(ShareableRecord r, TreeMap<String, String> content) {
        return new ShareableRecord(
                r.key(),
                r.category(),
                r.origin(),
                r.observedAt(),
                r.position(),
                r.subject(),
                content,
                r.handling(),
                Optional.empty());
    }
}
