package io.jisr.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateMeterTest {

    final AtomicLong lines = new AtomicLong();
    final AtomicLong messages = new AtomicLong();
    final RateMeter meter = new RateMeter(10_000, lines::get, messages::get);

    /** Simulates {@code perSecond} lines and half as many messages for each second in [from, to). */
    void flow(long fromSecond, long toSecond, int perSecond) {
        for (long s = fromSecond; s < toSecond; s++) {
            for (int i = 0; i < perSecond; i++) {
                meter.tick(s * 1000 + i * 1000L / perSecond);
                lines.incrementAndGet();
                if (i % 2 == 0) {
                    messages.incrementAndGet();
                }
            }
        }
    }

    @Test
    void perSecond_steadyFlow_isTheFlowRate() {
        meter.tick(0);
        flow(0, 30, 100);
        double[] rates = meter.perSecond(30_000);
        assertThat(rates[0]).isEqualTo(100.0);
        assertThat(rates[1]).isEqualTo(50.0);
    }

    @Test
    void perSecond_flowThatChanged_reflectsOnlyTheWindow() {
        meter.tick(0);
        flow(0, 20, 1000);
        flow(20, 40, 10);
        assertThat(meter.perSecond(40_000)[0]).isEqualTo(10.0);
    }

    @Test
    void perSecond_feedGoneQuiet_decaysToZero() {
        meter.tick(0);
        flow(0, 10, 100);
        meter.perSecond(15_000);
        meter.perSecond(20_000);
        assertThat(meter.perSecond(30_000)).containsExactly(0.0, 0.0);
    }

    @Test
    void perSecond_justStarted_dividesByAtLeastOneSecond() {
        meter.tick(0);
        lines.set(40);
        assertThat(meter.perSecond(200)[0]).isEqualTo(40.0);
    }
}
