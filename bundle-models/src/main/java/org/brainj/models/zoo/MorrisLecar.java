package org.brainj.models.zoo;

import java.util.Arrays;
import java.util.List;

import org.brainj.api.core.StateVariable;
import org.brainj.api.core.StepContext;
import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;
import org.brainj.models.kit.OdeNeuronGroup;

/**
 * Morris–Lecar (1981) neurons, BrainPy's {@code MorrisLecar}:
 *
 * <pre>
 *   C dV/dt = −g_Ca M∞ (V − V_Ca) − g_K W (V − V_K) − g_leak (V − V_leak) + I
 *   dW/dt   = (W∞ − W) / τ_W
 *   M∞ = ½ (1 + tanh((V − V1)/V2))    W∞ = ½ (1 + tanh((V − V3)/V4))    τ_W = 1 / (φ cosh((V − V3)/(2 V4)))
 *   spike when V_old &lt; V_th ≤ V
 * </pre>
 *
 * <p>Units: V in mV, t in ms, conductances in mS/cm², C in µF/cm², the input I in µA/cm². The defaults are BrainPy's
 * (Rinzel and Ermentrout's Hopf set, with V_Ca = 130 mV): a class-II neuron whose repetitive firing starts at a
 * nonzero frequency.
 *
 * <p>Initial state: V = {@code V0} (−65 mV; BrainPy draws U(−70, −60), which {@code --init V=uniform(-70,-60)}
 * reproduces), W = {@code W0} (0.02).
 *
 * <p>Native integration: BrainPy's {@code exp_auto}, every variable from the state at the start of the step with the
 * others and the input held: W ← W∞ + (W − W∞) e^(−dt/τ_W) (exact for held V), V ← V + (e^(A dt) − 1)/A · dV/dt with
 * A = ∂(dV/dt)/∂V, the full derivative BrainPy's automatic linearisation takes, including the slope of M∞(V).
 */
public final class MorrisLecar extends OdeNeuronGroup {

    /** The model's name, as BrainPy spells it. */
    public static final String MODEL = "MorrisLecar";

    static final ParameterSpec V_CA = ParameterSpec.any("V_Ca", "mV", 130.0, "calcium reversal potential");
    static final ParameterSpec G_CA = ParameterSpec.nonNegative("g_Ca", "mS/cm^2", 4.4,
            "maximal calcium conductance");
    static final ParameterSpec V_K = ParameterSpec.any("V_K", "mV", -84.0, "potassium reversal potential");
    static final ParameterSpec G_K = ParameterSpec.nonNegative("g_K", "mS/cm^2", 8.0,
            "maximal potassium conductance");
    static final ParameterSpec V_LEAK = ParameterSpec.any("V_leak", "mV", -60.0, "leak reversal potential");
    static final ParameterSpec G_LEAK = ParameterSpec.nonNegative("g_leak", "mS/cm^2", 2.0, "leak conductance");
    static final ParameterSpec C = ParameterSpec.positive("C", "uF/cm^2", 20.0, "membrane capacitance");
    static final ParameterSpec V1 = ParameterSpec.any("V1", "mV", -1.2, "half-activation of M");
    static final ParameterSpec V2 = ParameterSpec.positive("V2", "mV", 18.0, "slope factor of M");
    static final ParameterSpec V3 = ParameterSpec.any("V3", "mV", 2.0, "half-activation of W");
    static final ParameterSpec V4 = ParameterSpec.positive("V4", "mV", 30.0, "slope factor of W");
    static final ParameterSpec PHI = ParameterSpec.nonNegative("phi", "1/ms", 0.04, "rate scale of W");
    static final ParameterSpec V_TH = ParameterSpec.any("V_th", "mV", 10.0, "spike threshold (upward crossing)");
    static final ParameterSpec V0 = ParameterSpec.any("V0", "mV", -65.0,
            "initial membrane potential (BrainPy draws U(-70,-60): --init V=uniform(-70,-60))");
    static final ParameterSpec W0 = new ParameterSpec("W0", "1", 0.02, 0.0, 1.0, false,
            "initial potassium activation W");

    /** The parameters, in BrainPy's order (initial values last). */
    public static final List<ParameterSpec> PARAMETERS = List.of(V_CA, G_CA, V_K, G_K, V_LEAK, G_LEAK, C, V1, V2,
            V3, V4, PHI, V_TH, V0, W0);

    /** What model factories list for this model. */
    public static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(MODEL, ModelKind.NEURON,
            "Morris-Lecar 1981 neuron, V in mV, I in uA/cm^2 (BrainPy MorrisLecar)", PARAMETERS);

    private final double vCa;
    private final double gCa;
    private final double vK;
    private final double gK;
    private final double vLeak;
    private final double gLeak;
    private final double c;
    private final double v1;
    private final double v2;
    private final double v3;
    private final double v4;
    private final double phi;
    private final double vTh;
    private final double v0;
    private final double w0;

    private final double[] v;
    private final double[] w;

    private MorrisLecar(String name, int size, Parameters p) {
        super(name, size);
        this.vCa = p.get(V_CA);
        this.gCa = p.get(G_CA);
        this.vK = p.get(V_K);
        this.gK = p.get(G_K);
        this.vLeak = p.get(V_LEAK);
        this.gLeak = p.get(G_LEAK);
        this.c = p.get(C);
        this.v1 = p.get(V1);
        this.v2 = p.get(V2);
        this.v3 = p.get(V3);
        this.v4 = p.get(V4);
        this.phi = p.get(PHI);
        this.vTh = p.get(V_TH);
        this.v0 = p.get(V0);
        this.w0 = p.get(W0);
        this.v = new double[size];
        this.w = new double[size];
        declareState(List.of(new StateVariable("V", "mV", v), new StateVariable("W", "1", w)), v, w);
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
     */
    public static MorrisLecar create(String name, int size, Parameters params) {
        params.requireKnown(MODEL, PARAMETERS);
        return new MorrisLecar(name, size, params);
    }

    @Override
    public String inputUnit() {
        return "uA/cm^2";
    }

    @Override
    protected void resetState() {
        Arrays.fill(v, v0);
        Arrays.fill(w, w0);
    }

    @Override
    protected void derivatives(double t, double[] y, double[] dydt) {
        final int s = size;
        final double invC = 1.0 / c;
        for (int i = 0; i < s; i++) {
            double vi = y[i];
            double wi = y[s + i];
            double mInf = 0.5 * (1.0 + Math.tanh((vi - v1) / v2));
            double wInf = 0.5 * (1.0 + Math.tanh((vi - v3) / v4));
            double rate = phi * Math.cosh((vi - v3) / (2.0 * v4));
            dydt[i] = (-gCa * mInf * (vi - vCa) - gK * wi * (vi - vK) - gLeak * (vi - vLeak) + input[i]) * invC;
            dydt[s + i] = (wInf - wi) * rate;
        }
    }

    @Override
    protected int stepNative(StepContext ctx, int from, int to) {
        final double dt = ctx.dt();
        final double invC = 1.0 / c;
        final double[] v = this.v;
        final double[] w = this.w;
        final double[] in = this.input;
        final double[] jump = this.delta;
        final boolean[] spk = this.spike;
        final int[] out = this.fired;
        final double th = vTh;
        final double invV2 = 1.0 / v2;
        int bad = 0;
        int count = 0;
        for (int i = from; i < to; i++) {
            double vi = v[i];
            double wi = w[i];
            double wInf = 0.5 * (1.0 + Math.tanh((vi - v3) / v4));
            double rate = phi * Math.cosh((vi - v3) / (2.0 * v4));
            w[i] = wInf + (wi - wInf) * Math.exp(-dt * rate);
            double tm = Math.tanh((vi - v1) * invV2);
            double mInf = 0.5 * (1.0 + tm);
            // M∞' = (1 − tanh²)/(2 V2).
            double dmInf = 0.5 * (1.0 - tm * tm) * invV2;
            double f = (-gCa * mInf * (vi - vCa) - gK * wi * (vi - vK) - gLeak * (vi - vLeak) + in[i]) * invC;
            double a = (-gCa * (mInf + dmInf * (vi - vCa)) - gK * wi - gLeak) * invC;
            double vNew = vi + ExpAuto.phi(a, dt) * f + jump[i];
            v[i] = vNew;
            in[i] = 0.0;
            jump[i] = 0.0;
            bad |= vNew - vNew == 0.0 ? 0 : 1;
            boolean fire = vi < th && vNew >= th;
            spk[i] = fire;
            out[from + count] = i;
            count += fire ? 1 : 0;
        }
        if (bad != 0) {
            divergence(ctx, "V", v, from, to);
        }
        return count;
    }

    @Override
    protected boolean clearsInputs() {
        return true;
    }

    @Override
    protected int afterGenericStep(StepContext ctx, double[] previousPotential) {
        return upwardCrossings(ctx, v, previousPotential, vTh);
    }

    @Override
    public String toString() {
        return MODEL + " '" + name() + "' (" + size + " neurons)";
    }
}
