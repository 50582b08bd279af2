package io.jisr.app.sar;

import io.jisr.sar.SarInputException;
import io.jisr.sar.drift.DriftCancelledException;
import io.jisr.sar.drift.DriftModel;
import io.jisr.sar.drift.DriftMonitor;
import io.jisr.sar.drift.DriftRequest;
import io.jisr.sar.drift.DriftResult;
import io.jisr.sar.env.Environment;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Drift runs asked for through the API: queued and run one at a time on a thread of their own (a run
 * uses both cores; two at once would only halve each), with progress for the web UI's bar, and kept
 * for an hour after they finish so the browser can fetch the result. Thread-safe.
 */
public final class DriftJobs implements AutoCloseable {
    /** How long a finished run is kept. */
    static final Duration KEEP = Duration.ofHours(1);

    /** The most runs waiting or running at once; more are refused rather than queued for long. */
    static final int MAX_PENDING = 4;

    /** Where a run is. */
    public enum State {
        QUEUED,
        RUNNING,
        DONE,
        FAILED,
        CANCELLED
    }

    /**
     * One run as the API shows it.
     *
     * @param id its id
     * @param owner who asked for it
     * @param state where it is
     * @param done particle-steps done
     * @param total particle-steps in all
     * @param result the result, once done
     * @param error why it failed, when it did
     * @param finishedAt when it ended
     */
    public record Job(
            String id,
            String owner,
            State state,
            long done,
            long total,
            Optional<DriftResult> result,
            Optional<String> error,
            Optional<Instant> finishedAt) {}

    private final DriftModel model;
    private final InstantSource clock;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(
            r -> Thread.ofPlatform().name("jisr-drift").daemon().unstarted(r));
    private final Map<String, Job> jobs = new LinkedHashMap<>();
    private final Map<String, Boolean> cancelled = new LinkedHashMap<>();
    private final AtomicLong sequence = new AtomicLong();

    /** Creates the queue over a drift model. */
    public DriftJobs(DriftModel model, InstantSource clock) {
        this.model = model;
        this.clock = clock;
    }

    /**
     * Queues a run.
     *
     * @return the job, or empty when {@link #MAX_PENDING} runs wait already
     */
    public synchronized Optional<Job> submit(String owner, DriftRequest request, Environment environment) {
        forgetOld();
        long pending = jobs.values().stream()
                .filter(j -> j.state() == State.QUEUED || j.state() == State.RUNNING)
                .count();
        if (pending >= MAX_PENDING) {
            return Optional.empty();
        }
        String id = "drift-" + sequence.incrementAndGet();
        long total = (long) request.particles() * request.steps();
        Job job = new Job(id, owner, State.QUEUED, 0, total, Optional.empty(), Optional.empty(), Optional.empty());
        jobs.put(id, job);
        runner.execute(() -> run(id, request, environment));
        return Optional.of(job);
    }

    private void run(String id, DriftRequest request, Environment environment) {
        update(id, j -> with(j, State.RUNNING, j.done()));
        try {
            DriftResult result = model.run(request, environment, new DriftMonitor() {
                @Override
                public void progress(long done, long total) {
                    update(id, j -> with(j, State.RUNNING, done));
                }

                @Override
                public boolean isCancelled() {
                    synchronized (DriftJobs.this) {
                        return cancelled.containsKey(id);
                    }
                }
            });
            update(
                    id,
                    j -> new Job(
                            j.id(),
                            j.owner(),
                            State.DONE,
                            j.total(),
                            j.total(),
                            Optional.of(result),
                            Optional.empty(),
                            Optional.of(clock.instant())));
        } catch (DriftCancelledException e) {
            update(id, j -> finished(j, State.CANCELLED, "cancelled"));
        } catch (SarInputException e) {
            update(id, j -> finished(j, State.FAILED, e.getMessage()));
        } catch (RuntimeException e) {
            update(id, j -> finished(j, State.FAILED, "the drift failed: " + e));
        }
    }

    private Job finished(Job j, State state, String error) {
        return new Job(
                j.id(),
                j.owner(),
                state,
                j.done(),
                j.total(),
                Optional.empty(),
                Optional.of(error),
                Optional.of(clock.instant()));
    }

    private static Job with(Job j, State state, long done) {
        return new Job(j.id(), j.owner(), state, done, j.total(), j.result(), j.error(), j.finishedAt());
    }

    private synchronized void update(String id, java.util.function.UnaryOperator<Job> change) {
        jobs.computeIfPresent(id, (k, j) -> change.apply(j));
    }

    /** Returns the job with this id. */
    public synchronized Optional<Job> job(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    /** Asks a queued or running job to stop; returns whether there was such a job. */
    public synchronized boolean cancel(String id) {
        Job j = jobs.get(id);
        if (j == null || (j.state() != State.QUEUED && j.state() != State.RUNNING)) {
            return false;
        }
        cancelled.put(id, true);
        return true;
    }

    private void forgetOld() {
        Instant limit = clock.instant().minus(KEEP);
        jobs.values().removeIf(j -> j.finishedAt().map(t -> t.isBefore(limit)).orElse(false));
        cancelled.keySet().retainAll(jobs.keySet());
    }

    /** Stops the runner; a running drift is cancelled. */
    @Override
    public synchronized void close() {
        jobs.keySet().forEach(id -> cancelled.put(id, true));
        runner.shutdownNow();
    }
}
