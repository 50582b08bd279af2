package io.jisr.ais.message;

import static org.assertj.core.api.Assertions.assertThat;

import io.jisr.ais.AisDecoder;
import io.jisr.ais.AisEncoder;
import io.jisr.ais.Decoded;
import io.jisr.ais.identity.Mmsi;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Every record of types 4 to 17, written as {@code !AIVDM} sentences and read back, equals itself.
 * Generators produce canonical values only: positions and decimals on the grid of their field, texts
 * of the six-bit alphabet without {@code @} or trailing spaces, within each field's length.
 */
class Types4To17RoundTripTest {
    private static final int TRIES = 300;

    @Property(tries = TRIES)
    void roundTrip_baseStationReport_isIdentity(
            @ForAll("baseStationReports") BaseStationReport m, @ForAll @IntRange(max = 9) int seq) {
        assertRoundTrip(m, seq);
    }

    @Property(tries = TRIES)
    void roundTrip_addressedBinaryMessage_isIdentity(
            @ForAll("addressedBinaryMessages") AddressedBinaryMessage m, @ForAll @IntRange(max = 9) int seq) {
        assertRoundTrip(m, seq);
    }

    @Property(tries = TRIES)
    void roundTrip_acknowledgement_isIdentity(
            @ForAll("acknowledgements") Acknowledgement m, @ForAll @IntRange(max = 9) int seq) {
        assertRoundTrip(m, seq);
    }

    @Property(tries = TRIES)
    void roundTrip_binaryBroadcastMessage_isIdentity(
            @ForAll("binaryBroadcastMessages") BinaryBroadcastMessage m, @ForAll @IntRange(max = 9) int seq) {
        assertRoundTrip(m, seq);
    }

    @Property(tries = TRIES)
    void roundTrip_meteorologicalHydrographicObservation_isIdentity(
            @ForAll("observations") MeteorologicalHydrographicData observation,
            @ForAll("mmsis") Mmsi mmsi,
            @ForAll @IntRange(max = 9) int seq) {
        BinaryBroadcastMessage m = BinaryBroadcastMessage.of(2, mmsi, observation);

        AisMessage decoded = assertRoundTrip(m, seq);

        assertThat(((BinaryBroadcastMessage) decoded).meteorologicalHydrographicData())
                .contains(observation);
    }

    @Property(tries = TRIES)
    void roundTrip_sarAircraftPositionReport_isIdentity(
            @ForAll("sarAircraftReports") SarAircraftPositionReport m, @ForAll @IntRange(max = 9) int seq) {
        assertRoundTrip(m, seq);
    }

    @Property(tries = TRIES)
    void roundTrip_utcDateInquiry_isIdentity(
            @ForAll("mmsis") Mmsi from, @ForAll("mmsis") Mmsi to, @ForAll @IntRange(max = 3) int repeat) {
        assertRoundTrip(new UtcDateInquiry(repeat, from, to), 0);
    }

    @Property(tries = TRIES)
    void roundTrip_addressedSafetyMessage_isIdentity(
            @ForAll("addressedSafetyMessages") AddressedSafetyMessage m, @ForAll @IntRange(max = 9) int seq) {
        assertRoundTrip(m, seq);
    }

    @Property(tries = TRIES)
    void roundTrip_safetyBroadcastMessage_isIdentity(
            @ForAll("safetyBroadcastMessages") SafetyBroadcastMessage m, @ForAll @IntRange(max = 9) int seq) {
        assertRoundTrip(m, seq);
    }

    @Property(tries = TRIES)
    void roundTrip_interrogation_isIdentity(@ForAll("interrogations") Interrogation m) {
        assertRoundTrip(m, 0);
    }

    @Property(tries = TRIES)
    void roundTrip_assignedModeCommand_isIdentity(@ForAll("assignedModeCommands") AssignedModeCommand m) {
        assertRoundTrip(m, 0);
    }

    @Property(tries = TRIES)
    void roundTrip_gnssBroadcastBinaryMessage_isIdentity(
            @ForAll("gnssBroadcasts") GnssBroadcastBinaryMessage m, @ForAll @IntRange(max = 9) int seq) {
        assertRoundTrip(m, seq);
    }

    private static AisMessage assertRoundTrip(AisMessage m, int seq) {
        List<String> lines = AisEncoder.standard().encode(m, "A", seq);

        List<Decoded> decoded = AisDecoder.decodeAll(lines.toArray(String[]::new));

        assertThat(decoded).as("decoding %s", lines).hasSize(1);
        assertThat(decoded.getFirst()).isInstanceOf(Decoded.Message.class);
        AisMessage back = ((Decoded.Message) decoded.getFirst()).message();
        assertThat(back).isEqualTo(m);
        return back;
    }

    @Provide
    Arbitrary<BaseStationReport> baseStationReports() {
        return combine(
                v -> new BaseStationReport(
                        v.get(0), v.get(1), v.get(2), v.get(3), v.get(4), v.get(5), v.get(6), v.get(7), v.get(8),
                        v.get(9), v.get(10), v.get(11), v.get(12), v.get(13), v.get(14)),
                Arbitraries.of(4, 11),
                repeats(),
                mmsis(),
                optionalInts(1, 9999),
                optionalInts(1, 12),
                optionalInts(1, 31),
                optionalInts(0, 23),
                optionalInts(0, 59),
                optionalInts(0, 59),
                Arbitraries.of(true, false),
                positions(Coordinates.TEN_THOUSANDTH_MINUTE),
                Arbitraries.of(EpfdType.class),
                Arbitraries.of(true, false),
                Arbitraries.of(true, false),
                Arbitraries.integers().between(0, (1 << 19) - 1));
    }

    @Provide
    Arbitrary<AddressedBinaryMessage> addressedBinaryMessages() {
        return combine(
                v -> new AddressedBinaryMessage(
                        v.get(0), v.get(1), v.get(2), v.get(3), v.get(4), v.get(5), v.get(6), v.get(7)),
                repeats(),
                mmsis(),
                Arbitraries.integers().between(0, 3),
                mmsis(),
                Arbitraries.of(true, false),
                Arbitraries.integers().between(0, 1023),
                Arbitraries.integers().between(0, 63),
                bitStrings(AddressedBinaryMessage.MAX_DATA_BITS));
    }

    @Provide
    Arbitrary<Acknowledgement> acknowledgements() {
        Arbitrary<Acknowledgement.Acknowledged> entries = Combinators.combine(
                        mmsis(), Arbitraries.integers().between(0, 3))
                .as(Acknowledgement.Acknowledged::new);
        return Combinators.combine(
                        Arbitraries.of(7, 13),
                        repeats(),
                        mmsis(),
                        entries.list().ofMinSize(1).ofMaxSize(4))
                .as(Acknowledgement::new);
    }

    @Provide
    Arbitrary<BinaryBroadcastMessage> binaryBroadcastMessages() {
        Arbitrary<BinaryBroadcastMessage> any = Combinators.combine(
                        repeats(),
                        mmsis(),
                        Arbitraries.integers().between(0, 1023),
                        Arbitraries.integers().between(0, 63),
                        bitStrings(BinaryBroadcastMessage.MAX_DATA_BITS))
                .as(BinaryBroadcastMessage::new);
        // DAC 1 FI 31 with arbitrary bits, reserved codes and spare bits included: the bits must survive.
        Arbitrary<BinaryBroadcastMessage> metHydroLayout = Combinators.combine(
                        repeats(),
                        mmsis(),
                        bitStrings(MeteorologicalHydrographicData.DATA_BITS, MeteorologicalHydrographicData.DATA_BITS))
                .as((r, mmsi, data) -> new BinaryBroadcastMessage(r, mmsi, 1, 31, data));
        return Arbitraries.oneOf(any, metHydroLayout);
    }

    @Provide
    Arbitrary<MeteorologicalHydrographicData> observations() {
        return combine(
                v -> new MeteorologicalHydrographicData(
                        v.get(0), v.get(1), v.get(2), v.get(3), v.get(4), v.get(5), v.get(6), v.get(7), v.get(8),
                        v.get(9), v.get(10), v.get(11), v.get(12), v.get(13), v.get(14), v.get(15), v.get(16),
                        v.get(17), v.get(18), v.get(19), v.get(20), v.get(21), v.get(22), v.get(23), v.get(24),
                        v.get(25), v.get(26), v.get(27), v.get(28), v.get(29), v.get(30), v.get(31), v.get(32),
                        v.get(33), v.get(34), v.get(35), v.get(36)),
                positions(Coordinates.THOUSANDTH_MINUTE),
                Arbitraries.of(true, false),
                optionalInts(1, 31),
                optionalInts(0, 23),
                optionalInts(0, 59),
                optionalInts(0, 126),
                optionalInts(0, 126),
                optionalInts(0, 359),
                optionalInts(0, 359),
                optionalScaled(-600, 600, 10),
                optionalInts(0, 100),
                optionalScaled(-200, 500, 10),
                optionalInts(799, 1201),
                Arbitraries.of(MeteorologicalHydrographicData.Tendency.class).optional(0.8),
                Arbitraries.of(true, false),
                optionalScaled(0, 126, 10),
                optionalScaled(-1000, 3000, 100),
                Arbitraries.of(MeteorologicalHydrographicData.Tendency.class).optional(0.8),
                optionalScaled(0, 251, 10),
                optionalInts(0, 359),
                optionalScaled(0, 251, 10),
                optionalInts(0, 359),
                optionalInts(0, 30),
                optionalScaled(0, 251, 10),
                optionalInts(0, 359),
                optionalInts(0, 30),
                optionalScaled(0, 251, 10),
                optionalInts(0, 60),
                optionalInts(0, 359),
                optionalScaled(0, 251, 10),
                optionalInts(0, 60),
                optionalInts(0, 359),
                optionalInts(0, 12),
                optionalScaled(-100, 500, 10),
                Arbitraries.of(MeteorologicalHydrographicData.Precipitation.class)
                        .optional(0.8),
                optionalScaled(0, 501, 10),
                Arbitraries.of(true, false).optional(0.8));
    }

    @Provide
    Arbitrary<SarAircraftPositionReport> sarAircraftReports() {
        return combine(
                v -> new SarAircraftPositionReport(
                        v.get(0), v.get(1), v.get(2), v.get(3), v.get(4), v.get(5), v.get(6), v.get(7), v.get(8),
                        v.get(9), v.get(10), v.get(11), v.get(12)),
                repeats(),
                mmsis(),
                optionalInts(0, 4094),
                optionalInts(0, 1022),
                Arbitraries.of(true, false),
                positions(Coordinates.TEN_THOUSANDTH_MINUTE),
                optionalScaled(0, 3599, 10),
                Arbitraries.integers().between(0, 63).map(ReportSecond::ofRaw),
                Arbitraries.of(true, false),
                Arbitraries.of(true, false),
                Arbitraries.of(true, false),
                Arbitraries.of(true, false),
                Arbitraries.integers().between(0, (1 << 20) - 1));
    }

    @Provide
    Arbitrary<AddressedSafetyMessage> addressedSafetyMessages() {
        return Combinators.combine(
                        repeats(),
                        mmsis(),
                        Arbitraries.integers().between(0, 3),
                        mmsis(),
                        Arbitraries.of(true, false),
                        safetyTexts(AddressedSafetyMessage.MAX_CHARS))
                .as(AddressedSafetyMessage::new);
    }

    @Provide
    Arbitrary<SafetyBroadcastMessage> safetyBroadcastMessages() {
        return Combinators.combine(repeats(), mmsis(), safetyTexts(SafetyBroadcastMessage.MAX_CHARS))
                .as(SafetyBroadcastMessage::new);
    }

    @Provide
    Arbitrary<Interrogation> interrogations() {
        Arbitrary<Integer> types = Arbitraries.integers().between(0, 63);
        Arbitrary<Integer> offsets = Arbitraries.integers().between(0, 4095);
        return Combinators.combine(
                        repeats(),
                        mmsis(),
                        mmsis(),
                        types,
                        offsets,
                        Combinators.combine(types, offsets)
                                .as((t, o) -> new int[] {t, o})
                                .filter(p -> p[0] != 0 || p[1] != 0)
                                .optional(0.6),
                        Combinators.combine(mmsis(), types, offsets)
                                .as(Interrogation.Request::new)
                                .optional(0.6))
                .as((repeat, mmsi, station, type, offset, second, third) -> new Interrogation(
                        repeat,
                        mmsi,
                        new Interrogation.Request(station, type, offset),
                        second.map(p -> new Interrogation.Request(station, p[0], p[1])),
                        third));
    }

    @Provide
    Arbitrary<AssignedModeCommand> assignedModeCommands() {
        Arbitrary<AssignedModeCommand.Assignment> assignments = Combinators.combine(
                        mmsis(),
                        Arbitraries.integers().between(0, 4095),
                        Arbitraries.integers().between(0, 1023))
                .as(AssignedModeCommand.Assignment::new);
        return Combinators.combine(repeats(), mmsis(), assignments, assignments.optional(0.5))
                .as(AssignedModeCommand::new);
    }

    @Provide
    Arbitrary<GnssBroadcastBinaryMessage> gnssBroadcasts() {
        return Combinators.combine(
                        repeats(),
                        mmsis(),
                        positions(Coordinates.TENTH_MINUTE),
                        bitStrings(GnssBroadcastBinaryMessage.MAX_DATA_BITS))
                .as(GnssBroadcastBinaryMessage::new);
    }

    @Provide
    Arbitrary<Mmsi> mmsis() {
        return Arbitraries.integers().between(0, Mmsi.MAX_VALUE).map(Mmsi::new);
    }

    private static Arbitrary<Integer> repeats() {
        return Arbitraries.integers().between(0, 3);
    }

    private static Arbitrary<OptionalInt> optionalInts(int min, int max) {
        return Arbitraries.integers()
                .between(min, max)
                .injectNull(0.2)
                .map(i -> i == null ? OptionalInt.empty() : OptionalInt.of(i));
    }

    /** Decimals on the grid of their field: a raw integer divided exactly as decoding divides it. */
    private static Arbitrary<OptionalDouble> optionalScaled(int minRaw, int maxRaw, int divisor) {
        return Arbitraries.integers()
                .between(minRaw, maxRaw)
                .injectNull(0.2)
                .map(i -> i == null ? OptionalDouble.empty() : OptionalDouble.of((double) i / divisor));
    }

    /** Positions on the grid of the resolution, and "not available". */
    private static Arbitrary<Optional<Position>> positions(Coordinates resolution) {
        int units = resolution.unitsPerDegree();
        return Combinators.combine(
                        Arbitraries.integers().between(-90 * units, 90 * units),
                        Arbitraries.integers().between(-180 * units, 180 * units))
                .as((lat, lon) -> Position.of((double) lat / units, (double) lon / units))
                .optional(0.8);
    }

    private static Arbitrary<BitString> bitStrings(int maxBits) {
        return bitStrings(0, maxBits);
    }

    private static Arbitrary<BitString> bitStrings(int minBits, int maxBits) {
        return Arbitraries.integers()
                .between(minBits, maxBits)
                .flatMap(length -> Arbitraries.bytes()
                        .array(byte[].class)
                        .ofSize((length + 7) / 8)
                        .map(bytes -> new BitString(bytes, length)));
    }

    /** Six-bit text as decoding gives it back: no {@code @}, no trailing space. */
    private static Arbitrary<String> safetyTexts(int maxChars) {
        char[] alphabet = new char[63];
        int n = 0;
        for (char c = 32; c < 96; c++) {
            if (c != '@') {
                alphabet[n++] = c;
            }
        }
        return Arbitraries.strings().withChars(alphabet).ofMaxLength(maxChars).map(String::stripTrailing);
    }

    /** Combines any number of arbitraries; {@code Values.get} casts each to the type the record needs. */
    private static <R> Arbitrary<R> combine(Function<Values, R> build, Arbitrary<?>... parts) {
        List<Arbitrary<Object>> list = new ArrayList<>(parts.length);
        for (Arbitrary<?> part : parts) {
            list.add(part.map(value -> (Object) value));
        }
        return Combinators.combine(list).as(values -> build.apply(new Values(values)));
    }

    private record Values(List<Object> values) {
        @SuppressWarnings("unchecked")
        <T> T get(int index) {
            return (T) values.get(index);
        }
    }
}
