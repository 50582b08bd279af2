package io.jisr.app.http;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.jisr.access.AccessRefusal;
import io.jisr.app.programme.ProgrammeRefusal;
import io.jisr.app.sar.CaseHeldElsewhere;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The node's HTTP server: the JSON API, the live WebSocket, health, metrics and the OpenAPI document,
 * on Javalin with virtual threads. HTTPS when {@link WebAccess#https()} names a keystore, else plain
 * HTTP; the node binds {@code 127.0.0.1} unless configured otherwise.
 *
 * <p>Every request passes {@link AccessGate} first: data needs a session or an API token and a role
 * ({@link RouteAccess}); every answer carries the {@link SecurityHeaders}.
 *
 * <p>Every 4xx answer has the one {@link ErrorJson} body; a failure inside a handler answers 500 with
 * the same shape and a generic message, and goes to the log with its stack trace, never to the client.
 */
public final class HttpApi implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(HttpApi.class.getName());

    private final ApiContext api;
    private final WebAccess web;
    private final Consumer<JavalinConfig> extra;
    private Javalin server;

    /** Creates the server; nothing listens until {@link #start}. */
    public HttpApi(ApiContext api, WebAccess web) {
        this(api, web, config -> {});
    }

    /**
     * Creates the server with further configuration applied after the API's own, for example static
     * files of the web UI ({@code config.staticFiles.add(...)}) or more routes.
     */
    public HttpApi(ApiContext api, WebAccess web, Consumer<JavalinConfig> extra) {
        this.api = Objects.requireNonNull(api, "api must not be null");
        this.web = Objects.requireNonNull(web, "web access must not be null");
        this.extra = Objects.requireNonNull(extra, "extra configuration must not be null");
    }

    /**
     * Starts listening and starts the live view's pushes.
     *
     * @param host the address to bind, such as {@code 127.0.0.1}
     * @param port the TCP port, 0 for any free one
     * @return the port bound
     * @throws IllegalStateException if it is already started
     */
    public synchronized int start(String host, int port) {
        if (server != null) {
            throw new IllegalStateException("HTTP API already started on port " + server.port());
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("HTTP port must be within 0..65535 (0 for any free port), was " + port);
        }
        PictureRoutes picture = new PictureRoutes(api);
        OperationsRoutes operations = new OperationsRoutes(api);
        AccessRoutes access = new AccessRoutes(web);
        AlertRoutes alerts = new AlertRoutes(api, web);
        ZoneRoutes zones = new ZoneRoutes(api, web);
        SarRoutes sar = new SarRoutes(api.drift(), api.cases());
        SarCaseRoutes cases = new SarCaseRoutes(api.cases(), web);
        PlanRoutes plans = new PlanRoutes(api, api.plans(), web.nodeId());
        IncidentRoutes incidents = new IncidentRoutes(api.incidents(), web);
        IncidentWorkflowRoutes incidentWorkflow = new IncidentWorkflowRoutes(api.incidents(), web);
        ProgrammeRoutes programme = new ProgrammeRoutes(api.programme(), web);
        AccessGate gate = new AccessGate(web.accounts());
        SecurityHeaders headers = new SecurityHeaders(web.isHttps(), web.tileUrl());
        Optional<KeyStore> keyStore = web.https().map(HttpApi::load);
        Javalin created = Javalin.create(config -> {
            config.concurrency.useVirtualThreads = true;
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.requestLogger.http((ctx, millis) -> api.metrics().httpResponse(ctx.statusCode()));
            config.routes.get("/api/vessels", picture::vessels);
            config.routes.get("/api/vessels/{mmsi}", picture::vessel);
            config.routes.get("/api/vessels/{mmsi}/track", picture::track);
            config.routes.get("/api/history", picture::history);
            config.routes.get("/api/search", picture::search);
            config.routes.get("/api/nearest", picture::nearest);
            config.routes.get("/api/feeds", operations::feeds);
            config.routes.get("/api/alerts", alerts::list);
            config.routes.get("/api/alerts/{id}", alerts::one);
            config.routes.post("/api/alerts/{id}/acknowledge", alerts::acknowledge);
            config.routes.post("/api/alerts/{id}/close", alerts::close);
            config.routes.get("/api/zones", zones::list);
            config.routes.post("/api/zones", zones::importZones);
            config.routes.delete("/api/zones/{id}", zones::remove);
            config.routes.post("/api/incidents/import", incidents::importCsv);
            config.routes.get("/api/incidents", incidents::list);
            config.routes.get("/api/incidents/clusters", incidents::clusters);
            config.routes.get("/api/incidents/timeline", incidents::timeline);
            config.routes.get("/api/incidents/heat", incidents::heat);
            config.routes.get("/api/incidents/vocabulary", incidentWorkflow::vocabulary);
            config.routes.get("/api/incidents/actors", incidentWorkflow::actors);
            config.routes.get("/api/incidents/reports", incidentWorkflow::queue);
            config.routes.post("/api/incidents/reports", incidentWorkflow::create);
            config.routes.get("/api/incidents/reports/{id}", incidentWorkflow::one);
            config.routes.post("/api/incidents/reports/{id}/versions", incidentWorkflow::revise);
            config.routes.post("/api/incidents/reports/{id}/links", incidentWorkflow::link);
            config.routes.post("/api/incidents/reports/{id}/{step}", incidentWorkflow::step);
            config.routes.get("/api/programme", programme::register);
            config.routes.get("/api/programme/dashboard", programme::dashboard);
            config.routes.post("/api/programme/instruments", programme::registerInstrument);
            config.routes.post("/api/programme/instruments/{id}/text", programme::attachText);
            config.routes.get("/api/programme/instruments/{id}/text", programme::text);
            config.routes.post("/api/programme/instruments/{id}/status", programme::changeInstrument);
            config.routes.post("/api/programme/groups", programme::createGroup);
            config.routes.post("/api/programme/meetings", programme::holdMeeting);
            config.routes.patch("/api/programme/meetings/{id}", programme::changeMeeting);
            config.routes.post("/api/programme/meetings/{id}/attendees", programme::sendAttendees);
            config.routes.get("/api/programme/meetings/{id}/report.pdf", programme::report);
            config.routes.get("/api/programme/sync", programme::sync);
            config.routes.post("/api/programme/actions/{id}/status", programme::changeStatus);
            config.routes.post("/api/programme/actions/{id}/due", programme::reschedule);
            config.routes.post("/api/programme/actions/{id}/assignee", programme::reassign);
            config.routes.get("/api/programme/calendar.ics", programme::calendar);
            config.routes.post("/api/programme/cases", programme::openCase);
            config.routes.post("/api/programme/cases/{id}/deliveries", programme::deliver);
            config.routes.post("/api/programme/cases/{id}/steps", programme::addStep);
            config.routes.post("/api/programme/cases/{id}/milestones", programme::milestoneReached);
            config.routes.get("/api/sar/objects", sar::objects);
            config.routes.get("/api/sar/cases", cases::list);
            config.routes.post("/api/sar/cases", cases::open);
            config.routes.get("/api/sar/cases/{reference}", cases::one);
            config.routes.patch("/api/sar/cases/{reference}", cases::change);
            config.routes.post("/api/sar/cases/{reference}/notes", cases::note);
            config.routes.post("/api/sar/cases/{reference}/share", cases::share);
            config.routes.post("/api/sar/cases/{reference}/handover", cases::handOver);
            config.routes.get("/api/sar/sharing", cases::sharing);
            config.routes.post("/api/sar/plan", plans::plan);
            config.routes.get("/api/sar/plan/{id}/{file}", plans::file);
            config.routes.post("/api/sar/plan/{id}/unsuccessful", plans::unsuccessful);
            config.routes.get("/api/sar/helpers", plans::helpers);
            config.routes.post("/api/sar/drift", sar::submit);
            config.routes.get("/api/sar/drift/{id}", sar::job);
            config.routes.delete("/api/sar/drift/{id}", sar::cancel);
            config.routes.get("/health", operations::health);
            config.routes.get("/health/live", operations::live);
            config.routes.get("/metrics", operations::metrics);
            config.routes.get("/openapi.yaml", operations::openApi);
            config.routes.post("/api/session", access::login);
            config.routes.get("/api/session", access::session);
            config.routes.delete("/api/session", access::logout);
            config.routes.post("/api/session/password", access::changePassword);
            config.routes.patch("/api/me", access::updateMe);
            config.routes.get("/api/users", access::users);
            config.routes.post("/api/users", access::createUser);
            config.routes.patch("/api/users/{username}", access::updateUser);
            config.routes.post("/api/users/{username}/password", access::resetPassword);
            config.routes.get("/api/tokens", access::tokens);
            config.routes.post("/api/tokens", access::createToken);
            config.routes.delete("/api/tokens/{id}", access::revokeToken);
            config.routes.get("/api/audit", access::audit);
            config.routes.get("/api/ui-config", access::uiConfig);
            config.routes.ws("/api/live", api.live()::configure);
            config.routes.wsBeforeUpgrade("/api/live", gate::checkUpgrade);
            // Headers first, so that refusals by the gate carry them too.
            config.routes.before(headers::add);
            config.routes.before(gate::check);
            keyStore.ifPresent(ks -> config.jetty.addConnector((jetty, http) ->
                    HttpsConnector.create(jetty, http, ks, web.https().get(), host, port)));
            config.routes.exception(ApiException.class, (e, ctx) -> json(ctx, e.status(), e.body()));
            config.routes.exception(AccessRefusal.class, AccessRoutes::refusal);
            config.routes.exception(ProgrammeRefusal.class, ProgrammeRoutes::refusal);
            config.routes.exception(
                    CaseHeldElsewhere.class,
                    (e, ctx) -> json(ctx, 409, ErrorJson.of(ErrorJson.CONFLICT, e.getMessage())));
            config.routes.exception(HttpResponseException.class, HttpApi::frameworkRefusal);
            config.routes.exception(Exception.class, HttpApi::failure);
            extra.accept(config);
        });
        created.start(host, port);
        server = created;
        api.live().start();
        return created.port();
    }

    /**
     * Reads the keystore now, so that a wrong path or password stops the start with a clear message
     * rather than a Jetty stack trace.
     */
    private static KeyStore load(HttpsKeystore keystore) {
        try (InputStream in = Files.newInputStream(keystore.path())) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, keystore.password().toCharArray());
            return ks;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException(
                    "cannot read the PKCS#12 keystore " + keystore.path() + " (http.tls.keystore) with the password"
                            + " given (http.tls.password / JISR_TLS_PASSWORD): " + e.getMessage(),
                    e);
        }
    }

    /** Stops listening and stops the live view; does nothing when not started. */
    public synchronized void stop() {
        if (server != null) {
            api.live().stop();
            server.stop();
            server = null;
        }
    }

    /** Same as {@link #stop}. */
    @Override
    public void close() {
        stop();
    }

    /**
     * The signed-in account of a request that {@link RouteAccess} let through, for routes registered from
     * outside this package (the federation's).
     *
     * @throws IllegalStateException when the route needs no account (a programming error)
     */
    public static io.jisr.access.Principal principal(Context ctx) {
        return AccessGate.principal(ctx);
    }

    /** Answers with {@code body} as JSON. */
    static void json(Context ctx, int status, Object body) {
        ctx.status(status).contentType("application/json; charset=utf-8").result(Json.write(body));
    }

    /** Javalin's own refusals (no such endpoint, request too large) in the API's error shape. */
    private static void frameworkRefusal(HttpResponseException e, Context ctx) {
        int status = e.getStatus();
        String code =
                status == 404 ? ErrorJson.NOT_FOUND : status >= 500 ? ErrorJson.INTERNAL_ERROR : ErrorJson.BAD_REQUEST;
        String message = status == 404 ? "no endpoint " + ctx.method() + " " + ctx.path() : e.getMessage();
        json(ctx, status, ErrorJson.of(code, message));
    }

    private static void failure(Exception e, Context ctx) {
        LOG.log(System.Logger.Level.ERROR, "HTTP " + ctx.method() + " " + ctx.path() + " failed", e);
        json(ctx, 500, ErrorJson.of(ErrorJson.INTERNAL_ERROR, "the server failed to answer; its log has the details"));
    }
}
