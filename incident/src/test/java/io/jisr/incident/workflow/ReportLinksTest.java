package io.jisr.incident.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportLinksTest {

    private static ReportLinks added(ReportLinks.Change change) {
        assertThat(change).isInstanceOf(ReportLinks.Change.Added.class);
        return ((ReportLinks.Change.Added) change).links();
    }

    @Test
    void add_selfLink_isRefused() {
        assertThat(ReportLinks.NONE.add(new ReportLink("A", LinkKind.SAME_EVENT, "A")))
                .isEqualTo(new ReportLinks.Change.Refused("report A cannot be linked to itself"));
    }

    @Test
    void add_secondLinkBetweenTheSameReports_isRefusedInEitherDirection() {
        ReportLinks links = added(ReportLinks.NONE.add(new ReportLink("A", LinkKind.SAME_EVENT, "B")));

        assertThat(links.add(new ReportLink("B", LinkKind.SAME_EVENT, "A")))
                .isEqualTo(new ReportLinks.Change.Refused("reports B and A are already linked (A SAME_EVENT B)"));
        assertThat(links.add(new ReportLink("A", LinkKind.FOLLOW_UP, "B")))
                .isEqualTo(new ReportLinks.Change.Refused("reports A and B are already linked (A SAME_EVENT B)"));
    }

    @Test
    void add_followUpCircle_isRefused() {
        ReportLinks links = added(ReportLinks.NONE.add(new ReportLink("B", LinkKind.FOLLOW_UP, "A")));
        links = added(links.add(new ReportLink("C", LinkKind.FOLLOW_UP, "B")));

        assertThat(links.followsUp("C", "A")).isTrue();
        assertThat(links.add(new ReportLink("A", LinkKind.FOLLOW_UP, "C")))
                .isEqualTo(
                        new ReportLinks.Change.Refused(
                                "report C already follows up A through other reports; a follow-up cannot go round in a circle"));
        assertThat(links.of("B")).hasSize(2);
        assertThat(links.remove("C", "B").of("B")).hasSize(1);
    }
}
