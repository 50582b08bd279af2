package io.jisr.sar.plan;

import java.util.List;

/**
 * A search plan: one pattern per search unit over an area, with the probabilities it buys.
 *
 * @param request what was asked
 * @param assets each unit's part, in the request's order
 * @param probabilityOfContainment the probability map's mass in the requested area
 * @param probabilityOfSuccess the probability that the plan finds the object: each cell's probability
 *     times the chance that the units covering it detect the object, summed over the map
 * @param cumulativeSuccess the cumulative probability of success of all searches so far and this one
 */
public record SearchPlan(
        PlanRequest request,
        List<AssetPlan> assets,
        double probabilityOfContainment,
        double probabilityOfSuccess,
        double cumulativeSuccess) {

    /** Copies the asset plans. */
    public SearchPlan {
        assets = List.copyOf(assets);
    }

    /** Returns the plan's searches as the Bayesian update of the probability map needs them. */
    public List<ProbabilityMap.AreaSearch> areaSearches() {
        return assets.stream()
                .map(a -> new ProbabilityMap.AreaSearch(a.assignedArea(), a.probabilityOfDetection()))
                .toList();
    }

    /** Returns the map after this plan was carried out without finding the object. */
    public ProbabilityMap unsuccessful(ProbabilityMap before) {
        return before.afterUnsuccessfulSearch(areaSearches());
    }
}
