package io.jisr.store;

import static io.jisr.store.Fixtures.T0;
import static io.jisr.store.Fixtures.fullVessel;
import static io.jisr.store.Fixtures.points;
import static io.jisr.store.Fixtures.track;
import static org.assertj.core.api.Assertions.assertThat;

import io.jisr.ais.identity.Mmsi;
import io.jisr.picture.PictureBatch;
import io.jisr.picture.PositionFix;
import io.jisr.picture.TrackPoint;
import io.jisr.picture.Vessel;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Threads that use the embedded database get interrupted in real life: an executor shut down with
 * {@code shutdownNow}, a web server stopping its pool, a feed stopped. On a plain {@code FileChannel}
 * an interrupt during a read closes the channel for every thread, and H2 then fails every later
 * operation ("Reading from file … failed … (length -1)") until the database is reopened — this is what
 * stopped the long H2 throughput runs. The store must shrug interrupts off.
 */
class H2InterruptTest {
    private static final int VESSELS = 2_000;
    private static final int FIRST_MMSI = 200_000_000;

    @TempDir
    Path dataDirectory;

    @Test
    void interruptingThreadsThatCommitAndCheckpointBreaksNeitherTheStoreNorItsData() throws Exception {
        // A small page cache makes checkpoints read from the file, where an interrupt does harm.
        StoreSettings settings = StoreSettings.h2(dataDirectory)
                .withUrlOptions(";CACHE_SIZE=256")
                .withCheckpointInterval(Duration.ofHours(1));
        AtomicInteger rounds = new AtomicInteger();
        try (JdbcPictureStore store = JdbcPictureStore.open(settings)) {
            AtomicBoolean stop = new AtomicBoolean();
            Thread writer = Thread.ofPlatform().start(() -> {
                while (!stop.get()) {
                    try {
                        store.commit(round(rounds.get()));
                        rounds.incrementAndGet();
                        store.checkpoint();
                    } catch (RuntimeException interrupted) {
                        // an interrupted operation may fail; the store must not
                    }
                    Thread.interrupted();
                }
            });
            long until = System.nanoTime() + Duration.ofSeconds(4).toNanos();
            while (System.nanoTime() < until) {
                writer.interrupt();
                Thread.sleep(3);
            }
            stop.set(true);
            writer.join();

            store.commit(round(rounds.get()));
            rounds.incrementAndGet();
            store.checkpoint();
            assertThat(store.checkpointFailure()).isEmpty();
        }
        assertThat(rounds.get()).as("rounds committed").isGreaterThan(2);
        try (JdbcPictureStore reopened = JdbcPictureStore.open(settings)) {
            assertThat(reopened.loadVessels()).hasSize(VESSELS);
            List<PositionFix> track =
                    reopened.track(Mmsi.of(FIRST_MMSI + 7), T0, T0.plus(Duration.ofDays(1)), 1_000_000);
            assertThat(track).hasSizeGreaterThanOrEqualTo(rounds.get() * 5);
        }
    }

    /** Five new positions for every vessel, a minute after the previous round's. */
    private static PictureBatch round(int round) {
        List<Vessel> vessels = new ArrayList<>(VESSELS);
        List<TrackPoint> points = new ArrayList<>(VESSELS * 5);
        Instant start = T0.plus(Duration.ofMinutes(round));
        for (int i = 0; i < VESSELS; i++) {
            int mmsi = FIRST_MMSI + i;
            List<PositionFix> fixes = track(start, Duration.ofSeconds(10), 5, 30 + i * 0.001, round * 0.001);
            vessels.add(fullVessel(mmsi, fixes.getLast()));
            points.addAll(points(mmsi, fixes));
        }
        return new PictureBatch(vessels, points, Map.of());
    }
}
