package io.jisr.app.federation;

import io.jisr.exchange.Partner;
import io.jisr.exchange.log.Cursor;
import io.jisr.exchange.log.LogEntry;
import io.jisr.exchange.log.OutboundLog;
import io.jisr.exchange.log.PartnerOutbox;
import io.jisr.exchange.record.ShareableRecord;
import io.jisr.store.JdbcFederationStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

/**
 * A partner's outbound log in the database. Appends are gathered and committed together by {@link
 * #flush}; only committed entries count for {@link #head} and {@link #read}, so a partner is never
 * served an entry a crash could take back. Long polls wait on this object for the head to move.
 * Thread-safe.
 */
final class DurableOutboundLog implements OutboundLog {
    /*
     * Implementation note: one transaction per batch of offers rather than one per record, because an
     * auto-committed insert per record caps the log at a few thousand records per second on the
     * embedded database, below what one AIS feed can deliver. The outbound thread flushes after every
     * batch it takes from its queue.
     *
     * The last RECENT committed entries are also kept in memory, as appended, so that a partner that keeps
     * up is served without reading the database and parsing the JSON back (that was two thirds of the
     * serving thread's time in the federation benchmark). Only committed entries go there, in the same
     * order and with the same sequences as stored; a partner further behind is served from the database.
     * What is served is the same either way: the wire form is written from the fields that the stored
     * form keeps.
     *
     * Each entry keeps the text it was stored as (written once, as it is appended), and a batch is written
     * from those texts (storedText), so a record is turned into JSON once on this node, not again per pull.
     *
     * Each entry is stored with its terms (EntryTerms: category and grant), so that one read back from the
     * database for a partner further behind is served without reading its JSON back into a record: serving
     * needs only the terms and the text (LogEntry.stored reads the record only if it is asked for).
     */
    static final int RECENT = 32_768;

    private final Partner partner;
    private final JdbcFederationStore store;
    private final List<JdbcFederationStore.OutboundRow> pending = new ArrayList<>();
    private final EntryTerms appendedTerms = new EntryTerms();
    private final List<Stored> pendingEntries = new ArrayList<>();
    // Committed entries with sequences (committed - recentCount, committed], entry s at recent[s % RECENT].
    private final Stored[] recent = new Stored[RECENT];
    // The entries of the last read, with their texts, for storedText (a read's sequences have no gaps).
    private volatile Stored[] lastRead = new Stored[0];
    private int recentCount;
    private long committed;
    private long assigned;

    /** An entry with the text it is stored as; one object, so that the two are always read together. */
    private record Stored(LogEntry entry, String text) {}

    /** A read of the database started before the partner asked for it: entries after {@code after}. */
    private record ReadAhead(long after, int max, CompletableFuture<Stored[]> read) {}

    // Virtual threads: a read ahead waits mostly on the database, and a node with many partners needs no pool.
    private static final Executor READ_AHEAD = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("jisr-federation-read-ahead").factory());

    // The read a partner behind the window is expected to ask for next (guarded by this).
    private ReadAhead ahead;
    private long preparedReadsServed;

    DurableOutboundLog(Partner partner, JdbcFederationStore store) {
        this.partner = partner;
        this.store = store;
        this.committed = store.outboundHead(key(partner));
        this.assigned = committed;
    }

    /** The log's key in the store: the partner's node id (unique among partners). */
    static String key(Partner partner) {
        return partner.node().value();
    }

    @Override
    public Partner partner() {
        return partner;
    }

    @Override
    public synchronized LogEntry append(ShareableRecord released) {
        LogEntry entry = new LogEntry(assigned + 1, released);
        String text = BatchJson.writeRecord(released);
        pending.add(new JdbcFederationStore.OutboundRow(
                entry.sequence(), text, appendedTerms.write(entry.category(), entry.grant())));
        pendingEntries.add(new Stored(entry, text));
        assigned = entry.sequence();
        return entry;
    }

    /**
     * Commits what was appended since the last flush, with the changes to the records held for a delay, in
     * one transaction, and wakes the long polls.
     */
    synchronized void flush(PartnerOutbox.HeldChanges held) {
        if (pending.isEmpty() && held.isEmpty()) {
            return;
        }
        try {
            store.appendOutbound(
                    key(partner),
                    pending,
                    held.held().stream()
                            .map(h -> new JdbcFederationStore.HeldRow(
                                    h.order(), h.retryAt().toEpochMilli(), BatchJson.writeOffered(h.record())))
                            .toList(),
                    held.gone());
            committed = assigned;
            for (Stored stored : pendingEntries) {
                recent[(int) (stored.entry().sequence() % RECENT)] = stored;
            }
            recentCount = (int) Math.min(RECENT, recentCount + pendingEntries.size());
        } catch (RuntimeException e) {
            // Nothing of the batch was stored: forget it, so that sequences stay without holes.
            assigned = committed;
            throw e;
        } finally {
            pending.clear();
            pendingEntries.clear();
        }
        notifyAll();
    }

    /** The records held for this partner when the node stopped, to give back to its outbox. */
    List<PartnerOutbox.Held> held() {
        List<PartnerOutbox.Held> held = new ArrayList<>();
        for (JdbcFederationStore.HeldRow row : store.held(key(partner))) {
            held.add(new PartnerOutbox.Held(
                    Instant.ofEpochMilli(row.retryAtMillis()), row.order(), BatchJson.readOffered(row.recordJson())));
        }
        return held;
    }

    @Override
    public synchronized Cursor head() {
        return Cursor.at(committed);
    }

    @Override
    public List<LogEntry> read(Cursor after, int max) {
        synchronized (this) {
            if (after.sequence() >= committed - recentCount) {
                long upTo = Math.min(committed, after.sequence() + Math.max(0, max));
                Stored[] read = new Stored[(int) Math.max(0, upTo - after.sequence())];
                List<LogEntry> entries = new ArrayList<>(read.length);
                for (int i = 0; i < read.length; i++) {
                    read[i] = recent[(int) ((after.sequence() + 1 + i) % RECENT)];
                    entries.add(read[i].entry());
                }
                lastRead = read;
                return entries;
            }
        }
        Stored[] read = readBehindTheWindow(after.sequence(), max);
        List<LogEntry> entries = new ArrayList<>(read.length);
        for (Stored stored : read) {
            entries.add(stored.entry());
        }
        lastRead = read;
        return entries;
    }

    /**
     * Reads a partner that is behind the window from the database: the read prepared after its last pull when
     * it asks for what follows (as a partner catching up does), a read of its own otherwise. After a full read
     * that still ends behind the window, the next one is started at once, so that reading and parsing it
     * overlaps the partner applying this one instead of following it: in the federation benchmark the puller
     * spent 40 % of its time waiting for such reads.
     */
    private Stored[] readBehindTheWindow(long after, int max) {
        CompletableFuture<Stored[]> prepared;
        synchronized (this) {
            prepared = ahead != null && ahead.after() == after && ahead.max() == max ? ahead.read() : null;
            ahead = null;
            preparedReadsServed += prepared == null ? 0 : 1;
        }
        Stored[] read = prepared == null ? readStored(after, max) : joinOrRead(prepared, after, max);
        if (read.length == max && max > 0) {
            long next = read[read.length - 1].entry().sequence();
            synchronized (this) {
                if (next < committed - recentCount) {
                    ahead = new ReadAhead(
                            next, max, CompletableFuture.supplyAsync(() -> readStored(next, max), READ_AHEAD));
                }
            }
        }
        return read;
    }

    /** How many pulls were served a read prepared ahead of them (for tests). */
    synchronized long preparedReadsServed() {
        return preparedReadsServed;
    }

    /** The prepared read, or a read of its own if that one failed (which then says why, if it fails too). */
    private Stored[] joinOrRead(CompletableFuture<Stored[]> prepared, long after, int max) {
        try {
            return prepared.join();
        } catch (CompletionException | CancellationException e) {
            return readStored(after, max);
        }
    }

    /**
     * Up to {@code max} entries after {@code after} from the database, each with its stored text. An entry
     * stored with its terms is not read back into a record: serving it needs only them and the text.
     */
    private Stored[] readStored(long after, int max) {
        List<JdbcFederationStore.OutboundRow> rows = store.readOutbound(key(partner), after, max);
        EntryTerms terms = new EntryTerms();
        Stored[] read = new Stored[rows.size()];
        for (int i = 0; i < read.length; i++) {
            JdbcFederationStore.OutboundRow row = rows.get(i);
            String text = row.recordJson();
            LogEntry entry = terms.read(row.terms())
                    .map(t ->
                            LogEntry.stored(row.sequence(), t.category(), t.grant(), () -> BatchJson.readRecord(text)))
                    .orElseGet(() -> new LogEntry(row.sequence(), BatchJson.readRecord(text)));
            read[i] = new Stored(entry, text);
        }
        return read;
    }

    /**
     * The text {@code entry} was stored as, when it is one of the last read (as a pull is served from the
     * read, this is the normal case); otherwise written again. Either way it is what {@link
     * BatchJson#writeRecord} writes for the entry's record.
     */
    String storedText(LogEntry entry) {
        Stored[] read = lastRead;
        if (read.length > 0) {
            long index = entry.sequence() - read[0].entry().sequence();
            if (index >= 0 && index < read.length && read[(int) index].entry() == entry) {
                return read[(int) index].text();
            }
        }
        return BatchJson.writeRecord(entry.record());
    }

    /** Waits until the log goes beyond {@code after} or {@code millis} pass; returns whether it did. */
    synchronized boolean awaitBeyond(Cursor after, long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000;
        while (committed <= after.sequence()) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                return false;
            }
            wait(left);
        }
        return true;
    }
}
