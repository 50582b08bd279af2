package io.jisr.incident.workflow;

import io.jisr.incident.Incident;
import io.jisr.incident.IncidentReport;
import io.jisr.incident.Text;
import io.jisr.incident.workflow.HistoryEntry.Action;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A security incident report with all its versions and its history, and the review workflow as a pure
 * state machine over them. Every step takes who does it and when, and returns a {@link Transition}: the
 * new record, or a refusal saying why.
 *
 * <pre>
 *   create ─▶ DRAFT ─submit─▶ SUBMITTED ─confirm (not the author)─▶ CONFIRMED ─publish─▶ PUBLISHED
 *               ▲  ◀─withdraw (author)─┘        └─reject (not the author, reason)─▶ REJECTED
 *               └──── revise (reason): a new version, from DRAFT, REJECTED or PUBLISHED ────┘
 * </pre>
 *
 * <p>Only the latest version (the working version) moves. Revising a published report makes a new
 * draft version while the published one stays visible; publishing the new one supersedes it. A version
 * under review cannot be revised: its author withdraws it first, so that a reviewer never confirms a
 * text that changed under them. Who may do what by role (analysts write and review, viewers read) is
 * the app's rule; this class holds the rules that hold whatever the role: the reviewer is not the
 * version's author, a rejection and a revision say why, and time does not run backwards.
 */
public record IncidentRecord(String id, List<ReportVersion> versions, List<HistoryEntry> history) {

    /** Checks the parts: a valid id, versions numbered 1, 2, … and a history. */
    public IncidentRecord {
        Incident.requireValidId(id);
        versions = List.copyOf(versions);
        history = List.copyOf(history);
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("incident " + id + " needs at least one version");
        }
        for (int i = 0; i < versions.size(); i++) {
            if (versions.get(i).number() != i + 1) {
                throw new IllegalArgumentException("incident " + id + " versions must be numbered 1, 2, …; position "
                        + (i + 1) + " holds version " + versions.get(i).number());
            }
        }
    }

    /** Starts a report: version 1, a draft by its author. */
    public static IncidentRecord create(String id, IncidentReport report, String author, Instant at) {
        String who = person(author);
        return new IncidentRecord(
                id,
                List.of(new ReportVersion(1, report, ReportStatus.DRAFT, who, at, "created")),
                List.of(new HistoryEntry(1, Action.CREATED, who, at, "")));
    }

    /**
     * A report received from a partner's node: version 1, published as the partner published it, with the
     * receipt in the history. Such a record is the partner's; the app keeps local analysts from taking steps
     * on it.
     *
     * @param reason why the partner wrote this version ("created", or what a correction corrects)
     */
    public static IncidentRecord received(String id, IncidentReport report, PartnerSource source, String reason) {
        Instant at = source.receivedAt();
        return new IncidentRecord(
                id,
                List.of(new ReportVersion(
                        1, report, ReportStatus.PUBLISHED, source.by(), at, Text.optionalLong("reason", reason))),
                List.of(new HistoryEntry(1, Action.RECEIVED, source.by(), at, receipt(source))));
    }

    /**
     * This received report with a newer version from the partner (a correction): the new version is
     * published, the one before superseded. The time of receipt never goes before the last step.
     */
    public IncidentRecord receivedVersion(IncidentReport report, PartnerSource source, String reason) {
        Instant last =
                history.isEmpty() ? source.receivedAt() : history.getLast().at();
        Instant at = source.receivedAt().isBefore(last) ? last : source.receivedAt();
        List<ReportVersion> next = new ArrayList<>();
        for (ReportVersion v : versions) {
            next.add(v.status() == ReportStatus.PUBLISHED ? v.withStatus(ReportStatus.SUPERSEDED) : v);
        }
        int number = versions.size() + 1;
        next.add(new ReportVersion(
                number, report, ReportStatus.PUBLISHED, source.by(), at, Text.optionalLong("reason", reason)));
        return new IncidentRecord(
                id, next, append(new HistoryEntry(number, Action.RECEIVED, source.by(), at, receipt(source))));
    }

    private static String receipt(PartnerSource source) {
        return "version " + source.originVersion() + " of " + source.originId() + ", " + source.marking();
    }

    /** Returns the working version: the latest one. */
    public ReportVersion current() {
        return versions.getLast();
    }

    /** Returns the working version's status. */
    public ReportStatus status() {
        return current().status();
    }

    /** Returns the version with this number, if there is one. */
    public Optional<ReportVersion> version(int number) {
        return number >= 1 && number <= versions.size() ? Optional.of(versions.get(number - 1)) : Optional.empty();
    }

    /** Returns the published version, if any: what the map, the timeline and sharing show. */
    public Optional<ReportVersion> published() {
        for (int i = versions.size() - 1; i >= 0; i--) {
            if (versions.get(i).status() == ReportStatus.PUBLISHED) {
                return Optional.of(versions.get(i));
            }
        }
        return Optional.empty();
    }

    /** Returns the published version as an {@link Incident}, if any. */
    public Optional<Incident> publishedIncident() {
        return published().map(v -> new Incident(id, v.number(), v.report()));
    }

    /** Submits the working draft for review. */
    public Transition submit(String by, Instant at) {
        return step(by, at, ReportStatus.DRAFT, "submitted")
                .orElseGet(() -> move(ReportStatus.SUBMITTED, Action.SUBMITTED, by, at, ""));
    }

    /** Takes the working version back from review to draft; only its author may. */
    public Transition withdraw(String by, Instant at) {
        Optional<Transition> refused = step(by, at, ReportStatus.SUBMITTED, "withdrawn");
        if (refused.isPresent()) {
            return refused.get();
        }
        if (!same(by, current().author())) {
            return refuse("only the author of version %d of incident %s (%s) may withdraw it, not %s"
                    .formatted(current().number(), id, current().author(), person(by)));
        }
        return move(ReportStatus.DRAFT, Action.WITHDRAWN, by, at, "");
    }

    /** Confirms the working version under review; the reviewer must not be its author. */
    public Transition confirm(String by, Instant at) {
        Optional<Transition> refused = step(by, at, ReportStatus.SUBMITTED, "confirmed");
        if (refused.isPresent()) {
            return refused.get();
        }
        if (same(by, current().author())) {
            return refuse("version %d of incident %s was written by %s, who cannot confirm it: a second analyst must"
                    .formatted(current().number(), id, current().author()));
        }
        return move(ReportStatus.CONFIRMED, Action.CONFIRMED, by, at, "");
    }

    /** Rejects the working version under review, with a reason; the reviewer must not be its author. */
    public Transition reject(String by, String reason, Instant at) {
        Optional<Transition> refused = step(by, at, ReportStatus.SUBMITTED, "rejected");
        if (refused.isPresent()) {
            return refused.get();
        }
        if (same(by, current().author())) {
            return refuse("version %d of incident %s was written by %s, who cannot review it (withdraw it instead)"
                    .formatted(current().number(), id, current().author()));
        }
        if (reason == null || reason.isBlank()) {
            return refuse("rejecting version %d of incident %s needs a reason"
                    .formatted(current().number(), id));
        }
        return move(ReportStatus.REJECTED, Action.REJECTED, by, at, Text.optionalLong("rejection reason", reason));
    }

    /** Publishes the confirmed working version; an earlier published version becomes superseded. */
    public Transition publish(String by, Instant at) {
        Optional<Transition> refused = step(by, at, ReportStatus.CONFIRMED, "published");
        if (refused.isPresent()) {
            return refused.get();
        }
        List<ReportVersion> next = new ArrayList<>(versions);
        for (int i = 0; i < next.size() - 1; i++) {
            if (next.get(i).status() == ReportStatus.PUBLISHED) {
                next.set(i, next.get(i).withStatus(ReportStatus.SUPERSEDED));
            }
        }
        next.set(next.size() - 1, current().withStatus(ReportStatus.PUBLISHED));
        return new Transition.Done(new IncidentRecord(
                id, next, append(new HistoryEntry(current().number(), Action.PUBLISHED, person(by), at, ""))));
    }

    /**
     * Writes a new version with a reason (what it corrects). Allowed from a draft (which it supersedes),
     * a rejected version or a published one (which stays published until the new version is); refused
     * while a version is under review or when nothing changed.
     */
    public Transition revise(IncidentReport report, String by, String reason, Instant at) {
        if (report == null) {
            throw new IllegalArgumentException("a revision of incident " + id + " needs the new report");
        }
        Optional<Transition> timeOrPerson = checkPersonAndTime(by, at, "revised");
        if (timeOrPerson.isPresent()) {
            return timeOrPerson.get();
        }
        ReportStatus status = status();
        if (status == ReportStatus.SUBMITTED || status == ReportStatus.CONFIRMED) {
            return refuse("version %d of incident %s is %s; withdraw it from review before revising it"
                    .formatted(current().number(), id, status));
        }
        if (reason == null || reason.isBlank()) {
            return refuse("a revision of incident %s needs a reason (what it corrects)".formatted(id));
        }
        if (report.equals(current().report())) {
            return refuse("the revision of incident %s changes nothing in version %d"
                    .formatted(id, current().number()));
        }
        List<ReportVersion> next = new ArrayList<>(versions);
        if (status == ReportStatus.DRAFT) {
            next.set(next.size() - 1, current().withStatus(ReportStatus.SUPERSEDED));
        }
        String note = Text.optionalLong("revision reason", reason);
        int number = versions.size() + 1;
        next.add(new ReportVersion(number, report, ReportStatus.DRAFT, person(by), at, note));
        return new Transition.Done(
                new IncidentRecord(id, next, append(new HistoryEntry(number, Action.REVISED, person(by), at, note))));
    }

    private Optional<Transition> step(String by, Instant at, ReportStatus required, String verb) {
        Optional<Transition> refused = checkPersonAndTime(by, at, verb);
        if (refused.isPresent()) {
            return refused;
        }
        if (status() != required) {
            return Optional.of(refuse("version %d of incident %s is %s and cannot be %s (it must be %s)"
                    .formatted(current().number(), id, status(), verb, required)));
        }
        return Optional.empty();
    }

    private Optional<Transition> checkPersonAndTime(String by, Instant at, String verb) {
        if (by == null || by.isBlank()) {
            return Optional.of(refuse("incident %s cannot be %s by nobody: name who does it".formatted(id, verb)));
        }
        if (at == null) {
            throw new IllegalArgumentException("a workflow step needs the time");
        }
        Instant last = history.isEmpty() ? Instant.MIN : history.getLast().at();
        if (at.isBefore(last)) {
            return Optional.of(
                    refuse("incident %s cannot be %s at %s, before its last step at %s".formatted(id, verb, at, last)));
        }
        return Optional.empty();
    }

    private Transition move(ReportStatus next, Action action, String by, Instant at, String note) {
        List<ReportVersion> moved = new ArrayList<>(versions);
        moved.set(moved.size() - 1, current().withStatus(next));
        return new Transition.Done(new IncidentRecord(
                id, moved, append(new HistoryEntry(current().number(), action, person(by), at, note))));
    }

    private List<HistoryEntry> append(HistoryEntry entry) {
        List<HistoryEntry> next = new ArrayList<>(history);
        next.add(entry);
        return next;
    }

    private static Transition refuse(String reason) {
        return new Transition.Refused(reason);
    }

    private static String person(String name) {
        return Text.requireShort("person", name);
    }

    /** User names are compared without letter case, as the node's accounts compare them. */
    private static boolean same(String a, String b) {
        return a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
    }
}
