package io.jisr.sar.plan.export;

/** The languages a SITREP is written in. */
public enum SitrepLanguage {
    /** English. */
    ENGLISH,
    /** French. */
    FRENCH
}
