package io.jisr.sim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jisr.ais.AisDecoder;
import io.jisr.ais.AisSink;
import io.jisr.ais.DecodeError;
import io.jisr.ais.Reception;
import io.jisr.ais.message.AisMessage;
import io.jisr.ais.message.ClassBPositionReport;
import io.jisr.ais.message.Position;
import io.jisr.ais.message.PositionReportClassA;
import io.jisr.sim.ReceiverNetwork;
import io.jisr.sim.geo.GeoPoint;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every event of the default scenario, checked in the decoded output against its ground truth. */
class ScenarioRunTest {
    static final Instant START = Instant.parse("2026-11-26T00:00:00Z");

    /** A report as decoded from the output. */
    record Heard(int mmsi, Instant time, Position position, String receiver) {}

    static List<TruthEvent> truth;
    static List<Heard> heard;

    @BeforeAll
    static void run() {
        ScenarioRun run = ScenarioRun.prepare(new ScenarioRun.Settings(
                START, Duration.ofHours(6), 0, 42, ReceiverNetwork.shipped(), 0.05, DefaultScenario.build()));
        truth = run.truth();
        heard = new ArrayList<>();
        List<DecodeError> errors = new ArrayList<>();
        AisDecoder decoder = new AisDecoder(new AisSink() {
            @Override
            public void message(AisMessage m, Reception r) {
                Optional<Position> p = switch (m) {
                    case PositionReportClassA a -> a.position();
                    case ClassBPositionReport b -> b.position();
                    default -> Optional.empty();
                };
                p.ifPresent(pos -> heard.add(new Heard(
                        m.mmsi().value(),
                        r.receivedAt().orElseThrow(),
                        pos,
                        r.source().orElseThrow())));
            }

            @Override
            public void error(DecodeError error) {
                errors.add(error);
            }
        });
        run.simulation().run((millis, line) -> decoder.decodeLine(line));
        decoder.endOfStream();
        assertThat(errors).isEmpty();
    }

    @Test
    void truth_hasOneRecordPerEvent_withTimes() {
        assertThat(truth)
                .extracting(TruthEvent::type)
                .containsExactly("dark", "rendezvous", "loiter", "zone-entry", "spoof-jump", "shared-mmsi", "distress");
        assertThat(truth).allSatisfy(t -> {
            assertThat(t.start()).isAfterOrEqualTo(START);
            // The zone-entry vessel ends its path inside the zone: it never leaves.
            if (!t.type().equals("zone-entry")) {
                assertThat(t.end()).isPresent();
            }
            t.end().ifPresent(end -> assertThat(end).isAfter(t.start()));
            assertThat(t.positions()).isNotEmpty();
        });
    }

    @Test
    void dark_vesselIsNotHeardWhileDark_andIsHeardBeforeAndAfterElsewhere() {
        TruthEvent dark = event("dark");
        List<Heard> reports = of(dark.mmsis().getFirst());
        assertThat(reports).noneMatch(h -> inside(h.time(), dark));
        Heard before = reports.stream()
                .filter(h -> h.time().isBefore(dark.start()))
                .reduce((a, b) -> b)
                .orElseThrow();
        Heard after = reports.stream()
                .filter(h -> !h.time().isBefore(dark.end().orElseThrow()))
                .findFirst()
                .orElseThrow();
        assertThat(Duration.between(before.time(), after.time())).isGreaterThanOrEqualTo(Duration.ofHours(2));
        assertThat(distance(before.position(), after.position())).isGreaterThan(20);
    }

    @Test
    void rendezvous_bothVesselsAreHeardSideBySideDuringTheMeeting() {
        TruthEvent meeting = event("rendezvous");
        Map<Integer, List<Heard>> during = heard.stream()
                .filter(h -> meeting.mmsis().contains(h.mmsi()) && inside(h.time(), meeting))
                .collect(Collectors.groupingBy(Heard::mmsi));
        assertThat(during).containsOnlyKeys(meeting.mmsis());
        Position a = during.get(meeting.mmsis().get(0)).getFirst().position();
        Position b = during.get(meeting.mmsis().get(1)).getFirst().position();
        assertThat(distance(a, b)).isLessThan(0.2);
    }

    @Test
    void loiter_vesselStaysInItsCircleWhileLoitering() {
        TruthEvent loiter = event("loiter");
        double radius = Double.parseDouble(loiter.details().get("radiusNm"));
        TruthEvent.Point centre = loiter.positions().getFirst();
        List<Heard> during = of(loiter.mmsis().getFirst()).stream()
                .filter(h -> inside(h.time(), loiter))
                .toList();
        assertThat(during).hasSizeGreaterThan(50);
        assertThat(during)
                .allSatisfy(h -> assertThat(distance(h.position(), Position.of(centre.lat(), centre.lon())))
                        .isLessThanOrEqualTo(radius + 0.01));
    }

    @Test
    void zoneEntry_firstReportInsideTheZoneComesAfterTheTruthEntry() {
        TruthEvent zone = event("zone-entry");
        assertThat(zone.zone()).isPresent();
        List<Heard> reports = of(zone.mmsis().getFirst());
        assertThat(reports).anyMatch(h -> h.time().isBefore(zone.start()));
        assertThat(reports).anyMatch(h -> !h.time().isBefore(zone.start()));
        assertThat(zone.positions().getFirst().lat()).isCloseTo(36.05, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void spoofJump_reportsJumpByTheStatedDistance_onlyDuringTheEvent() {
        TruthEvent spoof = event("spoof-jump");
        double jump = Double.parseDouble(spoof.details().get("jumpNm"));
        List<Heard> reports = of(spoof.mmsis().getFirst());
        long jumps = 0;
        for (int i = 1; i < reports.size(); i++) {
            Heard a = reports.get(i - 1);
            Heard b = reports.get(i);
            // Consecutive reports seconds apart; a reception gap of hours is not a jump.
            boolean close = Duration.between(a.time(), b.time()).compareTo(Duration.ofMinutes(2)) < 0;
            if (close && distance(a.position(), b.position()) > jump / 2) {
                jumps++;
                assertThat(inside(b.time(), spoof) || inside(a.time(), spoof))
                        .as("jump at %s", b.time())
                        .isTrue();
            }
        }
        assertThat(jumps).isGreaterThan(10);
    }

    @Test
    void sharedMmsi_oneMmsiIsHeardInTwoFarApartPlacesAtOnce() {
        TruthEvent shared = event("shared-mmsi");
        List<Heard> during = of(shared.mmsis().getFirst()).stream()
                .filter(h -> inside(h.time(), shared))
                .toList();
        Position first = during.getFirst().position();
        assertThat(during).anyMatch(h -> distance(h.position(), first) > 100);
        assertThat(of(shared.mmsis().getFirst()).stream().filter(h -> !inside(h.time(), shared)))
                .allMatch(h -> distance(h.position(), first) < 100);
    }

    @Test
    void distress_boatLeavesAtNight_isHeardUntilItDisappears_andNeverAfter() {
        TruthEvent distress = event("distress");
        assertThat(SolarElevation.isNight(distress.start(), 36.95, 3.95)).isTrue();
        List<Heard> reports = of(distress.mmsis().getFirst());
        assertThat(reports).isNotEmpty();
        assertThat(reports).allMatch(h -> inside(h.time(), distress));
        assertThat(Duration.between(reports.getLast().time(), distress.end().orElseThrow()))
                .isLessThanOrEqualTo(Duration.ofMinutes(3));
    }

    @Test
    void overlappingReceivers_hearTheSameSentence_withDifferentSources() {
        Map<String, List<Heard>> byReport =
                heard.stream().collect(Collectors.groupingBy(h -> h.mmsi() + "@" + h.time()));
        assertThat(byReport.values())
                .anyMatch(copies ->
                        copies.stream().map(Heard::receiver).distinct().count() > 1);
    }

    @Test
    void compile_pathAcrossLand_isRefusedNamingTheEventAndLeg() {
        Scenario bad = new Scenario(
                "bad",
                List.of(new ScenarioEvent.Dark(
                        "through-algeria",
                        Duration.ofHours(1),
                        Duration.ofHours(1),
                        DefaultScenario.path(37.0, 3.0, 35.0, 3.0),
                        12)));
        assertThatThrownBy(() -> ScenarioRun.prepare(new ScenarioRun.Settings(
                        START, Duration.ofHours(6), 0, 1, ReceiverNetwork.shipped(), 0.05, bad)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("dark event \"through-algeria\": leg 0 from 37.0000,3.0000 to 35.0000,3.0000"
                        + " crosses land at ");
    }

    @Test
    void compile_eventAfterTheEnd_isRefused() {
        Scenario late = new Scenario(
                "late",
                List.of(new ScenarioEvent.SpoofJump(
                        "late-spoof",
                        Duration.ofHours(5),
                        Duration.ofHours(2),
                        DefaultScenario.path(37.25, 5.90, 37.40, 8.00),
                        14,
                        40)));
        assertThatThrownBy(() -> ScenarioRun.prepare(new ScenarioRun.Settings(
                        START, Duration.ofHours(6), 0, 1, ReceiverNetwork.shipped(), 0.05, late)))
                .hasMessage("spoof-jump event \"late-spoof\": it ends at 2026-11-26T07:00:00Z, not before the"
                        + " simulation ends at 2026-11-26T06:00:00Z");
    }

    private static TruthEvent event(String type) {
        return truth.stream().filter(t -> t.type().equals(type)).findFirst().orElseThrow();
    }

    private static List<Heard> of(int mmsi) {
        // One report per time: the copies from other receivers are the same transmission.
        return heard.stream()
                .filter(h -> h.mmsi() == mmsi)
                .collect(Collectors.toMap(Heard::time, Function.identity(), (a, b) -> a, java.util.TreeMap::new))
                .values()
                .stream()
                .toList();
    }

    private static boolean inside(Instant t, TruthEvent e) {
        return !t.isBefore(e.start()) && t.isBefore(e.end().orElseThrow());
    }

    private static double distance(Position a, Position b) {
        return GeoPoint.of(a.latitude(), a.longitude()).distanceNm(GeoPoint.of(b.latitude(), b.longitude()));
    }
}
