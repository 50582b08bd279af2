package io.jisr.app.node;

import io.jisr.ais.DecodeError;
import io.jisr.ais.ErrorKind;
import io.jisr.ais.message.AisMessage;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts what the ingest pipeline does, per feed: messages applied per type, duplicates, rejections
 * per error kind. Thread-safe; the metrics endpoint reads it.
 */
public final class NodeCounters implements IngestPipeline.Counters {

    /**
     * The counters of one feed.
     *
     * @param messagesByType applied messages per AIS message type (index 1 to 27)
     * @param duplicates copies of already applied transmissions
     * @param errorsByKind rejected input per error kind
     */
    public record FeedCounts(LongAdder[] messagesByType, LongAdder duplicates, Map<ErrorKind, LongAdder> errorsByKind) {}

    private final Map<String, FeedCounts> byFeed = new ConcurrentHashMap<>();

    @Override
    public void applied(String feedId, AisMessage message) {
        counts(feedId).messagesByType()[message.messageType()].increment();
    }

    @Override
    public void duplicate(String feedId) {
        counts(feedId).duplicates().increment();
    }

    @Override
    public void rejected(String feedId, DecodeError error) {
        counts(feedId).errorsByKind().computeIfAbsent(error.kind(), k -> new LongAdder()).increment();
    }

    /** Returns the counters by feed id. */
    public Map<String, FeedCounts> byFeed() {
        return Map.copyOf(byFeed);
    }

    /** Returns the counters of one feed, created on first use. */
    public FeedCounts counts(String feedId) {
        return byFeed.computeIfAbsent(feedId, id -> {
            LongAdder[] types = new LongAdder[28];
            for (int i = 0; i < types.length; i++) {
                types[i] = new LongAdder();
            }
            return new FeedCounts(types, new LongAdder(), new ConcurrentHashMap<>());
        });
    }
}
