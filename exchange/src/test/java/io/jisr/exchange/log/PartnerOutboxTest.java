package io.jisr.exchange.log;

import static io.jisr.exchange.Fixtures.DZA;
import static io.jisr.exchange.Fixtures.DZA_NODE;
import static io.jisr.exchange.Fixtures.FRA;
import static io.jisr.exchange.Fixtures.NOON;
import static io.jisr.exchange.Fixtures.USA;
import static io.jisr.exchange.Fixtures.USA_PARTNER;
import static org.assertj.core.api.Assertions.assertThat;

import io.jisr.exchange.Fixtures;
import io.jisr.exchange.GeoPoint;
import io.jisr.exchange.NodeId;
import io.jisr.exchange.Partner;
import io.jisr.exchange.ReleasabilityMarking;
import io.jisr.exchange.agreement.AgreementStatus;
import io.jisr.exchange.agreement.ZoneLookup;
import io.jisr.exchange.policy.Decision;
import io.jisr.exchange.policy.Policy;
import io.jisr.exchange.policy.WithholdReason;
import io.jisr.exchange.record.HandlingTerms;
import io.jisr.exchange.record.ReleaseGrant;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PartnerOutboxTest {
    private static final Partner DZA_SELF = new Partner(DZA, DZA_NODE);
    private final Policy policy = Policy.of(DZA, List.of(Fixtures.inForce()), ZoneLookup.none());
    private final Policy suspended =
            Policy.of(DZA, List.of(Fixtures.inForce().withStatus(AgreementStatus.SUSPENDED)), ZoneLookup.none());
    private final InMemoryOutboundLog log = new InMemoryOutboundLog(USA_PARTNER);
    private final PartnerOutbox outbox = new PartnerOutbox(DZA_SELF, log);

    private static io.jisr.exchange.record.ShareableRecord observedAt(Instant time) {
        return Fixtures.position(GeoPoint.of(36.8, 3.1), time, Fixtures.cargoShip(FRA));
    }

    @Test
    void offer_delayedRecord_waitsAndIsLoggedWhenDue() {
        Instant observed = NOON;
        Decision first = outbox.offer(observedAt(observed), policy, NOON.plusSeconds(60));

        assertThat(first).isInstanceOf(Decision.Withhold.class);
        assertThat(log.head()).isEqualTo(Cursor.START);
        assertThat(outbox.nextDue()).contains(observed.plus(Duration.ofMinutes(30)));
        assertThat(outbox.releaseDue(policy, observed.plus(Duration.ofMinutes(29))))
                .isEmpty();

        List<LogEntry> due = outbox.releaseDue(policy, observed.plus(Duration.ofMinutes(30)));

        assertThat(due).extracting(LogEntry::sequence).containsExactly(1L);
        assertThat(outbox.delayedCount()).isZero();
    }

    @Test
    void heldChanges_reportWhatIsHeldAndWhatIsLetGo_andRestoreGivesItBack() {
        outbox.offer(observedAt(NOON), policy, NOON);
        outbox.offer(observedAt(NOON.plusSeconds(10)), policy, NOON.plusSeconds(10));

        PartnerOutbox.HeldChanges held = outbox.takeHeldChanges();
        assertThat(held.held()).extracting(PartnerOutbox.Held::order).containsExactly(0L, 1L);
        assertThat(held.gone()).isEmpty();
        assertThat(outbox.takeHeldChanges().isEmpty()).isTrue();

        // A node restarted before the delay ends gets the held records back; new offers come after them.
        PartnerOutbox restarted = new PartnerOutbox(DZA_SELF, log);
        restarted.restore(held.held());
        restarted.offer(observedAt(NOON.plusSeconds(20)), policy, NOON.plusSeconds(20));
        assertThat(restarted.takeHeldChanges().held())
                .extracting(PartnerOutbox.Held::order)
                .containsExactly(2L);

        List<LogEntry> due =
                restarted.releaseDue(policy, NOON.plus(Duration.ofMinutes(30)).plusSeconds(10));
        assertThat(due).extracting(e -> e.record().observedAt()).containsExactly(NOON, NOON.plusSeconds(10));
        assertThat(restarted.takeHeldChanges().gone()).containsExactly(0L, 1L);
        assertThat(restarted.delayedCount()).isEqualTo(1);
    }

    @Test
    void heldChanges_heldThenLetGoBeforeTheTake_isReportedGoneOnly() {
        outbox.offer(observedAt(NOON), policy, NOON);
        outbox.releaseDue(policy, NOON.plus(Duration.ofMinutes(30)));

        PartnerOutbox.HeldChanges changes = outbox.takeHeldChanges();
        assertThat(changes.held()).isEmpty();
        assertThat(changes.gone()).containsExactly(0L);
    }

    @Test
    void releaseDue_suspendedMeanwhile_dropsTheRecord() {
        outbox.offer(observedAt(NOON), policy, NOON);

        assertThat(outbox.releaseDue(suspended, NOON.plus(Duration.ofHours(1)))).isEmpty();
        assertThat(outbox.delayedCount()).isZero();
        assertThat(log.head()).isEqualTo(Cursor.START);
    }

    @Test
    void serve_afterSuspension_refusesWhatWasLoggedBefore() {
        outbox.offer(observedAt(NOON.minus(Duration.ofHours(1))), policy, NOON);
        assertThat(log.head()).isEqualTo(Cursor.at(1));

        PartnerOutbox.Served served = outbox.serve(Cursor.START, 100, suspended, NOON);

        assertThat(served)
                .isEqualTo(new PartnerOutbox.Served.Refused(Decision.Withhold.because(
                        WithholdReason.AGREEMENT_SUSPENDED, "agreement dza-usa-maritime v2 is suspended")));
    }

    @Test
    void serve_entryWhoseAnnexIsGone_neverLeavesAndIsNamed() {
        for (int i = 0; i < 3; i++) {
            outbox.offer(observedAt(NOON.minus(Duration.ofHours(1)).plusSeconds(i)), policy, NOON);
        }
        // an entry released by annex A2, which the agreement in force does not have (any more)
        var other = new HandlingTerms(
                ReleasabilityMarking.of(DZA, USA),
                Duration.ofDays(1),
                Set.of(),
                new ReleaseGrant(Fixtures.inForce().id(), 1, "A2"));
        log.append(observedAt(NOON.minus(Duration.ofHours(2))).releasedUnder(other));
        log.append(log.read(Cursor.START, 1).getFirst().record());

        var sent = (PartnerOutbox.Served.Sent) outbox.serve(Cursor.START, 100, policy, NOON);

        assertThat(sent.batch().entries()).extracting(LogEntry::sequence).containsExactly(1L, 2L, 3L, 5L);
        assertThat(sent.batch().upTo()).isEqualTo(Cursor.at(5));
        assertThat(sent.withdrawn()).containsExactly(4L);
    }

    @Test
    void serve_entryUnderASuspendedSecondAgreement_waitsInTheLog() {
        outbox.offer(observedAt(NOON.minus(Duration.ofHours(1))), policy, NOON);
        var otherTerms = new HandlingTerms(
                ReleasabilityMarking.of(DZA, USA),
                Duration.ofDays(1),
                Set.of(),
                new ReleaseGrant(io.jisr.exchange.agreement.AgreementId.of("dza-usa-2"), 1, "S1"));
        log.append(observedAt(NOON.minus(Duration.ofHours(2))).releasedUnder(otherTerms));
        var second = new io.jisr.exchange.agreement.Agreement(
                io.jisr.exchange.agreement.AgreementId.of("dza-usa-2"),
                1,
                "Second",
                Fixtures.inForce().reference(),
                Fixtures.inForce().parties(),
                Fixtures.inForce().validity(),
                AgreementStatus.SUSPENDED,
                List.of());
        Policy both = Policy.of(DZA, List.of(Fixtures.inForce(), second), ZoneLookup.none());

        var sent = (PartnerOutbox.Served.Sent) outbox.serve(Cursor.START, 100, both, NOON);

        assertThat(sent.batch().entries()).extracting(LogEntry::sequence).containsExactly(1L);
        assertThat(sent.withdrawn()).isEmpty();
        assertThat(outbox.serve(Cursor.at(1), 100, both, NOON))
                .isEqualTo(new PartnerOutbox.Served.Refused(Decision.Withhold.because(
                        WithholdReason.AGREEMENT_SUSPENDED, "agreement dza-usa-2 v1 is suspended")));
    }

    @Test
    void serve_cursorBeyondTheLog_isReported() {
        assertThat(outbox.serve(Cursor.at(5), 10, policy, NOON))
                .isEqualTo(new PartnerOutbox.Served.BadCursor(
                        "partner USA/usa-1 asked from cursor 5 but the log ends at 0"));
    }

    @Test
    void serve_upToDate_sendsAnEmptyBatchAtTheCursor() {
        var sent = (PartnerOutbox.Served.Sent) outbox.serve(Cursor.START, 10, policy, NOON);

        assertThat(sent.batch())
                .isEqualTo(new Batch(BatchFormat.VERSION, DZA_SELF, Cursor.START, Cursor.START, List.of()));
        assertThat(sent.withdrawn()).isEmpty();
    }

    @Test
    void apply_gapAndWrongSenderAndForeignMarking_areNotApplied() {
        for (int i = 0; i < 4; i++) {
            outbox.offer(observedAt(NOON.minus(Duration.ofHours(1)).plusSeconds(i)), policy, NOON);
        }
        var inbox = new PartnerInbox(USA, DZA_SELF, Cursor.START);
        var applied = new ArrayList<RecordSink.Received>();
        RecordSink sink = (records, cursor) -> applied.addAll(records);
        Batch later = ((PartnerOutbox.Served.Sent) outbox.serve(Cursor.at(2), 10, policy, NOON)).batch();

        assertThat(inbox.apply(later, sink)).isEqualTo(new ApplyOutcome.Gap(Cursor.START, Cursor.at(2)));

        var impostor = new Partner(DZA, NodeId.of("dza-2"));
        Batch fromImpostor = new Batch(1, impostor, Cursor.START, later.upTo(), later.entries());
        assertThat(inbox.apply(fromImpostor, sink))
                .isEqualTo(new ApplyOutcome.Refused("batch says it is from DZA/dza-2 but this link is with DZA/dza-1"));

        var frenchInbox = new PartnerInbox(FRA, DZA_SELF, Cursor.START);
        Batch all = ((PartnerOutbox.Served.Sent) outbox.serve(Cursor.START, 10, policy, NOON)).batch();
        assertThat(frenchInbox.apply(all, sink))
                .isEqualTo(new ApplyOutcome.Refused("entries[0] (sequence 1) is marked \"REL TO DZA, USA\", which"
                        + " does not name FRA; the batch is refused"));
        assertThat(applied).isEmpty();

        assertThat(inbox.apply(all, sink)).isEqualTo(new ApplyOutcome.Applied(4, 0, Cursor.at(4)));
        assertThat(inbox.apply(all, sink)).isEqualTo(new ApplyOutcome.AlreadyApplied(Cursor.at(4)));
        assertThat(applied).hasSize(4);
        assertThat(applied.getFirst().record().receivedFrom()).contains(DZA_SELF);
        assertThat(USA).isEqualTo(USA_PARTNER.nation());
    }
}
