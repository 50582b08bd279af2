package io.jisr.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.jisr.ais.identity.MaritimeIdentificationDigits;
import io.jisr.ais.identity.MmsiKind;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IdentityGeneratorTest {
    private final MaritimeIdentificationDigits mids = MaritimeIdentificationDigits.itu();

    @Test
    void generate_identitiesAreValid_andUnique() {
        List<SimulatedVessel> vessels =
                new TrafficGenerator().generate(3000, 11, Runs.START, Runs.START.plus(Duration.ofHours(1)));
        Set<Integer> mmsis = new HashSet<>();
        Set<String> callSigns = new HashSet<>();
        for (SimulatedVessel v : vessels) {
            VesselIdentity id = v.identity();
            assertThat(id.mmsi().kind()).isEqualTo(MmsiKind.SHIP);
            assertThat(mids.flagOf(id.mmsi()))
                    .as("MID of %s", id.mmsi())
                    .hasValueSatisfying(f -> assertThat(f.isoAlpha3()).isEqualTo(id.flag()));
            id.imo()
                    .ifPresent(
                            imo -> assertThat(imo.isValid()).as("IMO %s", imo).isTrue());
            assertThat(id.name()).matches("[A-Z0-9 ']{1,20}");
            assertThat(id.callSign()).matches("[A-Z0-9]{5,7}");
            assertThat(id.lengthMetres()).isBetween(8, 420);
            assertThat(mmsis.add(id.mmsi().value())).as("unique %s", id.mmsi()).isTrue();
            assertThat(callSigns.add(id.callSign())).isTrue();
        }
        assertThat(vessels).extracting(v -> v.identity().category()).contains(VesselCategory.values()[0]);
        assertThat(vessels.stream().map(v -> v.identity().transponder()).distinct())
                .hasSize(2);
    }

    @Test
    void generate_addingVessels_leavesTheFirstOnesUnchanged() {
        List<SimulatedVessel> few = new TrafficGenerator().generate(50, 5, Runs.START, Runs.START.plusSeconds(600));
        List<SimulatedVessel> more = new TrafficGenerator().generate(80, 5, Runs.START, Runs.START.plusSeconds(600));
        for (int i = 0; i < few.size(); i++) {
            assertThat(more.get(i).identity()).isEqualTo(few.get(i).identity());
            assertThat(more.get(i).voyage().legs())
                    .isEqualTo(few.get(i).voyage().legs());
        }
    }
}
