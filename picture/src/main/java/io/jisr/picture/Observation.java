package io.jisr.picture;

import io.jisr.ais.Reception;
import io.jisr.ais.message.AisMessage;
import java.time.Instant;

/**
 * A decoded message as the picture receives it: with the one time that counts for it and the receiver
 * that heard it.
 *
 * @param message the decoded message
 * @param reception how it was received
 * @param time the message time: the reception's own time when the line carried one, else the node's
 *     clock on arrival
 * @param receiver the feed or tag-block source that heard it
 */
public record Observation(AisMessage message, Reception reception, Instant time, String receiver) {

    /** Returns an observation timed by the reception when it carries a time, else by {@code arrival}. */
    public static Observation of(AisMessage message, Reception reception, Instant arrival, String feedId) {
        return new Observation(
                message,
                reception,
                reception.receivedAt().orElse(arrival),
                reception.source().orElse(feedId));
    }
}
