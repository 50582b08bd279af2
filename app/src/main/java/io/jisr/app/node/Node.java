package io.jisr.app.node;

import io.jisr.ais.identity.Flag;
import io.jisr.ais.identity.MaritimeIdentificationDigits;
import io.jisr.app.alerts.DetectionService;
import io.jisr.app.alerts.PictureVesselFacts;
import io.jisr.app.alerts.ZoneCatalog;
import io.jisr.detect.DetectorSet;
import io.jisr.detect.alert.Alert;
import io.jisr.detect.alert.AlertBook;
import io.jisr.detect.geo.BundledGeography;
import io.jisr.detect.zone.ZoneSet;
import io.jisr.feed.Feed;
import io.jisr.feed.FeedSpec;
import io.jisr.feed.Feeds;
import io.jisr.picture.DuplicateFilter;
import io.jisr.picture.Picture;
import io.jisr.picture.PictureEvent;
import io.jisr.picture.PictureSettings;
import io.jisr.picture.Vessel;
import io.jisr.store.BatchingWriter;
import io.jisr.store.BatchingWriterSettings;
import io.jisr.store.JdbcAlertStore;
import io.jisr.store.JdbcPictureStore;
import io.jisr.store.StoreSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A running Jisr node: storage, the picture restored from it, the ingest pipeline, the feeds and the
 * periodic sweeps. {@link #start} brings everything up in dependency order and {@link #close} takes it
 * down in reverse, committing what is queued.
 */
public final class Node implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(Node.class.getName());

    /*
     * Implementation note: start order is storage, picture (restored), writer, pipeline, feeds — so a
     * feed never delivers into something not yet running, and a file replay starts after the cursor
     * storage committed with the data it produced (the kill -9 guarantee). Close order is the
     * reverse: feeds stop, the pipeline applies what is queued, the writer commits it, storage closes.
     */

    /** The recording replayed when no feed is configured: real satellite AIS from AMSA (Apache-2.0). */
    static final String DEMO_RESOURCE = "/demo/exact-earth-augmented-3.txt";

    /** The feed id of the demo replay; its cursor is kept like any other file feed's. */
    public static final String DEMO_FEED_ID = "demo-replay";

    private final NodeConfig config;
    private final JdbcPictureStore store;
    private final Picture picture;
    private final MessageClock clock;
    private final BatchingWriter writer;
    private final IngestPipeline pipeline;
    private final Feeds feeds;
    private final ScheduledExecutorService sweeps;
    private final List<Consumer<PictureEvent>> listeners;
    private final Optional<Detection> detection;

    /** The detection service, its zones and the store of its alerts, when detection is on. */
    private record Detection(DetectionService service, ZoneCatalog zones, JdbcAlertStore alerts) {}

    private Node(
            NodeConfig config,
            JdbcPictureStore store,
            Picture picture,
            MessageClock clock,
            BatchingWriter writer,
            IngestPipeline pipeline,
            Feeds feeds,
            ScheduledExecutorService sweeps,
            List<Consumer<PictureEvent>> listeners,
            Optional<Detection> detection) {
        this.config = config;
        this.store = store;
        this.picture = picture;
        this.clock = clock;
        this.writer = writer;
        this.pipeline = pipeline;
        this.feeds = feeds;
        this.sweeps = sweeps;
        this.listeners = listeners;
        this.detection = detection;
    }

    /**
     * Starts a node.
     *
     * @param config the configuration
     * @param wallClock the node's clock, for messages that carry no time of their own
     * @param counters where the pipeline counts what it does (the metrics)
     * @param listeners further consumers of picture events (the live view); called on the ingest
     *     thread, they must not block
     */
    public static Node start(
            NodeConfig config,
            InstantSource wallClock,
            IngestPipeline.Counters counters,
            List<Consumer<PictureEvent>> listeners) {
        return start(config, wallClock, counters, listeners, List.of());
    }

    /**
     * Starts a node whose alerts also go to {@code alertListeners} (the live view), on the detection
     * thread or the thread of the person acting on an alert; they must not block.
     */
    public static Node start(
            NodeConfig config,
            InstantSource wallClock,
            IngestPipeline.Counters counters,
            List<Consumer<PictureEvent>> listeners,
            List<Consumer<Alert>> alertListeners) {
        createDirectories(config.dataDirectory());
        JdbcPictureStore store = JdbcPictureStore.open(storeSettings(config));
        MaritimeIdentificationDigits mids = MaritimeIdentificationDigits.itu();
        Picture picture = new Picture(
                new PictureSettings(config.maxPlausibleSpeedKnots(), 2, config.staleAfter()),
                mmsi -> mids.flagOf(mmsi).map(Flag::isoAlpha3));
        MessageClock clock = new MessageClock(wallClock);
        for (Vessel v : store.loadVessels()) {
            picture.restore(v);
            clock.advanceTo(v.lastSeen());
        }
        BatchingWriter writer = BatchingWriter.start(store, BatchingWriterSettings.defaults());
        Optional<Detection> detection = config.detection().enabled()
                ? Optional.of(startDetection(config, store, picture, mids, clock, alertListeners))
                : Optional.empty();
        List<Consumer<PictureEvent>> all = new ArrayList<>(listeners);
        detection.ifPresent(d -> all.add(d.service()));
        IngestPipeline.EventSink sink = new IngestPipeline.EventSink() {
            @Override
            public void event(PictureEvent event) {
                writer.accept(event);
                for (Consumer<PictureEvent> l : all) {
                    l.accept(event);
                }
            }

            @Override
            public void lineDone(String feedId, long line) {
                writer.advance(feedId, line);
            }
        };
        IngestPipeline pipeline = new IngestPipeline(
                picture, new DuplicateFilter(config.duplicateWindow()), clock, sink, counters, 65_536);
        Feeds feeds = new Feeds(pipeline);
        ScheduledExecutorService sweeps = Executors.newSingleThreadScheduledExecutor(
                r -> Thread.ofPlatform().name("jisr-sweeps").daemon().unstarted(r));
        Node node = new Node(config, store, picture, clock, writer, pipeline, feeds, sweeps, all, detection);
        node.startFeeds();
        sweeps.scheduleWithFixedDelay(node::sweepStale, 10, 10, TimeUnit.SECONDS);
        sweeps.scheduleWithFixedDelay(node::purgeHistory, 1, 60, TimeUnit.MINUTES);
        return node;
    }

    private static Detection startDetection(
            NodeConfig config,
            JdbcPictureStore store,
            Picture picture,
            MaritimeIdentificationDigits mids,
            MessageClock clock,
            List<Consumer<Alert>> alertListeners) {
        NodeConfig.Detection settings = config.detection();
        JdbcAlertStore alerts = JdbcAlertStore.open(store.settings());
        try {
            ZoneCatalog catalog = new ZoneCatalog(settings.zones(), alerts.zones());
            ZoneSet zones = catalog.set();
            DetectionService service = new DetectionService(
                    DetectorSet.defaults(BundledGeography.load(), zones, settings.gapSettings()),
                    new AlertBook(settings.rules(), zones, new PictureVesselFacts(picture, mids)),
                    alerts,
                    clock.instant().minus(settings.keepClosedAlerts()),
                    alertListeners,
                    DetectionService.DEFAULT_QUEUE_CAPACITY);
            catalog.onChange(service::replaceZones);
            return new Detection(service, catalog, alerts);
        } catch (RuntimeException e) {
            alerts.close();
            throw e;
        }
    }

    private static StoreSettings storeSettings(NodeConfig config) {
        NodeConfig.Database db = config.database();
        StoreSettings settings = db.url().isPresent()
                ? StoreSettings.postgres(db.url().get(), db.user(), db.password())
                : StoreSettings.h2(config.dataDirectory());
        return settings.withPoolSize(db.poolSize());
    }

    private void startFeeds() {
        List<NodeConfig.FeedConfig> configured = new ArrayList<>(config.feeds());
        if (configured.isEmpty() && config.demo()) {
            configured.add(new NodeConfig.FeedConfig(DEMO_FEED_ID, new FeedSpec.FileReplay(extractDemo(), 0, 0)));
        }
        for (NodeConfig.FeedConfig f : configured) {
            FeedSpec spec = f.spec() instanceof FeedSpec.FileReplay file
                    ? new FeedSpec.FileReplay(
                            file.file(), file.speed(), store.cursor(f.id()).orElse(0))
                    : f.spec();
            feeds.start(new Feed(f.id(), config.nodeId(), spec));
        }
    }

    private Path extractDemo() {
        Path target = config.dataDirectory()
                .resolve("demo")
                .resolve(Path.of(DEMO_RESOURCE).getFileName().toString());
        if (Files.isRegularFile(target)) {
            return target;
        }
        try (InputStream in = Node.class.getResourceAsStream(DEMO_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(
                        "the demo recording " + DEMO_RESOURCE + " is missing from the application jar");
            }
            createDirectories(target.getParent());
            Path partial = target.resolveSibling(target.getFileName() + ".partial");
            Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot extract the demo recording to " + target, e);
        }
    }

    private void sweepStale() {
        picture.sweepStale(clock.instant(), event -> {
            writer.accept(event);
            listeners.forEach(l -> l.accept(event));
        });
    }

    private void purgeHistory() {
        store.purgeBefore(clock.instant().minus(config.retention()));
    }

    /** Returns the configuration the node runs with. */
    public NodeConfig config() {
        return config;
    }

    /** Returns the live picture. */
    public Picture picture() {
        return picture;
    }

    /** Returns the storage. */
    public JdbcPictureStore store() {
        return store;
    }

    /** Returns the feeds. */
    public Feeds feeds() {
        return feeds;
    }

    /** Returns the picture's clock: the latest message time. */
    public MessageClock clock() {
        return clock;
    }

    /** Returns the storage writer. */
    public BatchingWriter writer() {
        return writer;
    }

    /** Returns the zones, when detection is on. */
    public Optional<ZoneCatalog> zones() {
        return detection.map(Detection::zones);
    }

    /** Returns the detections and alerts, when detection is on. */
    public Optional<DetectionService> detection() {
        return detection.map(Detection::service);
    }

    /** Returns the ingest pipeline. */
    public IngestPipeline pipeline() {
        return pipeline;
    }

    /** Stops feeds, applies and commits what is queued, and closes storage. */
    @Override
    public void close() {
        // Every part is closed even when an earlier one fails (a database gone for good makes the
        // writer give up after its close timeout): otherwise the store's pool and threads stay behind
        // and the process cannot exit. The first failure is thrown, the others are attached to it.
        RuntimeException failure = null;
        for (Runnable step : List.<Runnable>of(
                this::stopSweeps,
                feeds::close,
                pipeline::close,
                () -> detection.ifPresent(d -> d.service().close()),
                writer::close,
                () -> detection.ifPresent(d -> d.alerts().close()),
                store::close)) {
            try {
                step.run();
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /**
     * Lets a running sweep finish instead of interrupting it: an interrupt during a read closes the
     * embedded database's file channel (a purge interrupted by {@code shutdownNow} stopped the long H2
     * throughput runs). The store's own purge stops early once the store is closing.
     */
    private void stopSweeps() {
        sweeps.shutdown();
        try {
            if (!sweeps.awaitTermination(2, TimeUnit.MINUTES)) {
                LOG.log(
                        System.Logger.Level.WARNING,
                        "a history purge is still running after 2 minutes; closing anyway");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create directory " + dir, e);
        }
    }
}
