package io.jisr.exchange.log;

import static io.jisr.exchange.Fixtures.DZA;
import static io.jisr.exchange.Fixtures.DZA_NODE;
import static io.jisr.exchange.Fixtures.NOON;
import static io.jisr.exchange.Fixtures.USA;
import static io.jisr.exchange.Fixtures.USA_PARTNER;
import static org.assertj.core.api.Assertions.assertThat;

import io.jisr.exchange.Fixtures;
import io.jisr.exchange.GeoPoint;
import io.jisr.exchange.Partner;
import io.jisr.exchange.agreement.ZoneLookup;
import io.jisr.exchange.policy.Policy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The apply rule under a hostile network: batches pulled from any cursor, with any size, delivered
 * in any order, any number of times, with the receiver's store failing now and then; after catching
 * up, the receiver holds every released record exactly once, in log order, with its content.
 */
class LogApplyPropertiesTest {
    private static final Partner DZA_SELF = new Partner(DZA, DZA_NODE);

    /** One delivery: a pull from {@code from} of at most {@code max}, and whether the store fails then. */
    record Delivery(int from, int max, boolean storeFails) {}

    @Property(tries = 500)
    void apply_anyRedeliveryAndReordering_appliesEachRecordExactlyOnceInOrder(
            @ForAll @IntRange(min = 0, max = 60) int released,
            @ForAll("deliveries") List<Delivery> deliveries,
            @ForAll long shuffleSeed,
            @ForAll Set<@IntRange(min = 1, max = 60) Integer> withdrawnAnnex) {
        InMemoryOutboundLog log = logOf(released, withdrawnAnnex);
        var outbox = new PartnerOutbox(DZA_SELF, log);
        Policy policy = Policy.of(DZA, List.of(Fixtures.inForce()), ZoneLookup.none());
        var batches = new ArrayList<Batch>();
        for (Delivery d : deliveries) {
            int from = released == 0 ? 0 : d.from() % (released + 1);
            var served = (PartnerOutbox.Served.Sent) outbox.serve(Cursor.at(from), d.max(), policy, NOON);
            batches.add(served.batch());
        }
        var inOrder = new ArrayList<>(batches);
        java.util.Collections.shuffle(batches, new Random(shuffleSeed));
        batches.addAll(inOrder.subList(0, inOrder.size() / 2)); // and some again

        var store = new CountingSink();
        var inbox = new PartnerInbox(USA, DZA_SELF, Cursor.START);
        for (int i = 0; i < batches.size(); i++) {
            store.failNext = deliveries.get(i % deliveries.size()).storeFails();
            Cursor before = inbox.cursor();
            try {
                inbox.apply(batches.get(i), store);
            } catch (IllegalStateException storeDown) {
                assertThat(inbox.cursor())
                        .as("the cursor moves only after apply")
                        .isEqualTo(before);
            }
            assertThat(inbox.cursor()).isEqualTo(store.savedCursor);
        }
        // catch up the way the puller does: from the cursor, until the log's head
        store.failNext = false;
        while (inbox.cursor().compareTo(log.head()) < 0) {
            var served = (PartnerOutbox.Served.Sent) outbox.serve(inbox.cursor(), 7, policy, NOON);
            assertThat(inbox.apply(served.batch(), store)).isInstanceOf(ApplyOutcome.Applied.class);
        }

        assertThat(store.applied)
                .extracting(r -> r.identity().sequence())
                .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, released)
                        .filter(seq -> !withdrawnAnnex.contains((int) seq))
                        .boxed()
                        .toList());
        for (RecordSink.Received r : store.applied) {
            LogEntry sent = log.read(Cursor.at(r.identity().sequence() - 1), 1).getFirst();
            assertThat(r.record()).isEqualTo(sent.record().receivedFrom(DZA_SELF));
            assertThat(r.identity().sendingNode()).isEqualTo(DZA_NODE);
        }
        assertThat(inbox.cursor()).isEqualTo(log.head());
    }

    @Provide
    Arbitrary<List<Delivery>> deliveries() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 100),
                        Arbitraries.integers().between(1, 20),
                        Arbitraries.integers().between(0, 4).map(n -> n == 0))
                .as(Delivery::new)
                .list()
                .ofMinSize(1)
                .ofMaxSize(30);
    }

    /**
     * A log of {@code n} positions released to the United States, those at the sequences in {@code
     * withdrawn} under an annex the agreement no longer has.
     */
    static InMemoryOutboundLog logOf(int n, Set<Integer> withdrawn) {
        var log = new InMemoryOutboundLog(USA_PARTNER);
        Policy policy = Policy.of(DZA, List.of(Fixtures.inForce()), ZoneLookup.none());
        for (int i = 0; i < n; i++) {
            var record = Fixtures.position(
                    GeoPoint.of(36.5 + i * 0.001, 3.25),
                    NOON.minus(Duration.ofHours(1)).plusSeconds(i),
                    Fixtures.cargoShip(Fixtures.FRA));
            var decision = policy.decide(record, USA_PARTNER, NOON);
            switch (decision) {
                case io.jisr.exchange.policy.Decision.Release r ->
                    log.append(withdrawn.contains(i + 1) ? gone(r.record()) : r.record());
                case io.jisr.exchange.policy.Decision.ReleaseDegraded d ->
                    log.append(withdrawn.contains(i + 1) ? gone(d.record()) : d.record());
                case io.jisr.exchange.policy.Decision.Withhold w -> throw new AssertionError(w.toString());
            }
        }
        return log;
    }

    private static io.jisr.exchange.record.ShareableRecord gone(io.jisr.exchange.record.ShareableRecord released) {
        var terms = released.handling().orElseThrow();
        return released.releasedUnder(new io.jisr.exchange.record.HandlingTerms(
                terms.marking(),
                terms.retention(),
                terms.onwardReleaseTo(),
                new io.jisr.exchange.record.ReleaseGrant(terms.grant().agreement(), 1, "A9")));
    }

    /** A store that applies atomically, or fails before writing anything when told to. */
    static final class CountingSink implements RecordSink {
        final List<Received> applied = new ArrayList<>();
        Cursor savedCursor = Cursor.START;
        boolean failNext;

        @Override
        public void apply(List<Received> records, Cursor newCursor) {
            if (failNext) {
                failNext = false;
                throw new IllegalStateException("store down");
            }
            for (Received r : records) {
                assertThat(applied)
                        .as("%s applied twice", r.identity())
                        .noneMatch(a -> a.identity().equals(r.identity()));
            }
            applied.addAll(records);
            savedCursor = newCursor;
        }
    }
}
