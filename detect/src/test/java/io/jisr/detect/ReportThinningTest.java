package io.jisr.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.jisr.picture.PictureEvent;
import io.jisr.picture.Vessel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportThinningTest {

    @Test
    void currentReports_onePerVesselPerInterval_othersAlwaysPass() {
        List<PictureEvent> passed = new ArrayList<>();
        ReportThinning thinning = new ReportThinning(passed::add, Duration.ofSeconds(10));
        Vessel a = Events.ship(224_000_001);
        Vessel b = Events.ship(224_000_002);
        // Two vessels reporting every 2 s for a minute: 6 reports each pass (at 0, 10, 20, 30, 40, 50 s).
        for (int s = 0; s < 60; s += 2) {
            thinning.accept(Events.report(a, Events.T0.plusSeconds(s), 36, 3, 10));
            thinning.accept(Events.report(b, Events.T0.plusSeconds(s + 1), 37, 3, 10));
        }
        assertThat(passed).hasSize(12);
        assertThat(thinning.thinned()).isEqualTo(48);

        // Late and suspect reports always pass and do not move the vessel's clock; the next current one,
        // 10 s after the last passed, passes.
        passed.clear();
        thinning.accept(Events.report(a, Events.T0.plusSeconds(5), 36, 3, 10, PictureEvent.Disposition.LATE));
        thinning.accept(Events.report(a, Events.T0.plusSeconds(59), 38, 3, 10, PictureEvent.Disposition.SUSPECT));
        thinning.accept(Events.report(a, Events.T0.plusSeconds(59), 36, 3, 10));
        thinning.accept(Events.report(a, Events.T0.plusSeconds(60), 36, 3, 10));
        assertThat(passed).hasSize(3);
        assertThat(passed.get(2).time()).isEqualTo(Events.T0.plusSeconds(60));
    }
}
