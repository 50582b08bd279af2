package io.jisr.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackOffTest {

    @Test
    void next_consecutiveFailures_doubleUpToTheCap() {
        BackOff backOff = new BackOff(Duration.ofSeconds(1), Duration.ofSeconds(60));
        List<Long> waits = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            waits.add(backOff.next().toSeconds());
        }
        assertThat(waits).containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L, 60L);
    }

    @Test
    void next_afterReset_startsAgainFromTheInitialWait() {
        BackOff backOff = new BackOff(Duration.ofMillis(500), Duration.ofSeconds(5));
        backOff.next();
        backOff.next();
        backOff.reset();
        assertThat(backOff.next()).isEqualTo(Duration.ofMillis(500));
        assertThat(backOff.next()).isEqualTo(Duration.ofSeconds(1));
    }
}
