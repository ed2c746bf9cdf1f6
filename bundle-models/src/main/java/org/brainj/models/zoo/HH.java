package org.brainj.models.zoo;

import java.util.Arrays;
import java.util.List;

import org.brainj.api.core.StateVariable;
import org.brainj.api.core.StepContext;
import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;
import org.brainj.models.internal.GatingMath;
import org.brainj.models.kit.OdeNeuronGroup;

/**
 * Hodgkin–Huxley (1952) neurons, BrainPy's {@code HH}:
 *
 * <pre>
 *   C dV/dt = −g_Na m³h (V − E_Na) − g_K n⁴ (V − E_K) − g_L (V − E_L) + I
 *   dx/dt   = α_x(V) (1 − x) − β_x(V) x                     for x = m, h, n
 *   α_m = 0.1 (V+40) / (1 − e^(−(V+40)/10))    β_m = 4 e^(−(V+65)/18)
 *   α_h = 0.07 e^(−(V+65)/20)                  β_h = 1 / (1 + e^(−(V+35)/10))
 *   α_n = 0.01 (V+55) / (1 − e^(−(V+55)/10))   β_n = 0.125 e^(−(V+65)/80)
 *   spike when V_old &lt; V_th ≤ V
 * </pre>
 *
 * <p>Units: V in mV, t in ms, conductances in mS/cm², C in µF/cm², the input I in µA/cm². The two rates with a
 * removable 0/0 (at V = −40 and −55 mV) are evaluated as x/(e^x − 1) with its limit 1 at x = 0 (BrainPy's
 * {@code 1/exprel}).
 *
 * <p>Initial state: V = {@code V0} (−65 mV by default; BrainPy draws U(−70, −60), which
 * {@code --init V=uniform(-70,-60)} reproduces); gates that the user does not initialise start at their steady state
 * x∞(V) = α/(α + β) of each neuron's initial V.
 *
 * <p>The defaults are BrainPy's, including its g_L = 0.03 mS/cm², a tenth of Hodgkin and Huxley's 0.3: with it the
 * neuron rests at −70.7 mV instead of the textbook −65 mV (set {@code g_L=0.3} for the 1952 model).
 *
 * <p>Native integration: BrainPy's {@code exp_auto} on the joint equations, every variable advanced from the state at
 * the start of the step: x ← x∞ + (x − x∞) e^(−dt(α+β)) for the gates, and V ← V + (e^(A dt) − 1)/A · dV/dt with
 * A = −(g_Na m³h + g_K n⁴ + g_L)/C, the input held over the step.
 */
public final class HH extends OdeNeuronGroup {

    /** The model's name, as BrainPy spells it. */
    public static final String MODEL = "HH";

    static final ParameterSpec E_NA = ParameterSpec.any("E_Na", "mV", 50.0, "sodium reversal potential");
    static final ParameterSpec G_NA = ParameterSpec.nonNegative("g_Na", "mS/cm^2", 120.0,
            "maximal sodium conductance");
    static final ParameterSpec E_K = ParameterSpec.any("E_K", "mV", -77.0, "potassium reversal potential");
    static final ParameterSpec G_K = ParameterSpec.nonNegative("g_K", "mS/cm^2", 36.0,
            "maximal potassium conductance");
    static final ParameterSpec E_L = ParameterSpec.any("E_L", "mV", -54.387, "leak reversal potential");
    static final ParameterSpec G_L = ParameterSpec.nonNegative("g_L", "mS/cm^2", 0.03, "leak conductance");
    static final ParameterSpec V_TH = ParameterSpec.any("V_th", "mV", 20.0, "spike threshold (upward crossing)");
    static final ParameterSpec C = ParameterSpec.positive("C", "uF/cm^2", 1.0, "membrane capacitance");
    static final ParameterSpec V0 = ParameterSpec.any("V0", "mV", -65.0,
            "initial membrane potential (BrainPy draws U(-70,-60): --init V=uniform(-70,-60))");

    /** The parameters, in BrainPy's order. */
    public static final List<ParameterSpec> PARAMETERS = List.of(E_NA, G_NA, E_K, G_K, E_L, G_L, V_TH, C, V0);

    /** What model factories list for this model. */
    public static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(MODEL, ModelKind.NEURON,
            "Hodgkin-Huxley 1952 neuron, V in mV, I in uA/cm^2 (BrainPy HH)", PARAMETERS);

    private final double eNa;
    private final double gNa;
    private final double eK;
    private final double gK;
    private final double eL;
    private final double gL;
    private final double vTh;
    private final double c;
    private final double v0;

    private final double[] v;
    private final double[] m;
    private final double[] h;
    private final double[] n;

    private HH(String name, int size, Parameters p) {
        super(name, size);
        this.eNa = p.get(E_NA);
        this.gNa = p.get(G_NA);
        this.eK = p.get(E_K);
        this.gK = p.get(G_K);
        this.eL = p.get(E_L);
        this.gL = p.get(G_L);
        this.vTh = p.get(V_TH);
        this.c = p.get(C);
        this.v0 = p.get(V0);
        this.v = new double[size];
        this.m = new double[size];
        this.h = new double[size];
        this.n = new double[size];
        declareState(List.of(new StateVariable("V", "mV", v), new StateVariable("m", "1", m),
                new StateVariable("h", "1", h), new StateVariable("n", "1", n)), v, m, h, n);
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
    public static HH create(String name, int size, Parameters params) {
        params.requireKnown(MODEL, PARAMETERS);
        return new HH(name, size, params);
    }

    @Override
    public String inputUnit() {
        return "uA/cm^2";
    }

    @Override
    protected void resetState() {
        Arrays.fill(v, v0);
        Arrays.fill(m, 0.0);
        Arrays.fill(h, 0.0);
        Arrays.fill(n, 0.0);
    }

    @Override
    protected void afterInitialization() {
        for (int i = 0; i < size; i++) {
            double vi = v[i];
            if (!isInitialized("m")) {
                double a = alphaM(vi);
                m[i] = a / (a + betaM(vi));
            }
            if (!isInitialized("h")) {
                double a = alphaH(vi);
                h[i] = a / (a + betaH(vi));
            }
            if (!isInitialized("n")) {
                double a = alphaN(vi);
                n[i] = a / (a + betaN(vi));
            }
        }
    }

    static double alphaM(double v) {
        return GatingMath.xOverExpm1(-(v + 40.0) / 10.0);
    }

    static double betaM(double v) {
        return 4.0 * Math.exp(-(v + 65.0) / 18.0);
    }

    static double alphaH(double v) {
        return 0.07 * Math.exp(-(v + 65.0) / 20.0);
    }

    static double betaH(double v) {
        return 1.0 / (1.0 + Math.exp(-(v + 35.0) / 10.0));
    }

    static double alphaN(double v) {
        return 0.1 * GatingMath.xOverExpm1(-(v + 55.0) / 10.0);
    }

    static double betaN(double v) {
        return 0.125 * Math.exp(-(v + 65.0) / 80.0);
    }

    @Override
    protected void derivatives(double t, double[] y, double[] dydt) {
        final int s = size;
        final double invC = 1.0 / c;
        for (int i = 0; i < s; i++) {
            double vi = y[i];
            double mi = y[s + i];
            double hi = y[2 * s + i];
            double ni = y[3 * s + i];
            double n2 = ni * ni;
            dydt[i] = (-gNa * mi * mi * mi * hi * (vi - eNa) - gK * n2 * n2 * (vi - eK) - gL * (vi - eL) + input[i])
                    * invC;
            dydt[s + i] = alphaM(vi) * (1.0 - mi) - betaM(vi) * mi;
            dydt[2 * s + i] = alphaH(vi) * (1.0 - hi) - betaH(vi) * hi;
            dydt[3 * s + i] = alphaN(vi) * (1.0 - ni) - betaN(vi) * ni;
        }
    }

    @Override
    protected int stepNative(StepContext ctx, int from, int to) {
        final double dt = ctx.dt();
        final double invC = 1.0 / c;
        final double[] v = this.v;
        final double[] m = this.m;
        final double[] h = this.h;
        final double[] n = this.n;
        final double[] in = this.input;
        final double[] jump = this.delta;
        final boolean[] spk = this.spike;
        final int[] out = this.fired;
        final double th = vTh;
        int bad = 0;
        int count = 0;
        for (int i = from; i < to; i++) {
            double vi = v[i];
            double mi = m[i];
            double hi = h[i];
            double ni = n[i];
            m[i] = GatingMath.relax(mi, alphaM(vi), betaM(vi), dt);
            h[i] = GatingMath.relax(hi, alphaH(vi), betaH(vi), dt);
            n[i] = GatingMath.relax(ni, alphaN(vi), betaN(vi), dt);
            double n2 = ni * ni;
            double gna = gNa * mi * mi * mi * hi;
            double gk = gK * n2 * n2;
            double a = -(gna + gk + gL) * invC;
            double f = (-gna * (vi - eNa) - gk * (vi - eK) - gL * (vi - eL) + in[i]) * invC;
            // (e^(A dt) - 1)/A, with its limit dt when A = 0 (all conductances zero).
            double phi = a == 0.0 ? dt : Math.expm1(a * dt) / a;
            double vNew = vi + phi * f + jump[i];
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
