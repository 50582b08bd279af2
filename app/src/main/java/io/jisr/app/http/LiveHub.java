package io.jisr.app.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.websocket.WsConfig;
import io.javalin.websocket.WsContext;
import io.jisr.ais.identity.MaritimeIdentificationDigits;
import io.jisr.detect.alert.Alert;
import io.jisr.picture.BoundingBox;
import io.jisr.picture.Picture;
import io.jisr.picture.PictureEvent;
import io.jisr.picture.Vessel;
import io.jisr.picture.VesselFilter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

/**
 * The live view behind the {@code /api/live} WebSocket: follows the picture's events and pushes each
 * client the changes inside the viewport it chose, coalesced, at most once per push interval (one
 * second by default) per vessel.
 *
 * <p>Give it every picture event ({@link #accept}); that call only records which vessel changed and
 * never waits for a client. The protocol is in {@code docs/api.md}: the client sends
 * {@code {"bbox":[south,west,north,east]}} at any time; the server answers with a {@code snapshot} of
 * the vessels in the box, then sends {@code update} messages with the vessels that changed inside it
 * and those that left it or went stale. A client that lets {@code maxPendingMessages} messages pile up
 * unsent is disconnected and counted in {@code jisr_websocket_clients_dropped_total}.
 */
public final class LiveHub implements Consumer<PictureEvent> {
    /*
     * Implementation note: the ingest thread puts the vessel's latest state into a concurrent map keyed
     * by MMSI, so a vessel reported ten times between pushes costs ten puts and one message. A single
     * pusher thread drains the map once per interval and, for each client, picks the changes inside its
     * box; each vessel's JSON is written once per push however many clients get it. Sends are
     * asynchronous: the pusher never waits for a socket. Per-client state (box, the MMSIs it shows) is
     * guarded by the client's lock, which the WebSocket thread takes to answer a new box with a snapshot.
     *
     * The picture's own notion of "stale" is in message time; the live view follows it through
     * VesselWentStale events and keeps such vessels out of snapshots until they are heard again.
     */

    /** Default time between two pushes to a client. */
    public static final Duration DEFAULT_PUSH_INTERVAL = Duration.ofSeconds(1);

    /** Default largest number of vessels a client is shown in one viewport. */
    public static final int DEFAULT_SNAPSHOT_LIMIT = 5000;

    /** Default number of messages that may wait unsent before a client counts as too slow. */
    public static final int DEFAULT_MAX_PENDING_MESSAGES = 16;

    /** How often open connections are checked against their session or token. */
    static final Duration REVALIDATE_INTERVAL = Duration.ofSeconds(10);

    /** The close code of a connection whose session or token no longer admits it (4000–4999: private use). */
    static final int CLOSE_NOT_ADMITTED = 4401;

    private static final System.Logger LOG = System.getLogger(LiveHub.class.getName());

    /** A vessel's latest state since the previous push; {@code stale} when the last event said so. */
    private record Change(Vessel vessel, boolean stale) {}

    private final Picture picture;
    private final MaritimeIdentificationDigits mids;
    private final NodeMetrics metrics;
    private final Duration pushInterval;
    private final long minVesselIntervalNanos;
    private final Map<Integer, Long> lastSentNanos = new ConcurrentHashMap<>();
    private final int snapshotLimit;
    private final int maxPendingMessages;
    private final Map<Integer, Change> dirty = new ConcurrentHashMap<>();
    private final Set<Integer> stale = ConcurrentHashMap.newKeySet();
    private final Map<String, Client> clients = new ConcurrentHashMap<>();
    private ScheduledExecutorService pusher;

    /**
     * Creates the node's live view: pushes every 200 ms, each vessel at most once per second, so that
     * a change reaches the screen within a fraction of a second while a vessel reporting every two
     * seconds costs one update per report, not five.
     */
    public LiveHub(Picture picture, MaritimeIdentificationDigits mids, NodeMetrics metrics) {
        this(
                picture,
                mids,
                metrics,
                Duration.ofMillis(200),
                Duration.ofSeconds(1),
                DEFAULT_SNAPSHOT_LIMIT,
                DEFAULT_MAX_PENDING_MESSAGES);
    }

    /**
     * Creates a live view that sends a vessel at most once per push.
     *
     * @param pushInterval time between two pushes to a client; no vessel is sent more often
     * @param snapshotLimit the most vessels one client is shown at once
     * @param maxPendingMessages how many messages may wait unsent for one client before it is dropped
     */
    public LiveHub(
            Picture picture,
            MaritimeIdentificationDigits mids,
            NodeMetrics metrics,
            Duration pushInterval,
            int snapshotLimit,
            int maxPendingMessages) {
        this(picture, mids, metrics, pushInterval, Duration.ZERO, snapshotLimit, maxPendingMessages);
    }

    /**
     * Creates a live view.
     *
     * @param pushInterval time between two pushes to a client
     * @param minVesselInterval the shortest time between two updates of one vessel; a change that
     *     comes sooner waits for a later push (coalesced with whatever else changes meanwhile)
     * @param snapshotLimit the most vessels one client is shown at once
     * @param maxPendingMessages how many messages may wait unsent for one client before it is dropped
     */
    public LiveHub(
            Picture picture,
            MaritimeIdentificationDigits mids,
            NodeMetrics metrics,
            Duration pushInterval,
            Duration minVesselInterval,
            int snapshotLimit,
            int maxPendingMessages) {
        if (minVesselInterval.isNegative()) {
            throw new IllegalArgumentException(
                    "live per-vessel interval must not be negative, was " + minVesselInterval);
        }
        this.minVesselIntervalNanos = minVesselInterval.toNanos();
        if (pushInterval.isNegative() || pushInterval.isZero()) {
            throw new IllegalArgumentException("live push interval must be positive, was " + pushInterval);
        }
        if (snapshotLimit < 1) {
            throw new IllegalArgumentException("live snapshot limit must be at least 1, was " + snapshotLimit);
        }
        if (maxPendingMessages < 1) {
            throw new IllegalArgumentException(
                    "live max pending messages must be at least 1, was " + maxPendingMessages);
        }
        this.picture = picture;
        this.mids = mids;
        this.metrics = metrics;
        this.pushInterval = pushInterval;
        this.snapshotLimit = snapshotLimit;
        this.maxPendingMessages = maxPendingMessages;
        metrics.bindWebSocketClients(clients::size);
    }

    /**
     * Sends an alert that was raised or changed to every connected client, whatever its viewport: a
     * watch officer must hear of an alert off screen too. Never blocks on clients.
     */
    public void alert(Alert alert) {
        String text = "{\"type\":\"alert\",\"alert\":" + Json.write(AlertJson.of(alert, picture, mids)) + "}";
        for (Client client : clients.values()) {
            send(client, text);
        }
    }

    /** Records that a vessel changed; called on the ingest thread, never blocks on clients. */
    @Override
    public void accept(PictureEvent event) {
        switch (event) {
            case PictureEvent.VesselAppeared e -> changed(e.vessel(), false);
            case PictureEvent.PositionReported e -> {
                // LATE and SUSPECT reports do not move the vessel; the map does not need them.
                if (e.disposition() == PictureEvent.Disposition.CURRENT) {
                    changed(e.vessel(), false);
                }
            }
            case PictureEvent.StaticDataChanged e -> changed(e.vessel(), false);
            case PictureEvent.VesselWentStale e -> changed(e.vessel(), true);
        }
    }

    private void changed(Vessel vessel, boolean isStale) {
        dirty.put(vessel.mmsi().value(), new Change(vessel, isStale));
    }

    /** Returns how many clients are connected. */
    public int clients() {
        return clients.size();
    }

    /** Starts pushing; called by {@link HttpApi#start}. */
    synchronized void start() {
        if (pusher == null) {
            pusher = Executors.newSingleThreadScheduledExecutor(
                    r -> Thread.ofPlatform().name("jisr-live-push").daemon().unstarted(r));
            long millis = pushInterval.toMillis();
            pusher.scheduleWithFixedDelay(this::pushSafely, millis, millis, TimeUnit.MILLISECONDS);
            long checkMillis = REVALIDATE_INTERVAL.toMillis();
            pusher.scheduleWithFixedDelay(this::revalidateSafely, checkMillis, checkMillis, TimeUnit.MILLISECONDS);
        }
    }

    /** Stops pushing and forgets the clients; called by {@link HttpApi#stop}. */
    synchronized void stop() {
        if (pusher != null) {
            pusher.shutdownNow();
            pusher = null;
        }
        clients.clear();
    }

    /** Registers the WebSocket handlers on {@code /api/live}. */
    void configure(WsConfig ws) {
        ws.onConnect(ctx -> {
            BooleanSupplier admitted = ctx.attribute(AccessGate.LIVE_AUTHORISATION);
            if (admitted == null) {
                // Every upgrade passes the access gate, which leaves the check; without it, refuse.
                ctx.closeSession(CLOSE_NOT_ADMITTED, "not signed in");
                return;
            }
            ctx.enableAutomaticPings();
            clients.put(ctx.sessionId(), new Client(ctx.session, admitted));
        });
        ws.onMessage(ctx -> {
            Client client = clients.get(ctx.sessionId());
            if (client != null) {
                receive(client, ctx.message());
            }
        });
        ws.onClose(ctx -> forget(ctx));
        ws.onError(ctx -> forget(ctx));
    }

    private void forget(WsContext ctx) {
        Client client = clients.remove(ctx.sessionId());
        if (client != null) {
            client.closed = true;
        }
    }

    private void revalidateSafely() {
        try {
            revalidate();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "live view access check failed; trying again later", e);
        }
    }

    /**
     * Closes the connections whose session or token no longer admits them (signed out, expired,
     * revoked, account disabled or stripped of its roles); package-private so tests can drive it. A
     * check that fails (the database unreachable) keeps the connection until the next round.
     */
    void revalidate() {
        for (Client client : clients.values()) {
            boolean admitted;
            try {
                admitted = client.admitted.getAsBoolean();
            } catch (RuntimeException e) {
                LOG.log(
                        System.Logger.Level.WARNING,
                        "could not check a live connection's access; keeping it for now",
                        e);
                continue;
            }
            if (!admitted) {
                client.closed = true;
                clients.values().remove(client);
                client.session.close(
                        CLOSE_NOT_ADMITTED, "the session or token has ended; sign in again", Callback.NOOP);
            }
        }
    }

    private void pushSafely() {
        try {
            push();
        } catch (RuntimeException e) {
            // The schedule stops at the first exception it sees; log and keep pushing.
            LOG.log(System.Logger.Level.ERROR, "live view push failed; continuing with the next one", e);
        }
    }

    /** Sends every client the changes since the previous push; package-private so tests can drive it. */
    void push() {
        List<Change> changes = new ArrayList<>(dirty.size());
        long now = System.nanoTime();
        if (minVesselIntervalNanos > 0 && lastSentNanos.size() > 4 * Math.max(1024, dirty.size())) {
            // Forget send times that no longer hold anything back, so the map stays the size of the traffic.
            lastSentNanos.values().removeIf(t -> now - t >= minVesselIntervalNanos);
        }
        for (Integer key : dirty.keySet()) {
            if (minVesselIntervalNanos > 0) {
                Long last = lastSentNanos.get(key);
                if (last != null && now - last < minVesselIntervalNanos) {
                    continue; // sent less than the interval ago: stays dirty for a later push
                }
            }
            Change change = dirty.remove(key);
            if (change != null) {
                if (minVesselIntervalNanos > 0) {
                    lastSentNanos.put(key, now);
                }
                changes.add(change);
                if (change.stale()) {
                    stale.add(key);
                } else {
                    stale.remove(key);
                }
            }
        }
        if (changes.isEmpty()) {
            return;
        }
        Map<Integer, String> json = new HashMap<>();
        for (Client client : clients.values()) {
            client.lock.lock();
            try {
                if (client.box != null && !client.closed) {
                    update(client, changes, json);
                }
            } finally {
                client.lock.unlock();
            }
        }
    }

    private void update(Client client, List<Change> changes, Map<Integer, String> json) {
        StringBuilder vessels = new StringBuilder();
        StringBuilder removed = new StringBuilder();
        for (Change change : changes) {
            Vessel v = change.vessel();
            int key = v.mmsi().value();
            boolean inside = !change.stale()
                    && v.lastFix().isPresent()
                    && client.box.contains(v.lastFix().get().position());
            if (inside && (client.shown.contains(key) || client.shown.size() < snapshotLimit)) {
                client.shown.add(key);
                vessels.append(vessels.isEmpty() ? "" : ",")
                        .append(json.computeIfAbsent(key, k -> Json.write(VesselJson.of(v, mids))));
            } else if (!inside && client.shown.remove(key)) {
                removed.append(removed.isEmpty() ? "" : ",")
                        .append("{\"mmsi\":")
                        .append(key)
                        .append(",\"reason\":\"")
                        .append(change.stale() ? "STALE" : "LEFT_VIEWPORT")
                        .append("\"}");
            }
        }
        if (!vessels.isEmpty() || !removed.isEmpty()) {
            send(client, "{\"type\":\"update\",\"vessels\":[" + vessels + "],\"removed\":[" + removed + "]}");
        }
    }

    private void receive(Client client, String message) {
        QueryParameters p = new QueryParameters(Map.of());
        BoundingBox box = null;
        try {
            JsonNode root = Json.mapper().readTree(message);
            JsonNode bbox = root == null ? null : root.get("bbox");
            if (bbox == null || !bbox.isArray() || bbox.size() != 4 || !allNumbers(bbox)) {
                p.reject(
                        "bbox",
                        "must be an array of four numbers: [south, west, north, east] in degrees",
                        bbox == null ? null : abbreviate(bbox.toString()));
            } else {
                double[] edges = new double[4];
                for (int i = 0; i < 4; i++) {
                    edges[i] = bbox.get(i).asDouble();
                }
                box = p.box("bbox", edges, bbox.toString()).orElse(null);
            }
        } catch (JsonProcessingException e) {
            p.reject("message", "must be a JSON object such as {\"bbox\":[30,-10,46,37]}", abbreviate(message));
        }
        try {
            p.check();
        } catch (ApiException e) {
            ErrorJson body = e.body();
            send(client, Json.write(new LiveError("error", ErrorJson.BAD_MESSAGE, body.message(), body.errors())));
            return;
        }
        subscribe(client, box);
    }

    private static boolean allNumbers(JsonNode array) {
        for (JsonNode n : array) {
            if (!n.isNumber()) {
                return false;
            }
        }
        return true;
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }

    /** Shows {@code client} the vessels in {@code box}: replaces what it showed with a snapshot. */
    private void subscribe(Client client, BoundingBox box) {
        client.lock.lock();
        try {
            client.box = box;
            client.shown.clear();
            List<Vessel> found = picture.inBox(box, VesselFilter.ALL, Instant.EPOCH, snapshotLimit + 1 + stale.size());
            List<VesselJson> vessels = new ArrayList<>();
            boolean truncated = false;
            for (Vessel v : found) {
                if (stale.contains(v.mmsi().value())) {
                    continue;
                }
                if (vessels.size() == snapshotLimit) {
                    truncated = true;
                    break;
                }
                vessels.add(VesselJson.of(v, mids));
                client.shown.add(v.mmsi().value());
            }
            List<Double> edges = List.of(box.south(), box.west(), box.north(), box.east());
            send(client, Json.write(new Snapshot("snapshot", edges, truncated, vessels)));
        } finally {
            client.lock.unlock();
        }
    }

    /** Sends one text message, or drops the client when too many of its messages are still unsent. */
    private void send(Client client, String text) {
        client.lock.lock();
        try {
            if (client.closed) {
                return;
            }
            int waiting = client.pending.get();
            if (waiting >= maxPendingMessages) {
                client.closed = true;
                clients.values().remove(client);
                metrics.webSocketClientDropped();
                LOG.log(
                        System.Logger.Level.WARNING,
                        "live view client {0} dropped: {1} messages waiting unsent, the limit is {2}",
                        client.session.getRemoteSocketAddress(),
                        waiting,
                        maxPendingMessages);
                client.session.disconnect();
                return;
            }
            client.pending.incrementAndGet();
            client.session.sendText(
                    text, Callback.from(client.pending::decrementAndGet, failure -> client.pending.decrementAndGet()));
            metrics.webSocketMessageSent();
        } finally {
            client.lock.unlock();
        }
    }

    /**
     * A snapshot message.
     *
     * @param type always {@code snapshot}
     * @param bbox the viewport it answers: south, west, north, east
     * @param truncated whether more vessels are in the box than the snapshot limit
     * @param vessels the vessels in the box, most recently heard first
     */
    record Snapshot(String type, List<Double> bbox, boolean truncated, List<VesselJson> vessels) {}

    /**
     * An error message, the {@link ErrorJson} shape with a type.
     *
     * @param type always {@code error}
     * @param code {@code BAD_MESSAGE}
     * @param message what was wrong
     * @param errors field to problems
     */
    record LiveError(String type, String code, String message, Map<String, List<ErrorJson.FieldError>> errors) {}

    /** One connected client. */
    private static final class Client {
        final Session session;
        /** Whether the credential the client connected with still admits it. */
        final BooleanSupplier admitted;

        final ReentrantLock lock = new ReentrantLock();
        final AtomicInteger pending = new AtomicInteger();
        final Set<Integer> shown = new HashSet<>();
        BoundingBox box;
        volatile boolean closed;

        Client(Session session, BooleanSupplier admitted) {
            this.session = session;
            this.admitted = admitted;
        }
    }
}
