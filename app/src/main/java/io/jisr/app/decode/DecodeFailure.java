package io.jisr.app.decode;

/** {@code jisr decode} could not read an input or write its output; the message says which and why. */
public final class DecodeFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates a failure with a message for people and its cause. */
    DecodeFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
