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
 * Wang–Buzsáki (1996) fast-spiking interneurons, BrainPy's {@code WangBuzsakiHH}:
 *
 * <pre>
 *   C dV/dt = −g_Na m∞³ h (V − E_Na) − g_K n⁴ (V − E_K) − g_L (V − E_L) + I
 *   dh/dt   = φ (α_h (1 − h) − β_h h)            dn/dt = φ (α_n (1 − n) − β_n n)
 *   m∞ = α_m / (α_m + β_m)
 *   α_m = 0.1 (V+35) / (1 − e^(−0.1(V+35)))      β_m = 4 e^(−(V+60)/18)
 *   α_h = 0.07 e^(−(V+58)/20)                    β_h = 1 / (e^(−0.1(V+28)) + 1)
 *   α_n = 0.01 (V+34) / (1 − e^(−0.1(V+34)))     β_n = 0.125 e^(−(V+44)/80)
 *   spike when V_old &lt; V_th ≤ V
 * </pre>
 *
 * <p>Units: V in mV, t in ms, conductances in mS/cm², C in µF/cm², the input I in µA/cm².
 *
 * <p><b>α_n</b> is the one Wang and Buzsáki published and BrainPy documents. BrainPy 2.8's code computes
 * {@code 1/exprel(-0.1(V+34))} = 0.1 (V+34)/(1 − e^(−0.1(V+34))), ten times the documented rate (a bug: the potassium
 * gate then runs ten times too fast); this model follows the documentation. The removable 0/0 of α_m and α_n (at
 * V = −35 and −34 mV) is evaluated as x/(e^x − 1) with its limit 1 at x = 0.
 *
 * <p>Initial state: V = {@code V0} (−65 mV), h = {@code h0} (0.6), n = {@code n0} (0.32), BrainPy's initialisers;
 * {@code --init} overrides any of them.
 *
 * <p>Native integration: BrainPy's {@code exp_auto} on the joint equations, every variable advanced from the state at
 * the start of the step with the others and the input held: h, n ← x∞ + (x − x∞) e^(−φ dt (α+β)) (exact for a gate
 * with held rates), and V ← V + (e^(A dt) − 1)/A · dV/dt with A = ∂(dV/dt)/∂V, the full derivative BrainPy's automatic
 * linearisation takes, including the slope of the instantaneous m∞(V)³ (so A &gt; 0 on the upstroke).
 */
public final class WangBuzsakiHH extends OdeNeuronGroup {

    /** The model's name, as BrainPy spells it. */
    public static final String MODEL = "WangBuzsakiHH";

    static final ParameterSpec E_NA = ParameterSpec.any("E_Na", "mV", 55.0, "sodium reversal potential");
    static final ParameterSpec G_NA = ParameterSpec.nonNegative("g_Na", "mS/cm^2", 35.0,
            "maximal sodium conductance");
    static final ParameterSpec E_K = ParameterSpec.any("E_K", "mV", -90.0, "potassium reversal potential");
    static final ParameterSpec G_K = ParameterSpec.nonNegative("g_K", "mS/cm^2", 9.0,
            "maximal potassium conductance");
    static final ParameterSpec E_L = ParameterSpec.any("E_L", "mV", -65.0, "leak reversal potential");
    static final ParameterSpec G_L = ParameterSpec.nonNegative("g_L", "mS/cm^2", 0.1, "leak conductance");
    static final ParameterSpec PHI = ParameterSpec.nonNegative("phi", "1", 5.0,
            "temperature factor of the h and n kinetics");
    static final ParameterSpec V_TH = ParameterSpec.any("V_th", "mV", 20.0, "spike threshold (upward crossing)");
    static final ParameterSpec C = ParameterSpec.positive("C", "uF/cm^2", 1.0, "membrane capacitance");
    static final ParameterSpec V0 = ParameterSpec.any("V0", "mV", -65.0, "initial membrane potential");
    static final ParameterSpec H0 = new ParameterSpec("h0", "1", 0.6, 0.0, 1.0, false,
            "initial sodium inactivation h");
    static final ParameterSpec N0 = new ParameterSpec("n0", "1", 0.32, 0.0, 1.0, false,
            "initial potassium activation n");

    /** The parameters, in BrainPy's order (initial values last). */
    public static final List<ParameterSpec> PARAMETERS = List.of(E_NA, G_NA, E_K, G_K, E_L, G_L, PHI, V_TH, C, V0,
            H0, N0);

    /** What model factories list for this model. */
    public static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(MODEL, ModelKind.NEURON,
            "Wang-Buzsaki 1996 fast-spiking interneuron, V in mV, I in uA/cm^2 (BrainPy WangBuzsakiHH, "
                    + "documented alpha_n)",
            PARAMETERS);

    private final double eNa;
    private final double gNa;
    private final double eK;
    private final double gK;
    private final double eL;
    private final double gL;
    private final double phi;
    private final double vTh;
    private final double c;
    private final double v0;
    private final double h0;
    private final double n0;

    private final double[] v;
    private final double[] h;
    private final double[] n;

    private WangBuzsakiHH(String name, int size, Parameters p) {
        super(name, size);
        this.eNa = p.get(E_NA);
        this.gNa = p.get(G_NA);
        this.eK = p.get(E_K);
        this.gK = p.get(G_K);
        this.eL = p.get(E_L);
        this.gL = p.get(G_L);
        this.phi = p.get(PHI);
        this.vTh = p.get(V_TH);
        this.c = p.get(C);
        this.v0 = p.get(V0);
        this.h0 = p.get(H0);
        this.n0 = p.get(N0);
        this.v = new double[size];
        this.h = new double[size];
        this.n = new double[size];
        declareState(List.of(new StateVariable("V", "mV", v), new StateVariable("h", "1", h),
                new StateVariable("n", "1", n)), v, h, n);
        reset();
    }

    /**
     * Builds a population from user parameters.
     *
     * @param name   the population's name
     * @param size   number of neurons, ≥ 1
     * @param params parameter values by name; missing ones take their defaults
     * @return the population, at its initial state
     * @throws org.brainj.api.core.ParameterException for an unknown or out-of-range parameter
     */
    public static WangBuzsakiHH create(String name, int size, Parameters params) {
        params.requireKnown(MODEL, PARAMETERS);
        return new WangBuzsakiHH(name, size, params);
    }

    @Override
    public String inputUnit() {
        return "uA/cm^2";
    }

    @Override
    protected void resetState() {
        Arrays.fill(v, v0);
        Arrays.fill(h, h0);
        Arrays.fill(n, n0);
    }

    static double alphaM(double v) {
        return GatingMath.xOverExpm1(-0.1 * (v + 35.0));
    }

    static double betaM(double v) {
        return 4.0 * Math.exp(-(v + 60.0) / 18.0);
    }

    static double alphaH(double v) {
        return 0.07 * Math.exp(-(v + 58.0) / 20.0);
    }

    static double betaH(double v) {
        return 1.0 / (Math.exp(-0.1 * (v + 28.0)) + 1.0);
    }

    static double alphaN(double v) {
        return 0.1 * GatingMath.xOverExpm1(-0.1 * (v + 34.0));
    }

    static double betaN(double v) {
        return 0.125 * Math.exp(-(v + 44.0) / 80.0);
    }

    /** d/dV of α_m = g(u) = u/(1 − e^(−u)), u = 0.1 (V+35): 0.1 g'(u). */
    static double alphaMSlope(double v) {
        double u = 0.1 * (v + 35.0);
        if (Math.abs(u) < 1e-3) {
            // g'(u) = 1/2 + u/6 − u³/180 + ...: the closed form below cancels near u = 0.
            return 0.1 * (0.5 + u / 6.0 - u * u * u / 180.0);
        }
        double d = -Math.expm1(-u);
        double e = Math.exp(-u);
        if (Double.isInfinite(e)) {
            return 0.0;
        }
        return 0.1 * (d - u * e) / (d * d);
    }

    @Override
    protected void derivatives(double t, double[] y, double[] dydt) {
        final int s = size;
        final double invC = 1.0 / c;
        for (int i = 0; i < s; i++) {
            double vi = y[i];
            double hi = y[s + i];
            double ni = y[2 * s + i];
            double am = alphaM(vi);
            double minf = am / (am + betaM(vi));
            double n2 = ni * ni;
            dydt[i] = (-gNa * minf * minf * minf * hi * (vi - eNa) - gK * n2 * n2 * (vi - eK) - gL * (vi - eL)
                    + input[i]) * invC;
            dydt[s + i] = phi * (alphaH(vi) * (1.0 - hi) - betaH(vi) * hi);
            dydt[2 * s + i] = phi * (alphaN(vi) * (1.0 - ni) - betaN(vi) * ni);
        }
    }

    @Override
    protected int stepNative(StepContext ctx, int from, int to) {
        final double dt = ctx.dt();
        final double invC = 1.0 / c;
        final double phiDt = phi * dt;
        final double[] v = this.v;
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
            double hi = h[i];
            double ni = n[i];
            h[i] = GatingMath.relax(hi, alphaH(vi), betaH(vi), phiDt);
            n[i] = GatingMath.relax(ni, alphaN(vi), betaN(vi), phiDt);
            double am = alphaM(vi);
            double bm = betaM(vi);
            double sum = am + bm;
            double minf = am / sum;
            // m∞' = (α'β − αβ')/(α+β)² with β' = −β/18.
            double dminf = (alphaMSlope(vi) * bm + am * bm / 18.0) / (sum * sum);
            double m3 = minf * minf * minf;
            double n2 = ni * ni;
            double gk = gK * n2 * n2;
            double f = (-gNa * m3 * hi * (vi - eNa) - gk * (vi - eK) - gL * (vi - eL) + in[i]) * invC;
            double a = (-gNa * hi * (3.0 * minf * minf * dminf * (vi - eNa) + m3) - gk - gL) * invC;
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
