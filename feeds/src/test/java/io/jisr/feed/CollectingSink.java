package io.jisr.feed;

import io.jisr.ais.DecodeError;
import io.jisr.ais.Reception;
import io.jisr.ais.message.AisMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A thread-safe {@link FeedSink} that keeps everything it is given, for assertions. */
class CollectingSink implements FeedSink {

    /** One accepted message with everything the sink was told. */
    record Accepted(String feedId, AisMessage message, Reception reception, Instant arrival, long lineNumber) {}

    private final List<Accepted> accepted = new ArrayList<>();
    private final List<DecodeError> rejected = new ArrayList<>();
    private final List<Long> linesDone = new ArrayList<>();

    @Override
    public synchronized void accept(
            String feedId, AisMessage message, Reception reception, Instant arrival, long lineNumber) {
        accepted.add(new Accepted(feedId, message, reception, arrival, lineNumber));
    }

    @Override
    public synchronized void rejected(String feedId, DecodeError error) {
        rejected.add(error);
    }

    @Override
    public synchronized void lineDone(String feedId, long lineNumber) {
        linesDone.add(lineNumber);
    }

    synchronized List<Accepted> accepted() {
        return List.copyOf(accepted);
    }

    synchronized List<AisMessage> messages() {
        return accepted.stream().map(Accepted::message).toList();
    }

    synchronized List<Reception> receptions() {
        return accepted.stream().map(Accepted::reception).toList();
    }

    synchronized List<DecodeError> rejected() {
        return List.copyOf(rejected);
    }

    synchronized List<Long> linesDone() {
        return List.copyOf(linesDone);
    }
}
