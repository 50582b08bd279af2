package io.jisr.incident.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.jisr.incident.Casualties;
import io.jisr.incident.Count;
import io.jisr.incident.IncidentReport;
import io.jisr.incident.Reports;
import io.jisr.incident.workflow.HistoryEntry.Action;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any sequence of steps by any analysts keeps the workflow's rules. */
class WorkflowPropertiesTest {
    private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

    record Step(Action action, String by, int killed) {}

    @Property(tries = 500)
    void anySteps_neverConfirmedByTheAuthor_atMostOnePublished_historyComplete(@ForAll("steps") List<Step> steps) {
        IncidentRecord record = IncidentRecord.create("P-1", Reports.ied(), "amina", T0);
        int done = 1;
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            Instant at = T0.plusSeconds(60L * (i + 1));
            Transition t = switch (s.action()) {
                case SUBMITTED -> record.submit(s.by(), at);
                case WITHDRAWN -> record.withdraw(s.by(), at);
                case CONFIRMED -> record.confirm(s.by(), at);
                case REJECTED -> record.reject(s.by(), "not sourced", at);
                case PUBLISHED -> record.publish(s.by(), at);
                case REVISED -> record.revise(changed(s.killed()), s.by(), "toll", at);
                case CREATED, RECEIVED -> new Transition.Refused("not a step");
            };
            if (t instanceof Transition.Done(IncidentRecord next)) {
                record = next;
                done++;
            }
        }

        IncidentRecord last = record;
        assertThat(last.history()).hasSize(done);
        assertThat(last.versions().stream().filter(v -> v.status() == ReportStatus.PUBLISHED))
                .hasSizeLessThanOrEqualTo(1);
        for (HistoryEntry e : last.history()) {
            if (e.action() == Action.CONFIRMED || e.action() == Action.REJECTED) {
                String author = last.version(e.version()).orElseThrow().author();
                assertThat(e.by()).as("reviewer of version %d", e.version()).isNotEqualToIgnoringCase(author);
            }
        }
        for (ReportVersion v : last.versions()) {
            if (v.status() == ReportStatus.PUBLISHED
                    || v.status() == ReportStatus.SUPERSEDED && isPublishedOnce(last, v)) {
                // A version that was published went through a confirmation by someone else first.
                assertThat(last.history()).anyMatch(e -> e.version() == v.number() && e.action() == Action.CONFIRMED);
            }
        }
        last.published()
                .ifPresent(
                        p -> assertThat(last.publishedIncident().orElseThrow().version())
                                .isEqualTo(p.number()));
    }

    private static boolean isPublishedOnce(IncidentRecord record, ReportVersion v) {
        return record.history().stream().anyMatch(e -> e.version() == v.number() && e.action() == Action.PUBLISHED);
    }

    private static IncidentReport changed(int killed) {
        IncidentReport r = Reports.ied();
        return new IncidentReport(
                r.date(),
                r.location(),
                r.subType(),
                r.actors(),
                new Casualties(Count.of(killed), Count.UNKNOWN, Count.UNKNOWN),
                r.narrative(),
                r.sources(),
                r.grading(),
                r.sourceNation(),
                r.releasability(),
                r.handlingNote());
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Action> actions = Arbitraries.of(
                Action.SUBMITTED,
                Action.WITHDRAWN,
                Action.CONFIRMED,
                Action.REJECTED,
                Action.PUBLISHED,
                Action.REVISED);
        return Combinators.combine(
                        actions,
                        Arbitraries.of("amina", "AMINA", "karim", "leila"),
                        Arbitraries.integers().between(0, 5))
                .as(Step::new)
                .list()
                .ofMaxSize(30);
    }
}
