package io.jisr.ais.message;

import static org.assertj.core.api.Assertions.assertThat;

import io.jisr.ais.AisDecoder;
import io.jisr.ais.AisEncoder;
import io.jisr.ais.Decoded;
import io.jisr.ais.identity.ImoNumber;
import io.jisr.ais.identity.Mmsi;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Every Class A position report (types 1–3) and static and voyage data (type 5), written as
 * {@code !AIVDM} sentences and read back, equals itself. Generators produce canonical values only.
 */
class Types1To5RoundTripTest {

    @Property(tries = 1000)
    void roundTrip_positionReportClassA_isIdentity(
            @ForAll("positionReports") PositionReportClassA m, @ForAll @IntRange(max = 9) int seq) {
        assertRoundTrip(m, seq);
    }

    @Property(tries = 1000)
    void roundTrip_staticAndVoyageData_isIdentity(
            @ForAll("voyageData") StaticAndVoyageData m, @ForAll @IntRange(max = 9) int seq) {
        assertRoundTrip(m, seq);
    }

    static void assertRoundTrip(AisMessage m, int seq) {
        List<String> sentences = AisEncoder.standard().encode(m, "B", seq);
        List<Decoded> out = AisDecoder.decodeAll(sentences.toArray(String[]::new));
        assertThat(out).singleElement().isInstanceOf(Decoded.Message.class);
        assertThat(((Decoded.Message) out.getFirst()).message()).isEqualTo(m);
    }

    @Provide
    Arbitrary<PositionReportClassA> positionReports() {
        Arbitrary<Integer> type = Arbitraries.integers().between(1, 3);
        Arbitrary<Integer> repeat = Arbitraries.integers().between(0, 3);
        Arbitrary<Mmsi> mmsi = Arbitraries.integers().between(0, Mmsi.MAX_VALUE).map(Mmsi::of);
        Arbitrary<NavigationStatus> status = Arbitraries.of(NavigationStatus.class);
        Arbitrary<RateOfTurn> rot = Arbitraries.integers().between(-128, 127).map(RateOfTurn::ofRaw);
        Arbitrary<OptionalDouble> speed = Arbitraries.integers()
                .between(0, 1023)
                .map(r -> r == 1023 ? OptionalDouble.empty() : OptionalDouble.of(r / 10.0));
        Arbitrary<Optional<Position>> position = position();
        Arbitrary<OptionalDouble> course = Arbitraries.integers()
                .between(0, 3600)
                .map(r -> r == 3600 ? OptionalDouble.empty() : OptionalDouble.of(r / 10.0));
        Arbitrary<OptionalInt> heading =
                Arbitraries.integers().between(0, 360).map(r -> r == 360 ? OptionalInt.empty() : OptionalInt.of(r));
        Arbitrary<ReportSecond> second = Arbitraries.integers().between(0, 63).map(ReportSecond::ofRaw);
        Arbitrary<ManeuverIndicator> maneuver = Arbitraries.of(ManeuverIndicator.class);
        Arbitrary<Integer> radio = Arbitraries.integers().between(0, (1 << 19) - 1);
        Arbitrary<Boolean> flag = Arbitraries.of(true, false);
        return Combinators.combine(type, repeat, mmsi, status, rot, speed, position, course)
                .as((t, r, id, st, turn, sog, pos, cog) -> new Object[] {t, r, id, st, turn, sog, pos, cog})
                .flatMap(a -> Combinators.combine(heading, second, maneuver, flag, flag, radio)
                        .as((hdg, sec, man, accuracy, raim, rad) -> new PositionReportClassA(
                                (Integer) a[0],
                                (Integer) a[1],
                                (Mmsi) a[2],
                                (NavigationStatus) a[3],
                                (RateOfTurn) a[4],
                                (OptionalDouble) a[5],
                                accuracy,
                                cast(a[6]),
                                (OptionalDouble) a[7],
                                hdg,
                                sec,
                                man,
                                raim,
                                rad)));
    }

    @SuppressWarnings("unchecked")
    private static Optional<Position> cast(Object o) {
        return (Optional<Position>) o;
    }

    static Arbitrary<Optional<Position>> position() {
        Arbitrary<Integer> lat = Arbitraries.integers().between(-90 * 600_000, 90 * 600_000);
        Arbitrary<Integer> lon = Arbitraries.integers().between(-180 * 600_000, 180 * 600_000);
        Arbitrary<Optional<Position>> present =
                Combinators.combine(lat, lon).as((la, lo) -> Optional.of(Position.of(la / 600_000.0, lo / 600_000.0)));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(9, present),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(Optional.<Position>empty())));
    }

    static Arbitrary<Optional<String>> text(int max) {
        Arbitrary<String> chars = Arbitraries.strings()
                .withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -.,/()'&!?")
                .ofMinLength(1)
                .ofMaxLength(max)
                .filter(t -> !t.endsWith(" ") && !t.startsWith(" ") && !t.isBlank());
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, chars.map(Optional::of)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(Optional.<String>empty())));
    }

    @Provide
    Arbitrary<StaticAndVoyageData> voyageData() {
        Arbitrary<Integer> repeat = Arbitraries.integers().between(0, 3);
        Arbitrary<Mmsi> mmsi = Arbitraries.integers().between(0, Mmsi.MAX_VALUE).map(Mmsi::of);
        Arbitrary<Integer> version = Arbitraries.integers().between(0, 3);
        Arbitrary<Optional<ImoNumber>> imo = Arbitraries.integers()
                .between(0, Mmsi.MAX_VALUE)
                .map(v -> v == 0 ? Optional.<ImoNumber>empty() : Optional.of(ImoNumber.of(v)));
        Arbitrary<Optional<ShipType>> shipType = Arbitraries.integers()
                .between(0, 255)
                .map(v -> v == 0 ? Optional.<ShipType>empty() : Optional.of(ShipType.of(v)));
        Arbitrary<Dimensions> dims = Combinators.combine(
                        Arbitraries.integers().between(0, 511),
                                Arbitraries.integers().between(0, 511),
                        Arbitraries.integers().between(0, 63),
                                Arbitraries.integers().between(0, 63))
                .as(Dimensions::new);
        Arbitrary<EpfdType> epfd = Arbitraries.of(EpfdType.class);
        Arbitrary<Optional<Eta>> eta = Combinators.combine(
                        Arbitraries.integers().between(0, 12),
                                Arbitraries.integers().between(0, 31),
                        Arbitraries.integers().between(0, 24),
                                Arbitraries.integers().between(0, 60))
                .as((mo, d, h, mi) -> mo == 0 && d == 0 && h == 24 && mi == 60
                        ? Optional.<Eta>empty()
                        : Optional.of(new Eta(
                                mo == 0 ? OptionalInt.empty() : OptionalInt.of(mo),
                                d == 0 ? OptionalInt.empty() : OptionalInt.of(d),
                                h == 24 ? OptionalInt.empty() : OptionalInt.of(h),
                                mi == 60 ? OptionalInt.empty() : OptionalInt.of(mi))));
        Arbitrary<OptionalDouble> draught = Arbitraries.integers()
                .between(0, 255)
                .map(v -> v == 0 ? OptionalDouble.empty() : OptionalDouble.of(v / 10.0));
        Arbitrary<Boolean> dte = Arbitraries.of(true, false);
        return Combinators.combine(repeat, mmsi, version, imo, text(7), text(20), shipType, dims)
                .as((r, id, v, i, cs, name, st, d) -> new Object[] {r, id, v, i, cs, name, st, d})
                .flatMap(a -> Combinators.combine(epfd, eta, draught, text(20), dte)
                        .as((e, et, dr, dest, ready) -> new StaticAndVoyageData(
                                (Integer) a[0],
                                (Mmsi) a[1],
                                (Integer) a[2],
                                imoOf(a[3]),
                                textOf(a[4]),
                                textOf(a[5]),
                                typeOf(a[6]),
                                (Dimensions) a[7],
                                e,
                                et,
                                dr,
                                dest,
                                ready)));
    }

    @SuppressWarnings("unchecked")
    private static Optional<ImoNumber> imoOf(Object o) {
        return (Optional<ImoNumber>) o;
    }

    @SuppressWarnings("unchecked")
    private static Optional<String> textOf(Object o) {
        return (Optional<String>) o;
    }

    @SuppressWarnings("unchecked")
    private static Optional<ShipType> typeOf(Object o) {
        return (Optional<ShipType>) o;
    }
}
