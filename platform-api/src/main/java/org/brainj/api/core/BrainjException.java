package org.brainj.api.core;

/** Base of the platform's checked-at-the-edge errors; messages name the offending thing in plain words. */
public class BrainjException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what went wrong, naming the model part, parameter or value */
    public BrainjException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong
     * @param cause   the underlying error
     */
    public BrainjException(String message, Throwable cause) {
        super(message, cause);
    }
}
