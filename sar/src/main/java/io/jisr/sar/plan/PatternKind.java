package io.jisr.sar.plan;

/** The IAMSAR search patterns Jisr lays out, with their IAMSAR codes. */
public enum PatternKind {
    /** Expanding square from the datum, legs growing every second turn (SS). */
    EXPANDING_SQUARE("SS"),
    /** Sector search: three equilateral triangles from the datum, nine legs (VS). */
    SECTOR("VS"),
    /** Parallel tracks along the area's length, stepping across it (PS). */
    PARALLEL_TRACK("PS"),
    /** Creeping line: tracks across the area's width, creeping along its length (CS). */
    CREEPING_LINE("CS");

    private final String code;

    PatternKind(String code) {
        this.code = code;
    }

    /** Returns the IAMSAR code (SS, VS, PS, CS). */
    public String code() {
        return code;
    }
}
