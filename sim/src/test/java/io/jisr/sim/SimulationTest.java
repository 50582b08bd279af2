package io.jisr.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.jisr.ais.AisDecoder;
import io.jisr.ais.AisSink;
import io.jisr.ais.DecodeError;
import io.jisr.ais.Reception;
import io.jisr.ais.message.AisMessage;
import io.jisr.sim.geo.LandMask;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SimulationTest {

    @Test
    void run_sameSeed_givesByteIdenticalOutput() {
        byte[] first = Runs.bytes(Runs.background(300, 42, Duration.ofMinutes(20)));
        byte[] second = Runs.bytes(Runs.background(300, 42, Duration.ofMinutes(20)));
        assertThat(first.length).isGreaterThan(100_000);
        assertThat(second).isEqualTo(first);
    }

    @Test
    void run_differentSeed_givesDifferentOutput() {
        byte[] first = Runs.bytes(Runs.background(300, 42, Duration.ofMinutes(20)));
        byte[] other = Runs.bytes(Runs.background(300, 43, Duration.ofMinutes(20)));
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void run_3000VesselsFor6Hours_neverReportsAPositionOnLand() {
        LandMask land = LandMask.westernMediterranean();
        AtomicLong reports = new AtomicLong();
        List<String> onLand = new ArrayList<>();
        Simulation.Summary summary = Runs.background(3000, 42, Duration.ofHours(6))
                .run(SentenceSink.NONE, (vessel, millis, truth, reported, receivers) -> {
                    reports.incrementAndGet();
                    if (land.isLand(truth.position()) && onLand.size() < 20) {
                        onLand.add(vessel.identity().mmsi() + " "
                                + vessel.identity().category() + " at " + truth.position() + " t=" + millis);
                    }
                });
        assertThat(onLand).isEmpty();
        assertThat(reports.get()).isEqualTo(summary.positionReports()).isGreaterThan(3_000_000);
    }

    @Test
    void run_everyLineDecodesWithoutError_andCarriesReceiverAndTime() {
        List<String> lines = Runs.lines(Runs.background(500, 7, Duration.ofMinutes(15)));
        List<DecodeError> errors = new ArrayList<>();
        Map<Integer, Integer> types = new HashMap<>();
        List<Reception> receptions = new ArrayList<>();
        AisDecoder decoder = new AisDecoder(new AisSink() {
            @Override
            public void message(AisMessage message, Reception reception) {
                types.merge(message.messageType(), 1, Integer::sum);
                if (receptions.size() < 1000) {
                    receptions.add(reception);
                }
            }

            @Override
            public void error(DecodeError error) {
                errors.add(error);
            }
        });
        lines.forEach(decoder::decodeLine);
        decoder.endOfStream();
        assertThat(errors).isEmpty();
        assertThat(types).containsKeys(1, 4, 5, 18, 21, 24);
        assertThat(receptions).allSatisfy(r -> {
            assertThat(r.source()).isPresent();
            assertThat(r.receivedAt()).isPresent();
        });
    }
}
