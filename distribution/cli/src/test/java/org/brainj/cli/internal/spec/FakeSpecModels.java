package org.brainj.cli.internal.spec;

import java.util.List;

import org.brainj.api.core.DynamicalSystem;
import org.brainj.api.model.ConnectorFactory;
import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelFactory;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;
import org.brainj.api.ops.CsrMatrix;

/**
 * Describe-only model and connector factories for the spec tests, registered through META-INF/services: the real
 * factories live in bundle-models, which is not on this module's test classpath. They build nothing.
 */
public final class FakeSpecModels {

    private FakeSpecModels() {
    }

    /**
     * LifRef, Cond (conductance, capacitance, compound and rate units), Expon, COBA, CUBA, constant, and the
     * plasticity rules STDP_Song2000 and RSTDP, PoissonGroup, StuartLandauOscillator, and the initializers
     * KaimingUniform, Orthogonal and Clip.
     */
    public static final class Models implements ModelFactory {

        @Override
        public String name() {
            return "spec-test-models";
        }

        @Override
        public List<ModelDescriptor> models() {
            return List.of(
                    new ModelDescriptor("LifRef", ModelKind.NEURON, "test LIF with refractory period", List.of(
                            ParameterSpec.any("V_rest", "mV", 0.0, "resting potential"),
                            ParameterSpec.any("V_reset", "mV", -5.0, "reset potential"),
                            ParameterSpec.any("V_th", "mV", 20.0, "threshold"),
                            ParameterSpec.positive("R", "MOhm", 1.0, "membrane resistance"),
                            ParameterSpec.positive("tau", "ms", 10.0, "membrane time constant"),
                            ParameterSpec.nonNegative("tau_ref", "ms", 0.0, "refractory period"),
                            ParameterSpec.any("V0", "mV", 0.0, "initial potential"))),
                    new ModelDescriptor("Cond", ModelKind.NEURON, "test model with other units", List.of(
                            ParameterSpec.nonNegative("g_L", "nS", 10.0, "leak conductance"),
                            ParameterSpec.positive("C", "pF", 200.0, "capacitance"),
                            ParameterSpec.nonNegative("g_Na", "mS/cm^2", 120.0, "sodium conductance density"),
                            ParameterSpec.nonNegative("rate", "1/ms", 0.01, "a rate"))),
                    new ModelDescriptor("Expon", ModelKind.SYNAPSE, "test exponential synapse", List.of(
                            ParameterSpec.positive("tau", "ms", 8.0, "decay time constant"))),
                    new ModelDescriptor("COBA", ModelKind.OUTPUT, "test conductance output", List.of(
                            ParameterSpec.any("E", "mV", 0.0, "reversal potential"))),
                    new ModelDescriptor("CUBA", ModelKind.OUTPUT, "test current output", List.of()),
                    new ModelDescriptor("constant", ModelKind.INPUT, "test constant current", List.of(
                            ParameterSpec.any("amplitude", "nA", 0.0, "current"))),
                    new ModelDescriptor("STDP_Song2000", ModelKind.PLASTICITY, "test pair STDP", List.of(
                            ParameterSpec.positive("tau_s", "ms", 16.8, "presynaptic trace time constant"),
                            ParameterSpec.positive("tau_t", "ms", 33.7, "postsynaptic trace time constant"),
                            ParameterSpec.any("A1", "1", 0.96, "potentiation"),
                            ParameterSpec.any("A2", "1", 0.53, "depression"),
                            ParameterSpec.any("W_min", "1", -1e300, "lower bound"),
                            ParameterSpec.any("W_max", "1", 1e300, "upper bound"))),
                    new ModelDescriptor("RSTDP", ModelKind.PLASTICITY, "test reward-modulated STDP", List.of(
                            ParameterSpec.positive("tau_c", "ms", 1000.0, "eligibility time constant"))),
                    new ModelDescriptor("PoissonGroup", ModelKind.NEURON, "test Poisson spike source", List.of(
                            ParameterSpec.nonNegative("freqs", "Hz", 0.0, "rate"))),
                    new ModelDescriptor("StuartLandauOscillator", ModelKind.RATE, "test rate oscillator", List.of(
                            ParameterSpec.any("a", "1/ms", 0.25, "bifurcation parameter"))),
                    new ModelDescriptor("KaimingUniform", ModelKind.INITIALIZER, "test initializer", List.of(
                            ParameterSpec.positive("scale", "1", 2.0, "variance = scale / fan_in"))),
                    new ModelDescriptor("Orthogonal", ModelKind.INITIALIZER, "test initializer", List.of(
                            ParameterSpec.any("scale", "1", 1.0, "multiplies the matrix"))),
                    new ModelDescriptor("Clip", ModelKind.INITIALIZER, "test initializer", List.of(
                            ParameterSpec.any("min", "1", -1.0, "lower bound"),
                            ParameterSpec.any("max", "1", 1.0, "upper bound"))));
        }

        @Override
        public DynamicalSystem create(String model, String name, int size, Parameters params) {
            throw new UnsupportedOperationException("describe-only test factory");
        }
    }

    /** FixedProb. */
    public static final class Connectors implements ConnectorFactory {

        @Override
        public String name() {
            return "spec-test-connectors";
        }

        @Override
        public List<ModelDescriptor> connectors() {
            return List.of(new ModelDescriptor("FixedProb", ModelKind.CONNECTOR, "test random connectivity", List.of(
                    new ParameterSpec("prob", "1", 0.1, 0.0, 1.0, true, "connection probability"),
                    new ParameterSpec("include_self", "1", 1.0, 0.0, 1.0, false, "allow i -> i"))));
        }

        @Override
        public CsrMatrix connect(String connector, int pre, int post, Parameters params, long seed) {
            throw new UnsupportedOperationException("describe-only test factory");
        }
    }
}
