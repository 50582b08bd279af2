package io.jisr.sar;

/**
 * Input that the drift model cannot use: an unknown object category, a malformed table or forecast file,
 * a case outside the environment's area or time. The message says what was wrong and where (file, line,
 * variable, value), so that it can be shown to an operator as it is.
 */
public final class SarInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with its operator-facing message. */
    public SarInputException(String message) {
        super(message);
    }

    /** Creates the exception with its operator-facing message and the failure underneath. */
    public SarInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
