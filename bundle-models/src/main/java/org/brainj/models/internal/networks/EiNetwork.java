package org.brainj.models.internal.networks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.brainj.api.model.Initializer;
import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;
import org.brainj.api.run.InputSpec;
import org.brainj.api.run.NetworkSpec;
import org.brainj.api.run.PopulationSpec;
import org.brainj.api.run.ProjectionSpec;

/**
 * The random excitatory–inhibitory networks of Brette et al. (2007) and BrainPy's papers ({@code coba}, {@code cuba},
 * {@code cobahh}, {@code coba-brainpy}), every parameter as in BENCHMARKS.md: 80 % excitatory, 20 % inhibitory,
 * connection probability fan_in/N for all four pathways (independent Bernoulli draws, self-connections allowed, as
 * Brian2's {@code connect(p=p)}), weights unchanged when N scales, exponential synapses, no delay.
 *
 * <p>Their reference rates (BENCHMARKS.md) come from Brian2, so two discretisation conventions follow Brian2 by
 * default (each switchable to BrainPy's): the membrane sees a conductance before its step's decay ({@code pre_decay})
 * and an LIF refractory period ends once t − t_last ≥ τ_ref ({@code ref_inclusive = 0}). In these bursty networks the
 * two together move the rates by about 4 % (docs/benchmarks.md).
 *
 * @param name          the network's name
 * @param description   one line
 * @param neuronModel   the neuron model of both populations
 * @param neuronDefaults its parameter values in this network
 * @param tauE          excitatory synaptic time constant [ms]
 * @param tauI          inhibitory synaptic time constant [ms]
 * @param output        {@code COBA} or {@code CUBA}
 * @param eE            excitatory reversal potential [mV] (COBA)
 * @param eI            inhibitory reversal potential [mV] (COBA)
 * @param we            default excitatory weight
 * @param wi            default inhibitory weight
 * @param drive         constant input to every neuron (0 for none)
 * @param init          initial values: variable (or {@code E2E.g} style synapse variable) → law, per population
 *                      side ({@code E} and {@code I} get the same laws, with their own projection names)
 */
record EiNetwork(String name, String description, String neuronModel, Map<String, Double> neuronDefaults,
                 double tauE, double tauI, String output, double eE, double eI, double we, double wi, double drive,
                 Map<String, Initializer> init) {

    static final ParameterSpec NEURONS = ParameterSpec.positive("neurons", "1", 4000,
            "total number of neurons (80 % E, 20 % I); the fan-in stays fixed, so p = fan_in / neurons");
    static final ParameterSpec FAN_IN = ParameterSpec.positive("fan_in", "1", 80,
            "mean number of inputs per neuron from each of E and I scaled by their share (p = fan_in / neurons)");
    static final ParameterSpec JIT = new ParameterSpec("jit", "1", 0, 0, 1, false,
            "1: just-in-time connectivity (rows regenerated from the seed; memory O(N)), 0: stored CSR");

    static final ParameterSpec PRE_DECAY = new ParameterSpec("pre_decay", "1", 1, 0, 1, false,
            "1: the membrane sees each conductance before its step's decay, as Brian2, whose runs give this network's "
                    + "reference rates (BENCHMARKS.md); 0: after it, as BrainPy (Expon's pre_decay)");

    List<ParameterSpec> ownParameters() {
        return List.of(NEURONS, FAN_IN, JIT, PRE_DECAY,
                ParameterSpec.any("we", output.equals("CUBA") ? "mV" : weightUnit(), we, "excitatory weight"),
                ParameterSpec.any("wi", output.equals("CUBA") ? "mV" : weightUnit(), wi, "inhibitory weight"));
    }

    private String weightUnit() {
        return neuronModel.equals("LifRef") ? "g_L" : "nS";
    }

    ModelDescriptor descriptor(List<ParameterSpec> neuronParameters) {
        return new ModelDescriptor(name, ModelKind.NETWORK, description,
                NetworkParameters.concat(ownParameters(), neuronParameters));
    }

    NetworkSpec spec(Parameters params, Map<String, Initializer> userInit, List<ParameterSpec> neuronParameters) {
        NetworkParameters p = new NetworkParameters(name, ownParameters(), neuronParameters, params);
        int n = p.neurons(5);
        int ne = (int) Math.round(0.8 * n);
        int ni = n - ne;
        double prob = Math.min(1.0, p.get("fan_in") / n);
        String comm = p.flag("jit") ? "jit" : "csr";
        Parameters neuron = p.neuronParams(neuronDefaults);
        List<PopulationSpec> pops = List.of(
                new PopulationSpec("E", neuronModel, ne, neuron, initFor("E", userInit)),
                new PopulationSpec("I", neuronModel, ni, neuron, initFor("I", userInit)));
        Parameters conn = Parameters.of(Map.of("prob", prob));
        double preDecay = p.get(PRE_DECAY.name());
        Parameters synE = Parameters.of(Map.of("tau", tauE, "pre_decay", preDecay));
        Parameters synI = Parameters.of(Map.of("tau", tauI, "pre_decay", preDecay));
        Parameters outE = output.equals("COBA") ? Parameters.of(Map.of("E", eE)) : Parameters.empty();
        Parameters outI = output.equals("COBA") ? Parameters.of(Map.of("E", eI)) : Parameters.empty();
        double we = p.get("we");
        double wi = p.get("wi");
        List<ProjectionSpec> projs = new ArrayList<>();
        for (String post : List.of("E", "I")) {
            projs.add(ProjectionSpec.alignPost("E2" + post, "E", post, "FixedProb", conn, "Expon", synE, output,
                    outE, we, 0.0).withComm(comm));
            projs.add(ProjectionSpec.alignPost("I2" + post, "I", post, "FixedProb", conn, "Expon", synI, output,
                    outI, wi, 0.0).withComm(comm));
        }
        List<InputSpec> inputs = new ArrayList<>();
        if (drive != 0.0) {
            for (String pop : List.of("E", "I")) {
                inputs.add(new InputSpec(pop, "constant", Parameters.of(Map.of("amplitude", drive))));
            }
        }
        return new NetworkSpec(name, pops, projs, inputs);
    }

    private Map<String, Initializer> initFor(String pop, Map<String, Initializer> userInit) {
        Map<String, Initializer> out = new LinkedHashMap<>();
        for (Map.Entry<String, Initializer> e : init.entrySet()) {
            // "ge" and "gi" stand for the excitatory and inhibitory synapse of this population.
            String key = e.getKey().equals("ge") ? "E2" + pop + ".g"
                    : e.getKey().equals("gi") ? "I2" + pop + ".g" : e.getKey();
            out.put(key, e.getValue());
        }
        out.putAll(userInit);
        return out;
    }
}
