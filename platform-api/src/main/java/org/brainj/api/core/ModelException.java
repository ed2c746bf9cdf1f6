package org.brainj.api.core;

/** A model cannot be built or run as described (unknown population, shape mismatch, missing input). */
public class ModelException extends BrainjException {
    private static final long serialVersionUID = 1L;

    /** @param message what is wrong with the model, naming the part */
    public ModelException(String message) {
        super(message);
    }

    /**
     * @param message what is wrong with the model
     * @param cause   the underlying error
     */
    public ModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
