package io.jisr.incident;

/**
 * How precisely the sources place an event, as the codebooks' {@code geo_precision}: the place itself,
 * near it, or only the region (the coordinates are then a point standing for the region).
 */
public enum GeoPrecision {
    /** At the named place: town, village, well, border post ({@code geo_precision} 1). */
    EXACT_PLACE(1),
    /** Near the named place, or a small part of a district; the coordinates are the place's ({@code 2}). */
    NEAR(2),
    /** Only the region or district is known; the coordinates stand for it ({@code 3}). */
    REGION(3);

    private final int code;

    GeoPrecision(int code) {
        this.code = code;
    }

    /** Returns the codebook's numeric code, 1 (most precise) to 3. */
    public int code() {
        return code;
    }

    /** Returns the precision with this codebook code, or throws naming the value. */
    public static GeoPrecision ofCode(int code) {
        for (GeoPrecision p : values()) {
            if (p.code == code) {
                return p;
            }
        }
        throw new IllegalArgumentException(
                "geo precision must be 1 (exact place), 2 (near) or 3 (region), was " + code);
    }
}
