package org.brainj.cli.internal.run;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * What the command line says about the model itself.
 *
 * @param neurons {@code --neurons}: total neurons of a network, members of a {@code neuron:} population
 * @param params  {@code --param} values by name
 * @param init    {@code --init} constant initial values by state variable
 * @param input   {@code --input} constant current, when given
 */
record ModelRequest(OptionalInt neurons, Map<String, Double> params, Map<String, Double> init,
                    OptionalDouble input) {

    /** Copies the maps. */
    ModelRequest {
        // Kept in the order given, so Parameters and messages list them as the user typed them.
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        init = Collections.unmodifiableMap(new LinkedHashMap<>(init));
    }

    /** Nothing but the model's defaults. */
    static final ModelRequest DEFAULTS = new ModelRequest(OptionalInt.empty(), Map.of(), Map.of(),
            OptionalDouble.empty());

    /**
     * @param n total neurons
     * @return a copy with that size
     */
    ModelRequest withNeurons(int n) {
        return new ModelRequest(OptionalInt.of(n), params, init, input);
    }
}
