package org.brainj.api.core;

/**
 * A parameter value is outside its allowed range. The message names the parameter, the value and the range, e.g.
 * {@code parameter 'tau' = -1.0 ms is out of range: must be > 0 ms}.
 */
public class ParameterException extends BrainjException {
    private static final long serialVersionUID = 1L;

    private final String parameter;
    private final String value;
    private final String allowed;

    /**
     * @param parameter the parameter's name
     * @param value     the value given, as text (with its unit where it has one)
     * @param allowed   the allowed range or set, in words
     */
    public ParameterException(String parameter, String value, String allowed) {
        super("parameter '" + parameter + "' = " + value + " is out of range: " + allowed);
        this.parameter = parameter;
        this.value = value;
        this.allowed = allowed;
    }

    /** @return the parameter's name */
    public String parameter() {
        return parameter;
    }

    /** @return the value given, as text */
    public String value() {
        return value;
    }

    /** @return the allowed range, in words */
    public String allowed() {
        return allowed;
    }
}
