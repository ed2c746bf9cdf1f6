package org.brainj.api.distributed;

import org.brainj.api.core.BrainjException;

/** A distributed run failed because a rank failed, died or did not arrive at an exchange in time. */
public class ExchangeException extends BrainjException {
    private static final long serialVersionUID = 1L;

    private final int rank;

    /**
     * @param rank    the rank at fault, or −1 when none can be named
     * @param message what happened, naming the rank
     */
    public ExchangeException(int rank, String message) {
        super(message);
        this.rank = rank;
    }

    /**
     * @param rank    the rank at fault, or −1 when none can be named
     * @param message what happened, naming the rank
     * @param cause   the underlying error
     */
    public ExchangeException(int rank, String message, Throwable cause) {
        super(message, cause);
        this.rank = rank;
    }

    /** @return the rank at fault, or −1 when none can be named */
    public int rank() {
        return rank;
    }
}
