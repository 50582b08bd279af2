package io.jisr.app.http;

import io.jisr.ais.ErrorKind;
import io.jisr.picture.Picture;
import io.jisr.picture.PictureEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/**
 * The node's metrics, one method per thing that is counted, so that the node never spells a metric
 * name and {@code docs/api.md} lists them all. Thread-safe; the counting methods are cheap enough for
 * the ingest path (a map lookup and an add, no allocation once a feed's counters exist).
 *
 * <p>Names below are as Prometheus shows them ({@code /metrics}):
 *
 * <ul>
 *   <li>{@code jisr_ais_messages_total{feed,type}}: messages decoded, by feed and AIS message type
 *   <li>{@code jisr_ais_errors_total{feed,kind}}: decoding errors, by feed and {@link ErrorKind}
 *   <li>{@code jisr_ais_duplicates_total{feed}}: sentences dropped as heard already by another receiver
 *   <li>{@code jisr_picture_reports_total{disposition}}: position reports by what the picture did with them
 *   <li>{@code jisr_picture_vessels}: stations in the picture
 *   <li>{@code jisr_queue_size{queue}}, {@code jisr_queue_capacity{queue}}: fill of the node's bounded queues
 *   <li>{@code jisr_queue_rejected_total{queue}}: items a full queue refused (counted, never silent)
 *   <li>{@code jisr_store_commit_seconds}: store commit latency (histogram: {@code _bucket} with {@code le} from
 *       1 ms to 5 s, {@code _count}, {@code _sum}, {@code _max})
 *   <li>{@code jisr_store_points_total}, {@code jisr_store_vessels_total}: history points and vessel
 *       snapshots committed
 *   <li>{@code jisr_store_failures_total}: commits that failed
 *   <li>{@code jisr_websocket_clients}: live-view clients connected
 *   <li>{@code jisr_websocket_clients_dropped_total}: live-view clients dropped for reading too slowly
 *   <li>{@code jisr_websocket_messages_total}: live-view messages sent
 *   <li>{@code jisr_http_responses_total{status}}: HTTP responses by status code
 *   <li>JVM and process: {@code jvm_memory_used_bytes}, {@code jvm_gc_pause_seconds}, {@code jvm_threads_live_threads},
 *       {@code process_cpu_usage}, {@code process_uptime_seconds} and the rest of Micrometer's JVM binders
 * </ul>
 */
public final class NodeMetrics implements AutoCloseable {
    /*
     * Implementation note: Micrometer's registry.counter(name, tags) allocates a tag list and an id on
     * each call, too much at 100,000 messages per second. Counters are therefore looked up once per
     * feed and kept in arrays indexed by message type and error kind.
     */

    private static final int MAX_MESSAGE_TYPE = 27;

    private final PrometheusMeterRegistry registry;
    private final JvmGcMetrics gc = new JvmGcMetrics();
    private final Map<String, Counter[]> messages = new ConcurrentHashMap<>();
    private final Map<String, Map<ErrorKind, Counter>> errors = new ConcurrentHashMap<>();
    private final Map<String, Counter> duplicates = new ConcurrentHashMap<>();
    private final Map<PictureEvent.Disposition, Counter> reports = new EnumMap<>(PictureEvent.Disposition.class);
    private final Map<String, Counter> rejected = new ConcurrentHashMap<>();
    private final Map<Integer, Counter> responses = new ConcurrentHashMap<>();
    private final Timer storeCommit;
    private final Counter storePoints;
    private final Counter storeVessels;
    private final Counter storeFailures;
    private final Counter webSocketDropped;
    private final Counter webSocketMessages;

    /** Creates the metrics in {@code registry} and binds the JVM and process metrics to it. */
    public NodeMetrics(PrometheusMeterRegistry registry) {
        this.registry = registry;
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        gc.bindTo(registry);
        for (PictureEvent.Disposition d : PictureEvent.Disposition.values()) {
            reports.put(
                    d,
                    Counter.builder("jisr.picture.reports")
                            .description("Position reports by what the picture did with them")
                            .tag("disposition", d.name())
                            .register(registry));
        }
        storeCommit = Timer.builder("jisr.store.commit")
                .description("Time to make one batch durable")
                .serviceLevelObjectives(
                        Duration.ofMillis(1),
                        Duration.ofMillis(5),
                        Duration.ofMillis(10),
                        Duration.ofMillis(25),
                        Duration.ofMillis(50),
                        Duration.ofMillis(100),
                        Duration.ofMillis(250),
                        Duration.ofMillis(500),
                        Duration.ofSeconds(1),
                        Duration.ofSeconds(5))
                .register(registry);
        storePoints = Counter.builder("jisr.store.points")
                .description("History points committed")
                .register(registry);
        storeVessels = Counter.builder("jisr.store.vessels")
                .description("Vessel snapshots committed")
                .register(registry);
        storeFailures = Counter.builder("jisr.store.failures")
                .description("Store commits that failed")
                .register(registry);
        webSocketDropped = Counter.builder("jisr.websocket.clients.dropped")
                .description("Live-view clients dropped because they read too slowly")
                .register(registry);
        webSocketMessages = Counter.builder("jisr.websocket.messages")
                .description("Live-view messages sent")
                .register(registry);
    }

    /** Returns the registry, for meters of the node's own. */
    public PrometheusMeterRegistry registry() {
        return registry;
    }

    /** Returns every metric in the Prometheus text format. */
    public String scrape() {
        return registry.scrape();
    }

    /** Counts one message of AIS type {@code messageType} decoded from feed {@code feedId}. */
    public void messageDecoded(String feedId, int messageType) {
        Counter[] byType = messages.computeIfAbsent(feedId, f -> new Counter[MAX_MESSAGE_TYPE + 2]);
        int slot = messageType >= 1 && messageType <= MAX_MESSAGE_TYPE ? messageType : 0;
        Counter counter = byType[slot];
        if (counter == null) {
            // A race here registers the same meter twice; the registry returns the one instance both times.
            counter = Counter.builder("jisr.ais.messages")
                    .description("AIS messages decoded, by feed and message type")
                    .tag("feed", feedId)
                    .tag("type", slot == 0 ? "other" : Integer.toString(slot))
                    .register(registry);
            byType[slot] = counter;
        }
        counter.increment();
    }

    /** Counts one decoding error of {@code kind} on feed {@code feedId}. */
    public void decodeError(String feedId, ErrorKind kind) {
        errors.computeIfAbsent(feedId, f -> new ConcurrentHashMap<>())
                .computeIfAbsent(
                        kind,
                        k -> Counter.builder("jisr.ais.errors")
                                .description("AIS decoding errors, by feed and kind")
                                .tag("feed", feedId)
                                .tag("kind", k.name())
                                .register(registry))
                .increment();
    }

    /** Counts one sentence of feed {@code feedId} dropped because another receiver's copy was applied. */
    public void duplicateDropped(String feedId) {
        duplicates
                .computeIfAbsent(
                        feedId,
                        f -> Counter.builder("jisr.ais.duplicates")
                                .description("Sentences dropped as already heard by another receiver")
                                .tag("feed", f)
                                .register(registry))
                .increment();
    }

    /** Counts one position report by what the picture did with it. */
    public void positionReported(PictureEvent.Disposition disposition) {
        reports.get(disposition).increment();
    }

    /** Reports the number of stations in {@code picture} as {@code jisr_picture_vessels}. */
    public void bindPicture(Picture picture) {
        Gauge.builder("jisr.picture.vessels", picture, Picture::size)
                .description("Stations in the picture")
                .strongReference(true)
                .register(registry);
    }

    /**
     * Reports the fill of a bounded queue as {@code jisr_queue_size{queue}} and its capacity as
     * {@code jisr_queue_capacity{queue}}.
     *
     * @param queue a short name, such as {@code ingest} or {@code store}
     * @param size how many items the queue holds now; called on each scrape, so it must be cheap
     * @param capacity how many it can hold
     */
    public void bindQueue(String queue, IntSupplier size, int capacity) {
        Gauge.builder("jisr.queue.size", size, IntSupplier::getAsInt)
                .description("Items in a bounded queue")
                .tag("queue", queue)
                .strongReference(true)
                .register(registry);
        Gauge.builder("jisr.queue.capacity", () -> capacity)
                .description("Capacity of a bounded queue")
                .tag("queue", queue)
                .register(registry);
    }

    /** Counts one item that the full queue {@code queue} refused. */
    public void queueRejected(String queue) {
        rejected.computeIfAbsent(
                        queue,
                        q -> Counter.builder("jisr.queue.rejected")
                                .description("Items refused by a full queue")
                                .tag("queue", q)
                                .register(registry))
                .increment();
    }

    /** Records one successful store commit: how long it took and what it made durable. */
    public void storeCommitted(Duration latency, int points, int vessels) {
        storeCommit.record(latency.toNanos(), TimeUnit.NANOSECONDS);
        storePoints.increment(points);
        storeVessels.increment(vessels);
    }

    /** Counts one failed store commit. */
    public void storeFailed() {
        storeFailures.increment();
    }

    /** Reports the number of live-view clients; called once by {@link LiveHub}. */
    void bindWebSocketClients(IntSupplier clients) {
        Gauge.builder("jisr.websocket.clients", clients, IntSupplier::getAsInt)
                .description("Live-view WebSocket clients connected")
                .strongReference(true)
                .register(registry);
    }

    /** Counts one live-view client dropped for reading too slowly. */
    void webSocketClientDropped() {
        webSocketDropped.increment();
    }

    /** Counts one live-view message sent. */
    void webSocketMessageSent() {
        webSocketMessages.increment();
    }

    /** Counts one HTTP response with {@code status}. */
    void httpResponse(int status) {
        responses
                .computeIfAbsent(
                        status,
                        s -> Counter.builder("jisr.http.responses")
                                .description("HTTP responses by status code")
                                .tag("status", Integer.toString(s))
                                .register(registry))
                .increment();
    }

    /** Releases the garbage-collection listeners. */
    @Override
    public void close() {
        gc.close();
    }
}
