package io.jisr.programme;

/** What kind of instrument a cooperation text is. */
public enum InstrumentKind {
    /** The memorandum of understanding that frames the cooperation. */
    MEMORANDUM_OF_UNDERSTANDING,
    /** An implementing arrangement under a memorandum, for one field of cooperation. */
    IMPLEMENTING_ARRANGEMENT,
    /** An exchange of letters or a single letter recording a commitment. */
    LETTER
}
