package io.jisr.app.http;

import io.jisr.programme.ActionChange;
import io.jisr.programme.ActionItem;
import io.jisr.programme.Dashboard;
import io.jisr.programme.Instrument;
import io.jisr.programme.Meeting;
import io.jisr.programme.Participant;
import io.jisr.programme.WorkingGroup;
import io.jisr.programme.acquisition.AcquisitionCase;
import io.jisr.programme.acquisition.Asset;
import io.jisr.programme.acquisition.EquipmentLine;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Programme records as the API answers them: every field of the record, and what follows from the day the
 * answer is for (an instrument's status and end, whether an action is overdue), so the web UI computes
 * nothing.
 */
final class ProgrammeJson {
    private ProgrammeJson() {}

    static Map<String, Object> instrument(Instrument i, LocalDate day) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", i.id());
        m.put("owningSide", i.owningSide().alpha3());
        m.put("kind", i.kind().name());
        m.put("title", i.title());
        m.put("parties", i.parties().stream().map(n -> n.alpha3()).toList());
        i.parentId().ifPresent(p -> m.put("parentId", p));
        i.signed().ifPresent(d -> m.put("signed", d.toString()));
        i.entryIntoForce().ifPresent(d -> m.put("entryIntoForce", d.toString()));
        Map<String, Object> term = new LinkedHashMap<>();
        term.put("initial", i.term().initial().toString());
        i.term().renewal().ifPresent(r -> term.put("renewal", r.toString()));
        term.put("notice", i.term().notice().toString());
        m.put("term", term);
        i.denounced().ifPresent(d -> m.put("denounced", d.toString()));
        i.terminated().ifPresent(d -> m.put("terminated", d.toString()));
        i.text()
                .ifPresent(t -> m.put(
                        "text", Map.of("fileName", t.fileName(), "sha256", t.sha256(), "mediaType", t.mediaType())));
        m.put("sharingAgreementIds", i.sharingAgreementIds());
        m.put("status", i.status(day).name());
        i.currentTermEnd(day).ifPresent(d -> m.put("currentTermEnd", d.toString()));
        i.daysLeft(day).ifPresent(d -> m.put("daysLeft", d));
        i.denunciationDeadline(day).ifPresent(d -> m.put("denunciationDeadline", d.toString()));
        return m;
    }

    static Map<String, Object> group(WorkingGroup g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", g.id());
        m.put("owningSide", g.owningSide().alpha3());
        m.put("name", g.name());
        m.put("coChairs", participants(g.coChairs()));
        m.put("members", participants(g.members()));
        m.put("termsOfReference", g.termsOfReference());
        return m;
    }

    static Map<String, Object> meeting(Meeting meeting) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", meeting.id());
        m.put("owningSide", meeting.owningSide().alpha3());
        m.put("workingGroupId", meeting.workingGroupId());
        m.put("title", meeting.title());
        m.put("start", meeting.start().toLocalDateTime().toString());
        m.put("zone", meeting.start().getZone().getId());
        m.put("startUtc", meeting.start().toInstant().toString());
        m.put("durationMinutes", meeting.duration().toMinutes());
        m.put("place", meeting.place());
        m.put("agenda", meeting.agenda());
        m.put("attendees", participants(meeting.attendees()));
        m.put("minutes", meeting.minutes());
        m.put(
                "decisions",
                meeting.decisions().stream()
                        .map(d -> Map.of("id", d.id(), "text", d.text()))
                        .toList());
        return m;
    }

    static Map<String, Object> action(ActionItem a, LocalDate day) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("side", a.side().alpha3());
        m.put("meetingId", a.meetingId());
        m.put("decisionId", a.decisionId());
        m.put("title", a.title());
        m.put("assignee", a.assignee());
        m.put("due", a.due().toString());
        m.put("status", a.status().name());
        m.put("overdue", a.isOverdue(day));
        m.put("history", a.history().stream().map(ProgrammeJson::change).toList());
        return m;
    }

    static Map<String, Object> acquisitionCase(AcquisitionCase c, LocalDate day) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("owningSide", c.owningSide().alpha3());
        m.put("requestingSide", c.requestingSide().alpha3());
        m.put("providingSide", c.providingSide().alpha3());
        m.put("title", c.title());
        m.put(
                "steps",
                c.steps().stream()
                        .map(s -> Map.of(
                                "kind", s.kind().name(), "date", s.date().toString(), "reference", s.reference()))
                        .toList());
        m.put("lines", c.lines().stream().map(l -> line(c, l)).toList());
        Map<String, String> totals = new LinkedHashMap<>();
        c.totals().forEach((currency, amount) -> totals.put(currency.getCurrencyCode(), amount.toPlainString()));
        m.put("totals", totals);
        m.put(
                "milestones",
                c.milestones().stream()
                        .map(ms -> {
                            Map<String, Object> n = new LinkedHashMap<>();
                            n.put("name", ms.name());
                            n.put("planned", ms.planned().toString());
                            ms.actual().ifPresent(a -> n.put("actual", a.toString()));
                            n.put("late", ms.isLate(day));
                            return n;
                        })
                        .toList());
        m.put(
                "deliveries",
                c.deliveries().stream()
                        .map(d -> Map.of(
                                "lineId", d.lineId(),
                                "date", d.date().toString(),
                                "quantity", d.quantity(),
                                "assetIds", d.assetIds()))
                        .toList());
        return m;
    }

    private static Map<String, Object> line(AcquisitionCase c, EquipmentLine l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", l.id());
        m.put("category", l.category().name());
        m.put("description", l.description());
        m.put("quantity", l.quantity());
        m.put("delivered", c.deliveredQuantity(l.id()));
        m.put("unitValue", l.unitValue().amount().toPlainString());
        m.put("currency", l.unitValue().currency().getCurrencyCode());
        l.trackable().ifPresent(k -> m.put("trackable", k.name()));
        return m;
    }

    static Map<String, Object> asset(Asset a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("owningSide", a.owningSide().alpha3());
        m.put("kind", a.kind().name());
        m.put("name", a.name());
        m.put("registration", a.registration());
        a.search()
                .ifPresent(s -> m.put(
                        "search",
                        Map.of(
                                "searchSpeedKnots", s.searchSpeedKnots(),
                                "enduranceHours", s.enduranceHours(),
                                "searchHeightMetres", s.searchHeightMetres(),
                                "sensors", s.sensors())));
        m.put("caseId", a.caseId());
        m.put("lineId", a.lineId());
        m.put("delivered", a.delivered().toString());
        return m;
    }

    static Map<String, Object> dashboard(Dashboard d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("day", d.day().toString());
        m.put("horizonDays", d.horizonDays());
        m.put("inForce", d.inForce().stream().map(i -> instrument(i, d.day())).toList());
        m.put("expiring", d.expiring().stream().map(i -> instrument(i, d.day())).toList());
        m.put(
                "denunciationDue",
                d.denunciationDue().stream().map(i -> instrument(i, d.day())).toList());
        m.put(
                "nextMeetings",
                d.nextMeetings().stream().map(ProgrammeJson::meeting).toList());
        Map<String, Object> overdue = new LinkedHashMap<>();
        d.overdue()
                .forEach((who, items) -> overdue.put(
                        who, items.stream().map(a -> action(a, d.day())).toList()));
        m.put("overdue", overdue);
        m.put(
                "lateMilestones",
                d.lateMilestones().stream().map(ProgrammeJson::milestone).toList());
        m.put(
                "comingMilestones",
                d.comingMilestones().stream().map(ProgrammeJson::milestone).toList());
        return m;
    }

    private static Map<String, Object> milestone(Dashboard.CaseMilestone cm) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("caseId", cm.caseId());
        m.put("caseTitle", cm.caseTitle());
        m.put("name", cm.milestone().name());
        m.put("planned", cm.milestone().planned().toString());
        return m;
    }

    private static Map<String, Object> change(ActionChange c) {
        return Map.of("at", c.at().toString(), "by", c.by(), "what", c.what());
    }

    private static List<Map<String, Object>> participants(List<Participant> people) {
        return people.stream()
                .map(p -> Map.<String, Object>of(
                        "name", p.name(), "side", p.side().alpha3()))
                .toList();
    }
}
