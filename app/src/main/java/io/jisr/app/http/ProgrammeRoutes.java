package io.jisr.app.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.jisr.access.AuditAction;
import io.jisr.access.Principal;
import io.jisr.app.programme.ProgrammeBook;
import io.jisr.app.programme.ProgrammeRefusal;
import io.jisr.programme.ActionItem;
import io.jisr.programme.ActionStatus;
import io.jisr.programme.Instrument;
import io.jisr.programme.InstrumentChange;
import io.jisr.programme.InstrumentKind;
import io.jisr.programme.Meeting;
import io.jisr.programme.Nation;
import io.jisr.programme.Participant;
import io.jisr.programme.ProgrammeRegister;
import io.jisr.programme.Term;
import io.jisr.programme.WorkingGroup;
import io.jisr.programme.acquisition.AcquisitionCase;
import io.jisr.programme.acquisition.AssetKind;
import io.jisr.programme.acquisition.CaseStep;
import io.jisr.programme.acquisition.EquipmentCategory;
import io.jisr.programme.acquisition.EquipmentLine;
import io.jisr.programme.acquisition.Milestone;
import io.jisr.programme.acquisition.Money;
import io.jisr.programme.acquisition.SearchCapability;
import io.jisr.programme.acquisition.StepKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The programme register's endpoints under {@code /api/programme}: the register and its dashboard, and the
 * programme officers' changes — registering an instrument and attaching its signed text (a PDF), creating a
 * working group, recording a meeting with its decisions and action items, moving an action item, opening an
 * acquisition case and recording a delivery (whose units become assets SAR planning can assign) — each
 * audited; the calendar of meetings and actions as iCalendar and a meeting's printable report as PDF.
 */
final class ProgrammeRoutes {
    /** The largest signed text accepted: a scanned treaty text runs to a few megabytes. */
    static final int MAX_TEXT_BYTES = 16 * 1024 * 1024;

    /** Every PDF file starts with these bytes (ISO 32000-1, 7.5.2). */
    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};

    private static final int MAX_TEXT = 2000;

    private final ProgrammeBook book;
    private final WebAccess web;

    ProgrammeRoutes(ProgrammeBook book, WebAccess web) {
        this.book = book;
        this.web = web;
    }

    /** {@code GET /api/programme}: every record, with what follows from today. */
    void register(Context ctx) {
        LocalDate day = book.today();
        ProgrammeRegister r = book.register();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("day", day.toString());
        book.self().ifPresent(n -> m.put("side", n.alpha3()));
        m.put(
                "instruments",
                r.instruments().stream()
                        .map(i -> ProgrammeJson.instrument(i, day))
                        .toList());
        m.put("groups", r.groups().stream().map(ProgrammeJson::group).toList());
        m.put("meetings", r.meetings().stream().map(ProgrammeJson::meeting).toList());
        m.put(
                "actions",
                r.actions().stream().map(a -> ProgrammeJson.action(a, day)).toList());
        m.put(
                "cases",
                r.cases().stream()
                        .map(c -> ProgrammeJson.acquisitionCase(c, day))
                        .toList());
        m.put("assets", r.assets().stream().map(ProgrammeJson::asset).toList());
        HttpApi.json(ctx, 200, m);
    }

    /** {@code GET /api/programme/dashboard?day=&horizon=}: the dashboard, today and 90 days ahead by default. */
    void dashboard(Context ctx) {
        QueryParameters q = new QueryParameters(ctx.queryParamMap());
        Optional<String> dayText = q.text("day");
        int horizon = q.integer("horizon", 90, 0, 3660);
        LocalDate day = book.today();
        if (dayText.isPresent()) {
            try {
                day = LocalDate.parse(dayText.get());
            } catch (DateTimeParseException e) {
                q.reject("day", "must be a date such as 2026-12-03", dayText.get());
            }
        }
        q.check();
        HttpApi.json(ctx, 200, ProgrammeJson.dashboard(book.dashboard(day, horizon)));
    }

    /** {@code POST /api/programme/instruments}: registers an instrument. */
    void registerInstrument(Context ctx) {
        JsonBody b = JsonBody.of(
                ctx,
                Set.of(
                        "owningSide",
                        "kind",
                        "title",
                        "parties",
                        "parentId",
                        "signed",
                        "entryIntoForce",
                        "initial",
                        "renewal",
                        "notice",
                        "sharingAgreementIds"));
        Nation side = side(b);
        InstrumentKind kind = enumValue(b, "kind", InstrumentKind.class);
        String title = text(b, "title", true).orElse("");
        List<Nation> parties = new ArrayList<>();
        Optional<List<String>> partyCodes = b.texts("parties");
        if (partyCodes.isEmpty() && !b.isRejected("parties")) {
            b.reject("parties", "is required", null);
        }
        for (String code : partyCodes.orElse(List.of())) {
            nation(b, "parties", code).ifPresent(parties::add);
        }
        if (!b.isRejected("parties")) {
            if (parties.size() < 2 || parties.stream().distinct().count() != parties.size()) {
                b.reject("parties", "must name at least two distinct nations", String.join(",", partyCodes.get()));
            } else if (side != null && !parties.contains(side)) {
                b.reject("parties", "must include the owning side " + side, String.join(",", partyCodes.get()));
            }
        }
        Optional<String> parent = text(b, "parentId", false);
        if (parent.isPresent() && book.instrument(parent.get()).isEmpty()) {
            b.reject("parentId", "is not a registered instrument", parent.get());
        }
        Optional<LocalDate> signed = date(b, "signed");
        Optional<LocalDate> inForce = date(b, "entryIntoForce");
        if (inForce.isPresent() && signed.isEmpty() && !b.isRejected("signed")) {
            b.reject(
                    "entryIntoForce",
                    "needs a signature date (signed)",
                    inForce.get().toString());
        }
        if (inForce.isPresent() && signed.isPresent() && inForce.get().isBefore(signed.get())) {
            b.reject(
                    "entryIntoForce",
                    "must not be before the signature " + signed.get(),
                    inForce.get().toString());
        }
        Optional<Period> initial = period(b, "initial", true);
        Optional<Period> renewal = period(b, "renewal", false);
        Optional<Period> notice = period(b, "notice", false);
        List<String> agreements = b.texts("sharingAgreementIds").orElse(List.of());
        b.check();
        Term term = new Term(initial.orElseThrow(), renewal, notice.orElse(Period.ZERO));
        Instrument created = book.register(
                side,
                id -> new Instrument(
                        id,
                        side,
                        kind,
                        title,
                        parties,
                        parent,
                        signed,
                        inForce,
                        term,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        agreements));
        audit(ctx, AuditAction.INSTRUMENT_REGISTERED, created.id(), created.title());
        HttpApi.json(ctx, 201, ProgrammeJson.instrument(created, book.today()));
    }

    /**
     * {@code POST /api/programme/instruments/{id}/status}: {@code {"change": "DENOUNCE", "date": "2026-08-01"}} —
     * {@code SIGN} ({@code date} of the signature, {@code entryIntoForce}), {@code DENOUNCE} ({@code date} of the
     * notice), {@code TERMINATE} ({@code date} it takes effect), {@code RENEW} ({@code period} for a fixed term,
     * nothing to withdraw a denunciation) or {@code AMEND} (the new term: {@code initial}, {@code renewal},
     * {@code notice}). A change that does not fit the instrument as it stands is 409.
     */
    void changeInstrument(Context ctx) {
        String id = ctx.pathParam("id");
        JsonBody b =
                JsonBody.of(ctx, Set.of("change", "date", "entryIntoForce", "period", "initial", "renewal", "notice"));
        Optional<String> kind = b.requiredText("change")
                .flatMap(k -> Optional.ofNullable(
                        switch (k.strip().toUpperCase(Locale.ROOT)) {
                            case "SIGN", "DENOUNCE", "TERMINATE", "RENEW", "AMEND" ->
                                k.strip().toUpperCase(Locale.ROOT);
                            default -> {
                                b.reject("change", "must be one of SIGN, DENOUNCE, TERMINATE, RENEW, AMEND", k);
                                yield null;
                            }
                        }));
        Optional<LocalDate> date = date(b, "date");
        Optional<LocalDate> inForce = date(b, "entryIntoForce");
        Optional<Period> period = period(b, "period", false);
        Optional<Period> initial = period(b, "initial", false);
        Optional<Period> renewal = period(b, "renewal", false);
        Optional<Period> notice = period(b, "notice", false);
        String change = kind.orElse("");
        Set<String> used = switch (change) {
            case "SIGN" -> Set.of("date", "entryIntoForce");
            case "DENOUNCE", "TERMINATE" -> Set.of("date");
            case "RENEW" -> Set.of("period");
            case "AMEND" -> Set.of("initial", "renewal", "notice");
            default -> Set.of("date", "entryIntoForce", "period", "initial", "renewal", "notice");
        };
        for (String field : List.of("date", "entryIntoForce", "period", "initial", "renewal", "notice")) {
            if (!used.contains(field)
                    && !b.isRejected(field)
                    && b.text(field).map(t -> !t.isBlank()).orElse(false)) {
                b.reject(field, "is not used by " + change, null);
            }
        }
        if (Set.of("SIGN", "DENOUNCE", "TERMINATE").contains(change) && date.isEmpty() && !b.isRejected("date")) {
            b.reject("date", "is required for " + change, null);
        }
        if (change.equals("SIGN")) {
            if (inForce.isEmpty() && !b.isRejected("entryIntoForce")) {
                b.reject("entryIntoForce", "is required for SIGN", null);
            } else if (inForce.isPresent() && date.isPresent() && inForce.get().isBefore(date.get())) {
                b.reject(
                        "entryIntoForce",
                        "must not be before the signature " + date.get(),
                        inForce.get().toString());
            }
        }
        if (change.equals("AMEND") && initial.isEmpty() && !b.isRejected("initial")) {
            b.reject("initial", "is required for AMEND", null);
        }
        b.check();
        InstrumentChange c = switch (change) {
            case "SIGN" -> new InstrumentChange.Sign(date.orElseThrow(), inForce.orElseThrow());
            case "DENOUNCE" -> new InstrumentChange.Denounce(date.orElseThrow());
            case "TERMINATE" -> new InstrumentChange.Terminate(date.orElseThrow());
            case "RENEW" -> new InstrumentChange.Renew(period);
            default -> new InstrumentChange.Amend(new Term(initial.orElseThrow(), renewal, notice.orElse(Period.ZERO)));
        };
        Instrument changed = book.changeInstrument(id, c);
        audit(ctx, AuditAction.INSTRUMENT_CHANGED, id, c.describe());
        HttpApi.json(ctx, 200, ProgrammeJson.instrument(changed, book.today()));
    }

    /**
     * {@code POST /api/programme/instruments/{id}/text?fileName=mou.pdf}: the signed text as the body, a PDF
     * file of at most 16 MB.
     */
    void attachText(Context ctx) {
        String id = ctx.pathParam("id");
        QueryParameters q = new QueryParameters(ctx.queryParamMap());
        String fileName = q.requiredText("fileName", 255);
        if (!fileName.isEmpty() && (fileName.contains("/") || fileName.contains("\\") || fileName.isBlank())) {
            q.reject("fileName", "must be a plain file name without directories", fileName);
        }
        q.check();
        if (book.instrument(id).isEmpty()) {
            throw ApiException.notFound("no instrument " + id);
        }
        if (ctx.contentLength() > MAX_TEXT_BYTES) {
            throw new ApiException(413, ErrorJson.of(ErrorJson.BAD_REQUEST, "file larger than 16 MB"));
        }
        byte[] bytes;
        try (InputStream in = ctx.req().getInputStream()) {
            bytes = in.readNBytes(MAX_TEXT_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the instrument's text", e);
        }
        if (bytes.length > MAX_TEXT_BYTES) {
            throw new ApiException(413, ErrorJson.of(ErrorJson.BAD_REQUEST, "file larger than 16 MB"));
        }
        if (!startsWith(bytes, PDF_MAGIC)) {
            throw ApiException.badField(
                    "body", "must be a PDF file (starting with %PDF-)", bytes.length == 0 ? "empty" : null);
        }
        Instrument changed = book.attachText(id, fileName, "application/pdf", bytes);
        audit(
                ctx,
                AuditAction.INSTRUMENT_TEXT_ATTACHED,
                id,
                fileName + ", " + bytes.length + " bytes, sha256 "
                        + changed.text().orElseThrow().sha256());
        HttpApi.json(ctx, 200, ProgrammeJson.instrument(changed, book.today()));
    }

    /** {@code GET /api/programme/instruments/{id}/text}: the signed text as attached. */
    void text(Context ctx) {
        String id = ctx.pathParam("id");
        Instrument i = book.instrument(id).orElseThrow(() -> ApiException.notFound("no instrument " + id));
        byte[] bytes = book.text(i).orElseThrow(() -> ApiException.notFound("instrument " + id + " has no text"));
        ctx.status(200)
                .contentType(i.text().orElseThrow().mediaType())
                .header(
                        "Content-Disposition",
                        "attachment; filename=\""
                                + i.text().orElseThrow().fileName().replaceAll("[^A-Za-z0-9._-]", "_") + "\"")
                .result(bytes);
    }

    /** {@code POST /api/programme/groups}: creates a working group. */
    void createGroup(Context ctx) {
        JsonBody b = JsonBody.of(ctx, Set.of("owningSide", "name", "coChairs", "members", "termsOfReference"));
        Nation side = side(b);
        String name = text(b, "name", true).orElse("");
        List<Participant> coChairs = participants(b, "coChairs", true);
        if (!b.isRejected("coChairs")
                && (coChairs.size() != 2
                        || coChairs.get(0).side().equals(coChairs.get(1).side()))) {
            b.reject("coChairs", "must be two people, one from each side", null);
        } else if (!b.isRejected("coChairs")
                && side != null
                && coChairs.stream().noneMatch(c -> c.side().equals(side))) {
            b.reject("coChairs", "must include one from the owning side " + side, null);
        }
        List<Participant> members = participants(b, "members", false);
        if (members.stream().distinct().count() != members.size()) {
            b.reject("members", "lists someone twice", null);
        }
        String terms = text(b, "termsOfReference", false).orElse("");
        b.check();
        WorkingGroup created = book.createGroup(side, id -> new WorkingGroup(id, side, name, coChairs, members, terms));
        audit(ctx, AuditAction.WORKING_GROUP_CREATED, created.id(), created.name());
        HttpApi.json(ctx, 201, ProgrammeJson.group(created));
    }

    /**
     * {@code POST /api/programme/meetings}: records a meeting of a working group with its decisions (texts,
     * numbered D1, D2, … in order) and the action items born from them ({@code decision} is the position
     * of the decision, from 1).
     */
    void holdMeeting(Context ctx) {
        JsonBody b = JsonBody.of(
                ctx,
                Set.of(
                        "owningSide",
                        "workingGroupId",
                        "title",
                        "start",
                        "zone",
                        "durationMinutes",
                        "place",
                        "agenda",
                        "attendees",
                        "minutes",
                        "decisions",
                        "actions"));
        Nation side = side(b);
        String groupId = text(b, "workingGroupId", true).orElse("");
        if (!groupId.isEmpty() && book.group(groupId).isEmpty()) {
            b.reject("workingGroupId", "is not a working group of the register", groupId);
        }
        String title = text(b, "title", true).orElse("");
        Optional<LocalDateTime> start = Optional.empty();
        Optional<String> startText = b.requiredText("start");
        if (startText.isPresent()) {
            try {
                start = Optional.of(LocalDateTime.parse(startText.get()));
            } catch (DateTimeParseException e) {
                b.reject("start", "must be a local date and time such as 2026-12-03T09:30", startText.get());
            }
        }
        ZoneId zone = null;
        Optional<String> zoneText = b.requiredText("zone");
        if (zoneText.isPresent()) {
            try {
                zone = ZoneId.of(zoneText.get());
            } catch (DateTimeException e) {
                b.reject("zone", "must be a time zone such as Africa/Algiers", zoneText.get());
            }
        }
        int minutesLong = b.integer("durationMinutes").orElse(120);
        if (minutesLong < 1 || minutesLong > 7 * 24 * 60) {
            b.reject("durationMinutes", "must be within 1..10080", String.valueOf(minutesLong));
        }
        String place = text(b, "place", true).orElse("");
        List<String> agenda = nonBlank(b, "agenda");
        List<Participant> attendees = participants(b, "attendees", false);
        if (attendees.stream().distinct().count() != attendees.size()) {
            b.reject("attendees", "lists someone twice", null);
        }
        String minutes = text(b, "minutes", false).orElse("");
        List<String> decisions = nonBlank(b, "decisions");
        List<ProgrammeBook.ActionDraft> drafts = new ArrayList<>();
        List<JsonNode> actionNodes = b.objects("actions").orElse(List.of());
        for (int n = 0; n < actionNodes.size(); n++) {
            draft(b, "actions[" + n + "]", actionNodes.get(n), decisions.size()).ifPresent(drafts::add);
        }
        b.check();
        ZoneId where = zone;
        LocalDateTime when = start.orElseThrow();
        ProgrammeBook.MeetingRecord held = book.holdMeeting(
                side,
                groupId,
                (id, group, numbered) -> new Meeting(
                        id,
                        side,
                        group,
                        title,
                        when.atZone(where),
                        Duration.ofMinutes(minutesLong),
                        place,
                        agenda,
                        attendees,
                        minutes,
                        numbered),
                decisions,
                drafts,
                by(ctx));
        audit(
                ctx,
                AuditAction.MEETING_RECORDED,
                held.meeting().id(),
                held.meeting().title() + ", " + held.meeting().decisions().size() + " decisions, "
                        + held.actions().size() + " action items");
        LocalDate day = book.today();
        Map<String, Object> answer = new LinkedHashMap<>(ProgrammeJson.meeting(held.meeting()));
        answer.put(
                "actions",
                held.actions().stream().map(a -> ProgrammeJson.action(a, day)).toList());
        HttpApi.json(ctx, 201, answer);
    }

    /** {@code POST /api/programme/actions/{id}/status}: {@code {"status": "DONE"}}, recorded in the history. */
    void changeStatus(Context ctx) {
        String id = ctx.pathParam("id");
        JsonBody b = JsonBody.of(ctx, Set.of("status"));
        ActionStatus status = enumValue(b, "status", ActionStatus.class);
        b.check();
        ActionItem changed = book.changeStatus(id, status, by(ctx));
        audit(
                ctx,
                AuditAction.ACTION_STATUS_CHANGED,
                id,
                changed.history().getLast().what());
        HttpApi.json(ctx, 200, ProgrammeJson.action(changed, book.today()));
    }

    /**
     * {@code POST /api/programme/actions/{id}/due}: {@code {"due": "2027-05-15", "reason": "..."}} moves an open or
     * in-progress action item of this side to another due day, the reason kept in its history.
     */
    void reschedule(Context ctx) {
        String id = ctx.pathParam("id");
        JsonBody b = JsonBody.of(ctx, Set.of("due", "reason"));
        Optional<LocalDate> due = date(b, "due");
        if (due.isEmpty() && !b.isRejected("due")) {
            b.reject("due", "is required", null);
        }
        Optional<String> reason = text(b, "reason", true);
        if (reason.isEmpty() && !b.isRejected("reason")) {
            b.reject("reason", "is required: say why the due day moves", null);
        }
        b.check();
        ActionItem changed = book.reschedule(id, due.orElseThrow(), reason.orElseThrow(), by(ctx));
        audit(
                ctx,
                AuditAction.ACTION_RESCHEDULED,
                id,
                changed.history().getLast().what());
        HttpApi.json(ctx, 200, ProgrammeJson.action(changed, book.today()));
    }

    /**
     * {@code POST /api/programme/actions/{id}/assignee}: {@code {"assignee": "...", "side": "FRA"}} gives an open
     * or in-progress action item to another person and, optionally, to another side (a node without federation
     * only: the item is cancelled and the other side's opened in its place, answered as {@code takenOver}).
     */
    void reassign(Context ctx) {
        String id = ctx.pathParam("id");
        JsonBody b = JsonBody.of(ctx, Set.of("assignee", "side"));
        Optional<String> assignee = text(b, "assignee", true);
        if (assignee.isEmpty() && !b.isRejected("assignee")) {
            b.reject("assignee", "is required", null);
        }
        Optional<String> sideText = text(b, "side", false).filter(t -> !t.isBlank());
        Optional<Nation> side = sideText.flatMap(t -> nation(b, "side", t));
        b.check();
        ProgrammeBook.Reassigned r = book.reassign(id, assignee.orElseThrow().strip(), side, by(ctx));
        audit(
                ctx,
                AuditAction.ACTION_REASSIGNED,
                id,
                r.action().history().getLast().what());
        Map<String, Object> answer = new LinkedHashMap<>(ProgrammeJson.action(r.action(), book.today()));
        r.takenOver().ifPresent(t -> answer.put("takenOver", ProgrammeJson.action(t, book.today())));
        HttpApi.json(ctx, 200, answer);
    }

    /**
     * {@code PATCH /api/programme/meetings/{id}}: {@code {"place": ..., "minutes": ...}}, either or both, on a
     * meeting of this node's side; the partner's node receives the changed fields.
     */
    void changeMeeting(Context ctx) {
        String id = ctx.pathParam("id");
        JsonBody b = JsonBody.of(ctx, Set.of("place", "minutes"));
        Optional<String> place = text(b, "place", false);
        if (place.isPresent() && place.get().isBlank()) {
            b.reject("place", "must not be blank", place.get());
        }
        Optional<String> minutes = text(b, "minutes", false);
        if (place.isEmpty() && minutes.isEmpty() && !b.isRejected("place") && !b.isRejected("minutes")) {
            b.reject("place", "place or minutes is required", null);
        }
        b.check();
        Meeting changed = book.changeMeeting(id, place, minutes);
        audit(
                ctx,
                AuditAction.MEETING_CHANGED,
                id,
                (place.isPresent() ? "place " + place.get() : "")
                        + (place.isPresent() && minutes.isPresent() ? "; " : "")
                        + (minutes.isPresent() ? "minutes (" + minutes.get().length() + " characters)" : ""));
        HttpApi.json(ctx, 200, ProgrammeJson.meeting(changed));
    }

    /**
     * {@code POST /api/programme/meetings/{id}/attendees}: {@code {"attendees": [{"name", "side"}]}}, the people
     * this node's side sends to a partner's meeting — the one part of it this side writes.
     */
    void sendAttendees(Context ctx) {
        String id = ctx.pathParam("id");
        JsonBody b = JsonBody.of(ctx, Set.of("attendees"));
        List<Participant> attendees = participants(b, "attendees", true);
        b.check();
        Meeting changed = book.sendAttendees(id, attendees);
        audit(
                ctx,
                AuditAction.MEETING_ATTENDEES_SENT,
                id,
                attendees.stream().map(Participant::name).collect(java.util.stream.Collectors.joining(", ")));
        HttpApi.json(ctx, 200, ProgrammeJson.meeting(changed));
    }

    /** {@code GET /api/programme/sync}: what the exchange of programme edits with the partners has done. */
    void sync(Context ctx) {
        ProgrammeBook.SyncStatus s = book.syncStatus();
        Map<String, Object> m = new LinkedHashMap<>();
        book.self().ifPresent(n -> m.put("side", n.alpha3()));
        m.put("applied", s.applied());
        m.put("refused", s.refused());
        m.put("lastRefusal", s.lastRefusal());
        m.put("notOffered", s.notOffered());
        m.put("offerFailures", s.offerFailures());
        m.put("lastOfferFailure", s.lastOfferFailure());
        m.put("clock", s.clock());
        HttpApi.json(ctx, 200, m);
    }

    /**
     * {@code POST /api/programme/cases}: opens an acquisition case with its dated steps (the letter of request
     * first), its equipment lines (numbered L1, L2, … in order) and its milestones.
     */
    void openCase(Context ctx) {
        JsonBody b = JsonBody.of(
                ctx, Set.of("owningSide", "requestingSide", "providingSide", "title", "steps", "lines", "milestones"));
        Nation side = side(b);
        Optional<Nation> requesting = b.requiredText("requestingSide").flatMap(s -> nation(b, "requestingSide", s));
        Optional<Nation> providing = b.requiredText("providingSide").flatMap(s -> nation(b, "providingSide", s));
        if (requesting.isPresent() && requesting.equals(providing)) {
            b.reject(
                    "providingSide",
                    "must differ from the requesting side",
                    providing.get().alpha3());
        }
        if (side != null
                && requesting.isPresent()
                && providing.isPresent()
                && !side.equals(requesting.get())
                && !side.equals(providing.get())) {
            b.reject("owningSide", "must be the requesting or the providing side", side.alpha3());
        }
        String title = text(b, "title", true).orElse("");
        List<CaseStep> steps = new ArrayList<>();
        List<JsonNode> stepNodes = b.objects("steps").orElse(List.of());
        if (stepNodes.isEmpty() && !b.isRejected("steps")) {
            b.reject("steps", "is required: at least the letter of request", null);
        }
        for (int n = 0; n < stepNodes.size(); n++) {
            String at = "steps[" + n + "]";
            JsonNode s = stepNodes.get(n);
            Optional<StepKind> kind =
                    member(b, at, s, "kind").flatMap(k -> enumMember(b, at + ".kind", k, StepKind.class));
            Optional<LocalDate> date = member(b, at, s, "date").flatMap(d -> dateMember(b, at + ".date", d));
            Optional<String> reference = member(b, at, s, "reference");
            if (kind.isPresent() && date.isPresent() && reference.isPresent()) {
                steps.add(new CaseStep(kind.get(), date.get(), reference.get()));
            }
        }
        List<EquipmentLine> lines = new ArrayList<>();
        List<JsonNode> lineNodes = b.objects("lines").orElse(List.of());
        for (int n = 0; n < lineNodes.size(); n++) {
            String at = "lines[" + n + "]";
            JsonNode l = lineNodes.get(n);
            Optional<EquipmentCategory> category = member(b, at, l, "category")
                    .flatMap(c -> enumMember(b, at + ".category", c, EquipmentCategory.class));
            Optional<String> description = member(b, at, l, "description");
            JsonNode quantity = l.get("quantity");
            if (quantity == null
                    || !quantity.isIntegralNumber()
                    || !quantity.canConvertToInt()
                    || quantity.asInt() < 1) {
                b.reject(at + ".quantity", "must be a whole number of at least 1", str(quantity));
            }
            JsonNode value = l.get("unitValue");
            Optional<String> currency = member(b, at, l, "currency");
            Optional<Money> money = Optional.empty();
            if (value == null || !(value.isTextual() || value.isNumber())) {
                b.reject(at + ".unitValue", "is required: the value of one unit, such as \"41000000.00\"", str(value));
            } else if (currency.isPresent()) {
                try {
                    money = Optional.of(Money.of(value.asText(), currency.get().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    b.reject(at + ".unitValue", e.getMessage(), value.asText());
                }
            }
            Optional<AssetKind> trackable = Optional.empty();
            JsonNode t = l.get("trackable");
            if (t != null && !t.isNull() && !t.asText().isBlank()) {
                trackable = enumMember(b, at + ".trackable", t.asText(), AssetKind.class);
            }
            if (category.isPresent()
                    && description.isPresent()
                    && money.isPresent()
                    && !b.isRejected(at + ".quantity")) {
                lines.add(new EquipmentLine(
                        "L" + (n + 1), category.get(), description.get(), quantity.asInt(), money.get(), trackable));
            }
        }
        List<Milestone> milestones = new ArrayList<>();
        List<JsonNode> milestoneNodes = b.objects("milestones").orElse(List.of());
        for (int n = 0; n < milestoneNodes.size(); n++) {
            String at = "milestones[" + n + "]";
            JsonNode ms = milestoneNodes.get(n);
            Optional<String> name = member(b, at, ms, "name");
            Optional<LocalDate> planned = member(b, at, ms, "planned").flatMap(d -> dateMember(b, at + ".planned", d));
            if (name.isPresent() && planned.isPresent()) {
                milestones.add(new Milestone(name.get(), planned.get(), Optional.empty()));
            }
        }
        b.check();
        if (steps.getFirst().kind() != StepKind.LETTER_OF_REQUEST) {
            throw ApiException.badField(
                    "steps",
                    "must start with the LETTER_OF_REQUEST",
                    steps.getFirst().kind().name());
        }
        AcquisitionCase opened = book.openCase(side, id -> {
            AcquisitionCase c = AcquisitionCase.requested(
                    id, side, requesting.orElseThrow(), providing.orElseThrow(), title, steps.getFirst());
            for (CaseStep s : steps.subList(1, steps.size())) {
                c = c.withStep(s);
            }
            for (EquipmentLine l : lines) {
                c = c.withLine(l);
            }
            for (Milestone m : milestones) {
                c = c.withMilestone(m);
            }
            return c;
        });
        audit(
                ctx,
                AuditAction.ACQUISITION_CASE_OPENED,
                opened.id(),
                opened.title() + ", " + opened.lines().size() + " equipment lines");
        HttpApi.json(ctx, 201, ProgrammeJson.acquisitionCase(opened, book.today()));
    }

    /**
     * {@code POST /api/programme/cases/{id}/deliveries}: {@code {"line": "L1", "date": …, "quantity": 1,
     * "units": [{"name", "registration", "searchSpeedKnots", "enduranceHours", "searchHeightMetres",
     * "sensors"}]}}; each unit of a tracked line becomes an asset in the register.
     */
    void deliver(Context ctx) {
        String id = ctx.pathParam("id");
        JsonBody b = JsonBody.of(ctx, Set.of("line", "date", "quantity", "units"));
        String line = text(b, "line", true).orElse("");
        Optional<LocalDate> date = date(b, "date");
        if (date.isEmpty() && !b.isRejected("date")) {
            b.reject("date", "is required", null);
        }
        int quantity = b.integer("quantity").orElse(0);
        if (quantity < 1 && !b.isRejected("quantity")) {
            b.reject("quantity", "must be a whole number of at least 1", String.valueOf(quantity));
        }
        List<ProgrammeBook.UnitDraft> units = new ArrayList<>();
        List<JsonNode> unitNodes = b.objects("units").orElse(List.of());
        for (int n = 0; n < unitNodes.size(); n++) {
            String at = "units[" + n + "]";
            JsonNode u = unitNodes.get(n);
            Optional<String> name = member(b, at, u, "name");
            Optional<String> registration = member(b, at, u, "registration");
            Optional<SearchCapability> search = Optional.empty();
            if (u.has("searchSpeedKnots") || u.has("enduranceHours")) {
                try {
                    List<String> sensors = new ArrayList<>();
                    u.path("sensors").forEach(s -> sensors.add(s.asText()));
                    search = Optional.of(new SearchCapability(
                            u.path("searchSpeedKnots").asDouble(Double.NaN),
                            u.path("enduranceHours").asDouble(Double.NaN),
                            u.path("searchHeightMetres").asDouble(0),
                            sensors));
                } catch (IllegalArgumentException e) {
                    b.reject(at, e.getMessage(), u.toString());
                }
            }
            if (name.isPresent() && registration.isPresent()) {
                units.add(new ProgrammeBook.UnitDraft(name.get(), registration.get(), search));
            }
        }
        b.check();
        var delivered = book.deliver(id, line, date.orElseThrow(), quantity, units);
        audit(
                ctx,
                AuditAction.DELIVERY_RECORDED,
                id,
                quantity + " of line " + line + ", assets "
                        + String.join(
                                " ",
                                delivered.assets().stream().map(a -> a.id()).toList()));
        Map<String, Object> answer =
                new LinkedHashMap<>(ProgrammeJson.acquisitionCase(delivered.acquisitionCase(), book.today()));
        answer.put(
                "assets", delivered.assets().stream().map(ProgrammeJson::asset).toList());
        HttpApi.json(ctx, 201, answer);
    }

    /**
     * {@code POST /api/programme/cases/{id}/steps}: {@code {"kind": "OFFER", "date": "2026-05-02", "reference":
     * "LOA-DZ-B-01"}} adds a dated step to the case (an offer, its acceptance, an amendment).
     */
    void addStep(Context ctx) {
        String id = ctx.pathParam("id");
        JsonBody b = JsonBody.of(ctx, Set.of("kind", "date", "reference"));
        Optional<StepKind> kind = b.requiredText("kind").flatMap(k -> enumMember(b, "kind", k, StepKind.class));
        Optional<LocalDate> date = date(b, "date");
        if (date.isEmpty() && !b.isRejected("date")) {
            b.reject("date", "is required", null);
        }
        String reference = text(b, "reference", true).orElse("");
        b.check();
        AcquisitionCase changed = book.addStep(id, new CaseStep(kind.orElseThrow(), date.orElseThrow(), reference));
        audit(ctx, AuditAction.ACQUISITION_CASE_CHANGED, id, kind.get() + " " + reference + " of " + date.get());
        HttpApi.json(ctx, 200, ProgrammeJson.acquisitionCase(changed, book.today()));
    }

    /**
     * {@code POST /api/programme/cases/{id}/milestones}: {@code {"name": "Acceptance test", "reached":
     * "2026-09-30"}} records the day a planned milestone was reached.
     */
    void milestoneReached(Context ctx) {
        String id = ctx.pathParam("id");
        JsonBody b = JsonBody.of(ctx, Set.of("name", "reached"));
        String name = text(b, "name", true).orElse("");
        Optional<LocalDate> reached = date(b, "reached");
        if (reached.isEmpty() && !b.isRejected("reached")) {
            b.reject("reached", "is required", null);
        }
        b.check();
        AcquisitionCase changed = book.milestoneReached(id, name, reached.orElseThrow());
        audit(ctx, AuditAction.ACQUISITION_CASE_CHANGED, id, "milestone " + name + " reached " + reached.get());
        HttpApi.json(ctx, 200, ProgrammeJson.acquisitionCase(changed, book.today()));
    }

    private static <E extends Enum<E>> Optional<E> enumMember(JsonBody b, String field, String text, Class<E> type) {
        try {
            return Optional.of(Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            List<String> names = java.util.Arrays.stream(type.getEnumConstants())
                    .map(Enum::name)
                    .toList();
            b.reject(field, "must be one of " + String.join(", ", names), text);
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> dateMember(JsonBody b, String field, String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            b.reject(field, "must be a date such as 2026-03-01", text);
            return Optional.empty();
        }
    }

    /** {@code GET /api/programme/calendar.ics}: meetings and action items as one iCalendar file. */
    void calendar(Context ctx) {
        ctx.status(200)
                .contentType("text/calendar; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"jisr-programme.ics\"")
                .result(book.calendar());
    }

    /** {@code GET /api/programme/meetings/{id}/report.pdf}: the meeting's printable report. */
    void report(Context ctx) {
        String id = ctx.pathParam("id");
        byte[] pdf = book.report(id)
                .orElseThrow(() -> ApiException.notFound(book.meeting(id)
                        .map(m -> "meeting " + id + " has no report on this node: its working group "
                                + m.workingGroupId() + " is kept by " + m.owningSide() + "'s node")
                        .orElse("no meeting " + id)));
        ctx.status(200)
                .contentType("application/pdf")
                .header("Content-Disposition", "attachment; filename=\"meeting-" + id + ".pdf\"")
                .result(pdf);
    }

    /** A refusal by the register, in the API's error shape. */
    static void refusal(ProgrammeRefusal e, Context ctx) {
        if (e instanceof ProgrammeRefusal.NotFound) {
            HttpApi.json(ctx, 404, ErrorJson.of(ErrorJson.NOT_FOUND, e.getMessage()));
        } else if (e instanceof ProgrammeRefusal.Conflict) {
            HttpApi.json(ctx, 409, ErrorJson.of(ErrorJson.CONFLICT, e.getMessage()));
        } else if (e.field().isEmpty()) {
            HttpApi.json(ctx, 400, ErrorJson.of(ErrorJson.BAD_PARAMETER, e.getMessage()));
        } else {
            ApiException a = ApiException.badField(e.field(), e.getMessage(), null);
            HttpApi.json(ctx, 400, a.body());
        }
    }

    private Optional<ProgrammeBook.ActionDraft> draft(JsonBody b, String at, JsonNode n, int decisions) {
        Optional<String> title = member(b, at, n, "title");
        Optional<String> assignee = member(b, at, n, "assignee");
        Optional<String> sideText = member(b, at, n, "side");
        Optional<String> dueText = member(b, at, n, "due");
        JsonNode decision = n.get("decision");
        int number = 0;
        if (decision == null || !decision.canConvertToInt() || !decision.isIntegralNumber()) {
            b.reject(at + ".decision", "is required: the position of the decision, from 1", str(decision));
        } else if (decision.asInt() < 1 || decision.asInt() > decisions) {
            b.reject(
                    at + ".decision",
                    "must be within 1.." + decisions + ", the meeting's decisions",
                    decision.toString());
        } else {
            number = decision.asInt();
        }
        Optional<Nation> side = sideText.flatMap(s -> nation(b, at + ".side", s));
        Optional<LocalDate> due = Optional.empty();
        if (dueText.isPresent()) {
            try {
                due = Optional.of(LocalDate.parse(dueText.get()));
            } catch (DateTimeParseException e) {
                b.reject(at + ".due", "must be a date such as 2027-01-31", dueText.get());
            }
        }
        for (var it = n.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!Set.of("decision", "title", "assignee", "side", "due").contains(f)) {
                b.reject(
                        at + "." + f,
                        "is not a field of an action item; known are assignee, decision, due, side, title",
                        null);
            }
        }
        if (title.isEmpty() || assignee.isEmpty() || side.isEmpty() || due.isEmpty() || number == 0) {
            return Optional.empty();
        }
        return Optional.of(new ProgrammeBook.ActionDraft(number, title.get(), assignee.get(), side.get(), due.get()));
    }

    private static Optional<String> member(JsonBody b, String at, JsonNode n, String name) {
        JsonNode v = n.get(name);
        if (v == null || v.isNull() || !v.isTextual() || v.asText().isBlank()) {
            b.reject(at + "." + name, "is required text", str(v));
            return Optional.empty();
        }
        if (v.asText().length() > MAX_TEXT) {
            b.reject(at + "." + name, "must be at most " + MAX_TEXT + " characters", null);
            return Optional.empty();
        }
        return Optional.of(v.asText().strip());
    }

    private static String str(JsonNode v) {
        return v == null ? null : v.toString();
    }

    /** The owning side: the node's nation when it federates (and then it must be that), else as given. */
    private Nation side(JsonBody b) {
        Optional<String> text = b.text("owningSide");
        if (text.isEmpty()) {
            if (book.self().isPresent()) {
                return book.self().get();
            }
            if (!b.isRejected("owningSide")) {
                b.reject(
                        "owningSide", "is required on a node without federation: the side that keeps the record", null);
            }
            return null;
        }
        Optional<Nation> n = nation(b, "owningSide", text.get());
        if (n.isPresent() && book.self().isPresent() && !book.self().get().equals(n.get())) {
            b.reject(
                    "owningSide",
                    "this node keeps the records of " + book.self().get() + " only",
                    text.get());
            return null;
        }
        return n.orElse(null);
    }

    private static Optional<Nation> nation(JsonBody b, String field, String code) {
        try {
            return Optional.of(Nation.of(code.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            b.reject(field, "must be an ISO 3166-1 alpha-3 code such as DZA", code);
            return Optional.empty();
        }
    }

    private static <E extends Enum<E>> E enumValue(JsonBody b, String field, Class<E> type) {
        Optional<String> text = b.requiredText(field);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.get().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> names = java.util.Arrays.stream(type.getEnumConstants())
                    .map(Enum::name)
                    .toList();
            b.reject(field, "must be one of " + String.join(", ", names), text.get());
            return null;
        }
    }

    private static Optional<String> text(JsonBody b, String field, boolean required) {
        Optional<String> text = required ? b.requiredText(field) : b.text(field);
        if (text.isPresent() && text.get().length() > MAX_TEXT) {
            b.reject(field, "must be at most " + MAX_TEXT + " characters", null);
            return Optional.empty();
        }
        if (required && text.isPresent() && text.get().isBlank()) {
            b.reject(field, "must not be blank", text.get());
            return Optional.empty();
        }
        return text.map(String::strip);
    }

    private static Optional<LocalDate> date(JsonBody b, String field) {
        Optional<String> text = b.text(field);
        if (text.isEmpty() || text.get().isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.get()));
        } catch (DateTimeParseException e) {
            b.reject(field, "must be a date such as 2026-03-01", text.get());
            return Optional.empty();
        }
    }

    private static Optional<Period> period(JsonBody b, String field, boolean required) {
        Optional<String> text = required ? b.requiredText(field) : b.text(field);
        if (text.isEmpty() || text.get().isBlank()) {
            if (required && !b.isRejected(field)) {
                b.reject(field, "is required", text.orElse(null));
            }
            return Optional.empty();
        }
        try {
            Period p = Period.parse(text.get());
            if (p.isNegative() || (p.isZero() && !field.equals("notice"))) {
                b.reject(field, "must be a positive period such as P5Y", text.get());
                return Optional.empty();
            }
            return Optional.of(p);
        } catch (DateTimeParseException e) {
            b.reject(field, "must be an ISO-8601 period such as P5Y or P6M", text.get());
            return Optional.empty();
        }
    }

    private static List<String> nonBlank(JsonBody b, String field) {
        List<String> items = b.texts(field).orElse(List.of()).stream()
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
        if (items.stream().anyMatch(s -> s.length() > MAX_TEXT)) {
            b.reject(field, "items must be at most " + MAX_TEXT + " characters", null);
        }
        return items;
    }

    private static List<Participant> participants(JsonBody b, String field, boolean required) {
        Optional<List<JsonNode>> nodes = b.objects(field);
        if (nodes.isEmpty()) {
            if (required && !b.isRejected(field)) {
                b.reject(field, "is required", null);
            }
            return List.of();
        }
        List<Participant> out = new ArrayList<>();
        for (int n = 0; n < nodes.get().size(); n++) {
            JsonNode p = nodes.get().get(n);
            String at = field + "[" + n + "]";
            Optional<String> name = member(b, at, p, "name");
            Optional<Nation> side = member(b, at, p, "side").flatMap(s -> nation(b, at + ".side", s));
            if (name.isPresent() && side.isPresent()) {
                out.add(new Participant(name.get(), side.get()));
            }
        }
        return out;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String by(Context ctx) {
        return AccessGate.principal(ctx).username().value();
    }

    private void audit(Context ctx, AuditAction action, String target, String detail) {
        Principal principal = AccessGate.principal(ctx);
        web.accounts().record(principal, action, target, detail);
    }
}
