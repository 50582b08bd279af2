package io.jisr.sar.plan;

/** What kind of search unit an asset is, which picks its sweep-width table. */
public enum AssetKind {
    /** A surface vessel (the merchant-vessel sweep widths). */
    VESSEL,
    /** A helicopter. */
    HELICOPTER,
    /** A fixed-wing aircraft. */
    FIXED_WING
}
