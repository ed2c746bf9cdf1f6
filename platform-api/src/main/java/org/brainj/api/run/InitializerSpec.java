package org.brainj.api.run;

import java.util.Objects;

import org.brainj.api.model.Parameters;

/**
 * A weight-matrix initializer named in a spec: a model of kind {@code INITIALIZER} (BrainPy's {@code bp.init}, e.g.
 * {@code KaimingUniform}, {@code Orthogonal}, {@code Normal}) with its parameters. Unlike an
 * {@link org.brainj.api.model.Initializer}, which draws each member's value on its own, it is defined on the whole
 * pre × post matrix (fan-in, fan-out, orthogonality), so it is drawn as a matrix and then read at the synapses.
 *
 * @param initializer the initializer's name, as {@code brainj models --kind initializer} lists it
 * @param params      its parameters; those not given take the initializer's defaults
 * @param inner       the initializer this one transforms (BrainPy's {@code Clip(init, min, max)}), or null
 */
public record InitializerSpec(String initializer, Parameters params, InitializerSpec inner) {

    /** Checks the name and parameters are present. */
    public InitializerSpec {
        Objects.requireNonNull(initializer, "initializer");
        Objects.requireNonNull(params, "params");
    }

    /**
     * @param initializer the initializer's name
     * @param params      its parameters
     */
    public InitializerSpec(String initializer, Parameters params) {
        this(initializer, params, null);
    }

    /**
     * @param initializer the initializer's name
     * @return it with its default parameters
     */
    public static InitializerSpec of(String initializer) {
        return new InitializerSpec(initializer, Parameters.empty());
    }
}
