package io.jisr.sim;

/** The kind of AIS station a simulated vessel carries. */
public enum Transponder {
    /** SOLAS Class A: position reports 1, static and voyage data 5. */
    CLASS_A,
    /** Class B "CS" (carrier sense): position reports 18, static data report 24 parts A and B. */
    CLASS_B
}
