package io.jisr.app.federation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.jisr.access.Accounts;
import io.jisr.access.AuditAction;
import io.jisr.access.Principal;
import io.jisr.app.http.HttpApi;
import io.jisr.exchange.agreement.Agreement;
import io.jisr.exchange.agreement.AgreementChange;
import io.jisr.exchange.agreement.AgreementProblem;
import io.jisr.exchange.audit.AuditEncoding;
import io.jisr.exchange.audit.AuditEvent;
import io.jisr.exchange.audit.AuditVerifier;
import io.jisr.exchange.audit.CategoryCount;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The federation's routes on the operators' API (behind its sign-in, like every {@code /api} route):
 * {@code GET /api/federation/links}, the state of each partner's link, and, for administrators, the
 * agreements: {@code GET /api/federation/agreements}, {@code GET .../{id}/versions}, {@code PUT .../{id}}
 * (a new version), {@code POST .../{id}/suspend} and {@code POST .../{id}/reinstate}, and {@code GET
 * /api/federation/audit}, the exchange audit chain decoded and verified. Every change is in the exchange audit
 * chain and the node's audit log. Nothing here is reachable from the federation port.
 */
public final class FederationRoutes {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int MAX_REASON = 2000;
    /** The most entries one page of the exchange audit holds. */
    static final int MAX_AUDIT_LIMIT = 1000;

    private static final int DEFAULT_AUDIT_LIMIT = 100;
    private static final Pattern PARTNER = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private final Federation federation;
    private final Accounts accounts;

    private FederationRoutes(Federation federation, Accounts accounts) {
        this.federation = federation;
        this.accounts = accounts;
    }

    /** Adds the routes to the operators' API; changes to agreements are audited in {@code accounts}. */
    public static void register(JavalinConfig config, Federation federation, Accounts accounts) {
        FederationRoutes routes = new FederationRoutes(federation, accounts);
        config.routes.get("/api/federation/links", routes::links);
        config.routes.get("/api/federation/audit", routes::audit);
        config.routes.get("/api/federation/agreements", routes::agreements);
        config.routes.get("/api/federation/agreements/{id}/versions", routes::versions);
        config.routes.put("/api/federation/agreements/{id}", routes::edit);
        config.routes.post("/api/federation/agreements/{id}/suspend", ctx -> routes.status(ctx, true));
        config.routes.post("/api/federation/agreements/{id}/reinstate", ctx -> routes.status(ctx, false));
    }

    private void links(Context ctx) {
        ObjectNode body = MAPPER.createObjectNode();
        body.put("fingerprint", federation.fingerprint().hex());
        body.put("port", federation.port());
        body.put("offered", federation.offered());
        body.put("auditHead", federation.auditHead());
        ArrayNode links = body.putArray("links");
        for (LinkStatus link : federation.links()) {
            ObjectNode l = links.addObject();
            l.put("nation", link.partner().nation().code());
            l.put("node", link.partner().node().value());
            l.put("connected", link.connected());
            l.put("cursor", link.cursor());
            l.put("lagRecords", link.lagRecords());
            l.put("lagSeconds", link.lagSeconds());
            l.put("applied", link.applied());
            l.put("batches", link.batches());
            l.put("failures", link.failures());
            l.put("recordsPerSecond", Math.round(link.recordsPerSecond() * 10) / 10.0);
            if (link.lastError().isPresent()) {
                l.put("lastError", link.lastError().get());
            } else {
                l.putNull("lastError");
            }
        }
        ctx.status(200).contentType("application/json").result(body.toString());
    }

    /**
     * {@code GET /api/federation/audit}: the exchange audit chain's entries, newest first, decoded from the stored
     * bytes, filtered by {@code partner}, {@code kind}, {@code from}, {@code to}, paged by {@code before} and
     * {@code limit}; and, unless {@code verify=false}, the whole stored chain verified now.
     */
    private void audit(Context ctx) {
        Map<String, List<String>> params = ctx.queryParamMap();
        List<AgreementProblem> problems = new ArrayList<>();
        Optional<String> partner = single(params, "partner", problems);
        if (partner.isPresent() && !PARTNER.matcher(partner.get()).matches()) {
            problems.add(new AgreementProblem(
                    "partner", "must be a partner's node id or nation code (1 to 64 of A-Z a-z 0-9 . _ -)"));
            partner = Optional.empty();
        }
        Set<FederationAudit.Kind> kinds = EnumSet.noneOf(FederationAudit.Kind.class);
        for (String given : params.getOrDefault("kind", List.of())) {
            for (String k : given.split(",")) {
                if (k.isBlank()) {
                    continue;
                }
                Optional<FederationAudit.Kind> kind = FederationAudit.Kind.of(k.strip());
                if (kind.isPresent()) {
                    kinds.add(kind.get());
                } else {
                    problems.add(new AgreementProblem(
                            "kind",
                            "\"" + excerpt(k.strip())
                                    + "\" is not one of batch-released, batch-received, agreement-changed"));
                }
            }
        }
        Optional<Instant> from = instant(params, "from", problems);
        Optional<Instant> to = instant(params, "to", problems);
        if (from.isPresent() && to.isPresent() && !to.get().isAfter(from.get())) {
            problems.add(new AgreementProblem("to", "must be after from (" + from.get() + ")"));
        }
        long before = Long.MAX_VALUE;
        Optional<String> beforeText = single(params, "before", problems);
        if (beforeText.isPresent()) {
            before = number(beforeText.get(), 1, Long.MAX_VALUE).orElseGet(() -> {
                problems.add(new AgreementProblem("before", "must be an entry index, 1 or more"));
                return Long.MAX_VALUE;
            });
        }
        int limit = DEFAULT_AUDIT_LIMIT;
        Optional<String> limitText = single(params, "limit", problems);
        if (limitText.isPresent()) {
            Optional<Long> n = number(limitText.get(), 1, MAX_AUDIT_LIMIT);
            if (n.isPresent()) {
                limit = n.get().intValue();
            } else {
                problems.add(new AgreementProblem("limit", "must be a whole number from 1 to " + MAX_AUDIT_LIMIT));
            }
        }
        boolean verify = true;
        Optional<String> verifyText = single(params, "verify", problems);
        if (verifyText.isPresent()) {
            switch (verifyText.get()) {
                case "true" -> verify = true;
                case "false" -> verify = false;
                default -> problems.add(new AgreementProblem("verify", "must be true or false"));
            }
        }
        if (!problems.isEmpty()) {
            List<String> names =
                    problems.stream().map(AgreementProblem::where).distinct().toList();
            String message = problems.size() == 1
                    ? "bad parameter " + problems.getFirst().where() + ": "
                            + problems.getFirst().message()
                    : "bad parameters " + String.join(", ", names) + ": see errors";
            error(ctx, 400, "BAD_PARAMETER", message, problems);
            return;
        }
        FederationAudit.Page page =
                federation.audit(new FederationAudit.Query(partner, kinds, from, to, before, limit));
        ObjectNode body = MAPPER.createObjectNode();
        ArrayNode entries = body.putArray("entries");
        page.entries().forEach(e -> entries.add(entry(e)));
        if (page.nextBefore().isPresent()) {
            body.put("nextBefore", page.nextBefore().getAsLong());
        } else {
            body.putNull("nextBefore");
        }
        body.put("head", federation.auditHead());
        if (verify) {
            ObjectNode verified = body.putObject("verified");
            switch (federation.verifyAudit(Optional.empty())) {
                case AuditVerifier.Verdict.Intact intact -> {
                    verified.put("ok", true);
                    verified.put("entries", intact.entries());
                    verified.put("head", intact.headHex());
                }
                case AuditVerifier.Verdict.Broken broken -> {
                    verified.put("ok", false);
                    verified.put("brokenAt", broken.index());
                    verified.put("message", broken.message());
                }
            }
        }
        ok(ctx, 200, body);
    }

    private static ObjectNode entry(FederationAudit.Listed listed) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("index", listed.index());
        o.put("hash", listed.hashHex());
        switch (listed.decoded()) {
            case AuditEncoding.Decoded.Malformed bad -> {
                o.put("kind", "malformed");
                o.put("problem", "malformed at byte " + bad.offset() + ": " + bad.message());
            }
            case AuditEncoding.Decoded.Entry decoded -> {
                AuditEvent event = decoded.event();
                o.put("kind", FederationAudit.Kind.of(event).id());
                o.put("time", event.time().toString());
                switch (event) {
                    case AuditEvent.BatchReleased r -> batch(o, r.partner(), r.counts(), r.after(), r.upTo());
                    case AuditEvent.BatchReceived r -> batch(o, r.sender(), r.counts(), r.after(), r.upTo());
                    case AuditEvent.AgreementChanged c -> {
                        o.put("agreement", c.agreementId());
                        o.put("version", c.version());
                        o.put("actor", c.actor());
                        ArrayNode changes = o.putArray("changes");
                        c.changes().forEach(changes::add);
                    }
                }
            }
        }
        return o;
    }

    private static void batch(
            ObjectNode o, io.jisr.exchange.Partner partner, List<CategoryCount> counts, long after, long upTo) {
        o.putObject("partner")
                .put("nation", partner.nation().code())
                .put("node", partner.node().value());
        ArrayNode categories = o.putArray("categories");
        long records = 0;
        for (CategoryCount c : counts) {
            categories.addObject().put("category", c.categoryId()).put("count", c.count());
            records += c.count();
        }
        o.put("records", records);
        o.put("after", after);
        o.put("upTo", upTo);
    }

    private static Optional<String> single(
            Map<String, List<String>> params, String name, List<AgreementProblem> problems) {
        List<String> given = params.getOrDefault(name, List.of()).stream()
                .map(String::strip)
                .filter(v -> !v.isEmpty())
                .toList();
        if (given.size() > 1) {
            problems.add(new AgreementProblem(name, "must be given once, was given " + given.size() + " times"));
            return Optional.empty();
        }
        return given.stream().findFirst();
    }

    private static Optional<Instant> instant(
            Map<String, List<String>> params, String name, List<AgreementProblem> problems) {
        Optional<String> text = single(params, name, problems);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(text.get()));
        } catch (DateTimeParseException e) {
            problems.add(new AgreementProblem(name, "must be an ISO-8601 time such as 2026-11-26T12:00:00Z"));
            return Optional.empty();
        }
    }

    private static Optional<Long> number(String text, long min, long max) {
        try {
            long v = Long.parseLong(text);
            return v >= min && v <= max ? Optional.of(v) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String excerpt(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    private void agreements(Context ctx) {
        ObjectNode body = MAPPER.createObjectNode();
        body.put("nation", federation.self().nation().code());
        ArrayNode list = body.putArray("agreements");
        federation.agreements().current().forEach(v -> list.add(version(v)));
        // Annex areas naming a zone that does not resolve now (missing, redrawn): those annexes release nothing.
        ArrayNode zones = body.putArray("zoneProblems");
        federation.agreements().zoneProblems().forEach(zones::add);
        ok(ctx, 200, body);
    }

    private void versions(Context ctx) {
        String id = ctx.pathParam("id");
        Optional<List<AgreementBook.Version>> versions = federation.agreements().versions(id);
        if (versions.isEmpty()) {
            error(ctx, 404, "NOT_FOUND", "no agreement " + id, List.of());
            return;
        }
        ObjectNode body = MAPPER.createObjectNode();
        ArrayNode list = body.putArray("versions");
        versions.get().forEach(v -> list.add(version(v)));
        ok(ctx, 200, body);
    }

    private void edit(Context ctx) {
        String id = ctx.pathParam("id");
        Optional<JsonNode> body = body(ctx);
        if (body.isEmpty()) {
            return;
        }
        JsonNode b = body.get();
        if (!b.path("version").isInt()) {
            error(
                    ctx,
                    400,
                    "BAD_PARAMETER",
                    "bad parameter version: the version edited is required",
                    List.of(new AgreementProblem("version", "the version edited is required")));
            return;
        }
        Optional<String> reason = reason(ctx, b);
        if (reason.isEmpty()) {
            return;
        }
        Agreement proposed;
        try {
            proposed = AgreementFile.parse(b.path("agreement"), "agreement");
        } catch (IllegalArgumentException e) {
            error(ctx, 400, "BAD_PARAMETER", e.getMessage(), List.of());
            return;
        }
        Principal principal = HttpApi.principal(ctx);
        AgreementBook.Outcome outcome = federation
                .agreements()
                .change(
                        id,
                        b.path("version").asInt(),
                        proposed,
                        principal.username().value(),
                        reason.get());
        answer(ctx, principal, outcome, AuditAction.AGREEMENT_CHANGED);
    }

    private void status(Context ctx, boolean suspend) {
        String id = ctx.pathParam("id");
        Optional<JsonNode> body = body(ctx);
        if (body.isEmpty()) {
            return;
        }
        Optional<String> reason = reason(ctx, body.get());
        if (reason.isEmpty()) {
            return;
        }
        JsonNode version = body.get().path("version");
        if (!version.isMissingNode() && !version.isNull() && !version.isInt()) {
            String rule = "must be the version suspended or reinstated";
            error(
                    ctx,
                    400,
                    "BAD_PARAMETER",
                    "bad parameter version: " + rule,
                    List.of(new AgreementProblem("version", rule)));
            return;
        }
        int base = version.isInt() ? version.asInt() : -1;
        Principal principal = HttpApi.principal(ctx);
        String actor = principal.username().value();
        AgreementBook book = federation.agreements();
        AgreementBook.Outcome outcome =
                suspend ? book.suspend(id, base, actor, reason.get()) : book.reinstate(id, base, actor, reason.get());
        answer(ctx, principal, outcome, suspend ? AuditAction.AGREEMENT_SUSPENDED : AuditAction.AGREEMENT_REINSTATED);
    }

    private void answer(Context ctx, Principal principal, AgreementBook.Outcome outcome, AuditAction action) {
        switch (outcome) {
            case AgreementBook.Outcome.Saved saved -> {
                AgreementBook.Version v = saved.version();
                accounts.record(
                        principal,
                        action,
                        v.agreement().id().value(),
                        "version " + v.agreement().version() + ": " + v.reason() + " ("
                                + String.join(
                                        "; ",
                                        v.changes().stream()
                                                .map(AgreementChange::toString)
                                                .toList())
                                + ")");
                ok(ctx, 200, version(v));
            }
            case AgreementBook.Outcome.NotFound nf ->
                error(ctx, 404, "NOT_FOUND", "no agreement " + nf.id(), List.of());
            case AgreementBook.Outcome.Conflict c ->
                error(
                        ctx,
                        409,
                        "CONFLICT",
                        "the agreement is at version " + c.current() + " now; reload it and make the change again",
                        List.of());
            case AgreementBook.Outcome.Invalid invalid ->
                error(
                        ctx,
                        400,
                        "BAD_PARAMETER",
                        "the new version is not valid: "
                                + String.join(
                                        "; ",
                                        invalid.problems().stream()
                                                .map(AgreementProblem::toString)
                                                .toList()),
                        invalid.problems());
        }
    }

    private static ObjectNode version(AgreementBook.Version v) {
        ObjectNode o = MAPPER.createObjectNode();
        o.set("agreement", AgreementJson.write(v.agreement()));
        o.put("savedAt", v.saved().toString());
        o.put("savedBy", v.actor());
        o.put("reason", v.reason());
        ArrayNode changes = o.putArray("changes");
        for (AgreementChange c : v.changes()) {
            changes.addObject()
                    .put("where", c.where())
                    .put("before", c.before())
                    .put("after", c.after());
        }
        return o;
    }

    private static Optional<JsonNode> body(Context ctx) {
        try {
            JsonNode node = MAPPER.readTree(ctx.body());
            if (node != null && node.isObject()) {
                return Optional.of(node);
            }
        } catch (IOException e) {
            // answered below
        }
        error(ctx, 400, "BAD_REQUEST", "the body must be a JSON object", List.of());
        return Optional.empty();
    }

    private static Optional<String> reason(Context ctx, JsonNode body) {
        String reason = body.path("reason").asText("").strip();
        if (reason.isEmpty() || reason.length() > MAX_REASON) {
            error(
                    ctx,
                    400,
                    "BAD_PARAMETER",
                    "reason: a reason of 1 to " + MAX_REASON + " characters is required",
                    List.of());
            return Optional.empty();
        }
        return Optional.of(reason);
    }

    private static void ok(Context ctx, int status, JsonNode body) {
        ctx.status(status).contentType("application/json").result(body.toString());
    }

    /** The API's error shape: code, message, and the problems by place (field errors). */
    private static void error(Context ctx, int status, String code, String message, List<AgreementProblem> problems) {
        ObjectNode body = MAPPER.createObjectNode();
        body.put("code", code);
        body.put("message", message);
        ObjectNode errors = body.putObject("errors");
        for (AgreementProblem p : problems) {
            ArrayNode at = errors.has(p.where()) ? (ArrayNode) errors.get(p.where()) : errors.putArray(p.where());
            at.addObject().put("message", p.message());
        }
        ctx.status(status).contentType("application/json").result(body.toString());
    }
}
