package org.brainj.models.zoo;

import java.util.Arrays;
import java.util.List;

import org.brainj.api.core.StateVariable;
import org.brainj.api.core.StepContext;
import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;

/**
 * The adaptive-threshold leaky integrate-and-fire neuron of Bellec et al. (2020), BrainPy's {@code ALIFBellec2020}:
 *
 * <pre>
 *   τ dV/dt   = −(V − V_rest) + R I
 *   τ_a da/dt = −a
 *   spike when V ≥ A = V_th + β a:   V ← V − (V_th − V_rest),  a ← a + 1
 * </pre>
 *
 * so each spike raises the threshold by β, and the rise decays with τ_a (spike-frequency adaptation). In discrete
 * time this is the paper's A<sup>t</sup> = v_th + β a<sup>t</sup>, a<sup>t+1</sup> = ρ a<sup>t</sup> + z<sup>t</sup>,
 * ρ = e<sup>−dt/τ_a</sup>, and its reset by subtraction of the threshold, written for potentials measured from 0
 * (v_th there is V_th − V_rest here). Source: Bellec et al., "A solution to the learning dilemma for recurrent
 * networks of spiking neurons", Nat. Commun. 11:3625 (2020), Methods; BrainPy {@code ALIFBellec2020} (defaults
 * V_rest −70, V_th −60, R 1, β 1.6, τ 20 ms, τ_a 2000 ms, V0 −70).
 *
 * <p>Where BrainPy differs: it subtracts V_th itself (−60 mV, so a spike would raise V by 60 mV), starts a at −50 and
 * compares the new V with the a of the previous step; here the reset is by V_th − V_rest, a starts at {@code a0} = 0
 * and V and a are compared at the same time, as in the paper.
 *
 * <p>Native integration: exact for the input held over the step, V ← V∞ + (V − V∞)e^(−dt/τ), a ← a e^(−dt/τ_a).
 */
public final class ALIFBellec2020 extends ResetNeuronGroup {

    /** The model's name, as BrainPy spells it. */
    public static final String MODEL = "ALIFBellec2020";

    static final ParameterSpec V_REST = ParameterSpec.any("V_rest", "mV", -70.0, "resting potential");
    static final ParameterSpec V_TH = ParameterSpec.any("V_th", "mV", -60.0, "baseline threshold");
    static final ParameterSpec R = ParameterSpec.positive("R", "1", 1.0, "membrane resistance");
    static final ParameterSpec BETA = ParameterSpec.nonNegative("beta", "mV", 1.6,
            "threshold increase per unit of adaptation a");
    static final ParameterSpec TAU = ParameterSpec.positive("tau", "ms", 20.0, "membrane time constant");
    static final ParameterSpec TAU_A = ParameterSpec.positive("tau_a", "ms", 2000.0, "adaptation time constant");
    static final ParameterSpec V0 = ParameterSpec.any("V0", "mV", -70.0, "initial membrane potential");
    static final ParameterSpec A0 = ParameterSpec.any("a0", "1", 0.0, "initial adaptation");

    /** The parameters, in BrainPy's order (then the initial values). */
    public static final List<ParameterSpec> PARAMETERS = List.of(V_REST, V_TH, R, BETA, TAU, TAU_A, V0, A0);

    /** What model factories list for this model. */
    public static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(MODEL, ModelKind.NEURON,
            "adaptive-threshold LIF of Bellec 2020: threshold V_th + beta a, a += 1 per spike, decays with tau_a "
                    + "(BrainPy ALIFBellec2020)", PARAMETERS);

    private final double vRest;
    private final double r;
    private final double beta;
    private final double tau;
    private final double tauA;
    private final double a0;
    private final double[] a;
    private double decayV;
    private double decayA;

    private ALIFBellec2020(String name, int size, Parameters p) {
        super(name, size, p.get(V_TH), p.get(V_REST), Double.NaN, p.get(V0));
        this.vRest = p.get(V_REST);
        this.r = p.get(R);
        this.beta = p.get(BETA);
        this.tau = p.get(TAU);
        this.tauA = p.get(TAU_A);
        this.a0 = p.get(A0);
        this.a = new double[size];
        declareState(new StateVariable("a", "1", a));
        reset();
    }

    /**
     * Builds a population from user parameters.
     *
     * @param name   the population's name
     * @param size   number of neurons, ≥ 1
     * @param params parameter values by BrainPy name; missing ones take their defaults
     * @return the population, at its initial state
     * @throws org.brainj.api.core.ParameterException for an unknown or out-of-range parameter, or V_th ≤ V_rest
     */
    public static ALIFBellec2020 create(String name, int size, Parameters params) {
        params.requireKnown(MODEL, PARAMETERS);
        requireThresholdAboveReset(V_TH.name(), params.get(V_TH), V_REST.name(), params.get(V_REST));
        return new ALIFBellec2020(name, size, params);
    }

    /** @return the adaptation variable a of each neuron, live */
    public double[] adaptation() {
        return a;
    }

    @Override
    public String inputUnit() {
        return "mV/R";
    }

    @Override
    protected void resetOthers() {
        Arrays.fill(a, a0);
    }

    @Override
    protected void dtChanged(double dt) {
        decayV = Math.exp(-dt / tau);
        decayA = Math.exp(-dt / tauA);
    }

    @Override
    protected void advance(double dt, int from, int to) {
        final double dv = decayV;
        final double da = decayA;
        final double[] in = this.input;
        final double[] jump = this.delta;
        for (int i = from; i < to; i++) {
            double vInf = vRest + r * in[i];
            v[i] = vInf + (v[i] - vInf) * dv + jump[i];
            a[i] *= da;
            in[i] = 0.0;
            jump[i] = 0.0;
        }
    }

    @Override
    protected int detect(StepContext ctx, int from, int to) {
        final double drop = vTh - vRest;
        int count = 0;
        for (int i = from; i < to; i++) {
            double vi = v[i];
            if (!(vi < vTh + beta * a[i])) {
                fire(ctx, i);
                v[i] = vi - drop;
                fired[from + count++] = i;
            }
        }
        return count;
    }

    @Override
    protected void onSpike(int i) {
        a[i] += 1.0;
    }

    @Override
    protected void derivatives(double t, double[] y, double[] dydt) {
        for (int i = 0; i < size; i++) {
            dydt[i] = (vRest - y[i] + r * input[i]) / tau;
            dydt[size + i] = -y[size + i] / tauA;
        }
    }
}
