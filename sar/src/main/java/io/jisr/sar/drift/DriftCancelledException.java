package io.jisr.sar.drift;

/** Thrown by {@link DriftModel#run} when its monitor asked it to stop. */
public final class DriftCancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    DriftCancelledException(String message) {
        super(message);
    }
}
