package io.jisr.app.http;

import io.javalin.http.Context;
import io.jisr.access.AuditAction;
import io.jisr.access.Principal;
import io.jisr.ais.identity.Mmsi;
import io.jisr.app.alerts.DetectionService;
import io.jisr.detect.DetectionKind;
import io.jisr.detect.alert.Alert;
import io.jisr.detect.alert.AlertState;
import io.jisr.detect.alert.Severity;
import io.jisr.detect.alert.Transition;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The alert endpoints: list and filter (JSON, CSV, GeoJSON), one alert, acknowledge and close with a
 * comment. Every lifecycle step is written to the audit log with who took it. When the node runs
 * without detection the list is empty and a step answers 404.
 */
final class AlertRoutes {
    /** The most alerts one answer holds. */
    static final int MAX_LIMIT = 10_000;

    private static final int MAX_COMMENT = 2_000;

    private final ApiContext api;
    private final WebAccess web;

    AlertRoutes(ApiContext api, WebAccess web) {
        this.api = api;
        this.web = web;
    }

    /** {@code GET /api/alerts}: the alerts that match, newest first. */
    void list(Context ctx) {
        QueryParameters q = new QueryParameters(ctx.queryParamMap());
        Set<AlertState> states = q.enums("state", AlertState.class);
        Set<DetectionKind> kinds = q.enums("kind", DetectionKind.class);
        Optional<Severity> minSeverity = q.enumValue("minSeverity", Severity.class);
        Optional<Mmsi> mmsi = q.mmsi("mmsi");
        Optional<Instant> since = q.instant("since");
        Optional<Instant> until = q.instant("until");
        int limit = q.integer("limit", 500, 1, MAX_LIMIT);
        String format = q.oneOf("format", "json", Set.of("json", "csv", "geojson"));
        q.check();
        Predicate<Alert> filter = a -> (states.isEmpty() || states.contains(a.state()))
                && (kinds.isEmpty() || kinds.contains(a.detection().kind()))
                && minSeverity.map(s -> a.severity().compareTo(s) >= 0).orElse(true)
                && mmsi.map(m -> a.detection().vessels().contains(m)).orElse(true)
                && since.map(t -> !a.updatedAt().isBefore(t)).orElse(true)
                && until.map(t -> a.raisedAt().isBefore(t)).orElse(true);
        List<Alert> all = service().map(s -> s.alerts(filter)).orElse(List.of()).stream()
                .sorted(Comparator.comparing(Alert::raisedAt)
                        .thenComparing(Alert::sequence)
                        .reversed())
                .toList();
        List<AlertJson> shown = all.stream()
                .limit(limit)
                .map(a -> AlertJson.of(a, api.picture(), api.mids()))
                .toList();
        switch (format) {
            case "csv" -> AlertExport.csv(ctx, shown);
            case "geojson" -> AlertExport.geoJson(ctx, shown);
            default -> {
                long newAlerts = service()
                        .map(s -> s.alerts(a -> a.state() == AlertState.NEW).size())
                        .orElse(0);
                HttpApi.json(ctx, 200, new AlertsJson(all.size(), all.size() > limit, newAlerts, shown));
            }
        }
    }

    /**
     * The answer of the list.
     *
     * @param total how many alerts match
     * @param truncated whether more match than were returned
     * @param newAlerts how many alerts of the node are new (not yet acknowledged), whatever the filter
     * @param alerts the matching alerts, newest first
     */
    record AlertsJson(int total, boolean truncated, long newAlerts, List<AlertJson> alerts) {}

    /** {@code GET /api/alerts/{id}}. */
    void one(Context ctx) {
        Alert alert = find(ctx.pathParam("id"));
        HttpApi.json(ctx, 200, AlertJson.of(alert, api.picture(), api.mids()));
    }

    /** {@code POST /api/alerts/{id}/acknowledge} with {@code {"comment": "..."}}. */
    void acknowledge(Context ctx) {
        step(ctx, AuditAction.ALERT_ACKNOWLEDGED);
    }

    /** {@code POST /api/alerts/{id}/close} with {@code {"comment": "..."}}. */
    void close(Context ctx) {
        step(ctx, AuditAction.ALERT_CLOSED);
    }

    private void step(Context ctx, AuditAction action) {
        String id = ctx.pathParam("id");
        JsonBody body = JsonBody.of(ctx, Set.of("comment"));
        String comment = body.requiredText("comment").orElse("").strip();
        if (comment.length() > MAX_COMMENT) {
            body.reject("comment", "must be at most " + MAX_COMMENT + " characters, was " + comment.length(), null);
        }
        body.check();
        find(id);
        Principal principal = AccessGate.principal(ctx);
        String by = principal.username().value();
        Instant now = Instant.now();
        Transition t = action == AuditAction.ALERT_ACKNOWLEDGED
                ? service().orElseThrow().acknowledge(id, by, comment, now)
                : service().orElseThrow().close(id, by, comment, now);
        switch (t) {
            case Transition.Done done -> {
                web.accounts().record(principal, action, id, comment);
                HttpApi.json(ctx, 200, AlertJson.of(done.alert(), api.picture(), api.mids()));
            }
            case Transition.Refused refused ->
                throw new ApiException(409, ErrorJson.of(ErrorJson.CONFLICT, refused.reason()));
        }
    }

    private Alert find(String id) {
        return service()
                .flatMap(s -> s.alert(id))
                .orElseThrow(() -> new ApiException(404, ErrorJson.of(ErrorJson.NOT_FOUND, "no alert " + id)));
    }

    private Optional<DetectionService> service() {
        return api.detection();
    }
}
