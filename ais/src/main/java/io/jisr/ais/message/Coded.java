package io.jisr.ais.message;

/** A value that the standard transmits as a numeric code: enumerations of message fields. */
public interface Coded {

    /** Returns the code transmitted on the air. */
    int code();

    /** Returns the constant's name, the form written in JSON and CSV output. */
    String name();
}
