package io.jisr.exchange.log;

import io.jisr.exchange.Partner;
import io.jisr.exchange.policy.Decision;
import io.jisr.exchange.policy.Policy;
import io.jisr.exchange.policy.WithholdReason;
import io.jisr.exchange.record.ReleaseGrant;
import io.jisr.exchange.record.ShareableRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * Releasing to one partner: every record offered goes through the policy, what it releases goes into
 * the outbound log, what it delays waits for its time, and a pull is served only while the grant of
 * each entry still stands.
 *
 * <p>Not thread-safe: the application gives each partner one outbox and calls it from one thread (or
 * under one lock). Delayed records are held in memory here; the outbox also notes every change to what it
 * holds ({@link #takeHeldChanges}) so that the application can keep them durable with the log entries in
 * one transaction, and gives them back after a restart ({@link #restore}).
 */
public final class PartnerOutbox {
    private final Partner self;
    private final OutboundLog log;
    private final PriorityQueue<Held> delayed = new PriorityQueue<>();
    // Net changes to what is held since the last take, by order: a held record, or empty for one let go.
    private final LinkedHashMap<Long, Optional<Held>> heldChanges = new LinkedHashMap<>();
    private long offered;

    /**
     * An outbox from node {@code self} into {@code log}, whose partner is the receiver.
     *
     * @param self this node and its nation, named as sender in every batch
     * @param log the partner's outbound log
     */
    public PartnerOutbox(Partner self, OutboundLog log) {
        this.self = Objects.requireNonNull(self, "self must not be null");
        this.log = Objects.requireNonNull(log, "log must not be null");
    }

    /** The partner this outbox releases to. */
    public Partner partner() {
        return log.partner();
    }

    /**
     * Offers a record: released into the log, held until its retry time, or withheld for good.
     *
     * @return the policy's decision
     */
    public Decision offer(ShareableRecord record, Policy policy, Instant now) {
        Decision decision = policy.decide(record, log.partner(), now);
        switch (decision) {
            case Decision.Release release -> log.append(release.record());
            case Decision.ReleaseDegraded degraded -> log.append(degraded.record());
            case Decision.Withhold withhold -> {
                if (withhold.reason() == WithholdReason.DELAYED) {
                    hold(new Held(withhold.retryAt().orElseThrow(), offered, record));
                }
            }
        }
        offered++;
        return decision;
    }

    /**
     * Decides again, under {@code policy} at {@code now}, every held record whose time has come, in the
     * order of their retry times (then of their offers), and logs what is released. A record delayed
     * again (the agreement changed its delay) waits again; one withheld for another reason is dropped.
     *
     * @return the entries appended
     */
    public List<LogEntry> releaseDue(Policy policy, Instant now) {
        var appended = new ArrayList<LogEntry>();
        var again = new ArrayList<Held>();
        while (!delayed.isEmpty() && !delayed.peek().retryAt().isAfter(now)) {
            Held due = delayed.poll();
            heldChanges.put(due.order(), Optional.empty());
            Decision decision = policy.decide(due.record(), log.partner(), now);
            switch (decision) {
                case Decision.Release release -> appended.add(log.append(release.record()));
                case Decision.ReleaseDegraded degraded -> appended.add(log.append(degraded.record()));
                case Decision.Withhold withhold -> {
                    if (withhold.reason() == WithholdReason.DELAYED) {
                        again.add(new Held(withhold.retryAt().orElseThrow(), due.order(), due.record()));
                    }
                }
            }
        }
        again.forEach(this::hold);
        return appended;
    }

    private void hold(Held held) {
        delayed.add(held);
        heldChanges.put(held.order(), Optional.of(held));
    }

    /**
     * Gives back records held before a restart, as {@link #takeHeldChanges} reported them; offers made
     * afterwards are ordered after them.
     */
    public void restore(List<Held> held) {
        for (Held h : held) {
            delayed.add(h);
            offered = Math.max(offered, h.order() + 1);
        }
    }

    /**
     * What changed in the held records since the last call: the records now held (new, or with a new
     * retry time) and the orders of those no longer held (released or dropped). The application stores
     * them with the log entries appended meanwhile, in one transaction.
     */
    public HeldChanges takeHeldChanges() {
        List<Held> held = new ArrayList<>();
        List<Long> gone = new ArrayList<>();
        heldChanges.forEach((order, h) -> h.ifPresentOrElse(held::add, () -> gone.add(order)));
        heldChanges.clear();
        return new HeldChanges(held, gone);
    }

    /** How many records wait for their delay. */
    public int delayedCount() {
        return delayed.size();
    }

    /** When the next held record is due, if any. */
    public Optional<Instant> nextDue() {
        return Optional.ofNullable(delayed.peek()).map(Held::retryAt);
    }

    /**
     * Serves a pull from {@code after}: at most {@code max} entries, each rechecked under {@code policy}
     * at {@code now}.
     *
     * <ul>
     *   <li>No agreement with the partner open (suspended, expired, outside its dates, node no longer
     *       registered): the pull is refused, even when the partner is up to date, so that it sees why.
     *   <li>An entry whose agreement is closed while another agreement with the partner is open: the
     *       batch stops before it (refused if it is the first). It waits in the log; if the agreement
     *       reopens, it leaves then.
     *   <li>An entry whose annex is gone or changed since its release ({@link WithholdReason#GRANT_WITHDRAWN}):
     *       it never leaves. The batch's range covers it but the batch does not hold it, and {@link
     *       Served.Sent#withdrawn()} names it for the audit.
     * </ul>
     */
    public Served serve(Cursor after, int max, Policy policy, Instant now) {
        if (after.isAfter(log.head())) {
            return new Served.BadCursor(
                    "partner " + log.partner() + " asked from cursor " + after + " but the log ends at " + log.head());
        }
        Optional<Decision.Withhold> closed = policy.linkClosed(log.partner(), now);
        if (closed.isPresent()) {
            return new Served.Refused(closed.get());
        }
        var served = new ArrayList<LogEntry>();
        var withdrawn = new ArrayList<Long>();
        // one policy, one time: the verdict on a grant holds for every entry of the batch
        var verdicts = new HashMap<ReleaseGrant, Optional<Decision.Withhold>>();
        long last = after.sequence();
        for (LogEntry entry : log.read(after, max)) {
            Optional<Decision.Withhold> verdict =
                    verdicts.computeIfAbsent(entry.grant(), grant -> policy.recheck(grant, log.partner(), now));
            if (verdict.isPresent() && verdict.get().reason() != WithholdReason.GRANT_WITHDRAWN) {
                if (last == after.sequence()) {
                    return new Served.Refused(verdict.get());
                }
                break;
            }
            if (verdict.isPresent()) {
                withdrawn.add(entry.sequence());
            } else {
                served.add(entry);
            }
            last = entry.sequence();
        }
        return new Served.Sent(new Batch(BatchFormat.VERSION, self, after, Cursor.at(last), served), withdrawn);
    }

    /**
     * Changes to the held records.
     *
     * @param held records now held, each replacing any earlier one of the same order
     * @param gone orders no longer held
     */
    public record HeldChanges(List<Held> held, List<Long> gone) {
        /** Copies the lists. */
        public HeldChanges {
            held = List.copyOf(held);
            gone = List.copyOf(gone);
        }

        /** Whether nothing changed. */
        public boolean isEmpty() {
            return held.isEmpty() && gone.isEmpty();
        }
    }

    /** The answer to a pull. */
    public sealed interface Served {
        /**
         * A batch, possibly empty when the partner is up to date.
         *
         * @param batch what leaves
         * @param withdrawn sequences in the batch's range that never leave, their annex being gone or
         *     changed since their release
         */
        record Sent(Batch batch, List<Long> withdrawn) implements Served {
            /** Copies the list. */
            public Sent {
                withdrawn = List.copyOf(withdrawn);
            }
        }

        /** Nothing may leave: why. */
        record Refused(Decision.Withhold reason) implements Served {}

        /** The partner asked from a cursor this log never reached (its state is wrong or forged). */
        record BadCursor(String message) implements Served {}
    }

    /**
     * A record waiting for its annex's delay.
     *
     * @param retryAt when the policy decides on it again
     * @param order its place among this outbox's offers, which breaks ties between equal retry times
     * @param record the record as offered (not yet released: no handling terms)
     */
    public record Held(Instant retryAt, long order, ShareableRecord record) implements Comparable<Held> {
        /** Checks that nothing is missing. */
        public Held {
            Objects.requireNonNull(retryAt, "retry time must not be null");
            Objects.requireNonNull(record, "record must not be null");
        }

        @Override
        public int compareTo(Held other) {
            int byTime = retryAt.compareTo(other.retryAt);
            return byTime != 0 ? byTime : Long.compare(order, other.order);
        }
    }
}
