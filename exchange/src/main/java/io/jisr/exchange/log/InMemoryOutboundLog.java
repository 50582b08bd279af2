package io.jisr.exchange.log;

import io.jisr.exchange.Partner;
import io.jisr.exchange.record.ShareableRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** An outbound log held in memory, for tests and for the contract the stored log must meet. */
public final class InMemoryOutboundLog implements OutboundLog {
    private final Partner partner;
    private final List<LogEntry> entries = new ArrayList<>();

    /** An empty log for {@code partner}. */
    public InMemoryOutboundLog(Partner partner) {
        this.partner = Objects.requireNonNull(partner, "partner must not be null");
    }

    @Override
    public Partner partner() {
        return partner;
    }

    @Override
    public synchronized LogEntry append(ShareableRecord released) {
        var entry = new LogEntry(entries.size() + 1L, released);
        entries.add(entry);
        return entry;
    }

    @Override
    public synchronized Cursor head() {
        return Cursor.at(entries.size());
    }

    @Override
    public synchronized List<LogEntry> read(Cursor after, int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be 1 or more, was " + max);
        }
        int from = (int) Math.min(after.sequence(), entries.size());
        int to = (int) Math.min((long) from + max, entries.size());
        return List.copyOf(entries.subList(from, to));
    }
}
