package io.jisr.app.programme;

import io.jisr.programme.acquisition.Asset;
import io.jisr.programme.acquisition.SearchCapability;
import io.jisr.sar.plan.AssetKind;
import io.jisr.sar.plan.SearchAsset;
import java.util.Optional;

/**
 * Assets of the programme register as search units for SAR planning: the programme module does not depend on
 * {@code sar}, so the bridge between an {@link Asset}'s search capability and a {@link SearchAsset} is here.
 */
public final class SearchUnits {
    private SearchUnits() {}

    /** Returns the asset as a search unit, named by its name and registration; empty when it cannot search. */
    public static Optional<SearchAsset> of(Asset asset) {
        if (asset.search().isEmpty()) {
            return Optional.empty();
        }
        SearchCapability s = asset.search().get();
        AssetKind kind = switch (asset.kind()) {
            case PATROL_VESSEL -> AssetKind.VESSEL;
            case HELICOPTER -> AssetKind.HELICOPTER;
            case FIXED_WING_AIRCRAFT -> AssetKind.FIXED_WING;
            case RADIO_STATION, RADAR_STATION, VEHICLE -> null;
        };
        if (kind == null) {
            return Optional.empty();
        }
        return Optional.of(new SearchAsset(
                asset.name() + " (" + asset.registration() + ")",
                kind,
                s.searchSpeedKnots(),
                s.enduranceHours(),
                s.searchHeightMetres()));
    }
}
