package io.jisr.store;

import static io.jisr.store.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.jisr.ais.identity.Mmsi;
import io.jisr.ais.message.Position;
import io.jisr.picture.PositionFix;
import io.jisr.picture.StaticData;
import io.jisr.picture.Vessel;
import io.jisr.picture.VesselKind;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class VesselCodecTest {

    private static Vessel roundTrip(Vessel v, Vessel base, PositionFix lastPoint) {
        BinaryWriter out = new BinaryWriter(64);
        VesselCodec.write(out, v, base, lastPoint);
        return VesselCodec.read(new BinaryReader(out.toByteArray()), mmsi -> base, mmsi -> lastPoint);
    }

    private static int size(Vessel v, Vessel base, PositionFix lastPoint) {
        BinaryWriter out = new BinaryWriter(64);
        VesselCodec.write(out, v, base, lastPoint);
        return out.length();
    }

    @Test
    void read_wholeVessels_returnsEqualRecords() {
        for (Vessel v : new Vessel[] {
            Fixtures.fullVessel(244_660_000, Fixtures.fix(T0, 51.9, 4.1)),
            Fixtures.bareVessel(2_442_000),
            Fixtures.partialVessel(503_123_456)
        }) {
            assertThat(roundTrip(v, null, null)).isEqualTo(v);
        }
    }

    @Test
    void read_valuesBeyondAisResolution_returnsTheSameBits() {
        PositionFix odd = new PositionFix(
                T0.plusNanos(1),
                Position.of(51.123456789, -0.0),
                OptionalDouble.of(-0.0),
                OptionalDouble.of(123.456),
                OptionalInt.of(-5),
                Optional.empty(),
                false,
                0,
                false);
        Vessel v = new Vessel(
                Mmsi.of(1),
                VesselKind.SAR_AIRCRAFT,
                new StaticData(
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        OptionalDouble.of(Double.NaN)),
                Optional.of(odd),
                T0.minusSeconds(1_000_000_000_000L),
                T0.plusSeconds(99_999_999_999L),
                Long.MAX_VALUE,
                io.jisr.picture.HeardBy.of(Map.of("", T0)));

        Vessel read = roundTrip(v, null, odd);

        assertThat(read).isEqualTo(v);
        assertThat(Double.doubleToRawLongBits(
                        read.lastFix().orElseThrow().position().longitude()))
                .isEqualTo(Double.doubleToRawLongBits(-0.0));
    }

    @Test
    void write_changeOfPositionOnly_costsFarLessThanTheWholeVessel() {
        Vessel before = Fixtures.fullVessel(244_660_000, Fixtures.fix(T0, 51.9, 4.1));
        PositionFix point = Fixtures.fix(T0.plusSeconds(10), 51.91, 4.11);
        Vessel after = Fixtures.movedTo(before, point);
        Vessel heard = new Vessel(
                after.mmsi(),
                after.kind(),
                after.staticData(),
                after.lastFix(),
                after.firstSeen(),
                point.time(),
                after.reports(),
                io.jisr.picture.HeardBy.of(Map.of("rx-north", point.time(), "rx-south", T0)));

        assertThat(roundTrip(after, before, null)).isEqualTo(after);
        assertThat(roundTrip(after, before, point)).isEqualTo(after);
        assertThat(roundTrip(heard, before, point)).isEqualTo(heard);
        assertThat(roundTrip(heard, null, point)).isEqualTo(heard);
        assertThat(size(after, null, null)).isEqualTo(136);
        assertThat(size(after, before, null)).isEqualTo(30);
        assertThat(size(heard, before, point)).isEqualTo(33);
    }
}
