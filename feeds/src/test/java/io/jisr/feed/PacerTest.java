package io.jisr.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PacerTest {

    final FakeTime time = new FakeTime();
    static final Instant R = Instant.parse("2012-04-13T17:15:17Z");

    @Test
    void await_speed10_waitsATenthOfEachRecordedGap() throws InterruptedException {
        Pacer pacer = new Pacer(10, time, time);
        pacer.await(R);
        pacer.await(R.plusSeconds(1));
        pacer.await(R.plusSeconds(1));
        pacer.await(R.plusSeconds(31));
        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(100), Duration.ofSeconds(3));
    }

    @Test
    void await_timeSpentBetweenLines_isTakenOffTheWait() throws InterruptedException {
        Pacer pacer = new Pacer(2, time, time);
        pacer.await(R);
        time.advance(Duration.ofMillis(300));
        pacer.await(R.plusSeconds(1));
        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(200));
    }

    @Test
    void await_recordedTimeGoingBackOrBehindSchedule_goesAtOnce() throws InterruptedException {
        Pacer pacer = new Pacer(1, time, time);
        pacer.await(R);
        pacer.await(R.minusSeconds(5));
        time.advance(Duration.ofSeconds(10));
        pacer.await(R.plusSeconds(4));
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void await_fractionalSpeed_stretchesTheGaps() throws InterruptedException {
        Pacer pacer = new Pacer(0.5, time, time);
        pacer.await(R);
        pacer.await(R.plusMillis(1500));
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(3));
    }

    @Test
    void new_zeroSpeed_isRefused() {
        assertThatThrownBy(() -> new Pacer(0, time, time))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pace speed must be a positive factor, was 0.0");
    }
}
