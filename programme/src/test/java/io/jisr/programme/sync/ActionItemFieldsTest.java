package io.jisr.programme.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.jisr.programme.ActionItem;
import io.jisr.programme.ActionStatus;
import io.jisr.programme.Nation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ActionItemFieldsTest {
    private static final Nation DZA = Nation.of("DZA");
    private static final Nation FRA = Nation.of("FRA");
    private static final Instant AT = Instant.parse("2026-11-20T10:00:00Z");

    private static ActionItem item() {
        return new ActionItem(
                "A1",
                FRA,
                "M-3",
                "D1",
                "Send the exercise plan",
                "CV C. Martin",
                LocalDate.of(2026, 12, 15),
                ActionStatus.OPEN,
                List.of());
    }

    @Test
    void statusChangeByTheOwner_reachesTheOtherNode_andTheOtherSideCannotMakeIt() {
        ActionItem created = item();
        Replica fr = Replica.empty()
                .applyAll(ActionItemFields.edits(
                        Optional.empty(), created, Hlc.zero("fr").tick(1)));
        Replica dz = Replica.empty().merge(fr);

        ActionItem done = created.withStatus(ActionStatus.DONE, "martin", AT);
        List<FieldEdit> edits = ActionItemFields.edits(
                Optional.of(created), done, Hlc.zero("fr").tick(2));
        assertThat(edits).extracting(e -> e.field().field()).containsExactlyInAnyOrder("status", "history");
        fr = fr.applyAll(edits);

        FieldEdit byAlgiers = new FieldEdit(
                new FieldKey(ActionItemFields.key(created), "status"),
                "CANCELLED",
                Hlc.zero("dz").tick(3),
                DZA);
        Replica.ApplyOutcome refused = dz.apply(byAlgiers);
        assertThat(refused.refusal())
                .contains("DZA may not edit status of action/FRA/A1: it belongs to FRA, which owns the record");

        dz = dz.merge(fr);
        assertThat(ActionItemFields.read(dz, ActionItemFields.key(created))).contains(done);
    }

    @Property(tries = 200)
    void fields_roundTripThroughAReplica(@ForAll("changes") List<ActionStatus> changes) {
        ActionItem a = item();
        for (ActionStatus next : changes) {
            if (next != a.status()) {
                a = a.withStatus(next, "user: one", AT);
            }
        }
        Replica replica = Replica.empty().applyAll(ActionItemFields.edits(Optional.empty(), a, Hlc.zero("fr")));
        assertThat(ActionItemFields.read(replica, ActionItemFields.key(a))).contains(a);
    }

    @Provide
    Arbitrary<List<ActionStatus>> changes() {
        return Arbitraries.of(ActionStatus.class).list().ofMaxSize(6);
    }
}
