package io.jisr.app.federation;

import io.jisr.exchange.Partner;
import io.jisr.exchange.log.PartnerOutbox;
import io.jisr.exchange.policy.Decision;
import io.jisr.exchange.policy.Policy;
import io.jisr.exchange.record.ShareableRecord;
import io.jisr.picture.PictureEvent;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Takes picture events off the ingest thread through a bounded queue and, on a thread of its own,
 * maps them to records and offers each to every partner's outbox under the current policy; delayed
 * records are decided again when due. When it falls behind, the queue fills and ingest waits, so
 * nothing is lost.
 */
final class ReleaseService implements Consumer<PictureEvent>, AutoCloseable {
    private static final System.Logger LOG = System.getLogger(ReleaseService.class.getName());
    private static final int BATCH = 1024;
    private static final Object STOP = new Object();

    private final RecordMapping mapping;
    private final ReceivedEchoes echoes;
    private final Map<PartnerOutbox, DurableOutboundLog> outboxes;
    private final AtomicReference<Policy> policy;
    private final InstantSource clock;
    private final BlockingQueue<Object> queue;
    private final Thread thread;
    private final AtomicLong offered = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private volatile String lastError = "";

    ReleaseService(
            RecordMapping mapping,
            ReceivedEchoes echoes,
            Map<PartnerOutbox, DurableOutboundLog> outboxes,
            AtomicReference<Policy> policy,
            InstantSource clock,
            int capacity) {
        this.mapping = mapping;
        this.echoes = echoes;
        this.outboxes = Map.copyOf(outboxes);
        this.policy = policy;
        this.clock = clock;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.thread =
                Thread.ofPlatform().name("jisr-federation-release").daemon().start(this::run);
    }

    /** Hands one picture event over; waits while the queue is full. */
    @Override
    public void accept(PictureEvent event) {
        if (event instanceof PictureEvent.VesselWentStale) {
            return;
        }
        try {
            queue.put(event);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Offers records made outside the picture (programme edits) to every partner on the caller's thread, and
     * stores what the policy releases at once before returning, so the caller knows they are in the logs.
     * Delayed ones are held by the outbox and released by this service's thread when due.
     *
     * @throws RuntimeException when the released entries cannot be stored
     */
    void offerNow(List<ShareableRecord> records) {
        offerNow(records, partner -> true);
    }

    /**
     * As {@link #offerNow(List)}, to the partners {@code to} accepts only; the others are not offered them.
     * Returns the policy's decision for each record and partner offered, partner by partner in order.
     */
    List<Decision> offerNow(List<ShareableRecord> records, java.util.function.Predicate<Partner> to) {
        Policy current = policy.get();
        java.time.Instant now = clock.instant();
        List<Decision> decisions = new ArrayList<>(records.size());
        for (Map.Entry<PartnerOutbox, DurableOutboundLog> e : outboxes.entrySet()) {
            if (!to.test(e.getKey().partner())) {
                continue;
            }
            synchronized (e.getKey()) {
                for (ShareableRecord record : records) {
                    decisions.add(e.getKey().offer(record, current, now));
                }
                e.getValue().flush(e.getKey().takeHeldChanges());
            }
        }
        offered.addAndGet(records.size());
        return decisions;
    }

    /**
     * Offers records to {@code partner}'s outbox only, as {@link #offerNow} does for every partner; returns the
     * policy's decision for each record, in order, or nothing when {@code partner} is not one of this node's.
     *
     * @throws RuntimeException when the released entries cannot be stored
     */
    List<Decision> offerNowTo(Partner partner, List<ShareableRecord> records) {
        if (outboxes.keySet().stream().noneMatch(outbox -> outbox.partner().equals(partner))) {
            return List.of();
        }
        return offerNow(records, partner::equals);
    }

    /** What the current policy would decide for {@code record} and {@code partner} now; releases nothing. */
    Decision decide(ShareableRecord record, Partner partner) {
        return policy.get().decide(record, partner, clock.instant());
    }

    /** Records offered to the outboxes so far (each counted once, whatever the partners). */
    long offered() {
        return offered.get();
    }

    /** How many events wait. */
    int queued() {
        return queue.size();
    }

    /** Events that could not be offered, and batches that could not be stored. */
    long failures() {
        return failures.get();
    }

    /** The last failure to store releases, empty when none. */
    String lastError() {
        return lastError;
    }

    private void run() {
        List<Object> batch = new ArrayList<>(BATCH);
        while (true) {
            try {
                Object first = queue.poll(250, TimeUnit.MILLISECONDS);
                batch.clear();
                if (first != null) {
                    batch.add(first);
                    queue.drainTo(batch, BATCH - 1);
                }
                boolean stop = batch.remove(STOP);
                process(batch);
                if (stop) {
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void process(List<Object> events) {
        Policy current = policy.get();
        java.time.Instant now = clock.instant();
        for (Object o : events) {
            PictureEvent event = (PictureEvent) o;
            try {
                Optional<ShareableRecord> record =
                        echoes.take(RecordMapping.eventKey(event)).or(() -> mapping.record(event));
                if (record.isEmpty()) {
                    continue;
                }
                offered.incrementAndGet();
                for (PartnerOutbox outbox : outboxes.keySet()) {
                    synchronized (outbox) {
                        outbox.offer(record.get(), current, now);
                    }
                }
            } catch (RuntimeException e) {
                // One event that cannot be mapped or decided must not stop the releases of all others.
                failures.incrementAndGet();
                lastError = "an event of " + event.time() + " could not be offered: " + e.getMessage();
                LOG.log(System.Logger.Level.WARNING, lastError, e);
            }
        }
        for (Map.Entry<PartnerOutbox, DurableOutboundLog> e : outboxes.entrySet()) {
            try {
                synchronized (e.getKey()) {
                    e.getKey().releaseDue(current, now);
                    e.getValue().flush(e.getKey().takeHeldChanges());
                }
            } catch (RuntimeException failure) {
                // The batch for this partner is not stored; the partner is never served a hole. Counted
                // and shown in the link status; the thread goes on with the next batch.
                failures.incrementAndGet();
                lastError = failure.getMessage();
                LOG.log(
                        System.Logger.Level.WARNING,
                        "could not store releases for " + e.getKey().partner(),
                        failure);
            }
        }
    }

    /** Offers what is queued, then stops. */
    @Override
    public void close() {
        try {
            queue.put(STOP);
            thread.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
