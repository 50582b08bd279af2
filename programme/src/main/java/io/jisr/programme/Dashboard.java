package io.jisr.programme;

import io.jisr.programme.acquisition.AcquisitionCase;
import io.jisr.programme.acquisition.Milestone;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The programme officer's dashboard on one day: instruments in force and those expiring or due for a renewal
 * decision, the next meetings, overdue actions per owner, and acquisition milestones late or coming.
 *
 * @param day the day it is computed for
 * @param horizonDays how far ahead "expiring", "next" and "coming" look
 * @param inForce instruments in force on the day, by title
 * @param expiring instruments in force whose end falls within the horizon, soonest first
 * @param denunciationDue tacitly renewing instruments whose last day to denounce falls within the horizon
 * @param nextMeetings meetings starting on or after the day and within the horizon, soonest first
 * @param overdue overdue action items per assignee, in name order
 * @param lateMilestones milestones not reached after their planned day
 * @param comingMilestones milestones planned within the horizon
 */
public record Dashboard(
        LocalDate day,
        int horizonDays,
        List<Instrument> inForce,
        List<Instrument> expiring,
        List<Instrument> denunciationDue,
        List<Meeting> nextMeetings,
        Map<String, List<ActionItem>> overdue,
        List<CaseMilestone> lateMilestones,
        List<CaseMilestone> comingMilestones) {

    /** Copies the collections. */
    public Dashboard {
        inForce = List.copyOf(inForce);
        expiring = List.copyOf(expiring);
        denunciationDue = List.copyOf(denunciationDue);
        nextMeetings = List.copyOf(nextMeetings);
        overdue = Collections.unmodifiableSortedMap(new TreeMap<>(overdue));
        lateMilestones = List.copyOf(lateMilestones);
        comingMilestones = List.copyOf(comingMilestones);
    }

    /**
     * A milestone with the case it belongs to.
     *
     * @param caseId the acquisition case
     * @param caseTitle its title
     * @param milestone the milestone
     */
    public record CaseMilestone(String caseId, String caseTitle, Milestone milestone) {}

    /**
     * Computes the dashboard from the register alone. Meetings count as "next" by their local date in their
     * own zone, so a meeting at 00:30 in Algiers on the day is next even though it is the day before in UTC.
     */
    public static Dashboard of(ProgrammeRegister register, LocalDate day, int horizonDays) {
        if (horizonDays < 0) {
            throw new IllegalArgumentException("dashboard horizon must not be negative, was " + horizonDays);
        }
        LocalDate horizon = day.plusDays(horizonDays);
        List<Instrument> inForce = register.instruments().stream()
                .filter(i -> i.isInForce(day))
                .sorted(Comparator.comparing(Instrument::title).thenComparing(Instrument::id))
                .toList();
        List<Instrument> expiring = inForce.stream()
                .filter(i -> i.isExpiringWithin(day, horizonDays))
                .sorted(Comparator.comparing((Instrument i) -> i.daysLeft(day).orElseThrow())
                        .thenComparing(Instrument::id))
                .toList();
        List<Instrument> denunciationDue = inForce.stream()
                .filter(i -> i.denunciationDeadline(day)
                        .map(d -> !d.isBefore(day) && !d.isAfter(horizon))
                        .orElse(false))
                .sorted(Comparator.comparing(
                                (Instrument i) -> i.denunciationDeadline(day).orElseThrow())
                        .thenComparing(Instrument::id))
                .toList();
        List<Meeting> next = register.meetings().stream()
                .filter(m -> {
                    LocalDate local = m.start().toLocalDate();
                    return !local.isBefore(day) && !local.isAfter(horizon);
                })
                .sorted(Comparator.comparing((Meeting m) -> m.start().toInstant())
                        .thenComparing(Meeting::id))
                .toList();
        List<CaseMilestone> late = new ArrayList<>();
        List<CaseMilestone> coming = new ArrayList<>();
        for (AcquisitionCase c : register.cases()) {
            c.lateMilestones(day).forEach(m -> late.add(new CaseMilestone(c.id(), c.title(), m)));
            c.comingMilestones(day, horizonDays).forEach(m -> coming.add(new CaseMilestone(c.id(), c.title(), m)));
        }
        Comparator<CaseMilestone> byPlanned = Comparator.comparing(
                        (CaseMilestone cm) -> cm.milestone().planned())
                .thenComparing(CaseMilestone::caseId)
                .thenComparing(cm -> cm.milestone().name());
        late.sort(byPlanned);
        coming.sort(byPlanned);
        return new Dashboard(
                day,
                horizonDays,
                inForce,
                expiring,
                denunciationDue,
                next,
                Overdue.byAssignee(register.actions(), day),
                late,
                coming);
    }
}
