package org.brainj.models.kit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.brainj.api.core.ModelException;
import org.brainj.api.core.StateVariable;
import org.brainj.api.model.Initializer;
import org.brainj.api.random.CounterRandom;

import org.brainj.api.core.StepContext;

/**
 * A synaptic input of a population: synapse dynamics sized to it (align-post) or a conductance buffer that align-pre
 * projections fill each step, and the output that turns it into current. Owned and stepped by its
 * {@link NeuronGroup}.
 */
public final class PostSynapse {

    private final SynapseDynamics dynamics;
    private final SynapticOutput output;
    private final double[] buffer;
    private final String identity;
    private final Map<String, Initializer> initializers = new LinkedHashMap<>();

    private PostSynapse(SynapseDynamics dynamics, SynapticOutput output, double[] buffer, String identity) {
        this.dynamics = dynamics;
        this.output = output;
        this.buffer = buffer;
        this.identity = identity;
    }

    /**
     * @param dynamics post-shaped synapse dynamics
     * @param output   its output
     * @return an align-post synaptic input
     */
    public static PostSynapse of(SynapseDynamics dynamics, SynapticOutput output) {
        if (dynamics.arrivals() == null) {
            throw new org.brainj.api.core.ModelException(dynamics.model()
                    + " takes presynaptic spikes only; use it in an align-pre projection");
        }
        return new PostSynapse(dynamics, output, null, dynamics.identity() + " -> " + output.identity());
    }

    /**
     * @param size   the population's size
     * @param output the output applied to the summed conductance
     * @param label  what fills it (the align-pre synapse model), for the identity
     * @return a conductance buffer, cleared after each use, for align-pre projections
     */
    public static PostSynapse buffer(int size, SynapticOutput output, String label) {
        return new PostSynapse(null, output, new double[size], "sum of " + label + " -> " + output.identity());
    }

    /** @return the key under which identical inputs are merged */
    public String identity() {
        return identity;
    }

    /** @return the number of members */
    public int size() {
        return dynamics != null ? dynamics.size() : buffer.length;
    }

    /** @return where projections add: the dynamics' arrivals, or the conductance buffer */
    public double[] target() {
        return dynamics != null ? dynamics.arrivals() : buffer;
    }

    /** @return the dynamics, or null for a conductance buffer */
    public SynapseDynamics dynamics() {
        return dynamics;
    }

    /** @return the output */
    public SynapticOutput output() {
        return output;
    }

    void step(StepContext ctx, double[] v, double[] input, int from, int to) {
        if (dynamics != null) {
            if (!dynamics.integrateAndApply(ctx, output, v, input, from, to)) {
                dynamics.integrate(ctx, from, to);
                output.apply(dynamics.value(), v, input, from, to);
            }
        } else {
            output.apply(buffer, v, input, from, to);
            Arrays.fill(buffer, from, to, 0.0);
        }
    }

    /**
     * Sets how a state variable of the dynamics is initialised at every reset (e.g. random initial conductances).
     *
     * @param variable a state variable of the dynamics
     * @param init     its law
     * @throws ModelException naming the variables when there is none of that name
     */
    public void initialize(String variable, Initializer init) {
        List<String> names = new ArrayList<>();
        if (dynamics != null) {
            for (StateVariable s : dynamics.state()) {
                names.add(s.name());
            }
        }
        if (!names.contains(variable)) {
            throw new ModelException(identity + " has no state variable '" + variable + "'; it has " + names);
        }
        initializers.put(variable, init);
    }

    void reset(CounterRandom random, int stream, int drawBase) {
        if (dynamics != null) {
            dynamics.reset();
            List<StateVariable> vars = dynamics.state();
            for (int k = 0; k < vars.size(); k++) {
                Initializer init = initializers.get(vars.get(k).name());
                if (init != null) {
                    init.fill(random, stream, -1L, drawBase + k, vars.get(k).values());
                }
            }
        } else {
            Arrays.fill(buffer, 0.0);
        }
    }

    @Override
    public String toString() {
        return identity;
    }
}
