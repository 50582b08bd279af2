package io.jisr.app.node;

/** A configuration that cannot be used, with the setting, the rule and the value in its message. */
public final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message for the operator. */
    public ConfigException(String message) {
        super(message);
    }

    /** Creates the exception with a message and the cause. */
    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
