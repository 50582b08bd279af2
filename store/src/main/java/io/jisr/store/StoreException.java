package io.jisr.store;

/** The database could not do what the store asked: it is unreachable, full, or refused a statement. */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message that says what was being done and the cause. */
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Creates the exception with a message that says what was being done. */
    public StoreException(String message) {
        super(message);
    }
}
