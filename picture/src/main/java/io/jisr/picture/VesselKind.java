package io.jisr.picture;

/** What kind of station a picture entry is, from the messages it sends. */
public enum VesselKind {
    /** A ship with a Class A transponder (types 1, 2, 3, 5). */
    CLASS_A,
    /** A ship with a Class B transponder (types 18, 19, 24). */
    CLASS_B,
    /** An aid to navigation (type 21). */
    AID_TO_NAVIGATION,
    /** A base station (type 4). */
    BASE_STATION,
    /** A SAR aircraft (type 9). */
    SAR_AIRCRAFT,
    /** A station heard only through messages that do not say what it is. */
    UNKNOWN
}
