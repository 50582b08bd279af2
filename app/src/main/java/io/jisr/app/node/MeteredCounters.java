package io.jisr.app.node;

import io.jisr.ais.DecodeError;
import io.jisr.ais.message.AisMessage;
import io.jisr.app.http.NodeMetrics;

/** Counts what the ingest pipeline does in the node's metrics. */
final class MeteredCounters implements IngestPipeline.Counters {
    private final NodeMetrics metrics;

    MeteredCounters(NodeMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void applied(String feedId, AisMessage message) {
        metrics.messageDecoded(feedId, message.messageType());
    }

    @Override
    public void duplicate(String feedId) {
        metrics.duplicateDropped(feedId);
    }

    @Override
    public void rejected(String feedId, DecodeError error) {
        metrics.decodeError(feedId, error.kind());
    }
}
