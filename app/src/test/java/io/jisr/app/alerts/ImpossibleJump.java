package io.jisr.app.alerts;

import io.jisr.app.http.TestMessages;
import java.time.Instant;

/**
 * A made-up ship that raises an identity alert within seconds: named SANTA MARIA, reported off Algiers,
 * then 111 km north a minute later (a jump the picture refuses), then back. Public for the browser test.
 */
public final class ImpossibleJump {
    /** The ship's MMSI (a Spanish MID). */
    public static final int SHIP = 224_000_001;

    private ImpossibleJump() {}

    /** Returns the tagged NMEA lines of the sequence, starting at message time {@code t0}. */
    public static String lines(Instant t0) {
        return TestMessages.taggedLines(TestMessages.voyage(SHIP, "SANTA MARIA", "EADB", 70, "ALGIERS"), t0)
                + TestMessages.taggedLines(TestMessages.position(SHIP, 36.80, 3.00, 12, 0, 0), t0.plusSeconds(10))
                + TestMessages.taggedLines(TestMessages.position(SHIP, 36.81, 3.00, 12, 0, 0), t0.plusSeconds(70))
                + TestMessages.taggedLines(TestMessages.position(SHIP, 37.81, 3.00, 12, 0, 0), t0.plusSeconds(130))
                + TestMessages.taggedLines(TestMessages.position(SHIP, 36.83, 3.00, 12, 0, 0), t0.plusSeconds(190));
    }

    /** Returns the message time of the refused jump: when the alert's situation begins. */
    public static Instant jumpTime(Instant t0) {
        return t0.plusSeconds(130);
    }
}
