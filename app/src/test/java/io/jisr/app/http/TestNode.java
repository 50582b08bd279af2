package io.jisr.app.http;

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
import java.util.concurrent.atomic.AtomicReference;

/**
 * A node for the HTTP tests: a picture filled from a real recording, an in-memory store holding its
 * history, and the HTTP API on a free loopback port.
 */
final class TestNode implements AutoCloseable {

    /** The recording: 243 lines of AIS from the Danish Maritime Authority's AisLib test data. */
    static final String CORPUS = "/ais/dma-aislib/ais250.txt";

    /** Message time of the corpus's first message; each further message is one second later. */
    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    /** The API's clock: ten minutes after the first message. */
    static final Instant NOW = T0.plus(Duration.ofMinutes(10));

    static final MaritimeIdentificationDigits MIDS = MaritimeIdentificationDigits.itu();

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
        api = new HttpApi(
                new ApiContext(picture, store, feeds::get, health::get, metrics, MIDS, InstantSource.fixed(NOW), live));
        port = api.start("127.0.0.1", 0);
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

    /** Sends {@code GET path} and returns the answer. */
    HttpResponse<String> get(String path) {
        try {
            return client.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
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
        metrics.close();
        client.close();
    }
}
