package io.jisr.app.federation;

import io.jisr.exchange.DataCategory;
import io.jisr.exchange.Partner;
import io.jisr.exchange.record.ShareableRecord;
import java.util.List;

/**
 * Where the records of one category that does not go into the picture (programme records, incident reports,
 * SAR cases) go once a partner's batch is stored. The puller asks this node's own agreements whether the
 * category is taken from that partner at all; what is not taken reaches {@link #refuse} and is neither
 * stored nor applied.
 */
public interface CategoryReceiver {

    /** The category this receiver takes. */
    DataCategory category();

    /**
     * Applies records received from {@code from}, already stored with the new cursor. A record that cannot be
     * read or applied is counted and reported by the receiver; it must not throw for one bad record.
     */
    void receive(Partner from, List<ShareableRecord> records);

    /** Counts and audits {@code count} records from {@code from} that this node does not take, and why. */
    void refuse(Partner from, int count, String reason);
}
