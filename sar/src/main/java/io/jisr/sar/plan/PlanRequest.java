package io.jisr.sar.plan;

import java.util.List;

/**
 * What a coordinator asks a plan for.
 *
 * @param name the plan's name (written in its files)
 * @param area the area to search
 * @param pattern which IAMSAR pattern
 * @param assets the search units, one track each (at least one)
 * @param object what is searched for
 * @param conditions weather and crew on scene
 * @param coverage the coverage factor wanted; sets the track spacing {@code S = W / C} (the sector
 *     search's spacing is fixed by its radius; its coverage is reported, not chosen)
 * @param firstLegBearingDegrees the first leg's course for the expanding square and sector search
 *     (often into the wind or along the drift); ignored by the parallel-track and creeping-line patterns,
 *     which follow the area's orientation
 */
public record PlanRequest(
        String name,
        SearchArea area,
        PatternKind pattern,
        List<SearchAsset> assets,
        SearchObjectType object,
        SearchConditions conditions,
        CoverageFactor coverage,
        double firstLegBearingDegrees) {

    /** Checks the values and copies the assets. */
    public PlanRequest {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a search plan needs a name");
        }
        if (area == null || pattern == null || object == null || conditions == null || coverage == null) {
            throw new IllegalArgumentException("search plan \"" + name
                    + "\" needs an area, a pattern, a search object, conditions and a coverage");
        }
        assets = List.copyOf(assets);
        if (assets.isEmpty()) {
            throw new IllegalArgumentException("search plan \"" + name + "\" needs at least one search asset");
        }
        if (assets.stream().map(SearchAsset::name).distinct().count() != assets.size()) {
            throw new IllegalArgumentException("search plan \"" + name + "\" names an asset twice: "
                    + assets.stream().map(SearchAsset::name).toList());
        }
        if (!Double.isFinite(firstLegBearingDegrees)) {
            throw new IllegalArgumentException(
                    "search plan \"" + name + "\": first leg bearing must be finite, was " + firstLegBearingDegrees);
        }
    }
}
