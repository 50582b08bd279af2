package io.jisr.feed;

/** A feed or replay could not do its work because of the network or a file; the message says where. */
public final class FeedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message naming what failed and why. */
    public FeedException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Creates the exception with a message naming what failed and why. */
    public FeedException(String message) {
        super(message);
    }
}
