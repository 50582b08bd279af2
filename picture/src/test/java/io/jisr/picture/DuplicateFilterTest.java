package io.jisr.picture;

import static org.assertj.core.api.Assertions.assertThat;

import io.jisr.ais.identity.Mmsi;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DuplicateFilterTest {

    final DuplicateFilter filter = new DuplicateFilter(Duration.ofSeconds(5));

    @Test
    void isFirstCopy_sameMessageFromTwoReceiversWithinWindow_isOneTransmission() {
        var m = PictureTest.position(Mmsi.of(605123456), 36.8, 3.06, 12);
        assertThat(filter.isFirstCopy(m, PictureTest.T0)).isTrue();
        assertThat(filter.isFirstCopy(m, PictureTest.T0.plusSeconds(2))).isFalse();
        assertThat(filter.duplicates()).isEqualTo(1);
    }

    @Test
    void isFirstCopy_sameMessageAfterWindow_isANewTransmission() {
        var m = PictureTest.position(Mmsi.of(605123456), 36.8, 3.06, 12);
        assertThat(filter.isFirstCopy(m, PictureTest.T0)).isTrue();
        assertThat(filter.isFirstCopy(m, PictureTest.T0.plusSeconds(6))).isTrue();
    }

    @Test
    void isFirstCopy_differentMessages_areBothFirst() {
        assertThat(filter.isFirstCopy(PictureTest.position(Mmsi.of(605123456), 36.8, 3.06, 12), PictureTest.T0))
                .isTrue();
        assertThat(filter.isFirstCopy(PictureTest.position(Mmsi.of(605123456), 36.8, 3.07, 12), PictureTest.T0))
                .isTrue();
    }

    @Test
    void isFirstCopy_oldEntries_areForgottenAsTimeMoves() {
        for (int i = 0; i < 100; i++) {
            filter.isFirstCopy(
                    PictureTest.position(Mmsi.of(605000000 + i), 36.8, 3.06, 12), PictureTest.T0.plusSeconds(i));
        }
        assertThat(filter.remembered()).isEqualTo(6);
    }

    @Test
    void heardAgain_addsTheReceiverWithoutAReport() {
        var picture = new Picture(PictureSettings.defaults(), m -> java.util.Optional.empty());
        var m = PictureTest.position(Mmsi.of(605123456), 36.8, 3.06, 12);
        picture.apply(new Observation(m, PictureTest.reception(), PictureTest.T0, "algiers"), e -> {});
        picture.heardAgain(new Observation(m, PictureTest.reception(), PictureTest.T0.plusSeconds(1), "oran"));
        var v = picture.vessel(Mmsi.of(605123456)).orElseThrow();
        assertThat(v.heardBy().asMap()).containsOnlyKeys("algiers", "oran");
        assertThat(v.reports()).isEqualTo(1);
    }
}
