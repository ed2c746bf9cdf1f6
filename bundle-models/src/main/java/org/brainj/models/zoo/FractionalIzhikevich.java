package org.brainj.models.zoo;

import java.util.Arrays;
import java.util.List;

import org.brainj.api.core.StepContext;
import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;

/**
 * The fractional-order Izhikevich neuron, BrainPy's {@code FractionalIzhikevich}:
 *
 * <pre>
 *   τ D^α V = f V² + g V + h − u + R I
 *   τ D^α u = a (b V − u)
 *   spike when V ≥ V_th:  V ← c, u ← u + d
 * </pre>
 *
 * with Caputo derivatives of order 0 &lt; α ≤ 1, integrated like BrainPy by the Caputo L1 scheme ({@code l1}) over
 * {@code num_memory} steps (the reset enters as a jump of the state, not of the memory of increments, as in BrainPy);
 * at α = 1 it is forward Euler on the ordinary {@link Izhikevich} equations. Source: Teka, Upadhyay &amp; Mondal,
 * "Spiking and bursting patterns of fractional-order Izhikevich model", Commun. Nonlinear Sci. Numer. Simul.
 * 56:161–176 (2018); BrainPy {@code brainpy/_src/neurons/fractional_models.py} (defaults a 0.02, b 0.2, c −65, d 8,
 * f 0.04, g 5, h 140, R 1, τ 1, V_th 30, V0 −65, u0 −13; BrainPy has no default num_memory, 1000 here).
 */
public final class FractionalIzhikevich extends FractionalNeuronGroup {

    /** The model's name, as BrainPy spells it. */
    public static final String MODEL = "FractionalIzhikevich";

    static final ParameterSpec A = ParameterSpec.any("a", "1", 0.02, "recovery time scale");
    static final ParameterSpec B = ParameterSpec.any("b", "1", 0.2, "recovery sensitivity to V");
    static final ParameterSpec C = ParameterSpec.any("c", "mV", -65.0, "reset potential");
    static final ParameterSpec D = ParameterSpec.any("d", "mV", 8.0, "recovery jump at a spike");
    static final ParameterSpec F = ParameterSpec.any("f", "1/mV", 0.04, "quadratic coefficient");
    static final ParameterSpec G = ParameterSpec.any("g", "1", 5.0, "linear coefficient");
    static final ParameterSpec H = ParameterSpec.any("h", "mV", 140.0, "constant term");
    static final ParameterSpec R = ParameterSpec.any("R", "1", 1.0, "input resistance");
    static final ParameterSpec TAU = ParameterSpec.positive("tau", "ms^alpha", 1.0, "time scale");
    static final ParameterSpec V_TH = ParameterSpec.any("V_th", "mV", 30.0, "spike peak");
    static final ParameterSpec V0 = ParameterSpec.any("V0", "mV", -65.0, "initial V");
    static final ParameterSpec U0 = ParameterSpec.any("u0", "mV", -13.0, "initial u (BrainPy: 0.2 x -65)");

    /** The parameters, in BrainPy's order (then the initial values). */
    public static final List<ParameterSpec> PARAMETERS = List.of(ALPHA, NUM_MEMORY, A, B, C, D, F, G, H, R, TAU,
            V_TH, V0, U0);

    /** What model factories list for this model. */
    public static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(MODEL, ModelKind.NEURON,
            "fractional-order Izhikevich neuron, Caputo order alpha, L1 scheme (BrainPy FractionalIzhikevich)",
            PARAMETERS);

    private final double a;
    private final double b;
    private final double c;
    private final double d;
    private final double f;
    private final double g;
    private final double h;
    private final double r;
    private final double tau;
    private final double vTh;
    private final double v0;
    private final double u0;

    private FractionalIzhikevich(String name, int size, Parameters p) {
        super(name, size, "l1", p.get(ALPHA), p.get(NUM_MEMORY), new String[] {"V", "u"}, new String[] {"mV", "mV"});
        this.a = p.get(A);
        this.b = p.get(B);
        this.c = p.get(C);
        this.d = p.get(D);
        this.f = p.get(F);
        this.g = p.get(G);
        this.h = p.get(H);
        this.r = p.get(R);
        this.tau = p.get(TAU);
        this.vTh = p.get(V_TH);
        this.v0 = p.get(V0);
        this.u0 = p.get(U0);
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
     * @throws IllegalArgumentException when no integrator bundle offers {@code l1}
     */
    public static FractionalIzhikevich create(String name, int size, Parameters params) {
        params.requireKnown(MODEL, PARAMETERS);
        return new FractionalIzhikevich(name, size, params);
    }

    @Override
    public String inputUnit() {
        return "mV/R";
    }

    @Override
    void initialState() {
        Arrays.fill(vars[0], v0);
        Arrays.fill(vars[1], u0);
    }

    @Override
    void rhs(double[] y, double[] dydt) {
        final int z = size;
        final double invTau = 1.0 / tau;
        for (int i = 0; i < z; i++) {
            double v = y[i];
            double u = y[z + i];
            dydt[i] = (f * v * v + g * v + h - u + r * input[i]) * invTau;
            dydt[z + i] = a * (b * v - u) * invTau;
        }
    }

    @Override
    int detect(StepContext ctx) {
        double[] v = vars[0];
        double[] u = vars[1];
        double[] jump = deltaInput();
        int count = 0;
        for (int i = 0; i < size; i++) {
            double vi = v[i] + jump[i];
            boolean fire = vi >= vTh;
            v[i] = fire ? c : vi;
            if (fire) {
                u[i] += d;
            }
            spike[i] = fire;
            fired[count] = i;
            count += fire ? 1 : 0;
        }
        return count;
    }
}
