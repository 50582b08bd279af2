package io.jisr.app.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.jisr.ais.AisEncoder;
import io.jisr.ais.Nmea;
import io.jisr.ais.identity.Mmsi;
import io.jisr.ais.message.ManeuverIndicator;
import io.jisr.ais.message.NavigationStatus;
import io.jisr.ais.message.Position;
import io.jisr.ais.message.PositionReportClassA;
import io.jisr.ais.message.RateOfTurn;
import io.jisr.ais.message.ReportSecond;
import io.jisr.picture.Vessel;
import io.jisr.store.JdbcPictureStore;
import io.jisr.store.StoreSettings;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acceptance 3 of the picture issue: killing the node with SIGKILL during a file replay and starting it
 * again loses no committed history, duplicates none, and resumes the replay.
 */
class NodeRestartTest {

    static final int VESSELS = 500;
    static final int LINES = 120_000;
    static final Instant T0 = Instant.parse("2026-11-26T00:00:00Z");

    /** One unique, plausible position report per line: vessel = line % 500, one report per 500 ms each. */
    static Path recording(Path dir) throws IOException {
        Path file = dir.resolve("recording.nmea");
        AisEncoder encoder = AisEncoder.standard();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
            for (int line = 0; line < LINES; line++) {
                int vessel = line % VESSELS;
                int step = line / VESSELS;
                double lat = 36.0 + vessel * 0.01 + step * 0.00005;
                double lon = 2.0 + vessel * 0.01;
                PositionReportClassA m = new PositionReportClassA(
                        1,
                        0,
                        Mmsi.of(605000000 + vessel),
                        NavigationStatus.UNDER_WAY_USING_ENGINE,
                        RateOfTurn.ofRaw(0),
                        OptionalDouble.of(12.0),
                        true,
                        Optional.of(
                                Position.of(Math.round(lat * 600000) / 600000.0, Math.round(lon * 600000) / 600000.0)),
                        OptionalDouble.of(0.0),
                        OptionalInt.of(0),
                        ReportSecond.ofRaw(step % 60),
                        ManeuverIndicator.NOT_AVAILABLE,
                        false,
                        step % 524288);
                String tag = "c:" + T0.plusMillis(line).toEpochMilli() + ",s:test-rx";
                out.write("\\" + tag + "*" + Nmea.checksumHex(Nmea.checksum(tag)) + "\\"
                        + encoder.encode(m, "A", 0).getFirst());
                out.write('\n');
            }
        }
        return file;
    }

    static Path config(Path dir, Path recording, double speed) throws IOException {
        Path yaml = dir.resolve("jisr.yaml");
        Files.writeString(yaml, """
                node:
                  id: restart-test
                demo: false
                feeds:
                  - id: recording
                    kind: file
                    path: %s
                    speed: %s
                """.formatted(recording.toAbsolutePath(), speed));
        return yaml;
    }

    static long historyPoints(Path data) {
        try (JdbcPictureStore store = JdbcPictureStore.open(StoreSettings.h2(data))) {
            List<Vessel> vessels = store.loadVessels();
            assertThat(vessels).hasSize(VESSELS);
            long points = 0;
            for (Vessel v : vessels) {
                points += store.track(v.mmsi(), T0.minusSeconds(1), T0.plus(Duration.ofDays(1)), Integer.MAX_VALUE)
                        .size();
            }
            return points;
        }
    }

    @Test
    void killDuringReplay_thenRestart_losesAndDuplicatesNothing(@TempDir Path dir) throws Exception {
        Path recording = recording(dir);
        // The recording spans 120 s of message time; at speed 6 it takes about 20 s to replay, long enough for
        // the kill to land mid-replay even when a loaded machine answers the status polls late (at speed 12 a
        // run under load 13 first saw the feed after it had finished).
        Path yaml = config(dir, recording, 6);
        Path data = dir.resolve("data");

        long linesBeforeKill;
        try (NodeProcess first = NodeProcess.start(yaml, data)) {
            await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(50))
                    .until(() -> first.feed("recording").path("lines").asLong() >= LINES / 3);
            linesBeforeKill = first.feed("recording").path("lines").asLong();
            first.kill();
        }
        assertThat(linesBeforeKill).isBetween((long) LINES / 3, (long) LINES - 1);

        try (NodeProcess second = NodeProcess.start(yaml, data)) {
            await().atMost(Duration.ofSeconds(120))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> second.feed("recording").path("state").asText().equals("FINISHED"));
            assertThat(second.get("/api/vessels?limit=1000").path("vessels").size())
                    .isEqualTo(VESSELS);
            second.stop();
        }

        assertThat(historyPoints(data)).isEqualTo(LINES);
    }
}
