package io.jisr.detect.zone;

/** What a zone stands for. */
public enum ZoneKind {
    /** Territorial sea (UNCLOS art. 3: up to 12 nautical miles from the baselines). */
    TERRITORIAL_SEA,
    /** Contiguous zone (UNCLOS art. 33: up to 24 nautical miles). */
    CONTIGUOUS_ZONE,
    /** Exclusive economic zone (UNCLOS art. 57: up to 200 nautical miles). */
    EXCLUSIVE_ECONOMIC_ZONE,
    /** A search and rescue region (IMO SAR Convention). */
    SEARCH_AND_RESCUE_REGION,
    /** A port area. */
    PORT,
    /** Any polygon an operator drew or imported. */
    OPERATOR
}
