package io.jisr.app.federation;

import com.fasterxml.jackson.databind.JsonNode;
import io.jisr.ais.Reception;
import io.jisr.exchange.DataCategory;
import io.jisr.exchange.Nation;
import io.jisr.exchange.audit.AuditEvent;
import io.jisr.exchange.log.ApplyOutcome;
import io.jisr.exchange.log.Batch;
import io.jisr.exchange.log.Cursor;
import io.jisr.exchange.log.PartnerInbox;
import io.jisr.exchange.log.RecordSink;
import io.jisr.exchange.policy.Decision;
import io.jisr.exchange.policy.Policy;
import io.jisr.exchange.record.ShareableRecord;
import io.jisr.feed.FeedSink;
import io.jisr.store.JdbcFederationStore;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLContext;

/**
 * Pulls one partner's log for this node, over mutual TLS, and applies each batch through the partner's
 * {@link PartnerInbox}: the records and the new cursor are stored in one transaction, then the
 * records that are vessel positions or static data go into the picture as heard by the partner's feed,
 * and records of the other categories (programme records, incident reports...), if this node's agreements
 * take them from the partner, go to their {@link CategoryReceiver} (otherwise they are neither stored nor
 * applied, only counted).
 * Long polls keep latency low; failures are counted, shown in the link status, and retried with a
 * growing pause. One thread per partner.
 */
final class PartnerPuller implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(PartnerPuller.class.getName());
    /* 2,000, not the endpoint's most (5,000): one pair of FederationThroughput runs applied 29,216 records/s
     * with 5,000 against 23,333 with 2,000, but within the noise of other pairs, while over a link that drops
     * long transfers the larger batches failed more often and FederationChaosTest took 50-100 s to drain
     * instead of 35. */
    private static final int LIMIT = 2_000;
    private static final int SMALLEST_LIMIT = 10;

    private final PartnerLink link;
    private final PartnerInbox inbox;
    private final JdbcFederationStore store;
    private final FederationAudit audit;
    private final FeedSink picture;
    private final ReceivedEchoes echoes;
    private final Map<DataCategory, CategoryReceiver> receivers;
    private final AtomicReference<Policy> policy;
    private final InstantSource clock;
    private final Duration wait;
    private final HttpClient client;
    private final Thread thread;
    private volatile boolean running = true;
    // Records asked for per pull: halved after a failed pull, doubled after a good one, so that a link
    // which drops long transfers still moves, a few records at a time (FederationChaosTest).
    private int limit = LIMIT;

    private final AtomicLong applied = new AtomicLong();
    private final AtomicLong batches = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private final AtomicLong notInPicture = new AtomicLong();
    private volatile String lastError = "";
    private volatile boolean connected;
    private volatile long remoteHead;
    private volatile Instant upToDateAt;
    private Instant windowStart;
    private long windowApplied;
    private volatile double recordsPerSecond;

    PartnerPuller(
            Nation self,
            PartnerLink link,
            SSLContext tls,
            JdbcFederationStore store,
            FederationAudit audit,
            FeedSink picture,
            ReceivedEchoes echoes,
            Map<DataCategory, CategoryReceiver> receivers,
            AtomicReference<Policy> policy,
            InstantSource clock,
            Duration wait) {
        this.link = link;
        this.receivers = Map.copyOf(receivers);
        this.policy = policy;
        this.store = store;
        this.audit = audit;
        this.picture = picture;
        this.echoes = echoes;
        this.clock = clock;
        this.wait = wait;
        String sender = DurableOutboundLog.key(link.partner());
        this.inbox = new PartnerInbox(
                self, link.partner(), Cursor.at(store.inboxCursor(sender).orElse(0)));
        this.upToDateAt = clock.instant();
        this.windowStart = upToDateAt;
        this.client = HttpClient.newBuilder()
                .sslContext(tls)
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        this.thread = Thread.ofPlatform()
                .name("jisr-federation-pull-" + link.partner().node())
                .daemon()
                .start(this::run);
    }

    /** The link's state for the operators. */
    LinkStatus status() {
        long cursor = inbox.cursor().sequence();
        long lagRecords = Math.max(0, remoteHead - cursor);
        long lagSeconds = lagRecords == 0
                ? 0
                : Math.max(0, Duration.between(upToDateAt, clock.instant()).toSeconds());
        return new LinkStatus(
                link.partner(),
                connected,
                cursor,
                lagRecords,
                lagSeconds,
                applied.get(),
                batches.get(),
                failures.get(),
                recordsPerSecond,
                lastError.isEmpty() ? Optional.empty() : Optional.of(lastError));
    }

    /*
     * Pipelined: as soon as a batch has been read and checked, the pull for the records after it is sent,
     * and the batch is applied while the partner serves that pull. The cursor still moves only when a batch
     * is applied; a prefetched batch that does not follow the cursor (the one before it failed to apply) is
     * refused by the inbox as a gap and pulled again from the cursor.
     */
    private void run() {
        long pauseMillis = 500;
        CompletableFuture<HttpResponse<String>> next = pull(inbox.cursor());
        while (running) {
            try {
                BatchJson.Read.Accepted accepted = receive(next);
                next = pull(accepted.batch().upTo());
                apply(accepted);
                pauseMillis = 500;
                limit = Math.min(LIMIT, limit * 2);
            } catch (IOException | RuntimeException e) {
                next.cancel(true);
                if (!running) {
                    return;
                }
                limit = Math.max(SMALLEST_LIMIT, limit / 2);
                connected = false;
                failures.incrementAndGet();
                lastError = describe(e);
                LOG.log(System.Logger.Level.WARNING, "federation link to " + link.partner() + ": " + lastError);
                pause(pauseMillis);
                pauseMillis = Math.min(pauseMillis * 2, 30_000);
                next = pull(inbox.cursor());
            } catch (InterruptedException e) {
                next.cancel(true);
                return;
            }
        }
        next.cancel(true);
    }

    /** Sends the pull for the records after {@code from}; the answer comes later. */
    private CompletableFuture<HttpResponse<String>> pull(Cursor from) {
        URI uri = link.baseUrl()
                .resolve(FederationServer.PATH + "?after=" + from.sequence() + "&limit=" + limit + "&waitSeconds="
                        + wait.toSeconds());
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(wait.plusSeconds(30))
                .header("Accept", "application/json")
                .GET()
                .build();
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Waits for a pull's answer and reads its batch; throws when there is none to apply. */
    private BatchJson.Read.Accepted receive(CompletableFuture<HttpResponse<String>> pending)
            throws IOException, InterruptedException {
        HttpResponse<String> response;
        try {
            response = pending.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw e.getCause() instanceof RuntimeException r ? r : new FederationException(describe(e), e);
        } catch (CancellationException e) {
            throw new FederationException("the pull was cancelled", e);
        }
        if (response.statusCode() != 200) {
            throw new FederationException("partner " + link.partner() + " answered " + response.statusCode() + " "
                    + refusal(response.body()));
        }
        response.headers().firstValueAsLong("Jisr-Log-Head").ifPresent(h -> remoteHead = h);
        connected = true;
        return switch (BatchJson.read(response.body())) {
            case BatchJson.Read.Refused refused ->
                throw new FederationException("batch from " + link.partner() + " refused: " + refused.message());
            case BatchJson.Read.Accepted accepted -> accepted;
        };
    }

    private void apply(BatchJson.Read.Accepted accepted) {
        Batch batch = accepted.batch();
        List<String> storedForms = accepted.storedForms();
        // The inbox passes on the records after its cursor, which are the last ones of the batch.
        ApplyOutcome outcome = inbox.apply(
                batch,
                (records, cursor) -> store(
                        records, storedForms.subList(storedForms.size() - records.size(), storedForms.size()), cursor));
        switch (outcome) {
            case ApplyOutcome.Applied a -> {
                applied.addAndGet(a.applied());
                batches.incrementAndGet();
                measure(a.applied());
                audit.record(AuditEvent.BatchReceived.of(clock.instant(), batch));
                lastError = "";
            }
            case ApplyOutcome.AlreadyApplied already -> {}
            case ApplyOutcome.Gap gap ->
                throw new FederationException("batch from " + link.partner() + " starts at " + gap.batchAfter()
                        + ", after the cursor " + gap.cursor());
            case ApplyOutcome.Refused refused ->
                throw new FederationException("batch from " + link.partner() + " refused: " + refused.message());
        }
        if (inbox.cursor().sequence() >= remoteHead) {
            upToDateAt = clock.instant();
        }
    }

    /** Records per second over the last window of at least 10 s (the rate the operators see). */
    private void measure(int records) {
        windowApplied += records;
        Instant now = clock.instant();
        Duration window = Duration.between(windowStart, now);
        if (window.toMillis() >= 10_000) {
            recordsPerSecond = windowApplied * 1000.0 / window.toMillis();
            windowStart = now;
            windowApplied = 0;
        }
    }

    /**
     * The inbox's sink: records and cursor in one transaction, then into the picture or their receiver. Each
     * record is stored as the text it came in ({@code storedForms}, one per record), not written again.
     */
    private void store(List<RecordSink.Received> records, List<String> storedForms, Cursor cursor) {
        Instant now = clock.instant();
        // This node's own copy of the agreements decides whether it takes a category from the partner at
        // all; what it does not take is neither stored nor applied.
        Map<DataCategory, Optional<Decision.Withhold>> refusals = new LinkedHashMap<>();
        Map<DataCategory, List<ShareableRecord>> taken = new LinkedHashMap<>();
        Map<DataCategory, Integer> notTaken = new LinkedHashMap<>();
        List<JdbcFederationStore.ReceivedRow> rows = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            RecordSink.Received r = records.get(i);
            ShareableRecord record = r.record();
            DataCategory category = record.category();
            if (receivers.containsKey(category)) {
                if (refusals.computeIfAbsent(category, c -> policy.get().refusesFrom(c, link.partner(), now))
                        .isPresent()) {
                    notTaken.merge(category, 1, Integer::sum);
                    continue;
                }
                taken.computeIfAbsent(category, c -> new ArrayList<>()).add(record);
            }
            Instant keepUntil = record.handling().orElseThrow().keepUntil(now);
            rows.add(new JdbcFederationStore.ReceivedRow(
                    DurableOutboundLog.key(link.partner()),
                    r.identity().sequence(),
                    category.id(),
                    now.toEpochMilli(),
                    keepUntil.toEpochMilli(),
                    storedForms.get(i)));
        }
        store.applyReceived(DurableOutboundLog.key(link.partner()), rows, cursor.sequence());
        // Stored: from here on nothing may throw, or the inbox would keep a cursor the store has passed.
        for (RecordSink.Received r : records) {
            if (!receivers.containsKey(r.record().category())) {
                toPicture(r.record(), now);
            }
        }
        notTaken.forEach((category, count) -> handOver(
                category,
                receiver -> receiver.refuse(
                        link.partner(),
                        count,
                        refusals.get(category).orElseThrow().detail())));
        taken.forEach((category, list) -> handOver(category, receiver -> receiver.receive(link.partner(), list)));
    }

    /** Hands records to their category's receiver after they are stored: a failure is shown, not thrown. */
    private void handOver(DataCategory category, java.util.function.Consumer<CategoryReceiver> handOver) {
        try {
            handOver.accept(receivers.get(category));
        } catch (RuntimeException e) {
            lastError = category + " records from " + link.partner() + " are stored but not applied: " + e.getMessage();
            LOG.log(System.Logger.Level.WARNING, lastError, e);
        }
    }

    private void toPicture(ShareableRecord record, Instant now) {
        try {
            var message = RecordMapping.message(record);
            Optional<String> key = RecordMapping.eventKey(record);
            if (message.isEmpty() || key.isEmpty()) {
                notInPicture.incrementAndGet();
                return;
            }
            echoes.expect(key.get(), record);
            Reception reception = new Reception(
                    "AI", false, Optional.empty(), Optional.empty(), Optional.of(record.observedAt()), 1, 0);
            picture.accept(link.feedId(), message.get(), reception, now, 0);
        } catch (RuntimeException e) {
            notInPicture.incrementAndGet();
            lastError = "a record from " + link.partner() + " is stored but not in the picture: " + e.getMessage();
        }
    }

    /**
     * What a partner's error answer says, for the link status: its code and message when it is the endpoint's
     * {@code {"code", "message"}} (the message cut at 300 characters), otherwise the start of the text. The
     * operators see why the partner refuses (a suspended agreement, say), not the first 40 characters of it.
     */
    static String refusal(String body) {
        try {
            JsonNode error = BatchJson.MAPPER.readTree(body);
            if (error != null
                    && error.path("code").isTextual()
                    && error.path("message").isTextual()) {
                String message = error.path("message").asText();
                return BatchJson.excerpt(error.path("code").asText()) + ": "
                        + (message.length() <= 300 ? message : message.substring(0, 300) + "…");
            }
        } catch (IOException | RuntimeException e) {
            // Not the endpoint's error form: the start of the text says what it can.
        }
        return BatchJson.excerpt(body);
    }

    private static String describe(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return e instanceof IOException ? e.getClass().getSimpleName() + ": " + message : message;
    }

    private void pause(long millis) {
        long deadline = System.nanoTime() + millis * 1_000_000;
        while (running && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            }
        }
    }

    /**
     * Stops pulling: a pull in progress is aborted (its batch, if not yet stored, is pulled again after
     * a restart). The thread is not interrupted, because an interrupt during a write closes the embedded
     * database's file channel; aborting the HTTP exchange ends the wait instead.
     */
    @Override
    public void close() {
        running = false;
        client.shutdownNow();
        try {
            thread.join(15_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
