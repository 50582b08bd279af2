package io.jisr.app.sar;

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
    public record Stored(String id, SearchPlan plan, String caseReference, String owner, Instant madeAt) {}

    private final InstantSource clock;
    private final Map<String, Stored> plans = new LinkedHashMap<>();
    private final AtomicLong sequence = new AtomicLong();

    /** Creates the store. */
    public SearchPlans(InstantSource clock) {
        this.clock = clock;
    }

    /** Keeps a plan and returns it with its id. */
    public synchronized Stored keep(SearchPlan plan, String caseReference, String owner) {
        Instant now = clock.instant();
        plans.values().removeIf(p -> p.madeAt().isBefore(now.minus(KEEP)));
        while (plans.size() >= MAX_PLANS) {
            plans.remove(plans.keySet().iterator().next());
        }
        Stored stored = new Stored("plan-" + sequence.incrementAndGet(), plan, caseReference, owner, now);
        plans.put(stored.id(), stored);
        return stored;
    }

    /** Returns the plan with this id. */
    public synchronized Optional<Stored> plan(String id) {
        return Optional.ofNullable(plans.get(id));
    }
}
