package io.jisr.app.federation;

import io.jisr.exchange.record.ShareableRecord;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The received records on their way into the picture, by the key of the picture event each will
 * cause: when that event comes back to the outbound side, it is the partner's record (with its
 * receipt and terms), not a new record of this node, so the policy never releases it back to its
 * source or onward without consent. Bounded: a record that causes no event (a duplicate, static data
 * unchanged) is forgotten after {@value #CAPACITY} newer ones. Thread-safe.
 */
final class ReceivedEchoes {
    static final int CAPACITY = 200_000;

    private final Map<String, ShareableRecord> byEventKey = new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ShareableRecord> eldest) {
            return size() > CAPACITY;
        }
    };

    synchronized void expect(String eventKey, ShareableRecord received) {
        byEventKey.put(eventKey, received);
    }

    synchronized Optional<ShareableRecord> take(String eventKey) {
        return Optional.ofNullable(byEventKey.remove(eventKey));
    }
}
