package io.jisr.store;

import static io.jisr.store.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jisr.ais.message.NavigationStatus;
import io.jisr.ais.message.Position;
import io.jisr.picture.PositionFix;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class TrackSegmentTest {

    private static List<PositionFix> read(TrackSegment segment) {
        List<PositionFix> fixes = new ArrayList<>();
        TrackSegment.Reader reader = new TrackSegment.Reader(segment.data());
        while (reader.next()) {
            fixes.add(reader.fix());
        }
        return fixes;
    }

    private static TrackSegment segmentOf(List<PositionFix> fixes) {
        TrackSegment segment = new TrackSegment(1, 211_000_001, 1000);
        for (PositionFix f : fixes) {
            segment.append(f, f.time().toEpochMilli());
        }
        return segment;
    }

    @Test
    void reader_fixesAtAisResolution_readsThemBackEqual() {
        List<PositionFix> fixes = new ArrayList<>(Fixtures.track(T0, Duration.ofMillis(2345), 200, -89.5, -179.9));
        fixes.add(new PositionFix(
                T0.minusSeconds(30),
                Position.of(90, 180),
                OptionalDouble.of(102.2),
                OptionalDouble.of(359.9),
                OptionalInt.of(359),
                Optional.of(NavigationStatus.AIS_SART_ACTIVE),
                true,
                27,
                true));

        assertThat(read(segmentOf(fixes))).containsExactlyElementsOf(fixes);
    }

    @Test
    void append_steadyClassAStation_costsFourBytesAPointAfterTheSecond() {
        List<PositionFix> fixes = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            fixes.add(new PositionFix(
                    T0.plusSeconds(10L * i),
                    Position.of((30_600_000 + 420 * i) / 600_000.0, (1_800_000 + 660 * i) / 600_000.0),
                    OptionalDouble.of(12.3),
                    OptionalDouble.of(45.0),
                    OptionalInt.of(44),
                    Optional.of(NavigationStatus.UNDER_WAY_USING_ENGINE),
                    true,
                    1,
                    false));
        }

        // format 1; first point 22 (flags, header, type, absolute time, lat, lon, motion); second 8
        // (flags and the first steps); then flags and three zero residuals.
        assertThat(segmentOf(fixes).data()).hasSize(1 + 22 + 8 + 98 * 4);
    }

    @Test
    void append_updatesTimeRangeAndBox() {
        TrackSegment segment = segmentOf(List.of(
                Fixtures.fix(T0.plusSeconds(10), 51.5, 3.5),
                Fixtures.fix(T0, 51.0, 3.75),
                Fixtures.fix(T0.plusSeconds(5), 51.25, 3.0)));

        assertThat(segment.points()).isEqualTo(3);
        assertThat(segment.startMs()).isEqualTo(T0.toEpochMilli());
        assertThat(segment.endMs()).isEqualTo(T0.plusSeconds(10).toEpochMilli());
        assertThat(List.of(segment.south(), segment.north(), segment.west(), segment.east()))
                .containsExactly(51.0, 51.5, 3.0, 3.75);
    }

    @Test
    void accepts_pointBeyondTenMinutesOrSegmentFull_isFalse() {
        TrackSegment segment = new TrackSegment(1, 211_000_001, 2);
        long t0 = T0.toEpochMilli();
        segment.append(Fixtures.fix(T0, 51, 3), t0);

        assertThat(segment.accepts(t0 + 600_000)).isTrue();
        assertThat(segment.accepts(t0 - 600_000)).isTrue();
        assertThat(segment.accepts(t0 + 600_001)).isFalse();
        assertThat(segment.accepts(t0 - 600_001)).isFalse();
        segment.append(Fixtures.fix(T0.plusSeconds(1), 51, 3), t0 + 1000);
        assertThat(segment.accepts(t0 + 2000)).isFalse();
    }

    @Test
    void reader_unknownFormat_isRejected() {
        assertThatThrownBy(() -> new TrackSegment.Reader(new byte[] {7}))
                .isInstanceOf(StoreException.class)
                .hasMessage("track segment has blob format 7, this store reads 1");
    }
}
