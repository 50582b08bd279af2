package io.jisr.app.node;

import io.jisr.ais.identity.MaritimeIdentificationDigits;
import io.jisr.app.http.ApiContext;
import io.jisr.app.http.Health;
import io.jisr.app.http.HttpApi;
import io.jisr.app.http.LiveHub;
import io.jisr.app.http.NodeMetrics;
import io.jisr.app.web.WebUi;
import io.jisr.feed.FeedState;
import io.jisr.feed.FeedStatus;
import io.jisr.picture.PictureEvent;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * A node with its HTTP API, live view and metrics: what {@code jisr serve} runs. Start it with
 * {@link #start}; {@link #close} stops the API first, then the node.
 */
public final class NodeRuntime implements AutoCloseable {
    private final Node node;
    private final HttpApi api;
    private final NodeMetrics metrics;
    private final int httpPort;

    private NodeRuntime(Node node, HttpApi api, NodeMetrics metrics, int httpPort) {
        this.node = node;
        this.api = api;
        this.metrics = metrics;
        this.httpPort = httpPort;
    }

    /** Starts storage, picture, feeds and the HTTP API as configured. */
    public static NodeRuntime start(NodeConfig config, InstantSource wallClock) {
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
        Node node = Node.start(config, wallClock, new MeteredCounters(metrics), List.of(measure, toLive));
        try {
            LiveHub hub = new LiveHub(node.picture(), mids, metrics);
            live.set(hub);
            metrics.bindPicture(node.picture());
            metrics.bindQueue("ingest", node.pipeline()::queued, node.pipeline().capacity());
            metrics.bindQueue("store", node.writer()::queued, node.writer().queueCapacity());
            ApiContext context = new ApiContext(
                    node.picture(),
                    node.store(),
                    node.feeds()::statuses,
                    () -> health(node),
                    metrics,
                    mids,
                    node.clock(),
                    hub);
            HttpApi api = new HttpApi(context, WebUi::configure);
            int port = api.start(config.httpHost(), config.httpPort());
            return new NodeRuntime(node, api, metrics, port);
        } catch (RuntimeException e) {
            node.close();
            throw e;
        }
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
        Health.Component ingest = pipeline.isHealthy()
                ? Health.Component.up("queue " + pipeline.queued() + " of " + pipeline.capacity())
                : Health.Component.down("the ingest thread has stopped");
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

    /** Returns the metrics. */
    public NodeMetrics metrics() {
        return metrics;
    }

    /** Stops the API, then the node (committing what is queued). */
    @Override
    public void close() {
        api.close();
        node.close();
        metrics.close();
    }
}
