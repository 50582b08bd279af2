package io.jisr.ais.message;

import static org.assertj.core.api.Assertions.assertThat;

import io.jisr.ais.AisDecoder;
import io.jisr.ais.AisEncoder;
import io.jisr.ais.Decoded;
import io.jisr.ais.identity.Mmsi;
import io.jisr.ais.message.AidToNavigationReport.AidType;
import io.jisr.ais.message.ChannelManagement.AddressedStations;
import io.jisr.ais.message.ChannelManagement.BroadcastArea;
import io.jisr.ais.message.DataLinkManagement.Reservation;
import io.jisr.ais.message.GroupAssignmentCommand.ReportingInterval;
import io.jisr.ais.message.GroupAssignmentCommand.StationType;
import io.jisr.ais.message.StaticDataReport.PartA;
import io.jisr.ais.message.StaticDataReport.PartB;
import io.jisr.ais.message.StaticDataReport.VendorId;
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
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * {@code decode(encode(m)) == m} through NMEA sentences for every record of types 18 to 27, over
 * arbitrary valid values in canonical form (positions on their grid, texts as decoding returns them).
 */
class Types18To27RoundTripTest {

    @Property
    void classBPositionReport_encodedAndDecoded_isEqual(
            @ForAll("classBPositionReports") ClassBPositionReport m, @ForAll @IntRange(max = 9) int seq) {
        assertRoundTrip(m, seq);
    }

    @Property
    void extendedClassBPositionReport_encodedAndDecoded_isEqual(
            @ForAll("extendedClassBPositionReports") ExtendedClassBPositionReport m,
            @ForAll @IntRange(max = 9) int seq) {
        assertRoundTrip(m, seq);
    }

    @Property
    void dataLinkManagement_encodedAndDecoded_isEqual(
            @ForAll("dataLinkManagements") DataLinkManagement m, @ForAll @IntRange(max = 9) int seq) {
        assertRoundTrip(m, seq);
    }

    @Property
    void aidToNavigationReport_encodedAndDecoded_isEqual(
            @ForAll("aidToNavigationReports") AidToNavigationReport m, @ForAll @IntRange(max = 9) int seq) {
        assertRoundTrip(m, seq);
    }

    @Property
    void channelManagement_encodedAndDecoded_isEqual(
            @ForAll("channelManagements") ChannelManagement m, @ForAll @IntRange(max = 9) int seq) {
        assertRoundTrip(m, seq);
    }

    @Property
    void groupAssignmentCommand_encodedAndDecoded_isEqual(
            @ForAll("groupAssignmentCommands") GroupAssignmentCommand m, @ForAll @IntRange(max = 9) int seq) {
        assertRoundTrip(m, seq);
    }

    @Property
    void staticDataReport_encodedAndDecoded_isEqual(
            @ForAll("staticDataReports") StaticDataReport m, @ForAll @IntRange(max = 9) int seq) {
        assertRoundTrip(m, seq);
    }

    @Property
    void singleSlotBinaryMessage_encodedAndDecoded_isEqual(
            @ForAll("singleSlotBinaryMessages") SingleSlotBinaryMessage m, @ForAll @IntRange(max = 9) int seq) {
        assertRoundTrip(m, seq);
    }

    @Property
    void multipleSlotBinaryMessage_encodedAndDecoded_isEqual(
            @ForAll("multipleSlotBinaryMessages") MultipleSlotBinaryMessage m, @ForAll @IntRange(max = 9) int seq) {
        assertRoundTrip(m, seq);
    }

    @Property
    void longRangePositionReport_encodedAndDecoded_isEqual(
            @ForAll("longRangePositionReports") LongRangePositionReport m, @ForAll @IntRange(max = 9) int seq) {
        assertRoundTrip(m, seq);
    }

    private static void assertRoundTrip(AisMessage m, int seq) {
        List<String> sentences = AisEncoder.standard().encode(m, "A", seq);
        List<Decoded> out = AisDecoder.decodeAll(sentences.toArray(String[]::new));
        assertThat(out).hasSize(1);
        assertThat(out.getFirst())
                .isInstanceOfSatisfying(
                        Decoded.Message.class, d -> assertThat(d.message()).isEqualTo(m));
    }

    // ---- records ----------------------------------------------------------------------------

    @Provide
    Arbitrary<ClassBPositionReport> classBPositionReports() {
        return Combinators.combine(
                        repeats(), mmsis(), kinematics(), Arbitraries.integers().between(0, 255), radio())
                .as((repeat, mmsi, k, f, radio) -> new ClassBPositionReport(
                        repeat, mmsi, k.get1(), k.get2(), k.get3(), k.get4(), k.get5(), k.get6(), bit(f, 0), bit(f, 1),
                        bit(f, 2), bit(f, 3), bit(f, 4), bit(f, 5), bit(f, 6), bit(f, 7), radio));
    }

    @Provide
    Arbitrary<ExtendedClassBPositionReport> extendedClassBPositionReports() {
        return Combinators.combine(
                        repeats(),
                        mmsis(),
                        kinematics(),
                        text(20).optional(0.8),
                        shipTypes(),
                        dimensions(),
                        Arbitraries.of(EpfdType.class),
                        Arbitraries.integers().between(0, 7))
                .as((repeat, mmsi, k, name, shipType, dims, epfd, f) -> new ExtendedClassBPositionReport(
                        repeat, mmsi, k.get1(), k.get2(), k.get3(), k.get4(), k.get5(), k.get6(), name, shipType, dims,
                        epfd, bit(f, 0), bit(f, 1), bit(f, 2)));
    }

    @Provide
    Arbitrary<DataLinkManagement> dataLinkManagements() {
        Arbitrary<Reservation> reservation = Combinators.combine(
                        Arbitraries.integers().between(0, 4095),
                        Arbitraries.integers().between(0, 15),
                        Arbitraries.integers().between(0, 7),
                        Arbitraries.integers().between(0, 2047))
                .as(Reservation::new);
        return Combinators.combine(
                        repeats(), mmsis(), reservation.list().ofMinSize(1).ofMaxSize(4))
                .as(DataLinkManagement::new);
    }

    @Provide
    Arbitrary<AidToNavigationReport> aidToNavigationReports() {
        // A name of up to 34 characters, and at least as many trailing bits as its extension needs.
        Arbitrary<Tuple.Tuple2<Optional<String>, Integer>> nameAndBits = text(34).optional(0.8)
                .flatMap(name -> Arbitraries.integers()
                        .between(6 * Math.max(0, name.map(String::length).orElse(0) - 20), 88)
                        .map(bits -> Tuple.of(name, bits)));
        Arbitrary<
                        Tuple.Tuple8<
                                Integer,
                                Mmsi,
                                AidType,
                                Tuple.Tuple2<Optional<String>, Integer>,
                                Boolean,
                                Optional<Position>,
                                Dimensions,
                                EpfdType>>
                head = Combinators.combine(
                                repeats(),
                                mmsis(),
                                Arbitraries.of(AidType.class),
                                nameAndBits,
                                Arbitraries.of(true, false),
                                positions(Coordinates.TEN_THOUSANDTH_MINUTE),
                                dimensions(),
                                Arbitraries.of(EpfdType.class))
                        .as(Tuple::of);
        return Combinators.combine(
                        head,
                        seconds(),
                        Arbitraries.integers().between(0, 15),
                        Arbitraries.integers().between(0, 255))
                .as((h, second, f, status) -> new AidToNavigationReport(
                        h.get1(),
                        h.get2(),
                        h.get3(),
                        h.get4().get1(),
                        h.get5(),
                        h.get6(),
                        h.get7(),
                        h.get8(),
                        second,
                        bit(f, 0),
                        status,
                        bit(f, 1),
                        bit(f, 2),
                        bit(f, 3),
                        h.get4().get2()));
    }

    @Provide
    Arbitrary<ChannelManagement> channelManagements() {
        Arbitrary<ChannelManagement.Target> target = Arbitraries.oneOf(
                Combinators.combine(positions(Coordinates.TENTH_MINUTE), positions(Coordinates.TENTH_MINUTE))
                        .as(BroadcastArea::new),
                Combinators.combine(mmsis(), mmsis()).as(AddressedStations::new));
        return Combinators.combine(
                        repeats(),
                        mmsis(),
                        Arbitraries.integers().between(0, 4095),
                        Arbitraries.integers().between(0, 4095),
                        Arbitraries.of(TxRxMode.class),
                        target,
                        Arbitraries.integers().between(0, 7),
                        Arbitraries.integers().between(1, 8))
                .as((repeat, mmsi, a, b, mode, t, f, zone) ->
                        new ChannelManagement(repeat, mmsi, a, b, mode, bit(f, 0), t, bit(f, 1), bit(f, 2), zone));
    }

    @Provide
    Arbitrary<GroupAssignmentCommand> groupAssignmentCommands() {
        return Combinators.combine(
                        repeats(),
                        mmsis(),
                        positions(Coordinates.TENTH_MINUTE),
                        positions(Coordinates.TENTH_MINUTE),
                        Arbitraries.of(StationType.class),
                        shipTypes(),
                        Arbitraries.integers().between(0, 3).map(TxRxMode::ofCode),
                        Arbitraries.of(ReportingInterval.class))
                .flatAs((repeat, mmsi, ne, sw, station, ship, mode, interval) -> Arbitraries.integers()
                        .between(0, 15)
                        .map(quiet -> new GroupAssignmentCommand(
                                repeat, mmsi, ne, sw, station, ship, mode, interval, quiet)));
    }

    @Provide
    Arbitrary<StaticDataReport> staticDataReports() {
        Arbitrary<StaticDataReport> partA =
                Combinators.combine(repeats(), mmsis(), text(20).optional(0.8)).as(PartA::new);
        Arbitrary<VendorId> vendor = Combinators.combine(
                        text(3).injectNull(0.2),
                        Arbitraries.integers().between(0, 15),
                        Arbitraries.integers().between(0, (1 << 20) - 1))
                .as((maker, model, serial) -> Tuple.of(maker == null ? "" : maker, model, serial))
                .filter(t -> !t.get1().isEmpty() || t.get2() != 0 || t.get3() != 0)
                .map(t -> new VendorId(t.get1(), t.get2(), t.get3()));
        Arbitrary<StaticDataReport> ship = Combinators.combine(
                        repeats(),
                        mmsis().filter(m -> !PartB.isAuxiliaryCraft(m)),
                        shipTypes(),
                        vendor.optional(0.8),
                        text(7).optional(0.8),
                        dimensions(),
                        Arbitraries.of(EpfdType.class))
                .as((repeat, mmsi, type, v, call, dims, epfd) ->
                        new PartB(repeat, mmsi, type, v, call, Optional.of(dims), Optional.empty(), epfd));
        Arbitrary<StaticDataReport> auxiliary = Combinators.combine(
                        repeats(),
                        Arbitraries.integers().between(980_000_000, 989_999_999).map(Mmsi::of),
                        shipTypes(),
                        vendor.optional(0.8),
                        text(7).optional(0.8),
                        Arbitraries.integers()
                                .between(1, Mmsi.MAX_VALUE)
                                .map(Mmsi::of)
                                .optional(0.8),
                        Arbitraries.of(EpfdType.class))
                .as((repeat, mmsi, type, v, call, mother, epfd) ->
                        new PartB(repeat, mmsi, type, v, call, Optional.empty(), mother, epfd));
        return Arbitraries.oneOf(partA, ship, auxiliary);
    }

    @Provide
    Arbitrary<SingleSlotBinaryMessage> singleSlotBinaryMessages() {
        return Combinators.combine(
                        repeats(), mmsis(), mmsis().optional(), applicationIds().optional())
                .flatAs((repeat, mmsi, dest, app) -> bitStrings(
                                168 - SingleSlotBinaryMessage.headerBits(dest.isPresent(), app.isPresent()))
                        .map(data -> new SingleSlotBinaryMessage(repeat, mmsi, dest, app, data)));
    }

    @Provide
    Arbitrary<MultipleSlotBinaryMessage> multipleSlotBinaryMessages() {
        return Combinators.combine(
                        repeats(),
                        mmsis(),
                        mmsis().optional(),
                        applicationIds().optional(),
                        Arbitraries.of(true, false),
                        radio())
                .flatAs((repeat, mmsi, dest, app, itdma, radio) -> bitStrings(SingleSlotBinaryMessage.MAX_PAYLOAD_BITS
                                - SingleSlotBinaryMessage.headerBits(dest.isPresent(), app.isPresent())
                                - 20)
                        .map(data -> new MultipleSlotBinaryMessage(repeat, mmsi, dest, app, data, itdma, radio)));
    }

    @Provide
    Arbitrary<LongRangePositionReport> longRangePositionReports() {
        return Combinators.combine(
                        repeats(),
                        mmsis(),
                        Arbitraries.integers().between(0, 7),
                        Arbitraries.of(NavigationStatus.class),
                        positions(Coordinates.TENTH_MINUTE),
                        optionalInts(0, 62),
                        optionalInts(0, 359))
                .as((repeat, mmsi, f, status, position, sog, cog) -> new LongRangePositionReport(
                        repeat, mmsi, bit(f, 0), bit(f, 1), status, position, sog, cog, bit(f, 2)));
    }

    // ---- fields -----------------------------------------------------------------------------

    private static boolean bit(int flags, int index) {
        return (flags >>> index & 1) != 0;
    }

    private static Arbitrary<Integer> repeats() {
        return Arbitraries.integers().between(0, 3);
    }

    private static Arbitrary<Mmsi> mmsis() {
        return Arbitraries.integers().between(0, Mmsi.MAX_VALUE).map(Mmsi::of);
    }

    private static Arbitrary<Integer> radio() {
        return Arbitraries.integers().between(0, (1 << 19) - 1);
    }

    /** A position on the grid of {@code resolution}, or none. */
    private static Arbitrary<Optional<Position>> positions(Coordinates resolution) {
        int units = resolution.unitsPerDegree();
        return Combinators.combine(
                        Arbitraries.integers().between(-90 * units, 90 * units),
                        Arbitraries.integers().between(-180 * units, 180 * units))
                .as((lat, lon) -> Position.of((double) lat / units, (double) lon / units))
                .optional(0.9);
    }

    /** Speed, accuracy, position, course, heading and second of a Class B report. */
    private static Arbitrary<
                    Tuple.Tuple6<
                            OptionalDouble, Boolean, Optional<Position>, OptionalDouble, OptionalInt, ReportSecond>>
            kinematics() {
        return Combinators.combine(
                        optionalTenths(1022),
                        Arbitraries.of(true, false),
                        positions(Coordinates.TEN_THOUSANDTH_MINUTE),
                        optionalTenths(3599),
                        optionalInts(0, 359),
                        seconds())
                .as(Tuple::of);
    }

    private static Arbitrary<OptionalDouble> optionalTenths(int maxRaw) {
        return Arbitraries.integers()
                .between(0, maxRaw)
                .optional(0.9)
                .map(raw -> raw.isPresent() ? OptionalDouble.of(raw.get() / 10.0) : OptionalDouble.empty());
    }

    private static Arbitrary<OptionalInt> optionalInts(int min, int max) {
        return Arbitraries.integers()
                .between(min, max)
                .optional(0.9)
                .map(v -> v.isPresent() ? OptionalInt.of(v.get()) : OptionalInt.empty());
    }

    private static Arbitrary<ReportSecond> seconds() {
        return Arbitraries.integers().between(0, 63).map(ReportSecond::ofRaw);
    }

    private static Arbitrary<Optional<ShipType>> shipTypes() {
        return Arbitraries.integers().between(1, 255).map(ShipType::of).optional(0.9);
    }

    private static Arbitrary<Dimensions> dimensions() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 511),
                        Arbitraries.integers().between(0, 511),
                        Arbitraries.integers().between(0, 63),
                        Arbitraries.integers().between(0, 63))
                .as(Dimensions::new);
    }

    /** Six-bit text as decoding returns it: 1 to {@code max} characters, no '@', no trailing space. */
    private static Arbitrary<String> text(int max) {
        StringBuilder alphabet = new StringBuilder();
        for (char c = 32; c < 96; c++) {
            if (c != '@') {
                alphabet.append(c);
            }
        }
        return Arbitraries.strings()
                .withChars(alphabet)
                .ofMinLength(1)
                .ofMaxLength(max)
                .filter(s -> !s.endsWith(" "));
    }

    private static Arbitrary<ApplicationId> applicationIds() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 1023),
                        Arbitraries.integers().between(0, 63))
                .as(ApplicationId::new);
    }

    /** Bit strings of 0 to {@code maxBits} bits, so that every payload length (and fill) occurs. */
    private static Arbitrary<BitString> bitStrings(int maxBits) {
        return Arbitraries.integers()
                .between(0, maxBits)
                .flatMap(length -> Arbitraries.bytes()
                        .array(byte[].class)
                        .ofSize((length + 7) / 8)
                        .map(bytes -> new BitString(bytes, length)));
    }
}
