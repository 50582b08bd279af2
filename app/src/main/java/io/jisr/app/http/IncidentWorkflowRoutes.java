package io.jisr.app.http;

import io.javalin.http.Context;
import io.jisr.access.AuditAction;
import io.jisr.access.Principal;
import io.jisr.access.Role;
import io.jisr.app.incidents.IncidentBook;
import io.jisr.incident.EventType;
import io.jisr.incident.Incident;
import io.jisr.incident.IncidentReport;
import io.jisr.incident.workflow.HistoryEntry;
import io.jisr.incident.workflow.IncidentRecord;
import io.jisr.incident.workflow.LinkKind;
import io.jisr.incident.workflow.PartnerSource;
import io.jisr.incident.workflow.ReportLink;
import io.jisr.incident.workflow.ReportLinks;
import io.jisr.incident.workflow.ReportStatus;
import io.jisr.incident.workflow.ReportVersion;
import io.jisr.incident.workflow.Transition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The review workflow of incident reports: create a draft, correct it (a new version, the history
 * kept), submit, withdraw, confirm or reject (a second analyst: the author cannot confirm their own
 * version), publish, link to other reports; the report page with its versions, what each changed, its
 * history, links and provenance; actor suggestions and the vocabulary for the form. Writes are for
 * analysts ({@link RouteAccess#ANALYST_DESK}) and audited; any role reads published reports, and only
 * analysts see drafts and the review queue.
 */
final class IncidentWorkflowRoutes {
    private static final Map<String, AuditAction> STEPS = Map.of(
            "submit", AuditAction.INCIDENT_SUBMITTED,
            "withdraw", AuditAction.INCIDENT_WITHDRAWN,
            "confirm", AuditAction.INCIDENT_CONFIRMED,
            "reject", AuditAction.INCIDENT_REJECTED,
            "publish", AuditAction.INCIDENT_PUBLISHED);

    private final IncidentBook book;
    private final WebAccess web;

    IncidentWorkflowRoutes(IncidentBook book, WebAccess web) {
        this.book = book;
        this.web = web;
    }

    /** {@code GET /api/incidents/vocabulary}: event types and their sub-types, in the form's order. */
    void vocabulary(Context ctx) {
        List<Map<String, Object>> types = new ArrayList<>();
        for (EventType t : EventType.values()) {
            types.add(Map.of(
                    "type", t.name(),
                    "subTypes", t.subTypes().stream().map(Enum::name).toList()));
        }
        HttpApi.json(ctx, 200, Map.of("types", types));
    }

    /** {@code GET /api/incidents/actors?q=&limit=}: actor names already used, for the form's suggestions. */
    void actors(Context ctx) {
        QueryParameters q = new QueryParameters(ctx.queryParamMap());
        String typed = q.text("q").orElse("");
        int limit = q.integer("limit", 8, 1, 50);
        q.check();
        HttpApi.json(
                ctx,
                200,
                Map.of(
                        "actors",
                        book.suggestActors(typed, limit).stream()
                                .map(s -> Map.of("name", s.name(), "uses", s.uses()))
                                .toList()));
    }

    /**
     * {@code GET /api/incidents/reports?status=SUBMITTED}: the workflow's reports in one status (analysts);
     * with {@code status=DRAFT}, the caller's own drafts.
     */
    void queue(Context ctx) {
        requireAnalyst(ctx);
        QueryParameters q = new QueryParameters(ctx.queryParamMap());
        Optional<ReportStatus> status = q.enumValue("status", ReportStatus.class);
        q.check();
        List<Map<String, Object>> out = new ArrayList<>();
        String name = AccessGate.principal(ctx).username().value();
        for (IncidentRecord r : book.withStatus(status.orElse(ReportStatus.SUBMITTED))) {
            ReportVersion v = r.current();
            if (v.status() == ReportStatus.DRAFT && !v.author().equalsIgnoreCase(name)) {
                continue;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", r.id());
            m.put("version", v.number());
            m.put("status", v.status().name());
            m.put("author", v.author());
            m.put("date", v.report().date().day().toString());
            m.put("place", v.report().location().place());
            m.put("subType", v.report().subType().name());
            m.put("grading", v.report().grading().code());
            out.add(m);
        }
        HttpApi.json(ctx, 200, Map.of("reports", out));
    }

    /** {@code POST /api/incidents/reports}: a new draft by the signed-in analyst. */
    void create(Context ctx) {
        JsonBody body = JsonBody.of(ctx, IncidentReportJson.FIELDS);
        IncidentReport report = IncidentReportJson.read(body);
        Principal principal = AccessGate.principal(ctx);
        IncidentRecord record = book.create(report, principal.username().value());
        web.accounts()
                .record(
                        principal,
                        AuditAction.INCIDENT_CREATED,
                        record.id(),
                        report.subType().name() + " at " + report.location().place());
        HttpApi.json(ctx, 201, page(record.id(), ctx));
    }

    /** {@code POST /api/incidents/reports/{id}/versions}: a correction, with the reason, as a new version. */
    void revise(Context ctx) {
        String id = ctx.pathParam("id");
        JsonBody body = JsonBody.of(ctx, IncidentReportJson.fieldsAnd("reason"));
        Optional<String> reason = body.requiredText("reason");
        IncidentReport report = IncidentReportJson.read(body);
        String by = AccessGate.principal(ctx).username().value();
        Transition t = book.act(id, (r, at) -> r.revise(report, by, reason.orElseThrow(), at))
                .orElseThrow(() -> ApiException.notFound("no report " + id + " in the review workflow"));
        done(ctx, id, t, AuditAction.INCIDENT_REVISED, reason.orElseThrow());
    }

    /** {@code POST /api/incidents/reports/{id}/{step}}: submit, withdraw, confirm, reject (with a reason), publish. */
    void step(Context ctx) {
        String id = ctx.pathParam("id");
        String step = ctx.pathParam("step");
        AuditAction action = STEPS.get(step);
        if (action == null) {
            throw ApiException.notFound(
                    "no step " + step + "; the steps are publish, submit, confirm, reject, withdraw");
        }
        String reason = "";
        if (step.equals("reject")) {
            JsonBody body = JsonBody.of(ctx, Set.of("reason"));
            reason = body.requiredText("reason").orElse("");
            body.check();
        }
        String by = AccessGate.principal(ctx).username().value();
        String why = reason;
        Transition t = book.act(id, (r, at) -> switch (step) {
                    case "submit" -> r.submit(by, at);
                    case "withdraw" -> r.withdraw(by, at);
                    case "confirm" -> r.confirm(by, at);
                    case "reject" -> r.reject(by, why, at);
                    default -> r.publish(by, at);
                })
                .orElseThrow(() -> ApiException.notFound("no report " + id + " in the review workflow"));
        done(ctx, id, t, action, why);
    }

    /** {@code POST /api/incidents/reports/{id}/links}: {@code {"kind":"FOLLOW_UP","to":"JSR-1"}}. */
    void link(Context ctx) {
        String id = ctx.pathParam("id");
        JsonBody body = JsonBody.of(ctx, Set.of("kind", "to"));
        Optional<String> kind = body.requiredText("kind");
        Optional<String> to = body.requiredText("to");
        LinkKind linkKind = null;
        if (kind.isPresent()) {
            try {
                linkKind = LinkKind.valueOf(kind.get());
            } catch (IllegalArgumentException e) {
                body.reject("kind", "must be one of SAME_EVENT, FOLLOW_UP", kind.get());
            }
        }
        if (to.isPresent() && !Incident.isValidId(to.get())) {
            body.reject("to", "is not a report identifier", to.get());
        }
        body.check();
        if (!Incident.isValidId(id)) {
            throw ApiException.notFound("no report " + id);
        }
        ReportLink link = new ReportLink(id, linkKind, to.orElseThrow());
        switch (book.link(link)) {
            case ReportLinks.Change.Refused refused ->
                throw new ApiException(409, ErrorJson.of(ErrorJson.CONFLICT, refused.reason()));
            case ReportLinks.Change.Added added -> {
                web.accounts()
                        .record(
                                AccessGate.principal(ctx),
                                AuditAction.INCIDENT_LINKED,
                                id,
                                linkKind.name() + " " + link.to());
                HttpApi.json(ctx, 201, page(id, ctx));
            }
        }
    }

    /** {@code GET /api/incidents/reports/{id}}: the report page (viewers: published reports and versions only). */
    void one(Context ctx) {
        String id = ctx.pathParam("id");
        HttpApi.json(ctx, 200, page(id, ctx));
    }

    private void done(Context ctx, String id, Transition t, AuditAction action, String note) {
        switch (t) {
            case Transition.Refused refused ->
                throw new ApiException(409, ErrorJson.of(ErrorJson.CONFLICT, refused.reason()));
            case Transition.Done d -> {
                web.accounts()
                        .record(
                                AccessGate.principal(ctx),
                                action,
                                id,
                                "version " + d.record().current().number() + (note.isBlank() ? "" : ": " + note));
                HttpApi.json(ctx, 200, page(id, ctx));
            }
        }
    }

    /**
     * The report page: the working version (analysts) or the published one, every version with what it
     * changed from the one before, the history, the links and the provenance. Viewers see only versions
     * that were published, and nothing of a report that never was; a draft is its author's until it is
     * submitted ({@link ReportStatus#DRAFT}), so other analysts do not see it either.
     */
    private Map<String, Object> page(String id, Context ctx) {
        Principal viewer = AccessGate.principal(ctx);
        boolean analyst = viewer.hasRole(Role.ANALYST);
        String name = viewer.username().value();
        Optional<IncidentRecord> record = book.record(id);
        Optional<Incident> published = book.published(id);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("node", web.nodeId());
        if (record.isEmpty()) {
            Incident i = published.orElseThrow(() -> ApiException.notFound("no report " + id));
            m.put("origin", "import");
            m.put("status", ReportStatus.PUBLISHED.name());
            m.put("publishedVersion", i.version());
            m.put("report", IncidentReportJson.write(i.report()));
            m.put(
                    "versions",
                    List.of(version(
                            i.version(), ReportStatus.PUBLISHED, null, null, "imported", List.of(), i.report())));
            m.put("history", List.of());
        } else {
            IncidentRecord r = record.get();
            List<ReportVersion> shown = analyst
                    ? r.versions().stream()
                            .filter(v -> v.status() != ReportStatus.DRAFT
                                    || v.author().equalsIgnoreCase(name))
                            .toList()
                    : r.versions().stream()
                            .filter(v -> wasPublished(r, v.number()))
                            .toList();
            if (shown.isEmpty()) {
                throw ApiException.notFound("no report " + id);
            }
            ReportVersion main = shown.getLast();
            Optional<PartnerSource> source = book.source(id);
            m.put("origin", source.isPresent() ? "partner" : "workflow");
            source.ifPresent(src -> m.put("partner", partnerJson(src)));
            m.put("status", main.status().name());
            m.put("workingVersion", main.number());
            m.put("publishedVersion", r.published().map(ReportVersion::number).orElse(null));
            m.put("report", IncidentReportJson.write(main.report()));
            List<Map<String, Object>> versions = new ArrayList<>();
            IncidentReport before = null;
            for (ReportVersion v : shown) {
                List<String> changed = before == null ? List.of() : before.changedFields(v.report());
                versions.add(version(
                        v.number(), v.status(), v.author(), v.writtenAt().toString(), v.reason(), changed, v.report()));
                before = v.report();
            }
            m.put("versions", versions);
            List<StepJson> history = new ArrayList<>();
            Set<Integer> numbers = new java.util.HashSet<>(
                    shown.stream().map(ReportVersion::number).toList());
            for (HistoryEntry h : r.history()) {
                if (numbers.contains(h.version())) {
                    history.add(new StepJson(h.version(), h.action().name(), h.by(), h.at().toString(), h.note()));
                }
            }
            m.put("history", history);
            m.put("author", r.versions().getFirst().author());
            m.put("confirmedBy", last(r, main.number(), HistoryEntry.Action.CONFIRMED));
            m.put("publishedBy", last(r, main.number(), HistoryEntry.Action.PUBLISHED));
        }
        m.put(
                "links",
                book.linksOf(id).stream()
                        .map(l -> new LinkJson(l.from(), l.kind().name(), l.to()))
                        .toList());
        return m;
    }

    /**
     * Where a partner's report came from: the nation and node that made it, its id and latest version there,
     * the marking it was released under and when that version was received.
     */
    static Map<String, Object> partnerJson(PartnerSource src) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("nation", src.nation().alpha3());
        p.put("node", src.node());
        p.put("originId", src.originId());
        p.put("originVersion", src.originVersion());
        p.put("marking", src.marking());
        p.put("receivedAt", src.receivedAt().toString());
        return p;
    }

    /** One step of the history, in a stable field order. */
    record StepJson(int version, String action, String by, String at, String note) {}

    /** A link as the page shows it: {@code from} is a {@code kind} of {@code to}. */
    record LinkJson(String from, String kind, String to) {}

    private static Map<String, Object> version(
            int number,
            ReportStatus status,
            String author,
            String writtenAt,
            String reason,
            List<String> changed,
            IncidentReport report) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("number", number);
        v.put("status", status.name());
        v.put("author", author);
        v.put("writtenAt", writtenAt);
        v.put("reason", reason);
        v.put("changed", changed);
        v.put("report", IncidentReportJson.write(report));
        return v;
    }

    private static boolean wasPublished(IncidentRecord r, int version) {
        return r.history().stream()
                .anyMatch(h -> h.version() == version
                        && (h.action() == HistoryEntry.Action.PUBLISHED || h.action() == HistoryEntry.Action.RECEIVED));
    }

    private static String last(IncidentRecord r, int version, HistoryEntry.Action action) {
        String by = null;
        for (HistoryEntry h : r.history()) {
            if (h.version() == version && h.action() == action) {
                by = h.by();
            }
        }
        return by;
    }

    private static boolean isAnalyst(Context ctx) {
        return AccessGate.principal(ctx).hasRole(Role.ANALYST);
    }

    private static void requireAnalyst(Context ctx) {
        if (!isAnalyst(ctx)) {
            throw ApiException.forbidden(ErrorJson.FORBIDDEN, "the review queue is for analysts");
        }
    }
}
