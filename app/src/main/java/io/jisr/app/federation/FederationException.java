package io.jisr.app.federation;

/** Federation infrastructure failed: keys, TLS, the link to a partner. Carries what and where. */
public final class FederationException extends RuntimeException {
    /** An exception with a message saying what failed. */
    public FederationException(String message) {
        super(message);
    }

    /** An exception with a message and its cause. */
    public FederationException(String message, Throwable cause) {
        super(message, cause);
    }
}
