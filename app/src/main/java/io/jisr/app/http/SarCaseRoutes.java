package io.jisr.app.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.jisr.access.AuditAction;
import io.jisr.app.sar.SarCaseBook;
import io.jisr.app.sar.SharingRefused;
import io.jisr.sar.SarInputException;
import io.jisr.sar.cases.CaseAction;
import io.jisr.sar.cases.CaseFilter;
import io.jisr.sar.cases.CaseLogEntry;
import io.jisr.sar.cases.RescueCentre;
import io.jisr.sar.cases.SarCase;
import io.jisr.sar.cases.StatusChange;
import io.jisr.sar.leeway.LeewayObjects;
import io.jisr.sar.plan.export.CaseStatus;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The SAR cases under {@code /api/sar/cases}: listed with filters and read by anyone who sees data; opened,
 * changed (last known position, persons on board, status) and annotated by rescue coordinators, each change
 * audited and written in the case's own log.
 */
final class SarCaseRoutes {
    private final SarCaseBook book;
    private final WebAccess web;

    SarCaseRoutes(SarCaseBook book, WebAccess web) {
        this.book = book;
        this.web = web;
    }

    /** {@code GET /api/sar/cases?status=&from=&to=&q=}: the cases that pass the filter, most recent first. */
    void list(Context ctx) {
        QueryParameters q = new QueryParameters(ctx.queryParamMap());
        Optional<CaseStatus> status = Optional.empty();
        Optional<String> statusText = q.text("status");
        if (statusText.isPresent()) {
            try {
                status = Optional.of(CaseStatus.valueOf(statusText.get().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                q.reject("status", "must be one of open, active_search, suspended, closed", statusText.get());
            }
        }
        Optional<Instant> from = instant(q, "from");
        Optional<Instant> to = instant(q, "to");
        String text = q.text("q").orElse("");
        if (text.length() > 200) {
            q.reject("q", "must have at most 200 characters", text.substring(0, 200));
        }
        q.check();
        HttpApi.json(
                ctx,
                200,
                Map.of(
                        "cases",
                        book.list(new CaseFilter(status, from, to, text)).stream()
                                .map(c -> SarCaseJson.of(c, false))
                                .toList()));
    }

    private static Optional<Instant> instant(QueryParameters q, String name) {
        Optional<String> text = q.text(name);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(text.get()));
        } catch (DateTimeParseException e) {
            q.reject(name, "must be an ISO-8601 UTC time such as 2026-03-10T06:00:00Z", text.get());
            return Optional.empty();
        }
    }

    /** {@code GET /api/sar/cases/{reference}}: one case with its log. */
    void one(Context ctx) {
        HttpApi.json(ctx, 200, SarCaseJson.of(find(ctx), true));
    }

    private SarCase find(Context ctx) {
        String reference = ctx.pathParam("reference");
        return book.find(reference).orElseThrow(() -> ApiException.notFound("no SAR case " + reference));
    }

    /** {@code POST /api/sar/cases}: opens a case; 201 with it. */
    void open(Context ctx) {
        JsonBody body = JsonBody.of(ctx, Set.of("source", "object", "lastKnown", "personsOnBoard", "note"));
        Optional<String> sourceText = body.requiredText("source");
        String source = sourceText.orElse("");
        if (sourceText.isPresent() && (source.isBlank() || source.length() > SarCase.MAX_SOURCE)) {
            body.reject("source", "must have 1 to " + SarCase.MAX_SOURCE + " characters", source);
        }
        int objectId = objectId(body);
        Optional<JsonNode> lastKnownNode = body.object("lastKnown");
        var lastKnown = lastKnownNode.flatMap(n -> SarCaseJson.lastKnown(n, body));
        if (lastKnownNode.isEmpty() && !body.isRejected("lastKnown")) {
            body.reject("lastKnown", "is required", null);
        }
        int persons = persons(body, body.integer("personsOnBoard"), true);
        Optional<String> note = note(body, "note", body.text("note"));
        body.check();
        String by = AccessGate.principal(ctx).username().value();
        SarCase opened = book.open(source, objectId, lastKnown.orElseThrow(), persons, by);
        if (note.isPresent() && !note.get().isBlank()) {
            opened = book.change(opened.reference(), (c, at) -> c.logged(entry(at, by, CaseAction.NOTE, note.get())))
                    .orElseThrow();
        }
        audit(
                ctx,
                AuditAction.SAR_CASE_OPENED,
                opened.reference(),
                opened.log().getFirst().text());
        HttpApi.json(ctx, 201, SarCaseJson.of(opened, true));
    }

    private static int objectId(JsonBody body) {
        Optional<String> object = body.requiredText("object");
        if (object.isEmpty()) {
            return 0;
        }
        try {
            return LeewayObjects.bundled().find(object.get()).id();
        } catch (SarInputException e) {
            body.reject("object", e.getMessage(), object.get());
            return 0;
        }
    }

    private static int persons(JsonBody body, Optional<Integer> persons, boolean required) {
        if (persons.isEmpty() && required && !body.isRejected("personsOnBoard")) {
            body.reject("personsOnBoard", "is required", null);
        }
        if (persons.isPresent() && (persons.get() < 0 || persons.get() > SarCase.MAX_PERSONS)) {
            body.reject("personsOnBoard", "must be within 0.." + SarCase.MAX_PERSONS, String.valueOf(persons.get()));
        }
        return persons.orElse(0);
    }

    private static Optional<String> note(JsonBody body, String name, Optional<String> note) {
        if (note.isPresent() && note.get().length() > CaseLogEntry.MAX_TEXT) {
            body.reject(
                    name,
                    "must have at most " + CaseLogEntry.MAX_TEXT + " characters, had "
                            + note.get().length(),
                    note.get().substring(0, 40) + "…");
        }
        return note;
    }

    /**
     * {@code PATCH /api/sar/cases/{reference}}: a new last known position, persons on board and/or status;
     * 409 when the status may not follow the current one.
     */
    void change(Context ctx) {
        SarCase current = find(ctx);
        JsonBody body = JsonBody.of(ctx, Set.of("lastKnown", "personsOnBoard", "status"));
        var lastKnown = body.object("lastKnown").flatMap(n -> SarCaseJson.lastKnown(n, body));
        Optional<Integer> persons = body.integer("personsOnBoard");
        persons(body, persons, false);
        Optional<CaseStatus> status = Optional.empty();
        Optional<String> statusText = body.text("status");
        if (statusText.isPresent()) {
            try {
                status = Optional.of(CaseStatus.valueOf(statusText.get().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                body.reject("status", "must be one of OPEN, ACTIVE_SEARCH, SUSPENDED, CLOSED", statusText.get());
            }
        }
        if (lastKnown.isEmpty()
                && persons.isEmpty()
                && status.isEmpty()
                && body.rejectedUnder("lastKnown") == 0
                && !body.isRejected("personsOnBoard")
                && !body.isRejected("status")) {
            body.reject("status", "give at least one of lastKnown, personsOnBoard, status", null);
        }
        body.check();
        String by = AccessGate.principal(ctx).username().value();
        Optional<CaseStatus> next = status;
        SarCase changed = book.change(current.reference(), (c, at) -> {
                    SarCase out = c;
                    if (lastKnown.isPresent()) {
                        out = out.withLastKnown(lastKnown.get(), by, at);
                    }
                    if (persons.isPresent() && persons.get() != out.personsOnBoard()) {
                        out = out.withPersonsOnBoard(persons.get(), by, at);
                    }
                    if (next.isPresent()) {
                        out = switch (out.moveTo(next.get(), by, at)) {
                            case StatusChange.Moved m -> m.sarCase();
                            case StatusChange.Refused r ->
                                throw new ApiException(409, ErrorJson.of(ErrorJson.CONFLICT, r.reason()));
                        };
                    }
                    return out;
                })
                .orElseThrow(() -> ApiException.notFound("no SAR case " + current.reference()));
        int added = changed.log().size() - current.log().size();
        String detail = String.join(
                "; ",
                changed
                        .log()
                        .subList(changed.log().size() - added, changed.log().size())
                        .stream()
                        .map(CaseLogEntry::text)
                        .toList());
        audit(ctx, AuditAction.SAR_CASE_CHANGED, changed.reference(), detail);
        HttpApi.json(ctx, 200, SarCaseJson.of(changed, true));
    }

    /** {@code POST /api/sar/cases/{reference}/notes}: a note in the case's log. */
    void note(Context ctx) {
        SarCase current = find(ctx);
        JsonBody body = JsonBody.of(ctx, Set.of("text"));
        Optional<String> given = body.requiredText("text");
        String text = note(body, "text", given).orElse("");
        if (given.isPresent() && text.isBlank()) {
            body.reject("text", "must not be blank", text);
        }
        body.check();
        String by = AccessGate.principal(ctx).username().value();
        SarCase changed = book.change(current.reference(), (c, at) -> c.logged(entry(at, by, CaseAction.NOTE, text)))
                .orElseThrow(() -> ApiException.notFound("no SAR case " + current.reference()));
        audit(ctx, AuditAction.SAR_CASE_NOTE, changed.reference(), text);
        HttpApi.json(ctx, 201, SarCaseJson.of(changed, true));
    }

    /**
     * {@code POST /api/sar/cases/{reference}/share} with {@code {"partner": "USA/usa-1"}}: the partner's rescue
     * centre gets a read-only copy that follows every update. 409 when another centre holds the case or the
     * agreements would not send it.
     */
    void share(Context ctx) {
        custody(ctx, false);
    }

    /**
     * {@code POST /api/sar/cases/{reference}/handover} with {@code {"partner": "USA/usa-1"}}: the partner's
     * rescue centre runs the case from now on; this node keeps a read-only copy. 409 as for a share.
     */
    void handOver(Context ctx) {
        custody(ctx, true);
    }

    private void custody(Context ctx, boolean handOver) {
        SarCase current = find(ctx);
        JsonBody body = JsonBody.of(ctx, Set.of("partner"));
        String partner = body.requiredText("partner").orElse("");
        body.check();
        String by = AccessGate.principal(ctx).username().value();
        SarCase changed;
        try {
            changed = (handOver
                            ? book.handOver(current.reference(), partner, by)
                            : book.share(current.reference(), partner, by))
                    .orElseThrow(() -> ApiException.notFound("no SAR case " + current.reference()));
        } catch (SharingRefused e) {
            throw switch (e.kind()) {
                case UNKNOWN_PARTNER -> ApiException.badField("partner", e.getMessage(), partner);
                case CONFLICT -> new ApiException(409, ErrorJson.of(ErrorJson.CONFLICT, e.getMessage()));
            };
        }
        if (changed.version() == current.version()) {
            // Shared with that partner already: nothing changed, nothing to audit.
            HttpApi.json(ctx, 200, SarCaseJson.of(changed, true));
            return;
        }
        audit(
                ctx,
                handOver ? AuditAction.SAR_CASE_HANDED_OVER : AuditAction.SAR_CASE_SHARED,
                changed.reference(),
                changed.log().getLast().text());
        HttpApi.json(ctx, 200, SarCaseJson.of(changed, true));
    }

    /**
     * {@code GET /api/sar/sharing}: the partners' rescue centres cases can be shared with, and how receiving the
     * partners' cases went since start.
     */
    void sharing(Context ctx) {
        SarCaseBook.Sync sync = book.sync();
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("partners", book.partners().stream().map(RescueCentre::toString).toList());
        m.put("received", sync.received());
        m.put("stale", sync.stale());
        m.put("refused", sync.refused());
        m.put("lastRefusal", sync.lastRefusal());
        HttpApi.json(ctx, 200, m);
    }

    private static CaseLogEntry entry(Instant at, String by, CaseAction action, String text) {
        return new CaseLogEntry(at, by, action, text, Optional.empty());
    }

    private void audit(Context ctx, AuditAction action, String target, String detail) {
        web.accounts().record(AccessGate.principal(ctx), action, target, detail);
    }
}
