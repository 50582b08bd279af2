package io.jisr.sar.drift;

/**
 * Watches a run: progress for a progress bar, and a way to stop it. Both are called on the thread that
 * called {@link DriftModel#run}, about ten times a second, never from the worker threads.
 */
public interface DriftMonitor {
    /** A monitor that shows nothing and never cancels. */
    DriftMonitor NONE = new DriftMonitor() {};

    /** Reports progress: particle-steps done out of the total. */
    default void progress(long particleStepsDone, long particleStepsTotal) {}

    /** Returns whether the run should stop; a cancelled run throws {@link DriftCancelledException}. */
    default boolean isCancelled() {
        return false;
    }
}
