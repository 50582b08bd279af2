package io.jisr.app.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pacing against a fake clock: what waits, and for how long. */
class PacerTest {
    private long now;
    private final List<Long> sleeps = new ArrayList<>();
    private final LineOutput out = new LineOutput.Stream(new ByteArrayOutputStream(), true, "test", false);

    @Test
    void realTime_linesLeaveWhenTheirSimulatedTimeIsDue_timesTheSpeed() {
        Pacer pacer = Pacer.realTime(out, 2, () -> now, this::sleep);
        pacer.accept(1_000_000, "a");
        pacer.accept(1_004_000, "b"); // 4 simulated seconds later, at 2x: 2 s of wall time
        pacer.accept(1_004_000, "c"); // due now: no wait
        assertThat(sleeps).containsExactly(2_000_000_000L);
        assertThat(pacer.count()).isEqualTo(3);
        assertThat(out.lines()).isEqualTo(3);
    }

    @Test
    void rate_holdsLinesBackToTheRate_andReportsEverySecond() {
        List<Long> reported = new ArrayList<>();
        Pacer pacer = Pacer.rate(out, 1000, (lines, seconds) -> reported.add(lines), () -> now, this::sleep);
        for (int i = 0; i < 3000; i++) {
            pacer.accept(i, "x");
        }
        // 3,000 lines at 1,000 per second: the clock was moved on by the sleeps to about 3 s.
        assertThat(now).isBetween(2_990_000_000L, 3_000_000_000L);
        assertThat(reported).hasSizeBetween(2, 3).allMatch(n -> n >= 995 && n <= 1005);
    }

    @Test
    void rate_notPositive_isRefused() {
        assertThatThrownBy(() -> Pacer.rate(out, 0, (l, s) -> {}, () -> now, this::sleep))
                .hasMessage("rate must be a positive number of lines per second, was 0.0");
    }

    private void sleep(long nanos) {
        sleeps.add(nanos);
        now += nanos;
    }
}
