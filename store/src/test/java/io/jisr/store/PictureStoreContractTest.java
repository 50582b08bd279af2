package io.jisr.store;

import static io.jisr.store.Fixtures.T0;
import static io.jisr.store.Fixtures.bareVessel;
import static io.jisr.store.Fixtures.fix;
import static io.jisr.store.Fixtures.fullVessel;
import static io.jisr.store.Fixtures.movedTo;
import static io.jisr.store.Fixtures.partialVessel;
import static io.jisr.store.Fixtures.points;
import static io.jisr.store.Fixtures.reported;
import static io.jisr.store.Fixtures.track;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.jisr.ais.identity.Mmsi;
import io.jisr.picture.BoundingBox;
import io.jisr.picture.PictureBatch;
import io.jisr.picture.PictureEvent;
import io.jisr.picture.PositionFix;
import io.jisr.picture.TrackPoint;
import io.jisr.picture.Vessel;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every database under {@link JdbcPictureStore} must show; one subclass per database.
 * Each test starts from a new, empty database migrated for real. Checkpoints run only when a test
 * asks, and most assertions are made twice: with the newest data in the commit log and memory, and
 * again after a checkpoint has moved it into the tables.
 */
abstract class PictureStoreContractTest {
    private static final Instant END = T0.plus(Duration.ofDays(1));

    private StoreSettings settings;
    private FailingDataSource failing;
    private JdbcPictureStore store;

    /** Returns settings for a new, empty database. */
    abstract StoreSettings newDatabase() throws Exception;

    @BeforeEach
    void openStore() throws Exception {
        settings = newDatabase().withCheckpointInterval(Duration.ofHours(1));
        store = open(settings);
    }

    /** Runs the assertions, checkpoints, and runs them again. */
    private void beforeAndAfterCheckpoint(Runnable assertions) {
        assertions.run();
        store.checkpoint();
        assertions.run();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private JdbcPictureStore open(StoreSettings s) {
        return JdbcPictureStore.open(s, ds -> failing = new FailingDataSource(ds));
    }

    private void commit(List<Vessel> vessels, List<TrackPoint> points, Map<String, Long> cursors) {
        store.commit(new PictureBatch(vessels, points, cursors));
    }

    private List<PositionFix> wholeTrack(int mmsi) {
        return store.track(Mmsi.of(mmsi), T0.minus(Duration.ofDays(1)), END, 100_000);
    }

    // ---- vessel registry

    @Test
    void loadVessels_afterCommitOfEveryKindOfField_returnsEqualRecords() {
        Vessel full = fullVessel(244_660_000, fix(T0, 51.9, 4.1));
        Vessel bare = bareVessel(2_442_000);
        Vessel partial = partialVessel(503_123_456);

        commit(List.of(full, bare, partial), List.of(), Map.of());

        beforeAndAfterCheckpoint(() -> assertThat(store.loadVessels()).containsExactly(bare, full, partial));
    }

    @Test
    void loadVessels_emptyStore_returnsNothing() {
        assertThat(store.loadVessels()).isEmpty();
    }

    @Test
    void commit_sameVesselInLaterBatchAndTwiceInOneBatch_keepsTheLatestSnapshot() {
        Vessel first = fullVessel(244_660_000, fix(T0, 51.9, 4.1));
        Vessel second = movedTo(first, fix(T0.plusSeconds(10), 51.91, 4.11));
        Vessel third = movedTo(second, fix(T0.plusSeconds(20), 51.92, 4.12));

        commit(List.of(first), List.of(), Map.of());
        store.checkpoint();
        commit(List.of(second, third), List.of(), Map.of());

        beforeAndAfterCheckpoint(() -> assertThat(store.loadVessels()).containsExactly(third));
    }

    // ---- track history

    @Test
    void track_pointsOverManySegmentsAndBatches_returnsThemOldestFirstAndEqual() {
        // 10 s apart: segments close on their ten-minute span; 1 s apart: on their point count.
        List<PositionFix> slow = track(T0, Duration.ofSeconds(10), 300, 51.0, 3.0);
        List<PositionFix> fast = track(T0, Duration.ofSeconds(1), 300, -33.9, 151.2);
        for (int from = 0; from < 300; from += 50) {
            List<TrackPoint> batch = new ArrayList<>(points(211_000_001, slow.subList(from, from + 50)));
            batch.addAll(points(211_000_002, fast.subList(from, from + 50)));
            commit(List.of(), batch, Map.of());
            if (from % 100 == 0) {
                store.checkpoint();
            }
        }

        beforeAndAfterCheckpoint(() -> {
            assertThat(wholeTrack(211_000_001)).containsExactlyElementsOf(slow);
            assertThat(wholeTrack(211_000_002)).containsExactlyElementsOf(fast);
            assertThat(wholeTrack(211_000_003)).isEmpty();
        });
    }

    @Test
    void track_moreThanMaxPoints_thinsEvenlyKeepingFirstAndLast() {
        List<PositionFix> fixes = track(T0, Duration.ofSeconds(1), 101, 51.0, 3.0);
        commit(List.of(), points(211_000_001, fixes), Map.of());
        List<PositionFix> everyTenth =
                IntStream.rangeClosed(0, 10).mapToObj(i -> fixes.get(i * 10)).toList();

        beforeAndAfterCheckpoint(
                () -> assertThat(store.track(Mmsi.of(211_000_001), T0, END, 11)).containsExactlyElementsOf(everyTenth));
    }

    @Test
    void track_timeRange_includesBothEnds() {
        List<PositionFix> fixes = track(T0, Duration.ofSeconds(7), 50, 51.0, 3.0);
        commit(List.of(), points(211_000_001, fixes), Map.of());
        Instant from = fixes.get(10).time();
        Instant to = fixes.get(20).time();

        beforeAndAfterCheckpoint(() -> assertThat(store.track(Mmsi.of(211_000_001), from, to, 1000))
                .containsExactlyElementsOf(fixes.subList(10, 21)));
    }

    @Test
    void track_latePointInLaterBatch_isReturnedInTimeOrder() {
        List<PositionFix> fixes = track(T0, Duration.ofSeconds(10), 4, 51.0, 3.0);
        commit(List.of(), points(211_000_001, List.of(fixes.get(0), fixes.get(2), fixes.get(3))), Map.of());
        store.checkpoint();
        commit(List.of(), points(211_000_001, List.of(fixes.get(1))), Map.of());

        beforeAndAfterCheckpoint(() -> assertThat(wholeTrack(211_000_001)).containsExactlyElementsOf(fixes));
    }

    @Test
    void track_maxPointsBelowTwo_isRejected() {
        assertThatThrownBy(() -> store.track(Mmsi.of(211_000_001), T0, END, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("track maxPoints must be at least 2 (the first and the last point), was 1");
    }

    @Test
    void track_rangeEndingBeforeItStarts_isRejected() {
        assertThatThrownBy(() -> store.track(Mmsi.of(211_000_001), END, T0, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "time range must not end before it starts, was 2025-03-02T10:00:00Z to 2025-03-01T10:00:00Z");
    }

    // ---- area queries

    @Test
    void inBox_boxAndTimeRange_returnsOnlyPointsInsideOldestFirst() {
        List<PositionFix> a = track(T0, Duration.ofSeconds(20), 30, 51.0, 3.0);
        List<PositionFix> c = track(T0.plusSeconds(10), Duration.ofSeconds(20), 30, 51.01, 3.02);
        List<PositionFix> outside = track(T0, Duration.ofSeconds(5), 60, 40.0, 3.0);
        List<TrackPoint> all = new ArrayList<>(points(211_000_001, a));
        all.addAll(points(211_000_002, c));
        all.addAll(points(211_000_003, outside));
        commit(List.of(), all, Map.of());
        BoundingBox box = new BoundingBox(50.9, 2.9, 51.2, 3.4);
        Instant from = T0.plusSeconds(100);
        Instant to = T0.plusSeconds(400);
        List<TrackPoint> expected = new ArrayList<>(points(211_000_001, a));
        expected.addAll(points(211_000_002, c));
        expected.removeIf(p -> p.fix().time().isBefore(from)
                || p.fix().time().isAfter(to)
                || !box.contains(p.fix().position()));
        expected.sort(Comparator.comparing((TrackPoint p) -> p.fix().time()));
        assertThat(expected).hasSize(31);

        beforeAndAfterCheckpoint(
                () -> assertThat(store.inBox(box, from, to, 1000)).containsExactlyElementsOf(expected));
    }

    @Test
    void inBox_moreThanLimit_returnsTheOldestPoints() {
        List<PositionFix> a = track(T0, Duration.ofSeconds(20), 30, 51.0, 3.0);
        List<PositionFix> c = track(T0.plusSeconds(10), Duration.ofSeconds(20), 30, 51.01, 3.02);
        List<TrackPoint> all = new ArrayList<>(points(211_000_002, c));
        all.addAll(points(211_000_001, a));
        commit(List.of(), all, Map.of());

        beforeAndAfterCheckpoint(() -> assertThat(store.inBox(new BoundingBox(50, 2, 52, 4), T0, END, 5))
                .containsExactly(
                        new TrackPoint(Mmsi.of(211_000_001), a.get(0)),
                        new TrackPoint(Mmsi.of(211_000_002), c.get(0)),
                        new TrackPoint(Mmsi.of(211_000_001), a.get(1)),
                        new TrackPoint(Mmsi.of(211_000_002), c.get(1)),
                        new TrackPoint(Mmsi.of(211_000_001), a.get(2))));
    }

    @Test
    void inBox_boxAcrossAntimeridian_returnsPointsOnBothSides() {
        PositionFix east = fix(T0, -17.5, 179.9);
        PositionFix west = fix(T0.plusSeconds(60), -17.6, -179.9);
        PositionFix further = fix(T0.plusSeconds(120), -17.7, -175.0);
        PositionFix outsideLongitude = fix(T0.plusSeconds(30), -17.5, 0.0);
        PositionFix outsideLatitude = fix(T0.plusSeconds(30), 20.0, 179.5);
        commit(
                List.of(),
                List.of(
                        new TrackPoint(Mmsi.of(512_000_001), east),
                        new TrackPoint(Mmsi.of(512_000_001), west),
                        new TrackPoint(Mmsi.of(512_000_002), further),
                        new TrackPoint(Mmsi.of(512_000_003), outsideLongitude),
                        new TrackPoint(Mmsi.of(512_000_004), outsideLatitude)),
                Map.of());

        beforeAndAfterCheckpoint(() -> assertThat(store.inBox(new BoundingBox(-20, 170, -10, -170), T0, END, 100))
                .containsExactly(
                        new TrackPoint(Mmsi.of(512_000_001), east),
                        new TrackPoint(Mmsi.of(512_000_001), west),
                        new TrackPoint(Mmsi.of(512_000_002), further)));
    }

    // ---- purge

    @Test
    void purgeBefore_cutoff_deletesWholeSegmentsOlderThanItAndKeepsTheRest() {
        // 10 s apart, a segment spans ten minutes (61 points): 0-600 s, 610-1210 s, 1220-1820 s, ...
        List<PositionFix> fixes = track(T0, Duration.ofSeconds(10), 300, 51.0, 3.0);
        commit(List.of(), points(211_000_001, fixes), Map.of());

        long deleted = store.purgeBefore(T0.plusSeconds(1500));

        assertThat(deleted).isEqualTo(122);
        beforeAndAfterCheckpoint(
                () -> assertThat(wholeTrack(211_000_001)).containsExactlyElementsOf(fixes.subList(122, 300)));
        assertThat(store.purgeBefore(T0.plusSeconds(1500))).isZero();
    }

    @Test
    void purgeBefore_openSegmentOlderThanCutoff_staysPurgedWhenTheVesselReportsAgain() {
        List<PositionFix> fixes = track(T0, Duration.ofSeconds(10), 20, 51.0, 3.0);
        commit(List.of(), points(211_000_001, fixes.subList(0, 10)), Map.of());

        assertThat(store.purgeBefore(T0.plusSeconds(100))).isEqualTo(10);
        commit(List.of(), points(211_000_001, fixes.subList(10, 20)), Map.of());

        beforeAndAfterCheckpoint(
                () -> assertThat(wholeTrack(211_000_001)).containsExactlyElementsOf(fixes.subList(10, 20)));
    }

    // ---- feed cursors, atomicity, checkpoints and recovery

    @Test
    void cursor_feedNeverCommitted_isEmpty() {
        assertThat(store.cursor("never")).isEmpty();
    }

    @Test
    void cursor_committedWithBatches_isTheLatest() {
        commit(List.of(), List.of(), Map.of("rx-north", 10L));
        commit(List.of(), List.of(), Map.of("rx-north", 25L, "rx-south", 7L));

        beforeAndAfterCheckpoint(() -> {
            assertThat(store.cursor("rx-north")).isEqualTo(OptionalLong.of(25));
            assertThat(store.cursor("rx-south")).isEqualTo(OptionalLong.of(7));
        });
    }

    @Test
    void commit_failingAtCommit_leavesNothingVisibleAndTheSameBatchSucceedsLater() {
        List<PositionFix> fixes = track(T0, Duration.ofSeconds(10), 20, 51.0, 3.0);
        Vessel before = fullVessel(211_000_001, fixes.get(9));
        commit(List.of(before), points(211_000_001, fixes.subList(0, 10)), Map.of("feed", 10L));
        Vessel after = movedTo(before, fixes.get(19));
        Vessel newcomer = bareVessel(211_000_002);
        PictureBatch failed = new PictureBatch(
                List.of(after, newcomer), points(211_000_001, fixes.subList(10, 20)), Map.of("feed", 20L));

        failing.failCommits = true;
        assertThatThrownBy(() -> store.commit(failed))
                .isInstanceOf(StoreException.class)
                .hasMessage("could not commit a batch of 2 vessels, 10 points and 1 feed cursors to "
                        + settings.jdbcUrl() + ": injected failure: connection lost during commit");
        failing.failCommits = false;

        beforeAndAfterCheckpoint(() -> {
            assertThat(store.loadVessels()).containsExactly(before);
            assertThat(wholeTrack(211_000_001)).containsExactlyElementsOf(fixes.subList(0, 10));
            assertThat(store.cursor("feed")).isEqualTo(OptionalLong.of(10));
        });

        store.commit(failed);

        beforeAndAfterCheckpoint(() -> {
            assertThat(store.loadVessels()).containsExactly(after, newcomer);
            assertThat(wholeTrack(211_000_001)).containsExactlyElementsOf(fixes);
            assertThat(store.cursor("feed")).isEqualTo(OptionalLong.of(20));
        });
    }

    @Test
    void checkpoint_failing_losesNothingAndALaterOneWritesEverything() {
        List<PositionFix> fixes = track(T0, Duration.ofSeconds(10), 20, 51.0, 3.0);
        Vessel first = fullVessel(211_000_001, fixes.get(9));
        commit(List.of(first), points(211_000_001, fixes.subList(0, 10)), Map.of("feed", 10L));

        failing.failNext(1);
        assertThatThrownBy(store::checkpoint)
                .isInstanceOf(StoreException.class)
                .hasMessage("could not checkpoint 1 vessels and 1 track segments to " + settings.jdbcUrl()
                        + ": injected failure: connection lost during commit");
        assertThat(store.checkpointFailure()).isPresent();
        Vessel second = movedTo(first, fixes.get(19));
        commit(List.of(second), points(211_000_001, fixes.subList(10, 20)), Map.of("feed", 20L));

        beforeAndAfterCheckpoint(() -> {
            assertThat(store.loadVessels()).containsExactly(second);
            assertThat(wholeTrack(211_000_001)).containsExactlyElementsOf(fixes);
            assertThat(store.cursor("feed")).isEqualTo(OptionalLong.of(20));
        });
        assertThat(store.checkpointFailure()).isEmpty();
    }

    @Test
    void open_afterCrashWithDataOnlyInTheLog_replaysItExactly() {
        List<PositionFix> fixes = track(T0, Duration.ofSeconds(5), 400, 51.0, 3.0);
        Vessel vessel = fullVessel(211_000_001, fixes.get(99));
        Vessel partial = partialVessel(211_000_002);
        commit(List.of(vessel, partial), points(211_000_001, fixes.subList(0, 100)), Map.of("feed", 100L));
        store.checkpoint();
        for (int i = 100; i < 400; i += 100) {
            vessel = movedTo(vessel, fixes.get(i + 99));
            commit(List.of(vessel), points(211_000_001, fixes.subList(i, i + 100)), Map.of("feed", i + 100L));
        }

        store.abandon();
        store = open(settings);

        Vessel last = vessel;
        beforeAndAfterCheckpoint(() -> {
            assertThat(store.loadVessels()).containsExactly(last, partial);
            assertThat(wholeTrack(211_000_001)).containsExactlyElementsOf(fixes);
            assertThat(store.cursor("feed")).isEqualTo(OptionalLong.of(400));
        });
    }

    @Test
    void open_storeReopened_keepsVesselsHistoryAndCursorsAndGoesOn() {
        List<PositionFix> fixes = track(T0, Duration.ofSeconds(10), 100, 51.0, 3.0);
        Vessel vessel = fullVessel(211_000_001, fixes.get(49));
        commit(List.of(vessel), points(211_000_001, fixes.subList(0, 50)), Map.of("feed", 50L));

        store.close();
        store = open(settings);

        assertThat(store.loadVessels()).containsExactly(vessel);
        assertThat(wholeTrack(211_000_001)).containsExactlyElementsOf(fixes.subList(0, 50));
        assertThat(store.cursor("feed")).isEqualTo(OptionalLong.of(50));

        commit(List.of(), points(211_000_001, fixes.subList(50, 100)), Map.of("feed", 100L));

        beforeAndAfterCheckpoint(() -> assertThat(wholeTrack(211_000_001)).containsExactlyElementsOf(fixes));
    }

    // ---- the batching writer

    @Test
    void writer_queueFullWhileCommitsFail_blocksProducerAndLosesNothing() throws Exception {
        Vessel vessel = bareVessel(211_000_001);
        List<PositionFix> fixes = track(T0, Duration.ofSeconds(2), 500, 51.0, 3.0);
        BatchingWriter writer = BatchingWriter.start(
                store,
                BatchingWriterSettings.defaults()
                        .withQueueCapacity(100)
                        .withCommitEvery(Duration.ofMillis(20), 10)
                        .withRetryBackoff(Duration.ofMillis(5), Duration.ofMillis(20)));
        failing.failCommits = true;
        AtomicReference<Throwable> producerFailure = new AtomicReference<>();
        Thread producer = Thread.ofPlatform().start(() -> {
            try {
                for (PositionFix f : fixes) {
                    writer.accept(reported(vessel, f));
                }
                writer.advance("feed", 500);
            } catch (Throwable t) {
                producerFailure.set(t);
            }
        });

        await().atMost(Duration.ofSeconds(20))
                .until(() -> writer.queued() == 100 && producer.getState() == Thread.State.TIMED_WAITING);
        assertThat(producer.isAlive()).isTrue();
        assertThat(writer.isFailing()).isTrue();
        assertThat(writer.failure().orElseThrow())
                .hasMessage("could not commit a batch of 1 vessels, 10 points and 0 feed cursors to "
                        + settings.jdbcUrl() + ": injected failure: connection lost during commit");
        assertThat(writer.committedPoints()).isZero();

        failing.failCommits = false;
        producer.join(Duration.ofSeconds(20));
        writer.flush();

        assertThat(producerFailure.get()).isNull();
        assertThat(wholeTrack(211_000_001)).containsExactlyElementsOf(fixes);
        assertThat(store.cursor("feed")).isEqualTo(OptionalLong.of(500));
        assertThat(store.loadVessels()).containsExactly(movedTo(vessel, fixes.get(499)));
        assertThat(writer.committedPoints()).isEqualTo(500);
        assertThat(writer.committedEvents()).isEqualTo(500);
        assertThat(writer.failedCommits()).isPositive();
        assertThat(writer.isFailing()).isFalse();
        assertThat(writer.queued()).isZero();
        writer.close();
    }

    @Test
    void writer_flush_commitsEverythingQueuedWithOneSnapshotPerVessel() {
        BatchingWriter writer = BatchingWriter.start(
                store, BatchingWriterSettings.defaults().withCommitEvery(Duration.ofHours(1), 1_000_000));
        List<Vessel> latest = new ArrayList<>();
        for (int v = 0; v < 10; v++) {
            Vessel vessel = fullVessel(211_000_000 + v, fix(T0, 51.0, 3.0));
            writer.accept(new PictureEvent.VesselAppeared(vessel));
            List<PositionFix> fixes = track(T0.plusSeconds(1), Duration.ofSeconds(3), 99, 51.0 + v, 3.0);
            for (PositionFix f : fixes) {
                vessel = movedTo(vessel, f);
                writer.accept(new PictureEvent.PositionReported(vessel, f, PictureEvent.Disposition.CURRENT));
            }
            writer.accept(new PictureEvent.VesselWentStale(vessel, T0.plusSeconds(3600)));
            latest.add(vessel);
        }
        writer.advance("feed", 1000);

        writer.flush();

        assertThat(store.loadVessels()).containsExactlyElementsOf(latest);
        assertThat(wholeTrack(211_000_003)).hasSize(99);
        assertThat(store.cursor("feed")).isEqualTo(OptionalLong.of(1000));
        assertThat(writer.committedBatches()).isEqualTo(1);
        assertThat(writer.committedEvents()).isEqualTo(1000);
        assertThat(writer.committedPoints()).isEqualTo(990);
        assertThat(writer.lastCommitLatency()).isPositive();
        writer.close();
    }

    @Test
    void writer_close_commitsWhatIsQueuedAndRefusesMore() {
        BatchingWriter writer = BatchingWriter.start(
                store, BatchingWriterSettings.defaults().withCommitEvery(Duration.ofHours(1), 1_000_000));
        Vessel vessel = bareVessel(211_000_001);
        List<PositionFix> fixes = track(T0, Duration.ofSeconds(2), 50, 51.0, 3.0);
        fixes.forEach(f -> writer.accept(reported(vessel, f)));
        writer.advance("feed", 50);

        writer.close();

        assertThat(wholeTrack(211_000_001)).containsExactlyElementsOf(fixes);
        assertThat(store.cursor("feed")).isEqualTo(OptionalLong.of(50));
        assertThat(writer.committedBatches()).isEqualTo(1);
        assertThatThrownBy(() -> writer.accept(reported(vessel, fixes.get(0))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("batching writer is closed; the event was not queued");
    }

    @Test
    void writer_closeWhileCommitsKeepFailing_throwsWithWhatWasNotCommitted() {
        BatchingWriter writer = BatchingWriter.start(
                store,
                BatchingWriterSettings.defaults()
                        .withCommitEvery(Duration.ofHours(1), 1_000_000)
                        .withRetryBackoff(Duration.ofMillis(5), Duration.ofMillis(20))
                        .withCloseTimeout(Duration.ofMillis(300)));
        Vessel vessel = bareVessel(211_000_001);
        track(T0, Duration.ofSeconds(2), 5, 51.0, 3.0).forEach(f -> writer.accept(reported(vessel, f)));
        failing.failCommits = true;

        assertThatThrownBy(writer::close)
                .isInstanceOf(StoreException.class)
                .hasMessage("batching writer closed after waiting PT0.3S with 5 events not committed; last failure: "
                        + "could not commit a batch of 1 vessels, 5 points and 0 feed cursors to "
                        + settings.jdbcUrl() + ": injected failure: connection lost during commit");
        failing.failCommits = false;
        assertThat(wholeTrack(211_000_001)).isEmpty();
    }
}
