package io.jisr.sar.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.jisr.sar.drift.Position;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class ShipsThatCanHelpTest {
    static final Position DATUM = new Position(37.0, 3.0);

    /** A point {@code nm} nautical miles due north of the datum on the mean-radius sphere. */
    static Position north(double nm) {
        return new Position(37.0 + Math.toDegrees(nm * 1852 / ShipsThatCanHelp.MEAN_EARTH_RADIUS_METRES), 3.0);
    }

    static CandidateVessel vessel(String name, Position at, double sog, OptionalDouble service) {
        return new CandidateVessel(
                name, OptionalInt.of(242_000_000 + name.length()), Optional.empty(), at, sog, service);
    }

    @Test
    void greatCircle_oneDegreeOfLatitude_isTheSpheresArc() {
        // π R / 180 = 111,195.08 m.
        assertThat(ShipsThatCanHelp.greatCircleMetres(new Position(0, 0), new Position(1, 0)))
                .isCloseTo(111_195.08, within(0.01));
        // Algiers to Marseille, about 410 NM.
        assertThat(ShipsThatCanHelp.greatCircleMetres(new Position(36.7538, 3.0588), new Position(43.2965, 5.3698))
                        / 1852)
                .isCloseTo(408, within(3.0));
    }

    @Test
    void rank_byTimeToTheDatum_withTheSpeedItsBasisSays() {
        CandidateVessel moving = vessel("Moving", north(20), 10, OptionalDouble.of(25));
        CandidateVessel stoppedKnown = vessel("Stopped known", north(10), 0.2, OptionalDouble.of(20));
        CandidateVessel stoppedUnknown = vessel("Stopped unknown", north(12), 0, OptionalDouble.empty());
        List<ShipsThatCanHelp.RankedVessel> ranked =
                ShipsThatCanHelp.rank(List.of(moving, stoppedKnown, stoppedUnknown), DATUM);
        assertThat(ranked)
                .extracting(r -> r.vessel().name())
                .containsExactly("Stopped known", "Stopped unknown", "Moving");
        // 10 NM at 20 kn: 30 min; 12 NM at the default 10 kn: 72 min; 20 NM at 10 kn over ground: 2 h.
        assertThat(ranked.get(0).timeToDatum()).isEqualTo(Duration.ofMinutes(30));
        assertThat(ranked.get(0).speedBasis()).isEqualTo(ShipsThatCanHelp.SpeedBasis.SERVICE_SPEED);
        assertThat(ranked.get(1).timeToDatum()).isEqualTo(Duration.ofMinutes(72));
        assertThat(ranked.get(1).speedBasis()).isEqualTo(ShipsThatCanHelp.SpeedBasis.DEFAULT_SPEED);
        assertThat(ranked.get(1).speedKnots()).isEqualTo(ShipsThatCanHelp.DEFAULT_SPEED_KNOTS);
        assertThat(ranked.get(2).timeToDatum()).isEqualTo(Duration.ofHours(2));
        assertThat(ranked.get(2).speedBasis()).isEqualTo(ShipsThatCanHelp.SpeedBasis.SPEED_OVER_GROUND);
        assertThat(ranked.get(2).distanceMetres()).isCloseTo(20 * 1852, within(1e-6));
    }

    @Test
    void rank_equalTimes_closerFirstThenByName() {
        CandidateVessel far = vessel("B far", north(20), 20, OptionalDouble.empty());
        CandidateVessel near = vessel("C near", north(10), 10, OptionalDouble.empty());
        CandidateVessel twin = vessel("A twin", north(10), 10, OptionalDouble.empty());
        assertThat(ShipsThatCanHelp.rank(List.of(far, near, twin), DATUM))
                .extracting(r -> r.vessel().name())
                .containsExactly("A twin", "C near", "B far");
    }

    @Test
    void candidate_withoutAnyIdentity_isRefused() {
        assertThatThrownBy(() -> new CandidateVessel(
                        " ", OptionalInt.empty(), Optional.empty(), DATUM, 3, OptionalDouble.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a candidate vessel needs a name, an MMSI or a call sign");
        assertThatThrownBy(() -> new CandidateVessel(
                        "", OptionalInt.of(123456789), Optional.empty(), DATUM, 150, OptionalDouble.empty()))
                .hasMessage("speed over ground of MMSI 123456789 must be 0 to 102.2 knots, was 150.0");
    }

    /** Whatever the candidates, the ranking is in order of time, and each time is distance over the speed used. */
    @Property(tries = 200)
    void rank_anyCandidates_inOrderOfDistanceOverSpeed(
            @ForAll @Size(min = 1, max = 8) List<@DoubleRange(min = -0.5, max = 0.5) Double> offsets,
            @ForAll @DoubleRange(min = 0, max = 30) double sog) {
        List<CandidateVessel> candidates = new java.util.ArrayList<>();
        for (int i = 0; i < offsets.size(); i++) {
            double speed = i % 3 == 0 ? 0 : sog + i;
            OptionalDouble service = i % 2 == 0 ? OptionalDouble.of(8 + i) : OptionalDouble.empty();
            candidates.add(vessel(
                    "V" + i, new Position(37 + offsets.get(i), 3 - offsets.get(i) / 2), Math.min(speed, 102), service));
        }
        List<ShipsThatCanHelp.RankedVessel> ranked = ShipsThatCanHelp.rank(candidates, DATUM);
        assertThat(ranked).hasSameSizeAs(candidates);
        for (int i = 0; i < ranked.size(); i++) {
            ShipsThatCanHelp.RankedVessel r = ranked.get(i);
            double hours = r.distanceMetres() / 1852 / r.speedKnots();
            assertThat(r.timeToDatum().toMillis() / 3_600_000.0).isCloseTo(hours, within(1 / 3600.0));
            if (i > 0) {
                assertThat(r.timeToDatum())
                        .isGreaterThanOrEqualTo(ranked.get(i - 1).timeToDatum());
            }
            double expectedSpeed = r.vessel().speedOverGroundKnots() >= 1
                    ? r.vessel().speedOverGroundKnots()
                    : r.vessel().serviceSpeedKnots().orElse(10);
            assertThat(r.speedKnots()).isEqualTo(expectedSpeed);
        }
    }
}
