package org.brainj.models.zoo;

import java.util.Arrays;
import java.util.List;

import org.brainj.api.core.ModelException;
import org.brainj.api.core.StepContext;
import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;

/**
 * The fractional-order FitzHugh–Rinzel bursting neuron, BrainPy's {@code FractionalFHR}:
 *
 * <pre>
 *   D^α V = V − V³/3 − w + y + I
 *   D^α w = δ (a + V − b w)
 *   D^α y = μ (c − V − d y)
 *   spike when V_old &lt; V_th ≤ V
 * </pre>
 *
 * with Caputo derivatives of order 0 &lt; α ≤ 1, integrated like BrainPy by the Grünwald–Letnikov short-memory scheme
 * ({@code gl_short_memory}) over {@code num_memory} steps; at α = 1 it is forward Euler on the ordinary FitzHugh–Rinzel
 * model. Source: Mondal et al., "Firing activities of a fractional-order FitzHugh-Rinzel bursting neuron model and its
 * coupled dynamics", Sci. Rep. 9:15721 (2019); BrainPy {@code brainpy/_src/neurons/fractional_models.py} (defaults
 * a 0.7, b 0.8, c −0.775, d 1, δ 0.08, μ 0.0001, V_th 1.8, V0 2.5, w0 0, y0 0, num_memory 1000). The
 * Grünwald–Letnikov scheme rebuilds V from its own history, so potential jumps (delta projections) are refused.
 */
public final class FractionalFHR extends FractionalNeuronGroup {

    /** The model's name, as BrainPy spells it. */
    public static final String MODEL = "FractionalFHR";

    static final ParameterSpec A = ParameterSpec.any("a", "1", 0.7, "recovery offset");
    static final ParameterSpec B = ParameterSpec.any("b", "1", 0.8, "recovery self-coupling");
    static final ParameterSpec C = ParameterSpec.any("c", "1", -0.775, "slow-current offset");
    static final ParameterSpec D = ParameterSpec.any("d", "1", 1.0, "slow-current self-coupling");
    static final ParameterSpec DELTA = ParameterSpec.any("delta", "1", 0.08, "recovery rate");
    static final ParameterSpec MU = ParameterSpec.any("mu", "1", 0.0001, "slow-current rate");
    static final ParameterSpec V_TH = ParameterSpec.any("Vth", "1", 1.8, "spike threshold (upward crossing)");
    static final ParameterSpec V0 = ParameterSpec.any("V0", "1", 2.5, "initial V");
    static final ParameterSpec W0 = ParameterSpec.any("w0", "1", 0.0, "initial w");
    static final ParameterSpec Y0 = ParameterSpec.any("y0", "1", 0.0, "initial y");

    /** The parameters, in BrainPy's order (then the initial values). */
    public static final List<ParameterSpec> PARAMETERS = List.of(ALPHA, NUM_MEMORY, A, B, C, D, DELTA, MU, V_TH, V0,
            W0, Y0);

    /** What model factories list for this model. */
    public static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(MODEL, ModelKind.NEURON,
            "fractional-order FitzHugh-Rinzel bursting neuron, Caputo order alpha, Grunwald-Letnikov short memory "
                    + "(BrainPy FractionalFHR)", PARAMETERS);

    private final double a;
    private final double b;
    private final double c;
    private final double d;
    private final double delta;
    private final double mu;
    private final double vTh;
    private final double v0;
    private final double w0;
    private final double y0;

    private FractionalFHR(String name, int size, Parameters p) {
        super(name, size, "gl_short_memory", p.get(ALPHA), p.get(NUM_MEMORY), new String[] {"V", "w", "y"},
                new String[] {"1", "1", "1"});
        this.a = p.get(A);
        this.b = p.get(B);
        this.c = p.get(C);
        this.d = p.get(D);
        this.delta = p.get(DELTA);
        this.mu = p.get(MU);
        this.vTh = p.get(V_TH);
        this.v0 = p.get(V0);
        this.w0 = p.get(W0);
        this.y0 = p.get(Y0);
        reset();
    }

    /**
     * Builds a population from user parameters.
     *
     * @param name   the population's name
     * @param size   number of neurons, ≥ 1
     * @param params parameter values by BrainPy name; missing ones take their defaults
     * @return the population, at its initial state
     * @throws org.brainj.api.core.ParameterException for an unknown or out-of-range parameter
     * @throws IllegalArgumentException when no integrator bundle offers {@code gl_short_memory}
     */
    public static FractionalFHR create(String name, int size, Parameters params) {
        params.requireKnown(MODEL, PARAMETERS);
        return new FractionalFHR(name, size, params);
    }

    @Override
    public String inputUnit() {
        return "1";
    }

    @Override
    void initialState() {
        Arrays.fill(vars[0], v0);
        Arrays.fill(vars[1], w0);
        Arrays.fill(vars[2], y0);
    }

    @Override
    void rhs(double[] yy, double[] dydt) {
        final int z = size;
        for (int i = 0; i < z; i++) {
            double v = yy[i];
            double w = yy[z + i];
            double y = yy[2 * z + i];
            dydt[i] = v - v * v * v / 3.0 - w + y + input[i];
            dydt[z + i] = delta * (a + v - b * w);
            dydt[2 * z + i] = mu * (c - v - d * y);
        }
    }

    @Override
    int detect(StepContext ctx) {
        double[] v = vars[0];
        int count = 0;
        for (int i = 0; i < size; i++) {
            if (delta(i) != 0.0) {
                throw new ModelException(name() + ": " + MODEL + " integrates with the Grunwald-Letnikov scheme, "
                        + "which rebuilds V from its history; potential jumps (delta projections) are not supported, "
                        + "use a current-based synapse");
            }
            boolean fire = previous[i] < vTh && v[i] >= vTh;
            spike[i] = fire;
            fired[count] = i;
            count += fire ? 1 : 0;
        }
        return count;
    }

    private double delta(int i) {
        return deltaInput()[i];
    }
}
