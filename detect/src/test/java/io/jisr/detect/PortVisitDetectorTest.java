package io.jisr.detect;

import static io.jisr.detect.Events.minutes;
import static io.jisr.detect.Events.north;
import static io.jisr.detect.Events.report;
import static io.jisr.detect.Events.ship;
import static org.assertj.core.api.Assertions.assertThat;

import io.jisr.ais.message.Position;
import io.jisr.detect.geo.Port;
import io.jisr.picture.PictureEvent;
import io.jisr.picture.Vessel;
import java.util.List;
import org.junit.jupiter.api.Test;

class PortVisitDetectorTest {
    private static final Port PORT = new Port("ESALG", "Algeciras", Position.of(36.13, -5.43));
    private final Vessel v = ship(224_000_001);

    private static DetectionLedger run(List<PictureEvent> events) {
        return Events.run(
                List.of(new PortVisitDetector(PortVisitSettings.DEFAULTS, new Events.FixedGeography(0, List.of(PORT)))),
                events,
                events.getLast().time());
    }

    private PictureEvent at(int minute, double metresNorth, double sog) {
        return report(v, minutes(minute), north(36.13, metresNorth), -5.43, sog);
    }

    @Test
    void portVisit_enterStopMoveLeave_isOneVisit() {
        DetectionLedger ledger = run(List.of(
                at(0, 3_100, 8),
                at(10, 2_900, 5),
                at(20, 500, 0.1),
                at(300, 500, 0.6),
                at(310, 3_500, 6),
                at(320, 4_100, 8)));

        assertThat(ledger.changes())
                .extracting(c -> c.getClass().getSimpleName())
                .containsExactly("Opened", "Updated", "Updated", "Closed");
        PortVisit visit = (PortVisit) ledger.detections().getFirst();
        assertThat(visit.port().locode()).isEqualTo("ESALG");
        assertThat(visit.start()).isEqualTo(minutes(10));
        assertThat(visit.stoppedAt()).contains(minutes(20));
        assertThat(visit.movingAgainAt()).contains(minutes(300));
        assertThat(visit.end()).contains(minutes(320));
    }

    @Test
    void portVisit_between3And4Kilometres_doesNotFlap() {
        DetectionLedger ledger = run(List.of(at(0, 2_900, 5), at(10, 3_500, 5), at(20, 2_950, 5), at(30, 3_900, 5)));

        assertThat(ledger.changes()).singleElement().isInstanceOf(DetectionChange.Opened.class);
    }

    @Test
    void portVisit_passingAt3100Metres_raisesNothing() {
        assertThat(run(List.of(at(0, 3_100, 12), at(10, 3_100, 12))).changes()).isEmpty();
    }
}
