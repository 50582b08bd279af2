package io.jisr.incident.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.jisr.incident.Casualties;
import io.jisr.incident.Count;
import io.jisr.incident.IncidentReport;
import io.jisr.incident.Reports;
import io.jisr.incident.workflow.HistoryEntry.Action;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IncidentRecordTest {
    private static final Instant T0 = Instant.parse("2025-03-14T08:00:00Z");

    private static Instant t(int minutes) {
        return T0.plusSeconds(60L * minutes);
    }

    private static IncidentRecord done(Transition t) {
        assertThat(t).isInstanceOf(Transition.Done.class);
        return ((Transition.Done) t).record();
    }

    private static IncidentRecord published() {
        IncidentRecord r = IncidentRecord.create("JSR-1", Reports.ied(), "amina", T0);
        r = done(r.submit("amina", t(1)));
        r = done(r.confirm("karim", t(2)));
        return done(r.publish("karim", t(3)));
    }

    private static IncidentReport corrected() {
        IncidentReport ied = Reports.ied();
        return new IncidentReport(
                ied.date(),
                ied.location(),
                ied.subType(),
                ied.actors(),
                new Casualties(Count.of(4), Count.of(2), Count.of(0)),
                ied.narrative(),
                ied.sources(),
                ied.grading(),
                ied.sourceNation(),
                ied.releasability(),
                ied.handlingNote());
    }

    @Test
    void create_submit_confirmBySecondAnalyst_publish_isPublished() {
        IncidentRecord r = published();

        assertThat(r.status()).isEqualTo(ReportStatus.PUBLISHED);
        assertThat(r.publishedIncident())
                .hasValueSatisfying(i -> assertThat(i.version()).isEqualTo(1));
        assertThat(r.history())
                .extracting(HistoryEntry::action, HistoryEntry::by)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Action.CREATED, "amina"),
                        org.assertj.core.groups.Tuple.tuple(Action.SUBMITTED, "amina"),
                        org.assertj.core.groups.Tuple.tuple(Action.CONFIRMED, "karim"),
                        org.assertj.core.groups.Tuple.tuple(Action.PUBLISHED, "karim"));
    }

    @Test
    void confirm_byTheAuthor_isRefused_evenInAnotherLetterCase() {
        IncidentRecord r =
                done(IncidentRecord.create("JSR-1", Reports.ied(), "amina", T0).submit("amina", t(1)));

        assertThat(r.confirm("Amina", t(2)))
                .isEqualTo(
                        new Transition.Refused(
                                "version 1 of incident JSR-1 was written by amina, who cannot confirm it: a second analyst must"));
    }

    @Test
    void confirm_aDraft_isRefusedNamingTheState() {
        IncidentRecord r = IncidentRecord.create("JSR-1", Reports.ied(), "amina", T0);

        assertThat(r.confirm("karim", t(1)))
                .isEqualTo(new Transition.Refused(
                        "version 1 of incident JSR-1 is DRAFT and cannot be confirmed (it must be SUBMITTED)"));
        assertThat(r.publish("karim", t(1)))
                .isEqualTo(new Transition.Refused(
                        "version 1 of incident JSR-1 is DRAFT and cannot be published (it must be CONFIRMED)"));
    }

    @Test
    void reject_needsAReasonAndASecondAnalyst_thenARevisionStartsAgain() {
        IncidentRecord r =
                done(IncidentRecord.create("JSR-1", Reports.ied(), "amina", T0).submit("amina", t(1)));

        assertThat(r.reject("karim", " ", t(2)))
                .isEqualTo(new Transition.Refused("rejecting version 1 of incident JSR-1 needs a reason"));
        assertThat(r.reject("amina", "no", t(2)))
                .isEqualTo(
                        new Transition.Refused(
                                "version 1 of incident JSR-1 was written by amina, who cannot review it (withdraw it instead)"));
        IncidentRecord rejected = done(r.reject("karim", "casualty figure unsourced", t(2)));
        assertThat(rejected.status()).isEqualTo(ReportStatus.REJECTED);
        assertThat(rejected.history().getLast().note()).isEqualTo("casualty figure unsourced");

        IncidentRecord revised = done(rejected.revise(corrected(), "amina", "toll from the gendarmerie", t(3)));
        assertThat(revised.versions())
                .extracting(ReportVersion::status)
                .containsExactly(ReportStatus.REJECTED, ReportStatus.DRAFT);
        assertThat(revised.current().reason()).isEqualTo("toll from the gendarmerie");
    }

    @Test
    void revise_published_makesANewVersionReviewedAgain_whileTheOldOneStaysPublished() {
        IncidentRecord r = done(published().revise(corrected(), "karim", "toll corrected to 4 killed", t(10)));

        assertThat(r.status()).isEqualTo(ReportStatus.DRAFT);
        assertThat(r.published()).hasValueSatisfying(v -> assertThat(v.number()).isEqualTo(1));
        assertThat(r.current().author()).isEqualTo("karim");

        r = done(r.submit("karim", t(11)));
        assertThat(r.confirm("karim", t(12))).isInstanceOf(Transition.Refused.class);
        r = done(r.confirm("amina", t(12)));
        r = done(r.publish("amina", t(13)));

        assertThat(r.versions())
                .extracting(ReportVersion::status)
                .containsExactly(ReportStatus.SUPERSEDED, ReportStatus.PUBLISHED);
        assertThat(r.publishedIncident()).hasValueSatisfying(i -> {
            assertThat(i.version()).isEqualTo(2);
            assertThat(i.report().casualties().killed()).isEqualTo(Count.of(4));
        });
        assertThat(r.version(1).orElseThrow().report()).isEqualTo(Reports.ied());
    }

    @Test
    void revise_underReview_orWithoutReason_orUnchanged_isRefused() {
        IncidentRecord draft = IncidentRecord.create("JSR-1", Reports.ied(), "amina", T0);
        IncidentRecord submitted = done(draft.submit("amina", t(1)));

        assertThat(submitted.revise(corrected(), "amina", "fix", t(2)))
                .isEqualTo(new Transition.Refused(
                        "version 1 of incident JSR-1 is SUBMITTED; withdraw it from review before revising it"));
        assertThat(draft.revise(corrected(), "amina", "", t(2)))
                .isEqualTo(new Transition.Refused("a revision of incident JSR-1 needs a reason (what it corrects)"));
        assertThat(draft.revise(Reports.ied(), "amina", "again", t(2)))
                .isEqualTo(new Transition.Refused("the revision of incident JSR-1 changes nothing in version 1"));
    }

    @Test
    void withdraw_onlyByTheAuthor_thenEditable() {
        IncidentRecord submitted =
                done(IncidentRecord.create("JSR-1", Reports.ied(), "amina", T0).submit("amina", t(1)));

        assertThat(submitted.withdraw("karim", t(2)))
                .isEqualTo(new Transition.Refused(
                        "only the author of version 1 of incident JSR-1 (amina) may withdraw it, not karim"));
        IncidentRecord draft = done(submitted.withdraw("amina", t(2)));
        IncidentRecord revised = done(draft.revise(corrected(), "amina", "toll", t(3)));
        assertThat(revised.versions())
                .extracting(ReportVersion::status)
                .containsExactly(ReportStatus.SUPERSEDED, ReportStatus.DRAFT);
    }

    @Test
    void step_backInTime_orByNobody_isRefused() {
        IncidentRecord r = IncidentRecord.create("JSR-1", Reports.ied(), "amina", T0);

        assertThat(r.submit("amina", T0.minusSeconds(1)))
                .isEqualTo(
                        new Transition.Refused(
                                "incident JSR-1 cannot be submitted at 2025-03-14T07:59:59Z, before its last step at 2025-03-14T08:00:00Z"));
        assertThat(r.submit(" ", t(1)))
                .isEqualTo(new Transition.Refused("incident JSR-1 cannot be submitted by nobody: name who does it"));
    }
}
