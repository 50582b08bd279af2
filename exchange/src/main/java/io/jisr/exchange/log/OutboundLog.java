package io.jisr.exchange.log;

import io.jisr.exchange.Partner;
import io.jisr.exchange.record.ShareableRecord;
import java.util.List;

/**
 * The durable, ordered log of what the policy released to one partner. The store implements it; a
 * record in it has been decided, but leaves only when the partner pulls it and {@link PartnerOutbox}
 * has rechecked its grant.
 */
public interface OutboundLog {

    /** The partner this log is for. */
    Partner partner();

    /** Appends a released record with the next sequence number and returns the entry. */
    LogEntry append(ShareableRecord released);

    /** The cursor of the last entry, {@link Cursor#START} when empty. */
    Cursor head();

    /** At most {@code max} entries after {@code after}, in order. */
    List<LogEntry> read(Cursor after, int max);
}
