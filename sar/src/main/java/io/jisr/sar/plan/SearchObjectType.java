package io.jisr.sar.plan;

/**
 * The search objects of the IAMSAR sweep-width tables (Manual Vol. II, appendix N). Small objects — a person
 * in the water, a life raft, a boat under 10 m — have their own, harsher weather correction.
 */
public enum SearchObjectType {
    /** A person in the water. */
    PERSON_IN_WATER(true),
    /** A life raft for 4 persons. */
    LIFE_RAFT_4(true),
    /** A life raft for 6 persons. */
    LIFE_RAFT_6(true),
    /** A life raft for 15 persons. */
    LIFE_RAFT_15(true),
    /** A life raft for 25 persons. */
    LIFE_RAFT_25(true),
    /** A power boat of about 5 m (17 ft). */
    BOAT_5M(true),
    /** A power boat of about 7 m (23 ft). */
    BOAT_7M(true),
    /** A boat of about 12 m (40 ft). */
    BOAT_12M(false),
    /** A boat of about 24 m (79 ft). */
    BOAT_24M(false);

    private final boolean small;

    SearchObjectType(boolean small) {
        this.small = small;
    }

    /** Returns whether the object takes the small-object weather correction (person, raft, boat under 10 m). */
    public boolean isSmall() {
        return small;
    }
}
