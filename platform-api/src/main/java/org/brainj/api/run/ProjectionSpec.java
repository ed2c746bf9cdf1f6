package org.brainj.api.run;

import java.util.Objects;

import org.brainj.api.core.ParameterException;
import org.brainj.api.model.Parameters;

/**
 * A projection in a network spec: pre → (delay) → connectivity → synapse → output → post.
 *
 * @param name            unique name within the network
 * @param pre             presynaptic population
 * @param post            postsynaptic population
 * @param connector       connectivity rule (e.g. {@code FixedProb})
 * @param connectorParams its parameters (e.g. {@code prob})
 * @param synapse         synapse model (e.g. {@code Expon})
 * @param synapseParams   its parameters (e.g. {@code tau})
 * @param output          output model (e.g. {@code COBA})
 * @param outputParams    its parameters (e.g. {@code E})
 * @param weight          synaptic weight (conductance [nS] for COBA, current for CUBA)
 * @param delay           transmission delay [ms], ≥ 0
 */
public record ProjectionSpec(String name, String pre, String post, String connector, Parameters connectorParams,
                             String synapse, Parameters synapseParams, String output, Parameters outputParams,
                             double weight, double delay) {

    /** Validates the fields. */
    public ProjectionSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(pre, "pre");
        Objects.requireNonNull(post, "post");
        Objects.requireNonNull(connector, "connector");
        Objects.requireNonNull(connectorParams, "connectorParams");
        Objects.requireNonNull(synapse, "synapse");
        Objects.requireNonNull(synapseParams, "synapseParams");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(outputParams, "outputParams");
        if (!(delay >= 0) || !Double.isFinite(delay)) {
            throw new ParameterException(name + ".delay", delay + " ms", "must be >= 0 ms and finite");
        }
        if (!Double.isFinite(weight)) {
            throw new ParameterException(name + ".weight", String.valueOf(weight), "must be finite");
        }
    }
}
