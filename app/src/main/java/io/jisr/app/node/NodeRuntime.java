package io.jisr.app.node;

import io.jisr.access.Accounts;
import io.jisr.access.Argon2Parameters;
import io.jisr.access.LoginThrottle;
import io.jisr.access.PasswordHasher;
import io.jisr.ais.identity.MaritimeIdentificationDigits;
import io.jisr.app.alerts.DetectionService;
import io.jisr.app.federation.AlertReceiver;
import io.jisr.app.federation.AlertSharing;
import io.jisr.app.federation.CatalogZones;
import io.jisr.app.federation.Federation;
import io.jisr.app.federation.FederationRoutes;
import io.jisr.app.federation.IncidentReceiver;
import io.jisr.app.http.ApiContext;
import io.jisr.app.http.Health;
import io.jisr.app.http.HttpApi;
import io.jisr.app.http.LiveHub;
import io.jisr.app.http.NodeMetrics;
import io.jisr.app.http.WebAccess;
import io.jisr.app.incidents.IncidentBook;
import io.jisr.app.programme.PartnerEdits;
import io.jisr.app.programme.ProgrammeBook;
import io.jisr.app.sar.DriftJobs;
import io.jisr.app.sar.FederatedCasePartners;
import io.jisr.app.sar.SarCaseBook;
import io.jisr.app.sar.SarCaseReceiver;
import io.jisr.app.sar.SearchPlans;
import io.jisr.app.web.WebUi;
import io.jisr.detect.alert.Alert;
import io.jisr.exchange.agreement.ZoneLookup;
import io.jisr.feed.FeedState;
import io.jisr.feed.FeedStatus;
import io.jisr.picture.PictureEvent;
import io.jisr.sar.drift.DriftModel;
import io.jisr.store.JdbcAccountStore;
import io.jisr.store.JdbcIncidentStore;
import io.jisr.store.JdbcProgrammeStore;
import io.jisr.store.JdbcSarCaseStore;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.PrintStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * A node with its HTTP API, live view and metrics: what {@code jisr serve} runs. Start it with
 * {@link #start}; {@link #close} stops the API first, then the node.
 */
public final class NodeRuntime implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(NodeRuntime.class.getName());

    /** How often own programme edits whose release failed are offered again. */
    private static final long PROGRAMME_RETRY_SECONDS = 60;

    /** How often the alerts changed by this node's detections are offered to the partners. */
    private static final java.time.Duration ALERT_SHARING_INTERVAL = java.time.Duration.ofSeconds(1);

    private final Node node;
    private final JdbcAccountStore accountStore;
    private final Accounts accounts;
    private final HttpApi api;
    private final NodeMetrics metrics;
    private final ScheduledExecutorService sessionSweep;
    private final DriftJobs drift;
    private final JdbcIncidentStore incidentStore;
    private final JdbcProgrammeStore programmeStore;
    private final JdbcSarCaseStore sarCaseStore;
    private final int httpPort;
    private final Optional<Federation> federation;
    private final Optional<IncidentReceiver> incidentReceiver;
    private final Optional<AlertReceiver> alertReceiver;
    private final Optional<AlertSharing> alertSharing;

    private NodeRuntime(
            Node node,
            JdbcAccountStore accountStore,
            Accounts accounts,
            HttpApi api,
            NodeMetrics metrics,
            ScheduledExecutorService sessionSweep,
            DriftJobs drift,
            JdbcIncidentStore incidentStore,
            JdbcProgrammeStore programmeStore,
            JdbcSarCaseStore sarCaseStore,
            int httpPort,
            Optional<Federation> federation,
            Optional<IncidentReceiver> incidentReceiver,
            Optional<AlertReceiver> alertReceiver,
            Optional<AlertSharing> alertSharing) {
        this.node = node;
        this.accountStore = accountStore;
        this.accounts = accounts;
        this.api = api;
        this.metrics = metrics;
        this.sessionSweep = sessionSweep;
        this.drift = drift;
        this.incidentStore = incidentStore;
        this.programmeStore = programmeStore;
        this.sarCaseStore = sarCaseStore;
        this.httpPort = httpPort;
        this.federation = federation;
        this.incidentReceiver = incidentReceiver;
        this.alertReceiver = alertReceiver;
        this.alertSharing = alertSharing;
    }

    /**
     * Starts storage, picture, feeds and the HTTP API as configured. At the first start (no account at
     * all) it creates the administrator {@code admin}; without {@code JISR_ADMIN_PASSWORD} its one-time
     * password is printed to standard output, once.
     */
    public static NodeRuntime start(NodeConfig config, InstantSource wallClock) {
        return start(config, wallClock, System.out);
    }

    /** Starts the node, printing a first administrator's one-time password to {@code console}. */
    public static NodeRuntime start(NodeConfig config, InstantSource wallClock, PrintStream console) {
        MaritimeIdentificationDigits mids = MaritimeIdentificationDigits.itu();
        NodeMetrics metrics = new NodeMetrics(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
        // The live view needs the node's picture, so it exists only once the node has started; feeds may
        // deliver before that. Events before it exists can be dropped: no client can be connected yet,
        // and a client's first snapshot reads the picture itself.
        AtomicReference<LiveHub> live = new AtomicReference<>();
        Consumer<PictureEvent> measure = event -> {
            if (event instanceof PictureEvent.PositionReported p) {
                metrics.positionReported(p.disposition());
            }
        };
        Consumer<PictureEvent> toLive = event -> {
            LiveHub hub = live.get();
            if (hub != null) {
                hub.accept(event);
            }
        };
        Consumer<Alert> alertToLive = alert -> {
            LiveHub hub = live.get();
            if (hub != null) {
                hub.alert(alert);
            }
        };
        // Federation, like the live view, starts once the node runs: it puts received records into the
        // node's pipeline. Events before it exists are not offered to partners (see docs/federation.md).
        AtomicReference<Consumer<PictureEvent>> release = new AtomicReference<>();
        Consumer<PictureEvent> toPartners = event -> {
            Consumer<PictureEvent> r = release.get();
            if (r != null) {
                r.accept(event);
            }
        };
        Node node = Node.start(
                config,
                wallClock,
                new MeteredCounters(metrics),
                List.of(measure, toLive, toPartners),
                List.of(alertToLive));
        JdbcAccountStore accountStore = null;
        ScheduledExecutorService sweep = null;
        DriftJobs drift = null;
        JdbcIncidentStore incidentStore = null;
        JdbcProgrammeStore programmeStore = null;
        JdbcSarCaseStore sarCaseStore = null;
        Federation federation = null;
        IncidentReceiver incidentReceiver = null;
        AlertReceiver alertReceiver = null;
        AlertSharing alertSharing = null;
        try {
            accountStore = JdbcAccountStore.open(node.store().settings());
            Clock clock = wallClock.withZone(ZoneOffset.UTC);
            Accounts accounts = new Accounts(
                    accountStore,
                    new PasswordHasher(Argon2Parameters.OWASP, new SecureRandom()),
                    new LoginThrottle(clock),
                    config.security().sessions(),
                    clock,
                    new SecureRandom());
            firstStart(accounts, config, console);
            sweep = Executors.newSingleThreadScheduledExecutor(
                    r -> Thread.ofPlatform().name("jisr-session-sweep").daemon().unstarted(r));
            sweep.scheduleWithFixedDelay(() -> sweepSessions(accounts), 0, 15, TimeUnit.MINUTES);
            LiveHub hub = new LiveHub(node.picture(), mids, metrics);
            drift = new DriftJobs(DriftModel.withBundledLand(), wallClock);
            incidentStore = JdbcIncidentStore.open(node.store().settings());
            programmeStore = JdbcProgrammeStore.open(node.store().settings());
            sarCaseStore = JdbcSarCaseStore.open(node.store().settings());
            // A federating node creates and changes the programme records of its own nation only, and holds
            // the partner's beside them (docs/programme.md). Its own edits go to the partners once federation
            // runs; federation starts after the register so that no received edit finds it missing.
            AtomicReference<Federation> sharing = new AtomicReference<>();
            ProgrammeBook programme = new ProgrammeBook(
                    programmeStore,
                    programmeStore,
                    config.federation()
                            .map(f -> io.jisr.programme.Nation.of(
                                    f.self().nation().code())),
                    config.nodeId(),
                    wallClock,
                    edits -> {
                        Federation f = sharing.get();
                        if (f != null) {
                            f.shareProgramme(edits);
                        }
                    });
            // A report published here (or its correction) is offered to the partners; reports received from
            // them are stored as theirs, read-only here (docs/incidents.md, "Sharing with partners").
            IncidentBook incidents = new IncidentBook(incidentStore, incidentStore, wallClock, record -> {
                Federation f = sharing.get();
                if (f != null) {
                    f.shareIncident(record);
                }
            });
            // SAR cases shared with or handed over to the partners' rescue centres (docs/sar.md).
            SarCaseBook sarCases = new SarCaseBook(sarCaseStore, wallClock);
            if (config.federation().isPresent()) {
                incidentReceiver = new IncidentReceiver(
                        incidents, config.federation().get().self(), accounts, wallClock);
                alertReceiver = new AlertReceiver(
                        node.detection(), config.federation().get().self(), accounts, wallClock);
                federation = Federation.start(
                        config.federation().get(),
                        node.store().settings(),
                        node.pipeline(),
                        mids,
                        List.of(
                                new PartnerEdits(programme, accounts).asReceiver(),
                                incidentReceiver,
                                alertReceiver,
                                new SarCaseReceiver(
                                        sarCases,
                                        accounts,
                                        config.federation().get().self())),
                        node.zones()
                                .<ZoneLookup>map(z -> CatalogZones.of(z.set()))
                                .orElse(ZoneLookup.none()),
                        wallClock);
                // Annexes may name catalogue zones: every zone change rebuilds the policy (docs/federation.md).
                Federation zonesTo = federation;
                node.zones().ifPresent(z -> {
                    z.onChange(set -> zonesTo.zonesChanged(CatalogZones.of(set)));
                    // A change between the start above and this registration is not missed.
                    zonesTo.zonesChanged(CatalogZones.of(z.set()));
                });
                release.set(federation.releases());
                sharing.set(federation);
                // Alerts this node's detections raise or change go to the partners, one record per version;
                // partners' alerts are held beside them (docs/federation.md, "Alerts").
                if (node.detection().isPresent()) {
                    Federation shareTo = federation;
                    alertSharing = new AlertSharing(
                            shareTo::share,
                            shareTo.self(),
                            mids,
                            mmsi -> node.picture()
                                    .vessel(mmsi)
                                    .flatMap(v -> v.staticData().shipType())
                                    .map(io.jisr.ais.message.ShipType::code),
                            ALERT_SHARING_INTERVAL);
                    node.detection().get().shareChanges(alertSharing);
                }
                // Own edits stored but not released (minted at load, or whose release failed) are offered now and
                // every minute until the federation store takes them.
                programme.offerUnreleased();
                sweep.scheduleWithFixedDelay(
                        () -> offerUnreleased(programme),
                        PROGRAMME_RETRY_SECONDS,
                        PROGRAMME_RETRY_SECONDS,
                        TimeUnit.SECONDS);
                sarCases.connect(new FederatedCasePartners(federation));
            }
            live.set(hub);
            metrics.bindPicture(node.picture());
            metrics.bindQueue("ingest", node.pipeline()::queued, node.pipeline().capacity());
            metrics.bindQueue("store", node.writer()::queued, node.writer().queueCapacity());
            node.detection().ifPresent(d -> metrics.bindQueue("detection", d::queued, d.capacity()));
            ApiContext context = new ApiContext(
                    node.picture(),
                    node.store(),
                    node.feeds()::statuses,
                    () -> health(node),
                    metrics,
                    mids,
                    node.clock(),
                    hub,
                    node.detection(),
                    node.zones(),
                    drift,
                    incidents,
                    new SearchPlans(wallClock),
                    programme,
                    sarCases);
            WebAccess web = new WebAccess(
                    accounts,
                    config.security().https(),
                    config.nodeId(),
                    config.map().tileUrl(),
                    config.map().tileAttribution());
            Optional<Federation> partners = Optional.ofNullable(federation);
            HttpApi api = new HttpApi(context, web, javalin -> {
                WebUi.configure(javalin);
                partners.ifPresent(f -> FederationRoutes.register(javalin, f, accounts));
            });
            int port;
            try {
                port = api.start(config.httpHost(), config.httpPort());
            } catch (IllegalArgumentException e) {
                throw new ConfigException(e.getMessage(), e);
            }
            return new NodeRuntime(
                    node,
                    accountStore,
                    accounts,
                    api,
                    metrics,
                    sweep,
                    drift,
                    incidentStore,
                    programmeStore,
                    sarCaseStore,
                    port,
                    Optional.ofNullable(federation),
                    Optional.ofNullable(incidentReceiver),
                    Optional.ofNullable(alertReceiver),
                    Optional.ofNullable(alertSharing));
        } catch (RuntimeException e) {
            if (alertSharing != null) {
                node.detection().ifPresent(d -> d.shareChanges(alert -> {}));
                alertSharing.close();
            }
            if (federation != null) {
                federation.close();
            }
            if (drift != null) {
                drift.close();
            }
            if (incidentStore != null) {
                incidentStore.close();
            }
            if (programmeStore != null) {
                programmeStore.close();
            }
            if (sarCaseStore != null) {
                sarCaseStore.close();
            }
            if (sweep != null) {
                sweep.shutdownNow();
            }
            if (accountStore != null) {
                accountStore.close();
            }
            node.close();
            throw e;
        }
    }

    private static void firstStart(Accounts accounts, NodeConfig config, PrintStream console) {
        Accounts.FirstStart first;
        try {
            first = accounts.ensureAdministrator(config.security().adminPassword());
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage(), e);
        }
        switch (first) {
            case Accounts.FirstStart.AccountsExist exist -> {}
            case Accounts.FirstStart.CreatedWithConfiguredPassword configured ->
                LOG.log(
                        System.Logger.Level.INFO,
                        "created the administrator admin with the password of JISR_ADMIN_PASSWORD");
            case Accounts.FirstStart.CreatedWithOneTimePassword once -> {
                // Standard output only, never the log: logs are collected and kept, this is shown once.
                String line = "=".repeat(72);
                console.println(line);
                console.println("  Jisr first start: the administrator account has been created.");
                console.println("  Username: admin");
                console.println("  One-time password: " + once.password());
                console.println("  Sign in with it now; you will be asked to choose a new password.");
                console.println("  It is not stored or shown anywhere else. (Set JISR_ADMIN_PASSWORD before");
                console.println("  the first start to choose the password yourself.)");
                console.println(line);
                console.flush();
                LOG.log(
                        System.Logger.Level.WARNING,
                        "created the administrator admin with a one-time password,"
                                + " printed to standard output; it must be changed at first sign-in");
            }
        }
    }

    private static void offerUnreleased(ProgrammeBook programme) {
        try {
            programme.offerUnreleased();
        } catch (RuntimeException e) {
            // The store could not be read; the next run tries again (a scheduled task that throws never runs again).
            LOG.log(System.Logger.Level.WARNING, "offering unreleased programme edits failed: " + e.getMessage());
        }
    }

    private static void sweepSessions(Accounts accounts) {
        try {
            accounts.purgeExpiredSessions();
        } catch (RuntimeException e) {
            // A failed sweep only leaves ended sessions in the table a little longer; the next one retries.
            LOG.log(System.Logger.Level.WARNING, "could not delete ended sessions", e);
        }
    }

    /** Returns the accounts, sessions and tokens of this node. */
    public Accounts accounts() {
        return accounts;
    }

    /** Returns the state of the database, the feeds and the ingest pipeline. */
    static Health health(Node node) {
        Health.Component database = node.writer().isFailing()
                ? Health.Component.down("storage commits are failing: "
                        + node.writer().failure().map(Throwable::getMessage).orElse("unknown error"))
                : node.store().checkpointFailure().isPresent()
                        ? Health.Component.down("storage checkpoints are failing: "
                                + node.store().checkpointFailure().get().getMessage())
                        : Health.Component.up(node.store().settings().toString());
        List<FeedStatus> feeds = node.feeds().statuses();
        long failed = feeds.stream().filter(f -> f.state() == FeedState.FAILED).count();
        long waiting =
                feeds.stream().filter(f -> f.state() == FeedState.BACKING_OFF).count();
        Health.Component feedHealth = feeds.isEmpty()
                ? Health.Component.degraded("no feeds configured")
                : failed == feeds.size()
                        ? Health.Component.down("all " + failed + " feeds failed")
                        : failed + waiting > 0
                                ? Health.Component.degraded(failed + " failed and " + waiting + " reconnecting of "
                                        + feeds.size() + " feeds")
                                : Health.Component.up(
                                        feeds.size() + (feeds.size() == 1 ? " feed" : " feeds") + " without failure");
        IngestPipeline pipeline = node.pipeline();
        Optional<String> detectionProblem = node.detection().flatMap(DetectionService::problem);
        String detection = node.detection()
                .map(d -> "; detection queue " + d.queued() + " of " + d.capacity())
                .orElse("; detection off");
        Health.Component ingest = !pipeline.isHealthy()
                ? Health.Component.down("the ingest thread has stopped")
                : detectionProblem.isPresent()
                        ? Health.Component.degraded("detections and alerts have stopped: " + detectionProblem.get())
                        : Health.Component.up("queue " + pipeline.queued() + " of " + pipeline.capacity() + detection);
        return new Health(database, feedHealth, ingest);
    }

    /** Returns the port the HTTP API listens on. */
    public int httpPort() {
        return httpPort;
    }

    /** Returns the node. */
    public Node node() {
        return node;
    }

    /** Returns what takes the partners' incident reports, when federation is configured. */
    public Optional<IncidentReceiver> incidentReceiver() {
        return incidentReceiver;
    }

    /** Returns what takes the partners' alerts, when federation is configured. */
    public Optional<AlertReceiver> alertReceiver() {
        return alertReceiver;
    }

    /** Returns what offers this node's alerts to the partners, when federation and detection run. */
    public Optional<AlertSharing> alertSharing() {
        return alertSharing;
    }

    /** Returns the federation with partner nodes, when configured. */
    public Optional<Federation> federation() {
        return federation;
    }

    /** Returns the metrics. */
    public NodeMetrics metrics() {
        return metrics;
    }

    /** Stops the API, then the node (committing what is queued). */
    @Override
    public void close() {
        // Alerts changed until now are offered before federation stops; later ones (the detection thread
        // finishing its queue) are not offered, as events after federation stops are not.
        node.detection().ifPresent(d -> d.shareChanges(alert -> {}));
        alertSharing.ifPresent(AlertSharing::close);
        federation.ifPresent(Federation::close);
        api.close();
        drift.close();
        incidentStore.close();
        programmeStore.close();
        sarCaseStore.close();
        sessionSweep.shutdownNow();
        accountStore.close();
        node.close();
        metrics.close();
    }
}
