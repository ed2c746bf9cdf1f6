package org.brainj.api.run;

import java.util.Objects;

import org.brainj.api.model.Parameters;

/**
 * What makes a projection learn: a plasticity rule (a model of kind {@code PLASTICITY}, e.g. {@code STDP_Song2000},
 * {@code TripletSTDP}, {@code RSTDP}) that owns the projection's weights, one per synapse, and changes them from the
 * pre- and postsynaptic spikes.
 *
 * @param rule      the rule's name
 * @param params    its parameters
 * @param modulator a population whose spikes release the neuromodulator of a reward-modulated rule (each spike one
 *                  {@code DA_release} for {@code RSTDP}), or {@code ""} for none
 */
public record PlasticitySpec(String rule, Parameters params, String modulator) {

    /** Checks every field is present. */
    public PlasticitySpec {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(params, "params");
        Objects.requireNonNull(modulator, "modulator");
    }

    /**
     * A rule without a modulating population.
     *
     * @param rule   the rule's name
     * @param params its parameters
     */
    public PlasticitySpec(String rule, Parameters params) {
        this(rule, params, "");
    }
}
