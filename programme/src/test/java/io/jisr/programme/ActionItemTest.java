package io.jisr.programme;

import static io.jisr.programme.Fixtures.AT;
import static io.jisr.programme.Fixtures.DZA;
import static io.jisr.programme.Fixtures.FRA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ActionItemTest {
    private static final LocalDate DUE = LocalDate.of(2026, 12, 15);

    @Test
    void withStatus_recordsWhoAndWhen() {
        ActionItem item = Fixtures.action("A1", DZA, "Cdt S. Haddad", DUE)
                .withStatus(ActionStatus.IN_PROGRESS, "haddad", AT.plusSeconds(60))
                .withStatus(ActionStatus.DONE, "haddad", AT.plusSeconds(120));
        assertThat(item.status()).isEqualTo(ActionStatus.DONE);
        assertThat(item.history())
                .extracting(ActionChange::what)
                .containsExactly(
                        "created, due 2026-12-15, assigned to Cdt S. Haddad",
                        "status OPEN -> IN_PROGRESS",
                        "status IN_PROGRESS -> DONE");
        assertThat(item.history().get(2).by()).isEqualTo("haddad");
        assertThat(item.history().get(2).at()).isEqualTo(AT.plusSeconds(120));
    }

    @Test
    void withStatus_sameStatus_isRefused() {
        ActionItem item = Fixtures.action("A1", DZA, "x", DUE);
        assertThatThrownBy(() -> item.withStatus(ActionStatus.OPEN, "x", AT))
                .hasMessage("action item A1 is already OPEN");
    }

    @Test
    void rescheduled_keepsTheReason_andHandingOver_cancelsOneAndOpensTheOther() {
        ActionItem item = Fixtures.action("A1", DZA, "Cdt S. Haddad", DUE)
                .rescheduled(DUE.plusDays(30), "the exercise area is closed in December", "haddad", AT);
        assertThat(item.due()).isEqualTo(DUE.plusDays(30));
        assertThat(item.history().getLast().what())
                .isEqualTo("due 2026-12-15 -> 2027-01-14: the exercise area is closed in December");
        assertThatThrownBy(() -> item.rescheduled(DUE, " ", "haddad", AT)).hasMessageContaining("reason");

        ActionItem ended = item.handedOver("FRA-A-1", FRA, "Cdt P. Martin", "po", AT.plusSeconds(5));
        ActionItem theirs = item.takenOverAs("FRA-A-1", FRA, "Cdt P. Martin", "po", AT.plusSeconds(5));
        assertThat(ended.status()).isEqualTo(ActionStatus.CANCELLED);
        assertThat(ended.history().getLast().what()).isEqualTo("handed to FRA as FRA-A-1, assigned to Cdt P. Martin");
        assertThat(theirs.side()).isEqualTo(FRA);
        assertThat(theirs.status()).isEqualTo(ActionStatus.OPEN);
        assertThat(theirs.due()).isEqualTo(item.due());
        assertThat(theirs.history()).hasSize(3);
        assertThat(theirs.history().getLast().what()).isEqualTo("taken over from A1 of DZA, assigned to Cdt P. Martin");
        assertThatThrownBy(() -> item.handedOver("DZA-A-2", DZA, "x", "po", AT)).hasMessageContaining("already DZA's");
    }

    @Test
    void fromDecision_ofAnotherMeeting_isRefused() {
        Meeting m = Fixtures.meeting();
        assertThatThrownBy(() ->
                        ActionItem.fromDecision("A9", DZA, m, new Decision("D7", "other"), "t", "a", DUE, "x", AT))
                .hasMessage("action item A9: decision D7 is not in meeting M-3");
    }

    @Test
    void isOverdue_fromTheDayAfterDue_whilePending() {
        ActionItem item = Fixtures.action("A1", DZA, "x", DUE);
        assertThat(item.isOverdue(DUE)).isFalse();
        assertThat(item.isOverdue(DUE.plusDays(1))).isTrue();
        assertThat(item.withStatus(ActionStatus.IN_PROGRESS, "x", AT).isOverdue(DUE.plusDays(1)))
                .isTrue();
        assertThat(item.withStatus(ActionStatus.DONE, "x", AT).isOverdue(DUE.plusDays(1)))
                .isFalse();
        assertThat(item.withStatus(ActionStatus.CANCELLED, "x", AT).isOverdue(DUE.plusDays(1)))
                .isFalse();
    }

    @Test
    void byAssignee_groupsOverdueItemsInNameOrder_longestOverdueFirst() {
        List<ActionItem> items = List.of(
                Fixtures.action("A1", DZA, "Haddad", DUE),
                Fixtures.action("A2", FRA, "Martin", DUE.minusDays(10)),
                Fixtures.action("A3", DZA, "Haddad", DUE.minusDays(5)),
                Fixtures.action("A4", DZA, "Haddad", DUE.plusDays(30)),
                Fixtures.action("A5", FRA, "Martin", DUE.minusDays(20)).withStatus(ActionStatus.DONE, "m", AT));
        Map<String, List<ActionItem>> overdue = Overdue.byAssignee(items, DUE.plusDays(1));
        assertThat(overdue.keySet()).containsExactly("Haddad", "Martin");
        assertThat(overdue.get("Haddad")).extracting(ActionItem::id).containsExactly("A3", "A1");
        assertThat(overdue.get("Martin")).extracting(ActionItem::id).containsExactly("A2");
    }

    @Test
    void workingGroup_needsOneCoChairPerSide() {
        assertThatThrownBy(() ->
                        new WorkingGroup("WG-1", DZA, "G", List.of(Fixtures.BENALI, Fixtures.HADDAD), List.of(), ""))
                .hasMessageStartingWith("working group WG-1 needs two co-chairs, one from each side");
    }
}
