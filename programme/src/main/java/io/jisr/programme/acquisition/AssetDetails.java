package io.jisr.programme.acquisition;

import java.util.Optional;

/**
 * What a delivery says about one trackable item it hands over, so that the item becomes an {@link Asset}.
 *
 * @param assetId the identifier the asset gets in the register
 * @param name its name or call sign
 * @param registration its hull or tail number
 * @param search its search capability, for search units
 */
public record AssetDetails(String assetId, String name, String registration, Optional<SearchCapability> search) {}
