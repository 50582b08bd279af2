package io.jisr.app.http;

import io.jisr.access.Accounts;
import io.jisr.access.Argon2Parameters;
import io.jisr.access.LoginOutcome;
import io.jisr.access.LoginThrottle;
import io.jisr.access.PasswordHasher;
import io.jisr.access.Principal;
import io.jisr.access.Role;
import io.jisr.access.SessionSettings;
import io.jisr.access.Username;
import io.jisr.ais.AisDecoder;
import io.jisr.ais.Decoded;
import io.jisr.ais.DecoderOptions;
import io.jisr.ais.identity.Flag;
import io.jisr.ais.identity.MaritimeIdentificationDigits;
import io.jisr.ais.message.AisMessage;
import io.jisr.feed.FeedStatus;
import io.jisr.picture.Observation;
import io.jisr.picture.Picture;
import io.jisr.picture.PictureBatch;
import io.jisr.picture.PictureEvent;
import io.jisr.picture.PictureSettings;
import io.jisr.picture.PictureStore;
import io.jisr.picture.TrackPoint;
import io.jisr.store.JdbcAccountStore;
import io.jisr.store.StoreSettings;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A node for the HTTP tests: a picture filled from a real recording, an in-memory store holding its
 * history, accounts in a private in-memory H2 database, and the HTTP API on a free loopback port.
 *
 * <p>Accounts: {@code admin} (ADMINISTRATOR) and {@code officer} (WATCH_OFFICER), both with their
 * passwords changed already; {@link #get} sends the officer's API token. Passwords are hashed at a
 * low Argon2 cost to keep tests fast; the node's real cost is tested in the access module.
 */
final class TestNode implements AutoCloseable {

    /** The recording: 243 lines of AIS from the Danish Maritime Authority's AisLib test data. */
    static final String CORPUS = "/ais/dma-aislib/ais250.txt";

    /** Message time of the corpus's first message; each further message is one second later. */
    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    /** The API's clock: ten minutes after the first message. */
    static final Instant NOW = T0.plus(Duration.ofMinutes(10));

    static final MaritimeIdentificationDigits MIDS = MaritimeIdentificationDigits.itu();

    static final String ADMIN_PASSWORD = "admin password for tests";
    static final String OFFICER_PASSWORD = "officer password for tests";

    /** The cheapest Argon2id cost there is: tests hash dozens of passwords. */
    static final Argon2Parameters TEST_COST = new Argon2Parameters(8, 1, 1);

    final Picture picture =
            new Picture(PictureSettings.defaults(), m -> MIDS.flagOf(m).map(Flag::isoAlpha3));
    final PictureStore store;
    final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    final NodeMetrics metrics = new NodeMetrics(registry);
    final LiveHub live;
    final AtomicReference<List<FeedStatus>> feeds = new AtomicReference<>(List.of());
    final AtomicReference<Health> health = new AtomicReference<>(new Health(
            Health.Component.up("H2 file data/jisr"),
            Health.Component.up("1 of 1 feeds delivering"),
            Health.Component.up("queue 0 of 10000")));
    final TestClock clock = new TestClock(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
    final JdbcAccountStore accountStore;
    final Accounts accounts;
    final String officerToken;
    final HttpApi api;
    final int port;
    final HttpClient client = HttpClient.newHttpClient();
    private int applied;

    /** Starts a node whose live view pushes only when a test calls {@link LiveHub#push()}. */
    TestNode() {
        this(new InMemoryPictureStore(), LiveHub.DEFAULT_MAX_PENDING_MESSAGES);
    }

    /** Starts a node with {@code store} and a live view that drops a client at {@code maxPendingMessages}. */
    TestNode(PictureStore store, int maxPendingMessages) {
        this(store, maxPendingMessages, Duration.ZERO);
    }

    /** Starts a node whose live view sends each vessel at most once per {@code minVesselInterval}. */
    TestNode(PictureStore store, int maxPendingMessages, Duration minVesselInterval) {
        this(store, maxPendingMessages, minVesselInterval, Optional.empty(), Optional.empty());
    }

    /** Starts a node serving HTTPS with {@code keystore}, or showing tiles from {@code tileUrl}. */
    TestNode(
            PictureStore store,
            int maxPendingMessages,
            Duration minVesselInterval,
            Optional<HttpsKeystore> keystore,
            Optional<String> tileUrl) {
        this.store = store;
        metrics.bindPicture(picture);
        live = new LiveHub(
                picture,
                MIDS,
                metrics,
                Duration.ofHours(1),
                minVesselInterval,
                LiveHub.DEFAULT_SNAPSHOT_LIMIT,
                maxPendingMessages);
        for (Decoded d : AisDecoder.decodeAll(DecoderOptions.defaults(), corpusLines())) {
            if (d instanceof Decoded.Message m) {
                apply(m.message(), T0.plusSeconds(applied), "ais250");
            }
        }
        // As in a running node, the changes of the past have been pushed (to nobody) already.
        live.push();
        accountStore = JdbcAccountStore.open(new StoreSettings(
                "jdbc:h2:mem:accounts-" + UUID.randomUUID()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "sa",
                "",
                2,
                StoreSettings.DEFAULT_SEGMENT_POINTS,
                StoreSettings.DEFAULT_CHECKPOINT_INTERVAL));
        accounts = new Accounts(
                accountStore,
                new PasswordHasher(TEST_COST, new SplittableRandom()),
                new LoginThrottle(clock),
                SessionSettings.DEFAULTS,
                clock,
                new SplittableRandom());
        accounts.ensureAdministrator(Optional.of(ADMIN_PASSWORD));
        Principal admin = signInDirectly("admin", ADMIN_PASSWORD);
        accounts.createUser(
                admin,
                Username.of("officer"),
                Optional.of("Officer of the watch"),
                Set.of(Role.WATCH_OFFICER),
                "first officer password");
        Principal officer = signInDirectly("officer", "first officer password");
        accounts.changePassword(officer, "first officer password", OFFICER_PASSWORD);
        officerToken = accounts.createToken(officer, "tests", Optional.empty()).secret();
        api = new HttpApi(
                new ApiContext(
                        picture,
                        store,
                        feeds::get,
                        health::get,
                        metrics,
                        MIDS,
                        InstantSource.fixed(NOW),
                        live,
                        Optional.empty(),
                        Optional.empty(),
                        new io.jisr.app.sar.DriftJobs(
                                io.jisr.sar.drift.DriftModel.withBundledLand(), InstantSource.system()),
                        new io.jisr.app.incidents.IncidentBook(
                                new io.jisr.incident.IncidentStore() {
                                    @Override
                                    public List<io.jisr.incident.Incident> load() {
                                        return List.of();
                                    }

                                    @Override
                                    public void save(List<io.jisr.incident.Incident> incidents) {}
                                },
                                // The workflow is tested on a real node (IncidentWorkflowApiTest); nothing kept here.
                                new io.jisr.incident.workflow.IncidentRecordStore() {
                                    @Override
                                    public List<io.jisr.incident.workflow.IncidentRecord> loadRecords() {
                                        return List.of();
                                    }

                                    @Override
                                    public void saveRecord(io.jisr.incident.workflow.IncidentRecord record) {}

                                    @Override
                                    public io.jisr.incident.workflow.ReportLinks loadLinks() {
                                        return io.jisr.incident.workflow.ReportLinks.NONE;
                                    }

                                    @Override
                                    public void addLink(io.jisr.incident.workflow.ReportLink link) {}
                                },
                                InstantSource.system()),
                        new io.jisr.app.sar.SearchPlans(InstantSource.system()),
                        // The programme register is tested on a real node (ProgrammeApiTest); empty here.
                        new io.jisr.app.programme.ProgrammeBook(
                                new io.jisr.programme.ProgrammeStore() {
                                    @Override
                                    public io.jisr.programme.ProgrammeRegister load() {
                                        return io.jisr.programme.ProgrammeRegister.empty();
                                    }

                                    @Override
                                    public void save(io.jisr.programme.Instrument instrument) {}

                                    @Override
                                    public void save(io.jisr.programme.WorkingGroup group) {}

                                    @Override
                                    public void save(io.jisr.programme.Meeting meeting) {}

                                    @Override
                                    public void saveActions(List<io.jisr.programme.ActionItem> actions) {}

                                    @Override
                                    public void save(io.jisr.programme.acquisition.AcquisitionCase acquisitionCase) {}

                                    @Override
                                    public void saveDelivery(
                                            io.jisr.programme.acquisition.AcquisitionCase acquisitionCase,
                                            List<io.jisr.programme.acquisition.Asset> assets) {}

                                    @Override
                                    public void saveDocument(io.jisr.programme.DocumentRef ref, byte[] bytes) {}

                                    @Override
                                    public Optional<byte[]> document(String sha256) {
                                        return Optional.empty();
                                    }
                                },
                                new io.jisr.programme.sync.ReplicaStore() {
                                    @Override
                                    public io.jisr.programme.sync.Replica loadReplica() {
                                        return io.jisr.programme.sync.Replica.empty();
                                    }

                                    @Override
                                    public void saveSynced(
                                            Map<io.jisr.programme.sync.FieldKey, io.jisr.programme.sync.Stamped> cells,
                                            List<io.jisr.programme.Instrument> instruments,
                                            List<io.jisr.programme.WorkingGroup> groups,
                                            List<io.jisr.programme.Meeting> meetings,
                                            List<io.jisr.programme.ActionItem> actions,
                                            java.util.Set<io.jisr.programme.sync.FieldKey> unreleased) {}

                                    @Override
                                    public List<io.jisr.programme.sync.FieldEdit> unreleased() {
                                        return List.of();
                                    }

                                    @Override
                                    public void released(List<io.jisr.programme.sync.FieldEdit> edits) {}
                                },
                                Optional.empty(),
                                "test-node",
                                InstantSource.fixed(NOW),
                                edits -> {}),
                        // SAR cases are tested on a real node (SarCaseApiTest); none here.
                        new io.jisr.app.sar.SarCaseBook(
                                new io.jisr.sar.cases.SarCaseStore() {
                                    @Override
                                    public List<io.jisr.sar.cases.SarCase> load() {
                                        return List.of();
                                    }

                                    @Override
                                    public void save(io.jisr.sar.cases.SarCase sarCase) {}
                                },
                                InstantSource.fixed(NOW))),
                new WebAccess(accounts, keystore, "test-node", tileUrl, tileUrl.map(u -> "© test tiles")));
        port = api.start("127.0.0.1", 0);
    }

    /** Signs in through the use cases, not HTTP: for setting up. */
    Principal signInDirectly(String username, String password) {
        return ((LoginOutcome.SignedIn) accounts.login(username, password, "setup")).principal();
    }

    /** Returns the officer's bearer token header, for clients that are not browsers. */
    Map<String, String> bearer() {
        return Map.of("Authorization", "Bearer " + officerToken);
    }

    /** Applies one message as received at {@code time} by {@code receiver}; commits its history at once. */
    void apply(AisMessage message, Instant time, String receiver) {
        applied++;
        List<PictureEvent> events = new ArrayList<>();
        picture.apply(new Observation(message, TestMessages.reception(), time, receiver), events::add);
        List<TrackPoint> points = new ArrayList<>();
        for (PictureEvent e : events) {
            live.accept(e);
            if (e instanceof PictureEvent.PositionReported r) {
                points.add(new TrackPoint(r.vessel().mmsi(), r.fix()));
            }
        }
        store.commit(new PictureBatch(List.of(), points, Map.of()));
    }

    private static List<String> corpusLines() {
        InputStream in = TestNode.class.getResourceAsStream(CORPUS);
        if (in == null) {
            throw new IllegalStateException("test corpus " + CORPUS + " is not on the class path (jisr-ais test-jar)");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends {@code GET path} with the officer's token and returns the answer. */
    HttpResponse<String> get(String path) {
        return send("GET", path, null, bearer());
    }

    /** Sends {@code method path} with {@code body} (JSON, or none when null) and {@code headers}. */
    HttpResponse<String> send(String method, String path, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        return send(request.build(), path);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    HttpResponse<String> send(HttpRequest request, String path) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + path, e);
        }
    }

    URI webSocketUri() {
        return URI.create("ws://127.0.0.1:" + port + "/api/live");
    }

    @Override
    public void close() {
        api.stop();
        accountStore.close();
        metrics.close();
        client.close();
    }
}
