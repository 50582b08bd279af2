package io.jisr.exchange.log;

import static io.jisr.exchange.Fixtures.DZA;
import static io.jisr.exchange.Fixtures.NOON;
import static io.jisr.exchange.Fixtures.USA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jisr.exchange.DataCategory;
import io.jisr.exchange.Fixtures;
import io.jisr.exchange.GeoPoint;
import io.jisr.exchange.Partner;
import io.jisr.exchange.ReleasabilityMarking;
import io.jisr.exchange.agreement.AgreementId;
import io.jisr.exchange.record.HandlingTerms;
import io.jisr.exchange.record.ReleaseGrant;
import io.jisr.exchange.record.ShareableRecord;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * An entry read back from storage gives its category and grant without its record being read; the record is
 * read once, when asked for, and must agree with them. Such an entry equals the entry holding the same record.
 */
class LogEntryTest {
    private static final ReleaseGrant GRANT = new ReleaseGrant(AgreementId.of("dza-usa-maritime"), 2, "A1");

    private static ShareableRecord released(ReleaseGrant grant) {
        return Fixtures.position(GeoPoint.of(36.8, 3.1), NOON, Fixtures.cargoShip(DZA))
                .releasedUnder(
                        new HandlingTerms(ReleasabilityMarking.of(DZA, USA), Duration.ofDays(30), Set.of(), grant));
    }

    @Test
    void aStoredEntry_givesItsCategoryAndGrant_withoutReadingItsRecord_andReadsItOnceWhenAsked() {
        AtomicInteger reads = new AtomicInteger();
        Supplier<ShareableRecord> source = () -> {
            reads.incrementAndGet();
            return released(GRANT);
        };
        LogEntry stored = LogEntry.stored(7, DataCategory.VESSEL_POSITIONS, GRANT, source);

        assertThat(stored.sequence()).isEqualTo(7);
        assertThat(stored.category()).isEqualTo(DataCategory.VESSEL_POSITIONS);
        assertThat(stored.grant()).isEqualTo(GRANT);
        assertThat(reads).hasValue(0);

        assertThat(stored.record()).isEqualTo(released(GRANT));
        assertThat(stored.record()).isSameAs(stored.record());
        assertThat(reads).hasValue(1);
        assertThat(stored)
                .isEqualTo(new LogEntry(7, released(GRANT)))
                .hasSameHashCodeAs(new LogEntry(7, released(GRANT)));
        assertThat(stored).isNotEqualTo(new LogEntry(8, released(GRANT)));
    }

    @Test
    void anEntryHoldingItsRecord_takesCategoryAndGrantFromIt() {
        LogEntry entry = new LogEntry(1, released(GRANT));

        assertThat(entry.category()).isEqualTo(DataCategory.VESSEL_POSITIONS);
        assertThat(entry.grant()).isEqualTo(GRANT);
    }

    @Test
    void aStoredRecord_thatDisagreesWithWhatWasStoredBesideIt_isRefusedWhenRead() {
        ReleaseGrant other = new ReleaseGrant(AgreementId.of("dza-usa-maritime"), 3, "A1");
        LogEntry wrongGrant = LogEntry.stored(4, DataCategory.VESSEL_POSITIONS, GRANT, () -> released(other));
        LogEntry wrongCategory = LogEntry.stored(5, DataCategory.SIGHTINGS, GRANT, () -> released(GRANT));

        assertThatThrownBy(wrongGrant::record)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("log entry 4 was stored as vessel-positions under dza-usa-maritime v2 annex A1 but its"
                        + " record is vessel-positions under dza-usa-maritime v3 annex A1");
        assertThatThrownBy(wrongCategory::record)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("stored as sightings");
    }

    @Test
    void aStoredRecord_thatWasNotReleased_orCarriesAReceipt_isRefusedWhenRead() {
        ShareableRecord notReleased = Fixtures.position(GeoPoint.of(36.8, 3.1), NOON, Fixtures.cargoShip(DZA));
        ShareableRecord received = released(GRANT).receivedFrom(new Partner(DZA, Fixtures.DZA_NODE));

        assertThatThrownBy(LogEntry.stored(1, DataCategory.VESSEL_POSITIONS, GRANT, () -> notReleased)::record)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("stored log entry 1 (record pos/636012345/")
                .hasMessageEndingWith("has no handling terms; only what the policy released goes into the log");
        assertThatThrownBy(LogEntry.stored(2, DataCategory.VESSEL_POSITIONS, GRANT, () -> received)::record)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageEndingWith("still carries its receipt; a released record is sent without it");
    }

    @Test
    void aSequenceUnderOne_isRefused_forBothKindsOfEntry() {
        assertThatThrownBy(() -> new LogEntry(0, released(GRANT)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a log sequence starts at 1, was 0");
        assertThatThrownBy(() -> LogEntry.stored(-1, DataCategory.VESSEL_POSITIONS, GRANT, () -> released(GRANT)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a log sequence starts at 1, was -1");
    }
}
