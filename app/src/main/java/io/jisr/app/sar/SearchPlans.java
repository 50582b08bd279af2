package io.jisr.app.sar;

import io.jisr.sar.plan.ProbabilityMap;
import io.jisr.sar.plan.SearchPlan;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Search plans made through the API, kept for a day so their files (GPX, KML, GeoJSON, SITREP) can be
 * downloaded by id. In memory: a plan is quick to make again from its drift. Thread-safe.
 */
public final class SearchPlans {
    /** How long a plan is kept. */
    static final Duration KEEP = Duration.ofDays(1);

    /** The most plans kept; the oldest go first. */
    static final int MAX_PLANS = 500;

    /**
     * A plan with who made it and when.
     *
     * @param id its id
     * @param plan the plan
     * @param caseReference the case reference written in its SITREP
     * @param owner who made it
     * @param madeAt when
     */
    public record Stored(
            String id, String driftId, SearchPlan plan, String caseReference, String owner, Instant madeAt) {}

    private final InstantSource clock;
    private final Map<String, Stored> plans = new LinkedHashMap<>();
    /** Per drift, its probability map after the unsuccessful searches reported so far. */
    private final Map<String, ProbabilityMap> maps = new LinkedHashMap<>();

    private final AtomicLong sequence = new AtomicLong();

    /** Creates the store. */
    public SearchPlans(InstantSource clock) {
        this.clock = clock;
    }

    /** Keeps a plan and returns it with its id. */
    public synchronized Stored keep(String driftId, SearchPlan plan, String caseReference, String owner) {
        Instant now = clock.instant();
        plans.values().removeIf(p -> p.madeAt().isBefore(now.minus(KEEP)));
        while (plans.size() >= MAX_PLANS) {
            plans.remove(plans.keySet().iterator().next());
        }
        Stored stored = new Stored("plan-" + sequence.incrementAndGet(), driftId, plan, caseReference, owner, now);
        plans.put(stored.id(), stored);
        return stored;
    }

    /** Returns a drift's map as updated by unsuccessful searches, or {@code fresh} when none was reported. */
    public synchronized ProbabilityMap map(String driftId, ProbabilityMap fresh) {
        return maps.getOrDefault(driftId, fresh);
    }

    /**
     * Records that a plan was carried out without finding the object: its drift's map becomes the
     * Bayesian update (each searched cell times 1 − POD, renormalised) that the next plan will use.
     */
    public synchronized ProbabilityMap unsuccessful(Stored stored, ProbabilityMap fresh) {
        ProbabilityMap updated = stored.plan().unsuccessful(maps.getOrDefault(stored.driftId(), fresh));
        maps.put(stored.driftId(), updated);
        return updated;
    }

    /** Returns the plan with this id. */
    public synchronized Optional<Stored> plan(String id) {
        return Optional.ofNullable(plans.get(id));
    }
}
