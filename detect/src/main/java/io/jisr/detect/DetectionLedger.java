package io.jisr.detect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A sink that keeps the latest version of every detection and forgets withdrawn ones: what a consumer
 * that applies every change in order ends up with. Used by tests, the scorer and replays. Not
 * thread-safe.
 */
public final class DetectionLedger implements DetectionSink {
    private final Map<String, Detection> current = new LinkedHashMap<>();
    private final List<DetectionChange> changes = new ArrayList<>();
    private final List<DetectionChange.Withdrawn> withdrawn = new ArrayList<>();

    @Override
    public void accept(DetectionChange change) {
        changes.add(change);
        switch (change) {
            case DetectionChange.Opened o -> current.put(o.detection().id(), o.detection());
            case DetectionChange.Updated u -> current.put(u.detection().id(), u.detection());
            case DetectionChange.Closed c -> current.put(c.detection().id(), c.detection());
            case DetectionChange.Withdrawn w -> {
                current.remove(w.detection().id());
                withdrawn.add(w);
            }
        }
    }

    /** Returns the detections that stand, latest version of each, in the order they were first raised. */
    public List<Detection> detections() {
        return List.copyOf(current.values());
    }

    /** Returns the detections of one kind that stand. */
    public List<Detection> detections(DetectionKind kind) {
        return current.values().stream().filter(d -> d.kind() == kind).toList();
    }

    /** Returns every change received, in order. */
    public List<DetectionChange> changes() {
        return List.copyOf(changes);
    }

    /** Returns the withdrawals received, in order. */
    public List<DetectionChange.Withdrawn> withdrawals() {
        return List.copyOf(withdrawn);
    }
}
