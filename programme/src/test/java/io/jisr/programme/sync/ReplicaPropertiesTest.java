package io.jisr.programme.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.jisr.programme.Nation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The proof obligations of the merge rule (docs/programme.md): merge is commutative, associative and
 * idempotent, and nodes that apply the same edits in any order, split and exchanged in any way, agree. The
 * edit universe is deliberately small (two owners, four fields, few stamps and values) so that the same
 * field is written often, concurrently, refused, and even with equal stamps.
 */
class ReplicaPropertiesTest {
    private static final Nation DZA = Nation.of("DZA");
    private static final Nation FRA = Nation.of("FRA");

    @Provide
    Arbitrary<List<FieldEdit>> edits() {
        Arbitrary<RecordKey> record = Combinators.combine(Arbitraries.of(DZA, FRA), Arbitraries.of("M-1", "M-2"))
                .as((owner, id) -> new RecordKey("meeting", owner, id));
        Arbitrary<FieldKey> field = Combinators.combine(
                        record, Arbitraries.of("title", "place", "side.FRA.attendees", "side.DZA.attendees"))
                .as(FieldKey::new);
        Arbitrary<Hlc> stamp = Combinators.combine(
                        Arbitraries.longs().between(0, 4),
                        Arbitraries.integers().between(0, 2),
                        Arbitraries.of("dz-1", "fr-1", "fr-2"))
                .as(Hlc::new);
        Arbitrary<FieldEdit> edit = Combinators.combine(
                        field, Arbitraries.of("a", "b", "c"), stamp, Arbitraries.of(DZA, FRA))
                .as(FieldEdit::new);
        return edit.list().ofMaxSize(25);
    }

    @Property(tries = 300)
    void merge_isCommutative(@ForAll("edits") List<FieldEdit> a, @ForAll("edits") List<FieldEdit> b) {
        Replica x = Replica.empty().applyAll(a);
        Replica y = Replica.empty().applyAll(b);
        assertThat(x.merge(y)).isEqualTo(y.merge(x));
    }

    @Property(tries = 300)
    void merge_isAssociative(
            @ForAll("edits") List<FieldEdit> a,
            @ForAll("edits") List<FieldEdit> b,
            @ForAll("edits") List<FieldEdit> c) {
        Replica x = Replica.empty().applyAll(a);
        Replica y = Replica.empty().applyAll(b);
        Replica z = Replica.empty().applyAll(c);
        assertThat(x.merge(y).merge(z)).isEqualTo(x.merge(y.merge(z)));
    }

    @Property(tries = 300)
    void merge_isIdempotent(@ForAll("edits") List<FieldEdit> a, @ForAll("edits") List<FieldEdit> b) {
        Replica x = Replica.empty().applyAll(a);
        Replica y = Replica.empty().applyAll(b);
        assertThat(x.merge(x)).isEqualTo(x);
        assertThat(x.merge(y).merge(y)).isEqualTo(x.merge(y));
    }

    @Property(tries = 300)
    void apply_inAnyOrderWithRepeats_reachesTheSameState(@ForAll("edits") List<FieldEdit> edits, @ForAll long seed) {
        List<FieldEdit> shuffled = new ArrayList<>(edits);
        shuffled.addAll(edits.subList(0, edits.size() / 2)); // some edits arrive twice
        Collections.shuffle(shuffled, new Random(seed));
        assertThat(Replica.empty().applyAll(shuffled)).isEqualTo(Replica.empty().applyAll(edits));
    }

    /** Each edit is made on one of two nodes; after they exchange replicas both hold what one node applying all holds. */
    @Property(tries = 300)
    void twoNodes_exchangingReplicas_converge(@ForAll("edits") List<FieldEdit> edits, @ForAll long seed) {
        Random random = new Random(seed);
        Replica north = Replica.empty();
        Replica south = Replica.empty();
        for (FieldEdit edit : edits) {
            if (random.nextBoolean()) {
                north = north.apply(edit).replica();
            } else {
                south = south.apply(edit).replica();
            }
            if (random.nextInt(4) == 0) { // now and then a partial sync one way
                south = south.merge(north);
            }
        }
        Replica northAfter = north.merge(south);
        Replica southAfter = south.merge(north);
        assertThat(northAfter).isEqualTo(southAfter).isEqualTo(Replica.empty().applyAll(edits));
    }

    /** A refused edit changes nothing; an allowed one leaves its field at a value no older than the edit. */
    @Property(tries = 300)
    void apply_refusedChangesNothing_allowedWinsOrLosesToANewer(
            @ForAll("edits") List<FieldEdit> before, @ForAll("edits") List<FieldEdit> more) {
        Replica replica = Replica.empty().applyAll(before);
        for (FieldEdit edit : more) {
            Replica.ApplyOutcome outcome = replica.apply(edit);
            if (edit.editor().equals(edit.field().writer())) {
                assertThat(outcome.refusal()).isEmpty();
                assertThat(outcome.replica().cells().get(edit.field())).isGreaterThanOrEqualTo(edit.stamped());
            } else {
                assertThat(outcome.refusal()).isPresent();
                assertThat(outcome.replica()).isEqualTo(replica);
            }
            replica = outcome.replica();
        }
    }

    @Property(tries = 300)
    void hlc_tickAndObserve_alwaysMoveForward(
            @ForAll("stamps") Hlc local, @ForAll("stamps") Hlc remote, @ForAll("wall") long wall) {
        Hlc ticked = local.tick(wall);
        assertThat(ticked).isGreaterThan(local);
        assertThat(ticked.physicalMillis()).isGreaterThanOrEqualTo(wall);
        Hlc observed = local.observe(remote, wall);
        assertThat(observed.nodeId()).isEqualTo(local.nodeId());
        assertThat(observed.compareTo(local)).isPositive();
        assertThat(new Hlc(observed.physicalMillis(), observed.counter(), "zzzz").compareTo(remote))
                .isPositive();
        assertThat(new Hlc(observed.physicalMillis(), observed.counter(), "0000").compareTo(remote))
                .isPositive();
    }

    @Provide
    Arbitrary<Hlc> stamps() {
        return Combinators.combine(
                        Arbitraries.longs().between(0, 20),
                        Arbitraries.integers().between(0, 5),
                        Arbitraries.of("dz-1", "fr-1"))
                .as(Hlc::new);
    }

    @Provide
    Arbitrary<Long> wall() {
        return Arbitraries.longs().between(0, 25);
    }
}
