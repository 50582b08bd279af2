package io.jisr.detect;

/** Receives detection changes, on the thread that feeds the engine. */
@FunctionalInterface
public interface DetectionSink {
    /** Takes one change. */
    void accept(DetectionChange change);
}
