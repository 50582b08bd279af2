package io.jisr.detect;

import static io.jisr.detect.Events.minutes;
import static io.jisr.detect.Events.report;
import static io.jisr.detect.Events.ship;
import static org.assertj.core.api.Assertions.assertThat;

import io.jisr.picture.PictureEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DetectionEngineTest {

    /** Records the times its timers were advanced to. */
    private static final class TimerProbe implements Detector {
        final List<Instant> advances = new ArrayList<>();

        @Override
        public String name() {
            return "probe";
        }

        @Override
        public void accept(PictureEvent event, DetectionSink sink) {}

        @Override
        public void advance(Instant watermark, DetectionSink sink) {
            advances.add(watermark);
        }
    }

    @Test
    void accept_timersFireAtWholeMinutesOnceTwoMinutesOfLatenessHavePassed() {
        TimerProbe probe = new TimerProbe();
        DetectionEngine engine = new DetectionEngine(List.of(probe), c -> {}, DetectionEngine.DEFAULT_STEP);

        engine.accept(report(ship(224_000_001), minutes(10).plusSeconds(30), 38, 5, 1));
        engine.accept(report(ship(224_000_001), minutes(12).plusSeconds(20), 38, 5, 1));
        engine.accept(report(ship(224_000_001), minutes(13).plusSeconds(5), 38, 5, 1));

        assertThat(probe.advances).containsExactly(minutes(10), minutes(11));
    }

    @Test
    void accept_oneReportAYearAhead_doesNotMoveTime() {
        TimerProbe probe = new TimerProbe();
        DetectionEngine engine = new DetectionEngine(List.of(probe), c -> {}, DetectionEngine.DEFAULT_STEP);
        engine.accept(report(ship(224_000_001), minutes(0), 38, 5, 1));

        engine.accept(report(ship(224_000_002), minutes(0).plus(Duration.ofDays(365)), 38, 5, 1));
        engine.accept(report(ship(224_000_001), minutes(5), 38, 5, 1));

        assertThat(engine.watermark()).contains(minutes(5));
        assertThat(engine.unconfirmedJumps()).isEqualTo(1);
        assertThat(probe.advances).containsExactly(minutes(3));
    }

    @Test
    void accept_threeStationsResumingTwoHoursLater_moveTimeToTheEarliest() {
        TimerProbe probe = new TimerProbe();
        DetectionEngine engine = new DetectionEngine(List.of(probe), c -> {}, DetectionEngine.DEFAULT_STEP);
        engine.accept(report(ship(224_000_001), minutes(0), 38, 5, 1));

        engine.accept(report(ship(224_000_001), minutes(121), 38, 5, 1));
        engine.accept(report(ship(224_000_002), minutes(120), 38, 5, 1));
        engine.accept(report(ship(224_000_003), minutes(122), 38, 5, 1));

        assertThat(engine.watermark()).contains(minutes(122));
        assertThat(probe.advances).containsExactly(minutes(120));
    }
}
