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
 * The Pinsky–Rinzel (1994) two-compartment CA3 pyramidal neuron, BrainPy's {@code PinskyRinzelModel}: a soma with
 * fast Na⁺ and delayed-rectifier K⁺ currents and a dendrite with Ca²⁺, Ca-activated K⁺ (C) and after-hyperpolarisation
 * (AHP) currents, coupled by g_c:
 *
 * <pre>
 *   C_m dVs/dt = −g_L(Vs − E_L) − g_Na m∞²(Vs) h (Vs − E_Na) − g_K n (Vs − E_K) + (g_c/p)(Vd − Vs) + I_s/p
 *   C_m dVd/dt = −g_L(Vd − E_L) − g_Ca s² (Vd − E_Ca) − g_AHP q (Vd − E_K) − g_C c χ(Ca) (Vd − E_K)
 *                + (g_c/(1 − p))(Vs − Vd) + I_d/(1 − p)
 *   dCa/dt     = −0.13 g_Ca s² (Vd − E_Ca) − 0.075 Ca,     χ(Ca) = min(Ca/250, 1)
 *   dx/dt      = α_x(1 − x) − β_x x   for x = h, n (of Vs), s, c (of Vd), q (of Ca)
 * </pre>
 *
 * with the rate functions of the paper in its coordinates (rest at 0), u = V + 60 mV:
 * α_m = 0.32(13.1 − u)/(e^((13.1 − u)/4) − 1), β_m = 0.28(u − 40.1)/(e^((u − 40.1)/5) − 1),
 * α_n = 0.016(35.1 − u)/(e^((35.1 − u)/5) − 1), β_n = 0.25 e^(0.5 − 0.025u), α_h = 0.128 e^((17 − u)/18),
 * β_h = 4/(1 + e^((40 − u)/5)), α_s = 1.6/(1 + e^(−0.072(u − 65))), β_s = 0.02(u − 51.1)/(e^((u − 51.1)/5) − 1),
 * α_c = e^((u − 10)/11 − (u − 6.5)/27)/18.975 for u ≤ 50, else 2e^((6.5 − u)/27), β_c = 2e^((6.5 − u)/27) − α_c
 * for u ≤ 50, else 0, α_q = min(2·10⁻⁵ Ca, 0.01), β_q = 0.001.
 *
 * <p>Parameters: those of Pinsky &amp; Rinzel (1994), J. Comput. Neurosci. 1:39–60, with BrainPy's names and its
 * absolute potentials (E_Na 60 = 120 − 60, E_Ca 80, E_K −75, E_L −60): g_Na 30, g_K 15, g_Ca 10, g_AHP 0.8, g_C 15,
 * g_L 0.1 mS/cm², g_c 2.1 mS/cm², p 0.5, C_m 3 µF/cm², initial Vs −64.6, Vd −64.5 mV, Ca 0.2, gates at steady state.
 * The current I_C includes the gate c, and α_c is the exponential of a difference, as in the paper (BrainPy's
 * code omits c and takes a difference of exponentials). The population's input is the
 * somatic applied current I_s; {@code Id} is a constant dendritic current. A spike is an upward crossing of V_th by
 * Vs. BrainPy's model declares V_th = 20 mV but records no spikes; the default here is −20 mV (40 mV above rest),
 * because the later spikes of a burst peak below 20 mV and would be missed.
 *
 * <p>Native integration: exponential Euler from the state at the start of the step, each voltage linear in itself with
 * the gates, m∞ and the other compartment held, each gate exact for its voltage held, Ca exact for s and Vd held.
 */
public final class PinskyRinzel extends OdeNeuronGroup {

    /** The model's name (BrainPy: {@code PinskyRinzelModel}). */
    public static final String MODEL = "PinskyRinzel";

    static final ParameterSpec G_NA = ParameterSpec.nonNegative("gNa", "mS/cm^2", 30.0, "somatic sodium conductance");
    static final ParameterSpec G_K = ParameterSpec.nonNegative("gK", "mS/cm^2", 15.0,
            "somatic delayed-rectifier potassium conductance");
    static final ParameterSpec G_CA = ParameterSpec.nonNegative("gCa", "mS/cm^2", 10.0,
            "dendritic calcium conductance");
    static final ParameterSpec G_AHP = ParameterSpec.nonNegative("gAHP", "mS/cm^2", 0.8,
            "dendritic after-hyperpolarization potassium conductance");
    static final ParameterSpec G_C = ParameterSpec.nonNegative("gC", "mS/cm^2", 15.0,
            "dendritic calcium-activated potassium conductance");
    static final ParameterSpec G_L = ParameterSpec.nonNegative("gL", "mS/cm^2", 0.1, "leak conductance");
    static final ParameterSpec E_NA = ParameterSpec.any("ENa", "mV", 60.0, "sodium reversal potential");
    static final ParameterSpec E_K = ParameterSpec.any("EK", "mV", -75.0, "potassium reversal potential");
    static final ParameterSpec E_CA = ParameterSpec.any("ECa", "mV", 80.0, "calcium reversal potential");
    static final ParameterSpec E_L = ParameterSpec.any("EL", "mV", -60.0, "leak reversal potential");
    static final ParameterSpec GC = ParameterSpec.nonNegative("gc", "mS/cm^2", 2.1, "soma-dendrite coupling");
    static final ParameterSpec V_TH = ParameterSpec.any("V_th", "mV", -20.0,
            "somatic spike threshold (upward crossing)");
    static final ParameterSpec CM = ParameterSpec.positive("Cm", "uF/cm^2", 3.0, "membrane capacitance");
    static final ParameterSpec P = new ParameterSpec("p", "1", 0.5, 0.0, 1.0, true,
            "fraction of the membrane area that is soma, in (0, 1)");
    static final ParameterSpec ID = ParameterSpec.any("Id", "uA/cm^2", 0.0, "constant dendritic applied current");
    static final ParameterSpec VS0 = ParameterSpec.any("Vs0", "mV", -64.6, "initial somatic potential");
    static final ParameterSpec VD0 = ParameterSpec.any("Vd0", "mV", -64.5, "initial dendritic potential");
    static final ParameterSpec CA0 = ParameterSpec.nonNegative("Ca0", "1", 0.2, "initial calcium (paper's units)");

    /** The parameters, in BrainPy's order (then the dendritic current and the initial values). */
    public static final List<ParameterSpec> PARAMETERS = List.of(G_NA, G_K, G_CA, G_AHP, G_C, G_L, E_NA, E_K, E_CA,
            E_L, GC, V_TH, CM, P, ID, VS0, VD0, CA0);

    /** What model factories list for this model. */
    public static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(MODEL, ModelKind.NEURON,
            "Pinsky-Rinzel 1994 two-compartment CA3 pyramidal neuron (soma Na/K, dendrite Ca/K-C/K-AHP), "
                    + "input = somatic current in uA/cm^2 (BrainPy PinskyRinzelModel)", PARAMETERS);

    private final double gNa;
    private final double gK;
    private final double gCa;
    private final double gAhp;
    private final double gC;
    private final double gL;
    private final double eNa;
    private final double eK;
    private final double eCa;
    private final double eL;
    private final double gc;
    private final double vTh;
    private final double cm;
    private final double p;
    private final double id;
    private final double vs0;
    private final double vd0;
    private final double ca0;

    private final double[] vs = new double[size];
    private final double[] vd = new double[size];
    private final double[] ca = new double[size];
    private final double[] h = new double[size];
    private final double[] n = new double[size];
    private final double[] s = new double[size];
    private final double[] c = new double[size];
    private final double[] q = new double[size];
    private final List<StateVariable> state;
    private final double[][] ode;

    private PinskyRinzel(String name, int size, Parameters params) {
        super(name, size);
        this.gNa = params.get(G_NA);
        this.gK = params.get(G_K);
        this.gCa = params.get(G_CA);
        this.gAhp = params.get(G_AHP);
        this.gC = params.get(G_C);
        this.gL = params.get(G_L);
        this.eNa = params.get(E_NA);
        this.eK = params.get(E_K);
        this.eCa = params.get(E_CA);
        this.eL = params.get(E_L);
        this.gc = params.get(GC);
        this.vTh = params.get(V_TH);
        this.cm = params.get(CM);
        double frac = params.get(P);
        if (frac >= 1.0) {
            throw new org.brainj.api.core.ParameterException("p", String.valueOf(frac), "must be in (0, 1)");
        }
        this.p = frac;
        this.id = params.get(ID);
        this.vs0 = params.get(VS0);
        this.vd0 = params.get(VD0);
        this.ca0 = params.get(CA0);
        this.state = List.of(new StateVariable("V", "mV", vs), new StateVariable("Vd", "mV", vd),
                new StateVariable("Ca", "1", ca), new StateVariable("h", "1", h), new StateVariable("n", "1", n),
                new StateVariable("s", "1", s), new StateVariable("c", "1", c), new StateVariable("q", "1", q));
        this.ode = new double[][] {vs, vd, ca, h, n, s, c, q};
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
    public static PinskyRinzel create(String name, int size, Parameters params) {
        params.requireKnown(MODEL, PARAMETERS);
        return new PinskyRinzel(name, size, params);
    }

    @Override
    public List<StateVariable> state() {
        return state;
    }

    /** @return the somatic potential Vs [mV] (what synapses see), live */
    @Override
    public double[] potential() {
        return vs;
    }

    @Override
    public String inputUnit() {
        return "uA/cm^2";
    }

    @Override
    protected double[][] odeState() {
        return ode;
    }

    @Override
    protected void resetState() {
        Arrays.fill(vs, vs0);
        Arrays.fill(vd, vd0);
        Arrays.fill(ca, ca0);
    }

    @Override
    protected void afterInitialization() {
        for (int i = 0; i < size; i++) {
            double us = vs[i] + 60.0;
            double ud = vd[i] + 60.0;
            if (!isInitialized("h")) {
                h[i] = inf(alphaH(us), betaH(us));
            }
            if (!isInitialized("n")) {
                n[i] = inf(alphaN(us), betaN(us));
            }
            if (!isInitialized("s")) {
                s[i] = inf(alphaS(ud), betaS(ud));
            }
            if (!isInitialized("c")) {
                c[i] = inf(alphaC(ud), betaC(ud));
            }
            if (!isInitialized("q")) {
                q[i] = inf(alphaQ(ca[i]), BETA_Q);
            }
        }
    }

    private static double inf(double a, double b) {
        return a / (a + b);
    }

    // Rates in the paper's coordinates u = V + 60 mV; x/(e^x − 1) forms use the removable-singularity-safe ratio.

    static double alphaM(double u) {
        return 0.32 * 4.0 * ratio((13.1 - u) / 4.0);
    }

    static double betaM(double u) {
        return 0.28 * 5.0 * ratio((u - 40.1) / 5.0);
    }

    static double mInf(double u) {
        double a = alphaM(u);
        return a / (a + betaM(u));
    }

    static double alphaN(double u) {
        return 0.016 * 5.0 * ratio((35.1 - u) / 5.0);
    }

    static double betaN(double u) {
        return 0.25 * Math.exp(0.5 - 0.025 * u);
    }

    static double alphaH(double u) {
        return 0.128 * Math.exp((17.0 - u) / 18.0);
    }

    static double betaH(double u) {
        return 4.0 / (1.0 + Math.exp((40.0 - u) / 5.0));
    }

    static double alphaS(double u) {
        return 1.6 / (1.0 + Math.exp(-0.072 * (u - 65.0)));
    }

    static double betaS(double u) {
        return 0.02 * 5.0 * ratio((u - 51.1) / 5.0);
    }

    static double alphaC(double u) {
        // The paper's e^((u − 10)/11 − (u − 6.5)/27) (continuous at u = 50, where it meets 2e^((6.5 − u)/27));
        // BrainPy's code takes the difference of the two exponentials instead, making β_c negative near 50.
        return u <= 50.0 ? Math.exp((u - 10.0) / 11.0 - (u - 6.5) / 27.0) / 18.975
                : 2.0 * Math.exp((6.5 - u) / 27.0);
    }

    static double betaC(double u) {
        return u <= 50.0 ? 2.0 * Math.exp((6.5 - u) / 27.0) - alphaC(u) : 0.0;
    }

    static double alphaQ(double calcium) {
        return Math.min(2e-5 * calcium, 0.01);
    }

    static final double BETA_Q = 0.001;

    private static double ratio(double x) {
        return GatingMath.xOverExpm1(x);
    }

    private static double expEuler(double x, double a, double f, double dt) {
        // x + (e^(a dt) − 1)/a · f, the limit dt·f at a = 0.
        return x + ResetNeuronGroup.phi(a, dt) * f;
    }

    @Override
    protected int stepNative(StepContext ctx, int from, int to) {
        final double dt = ctx.dt();
        final double invC = 1.0 / cm;
        final double gcs = gc / p;
        final double gcd = gc / (1.0 - p);
        final double caDecay = Math.exp(-0.075 * dt);
        final double[] in = this.input;
        final double[] jump = this.delta;
        final double th = vTh;
        int bad = 0;
        int count = 0;
        for (int i = from; i < to; i++) {
            double vsi = vs[i];
            double vdi = vd[i];
            double cai = ca[i];
            double us = vsi + 60.0;
            double ud = vdi + 60.0;
            double hi = h[i];
            double ni = n[i];
            double si = s[i];
            double ci = c[i];
            double qi = q[i];
            double m = mInf(us);
            double gna = gNa * m * m * hi;
            double gk = gK * ni;
            double fs = (-gL * (vsi - eL) - gna * (vsi - eNa) - gk * (vsi - eK) + gcs * (vdi - vsi) + in[i] / p)
                    * invC;
            double as = -(gL + gna + gk + gcs) * invC;
            double gca = gCa * si * si;
            double gahp = gAhp * qi;
            double gkc = gC * ci * Math.min(cai / 250.0, 1.0);
            double fd = (-gL * (vdi - eL) - gca * (vdi - eCa) - gahp * (vdi - eK) - gkc * (vdi - eK)
                    + gcd * (vsi - vdi) + id / (1.0 - p)) * invC;
            double ad = -(gL + gca + gahp + gkc + gcd) * invC;
            double caInf = -0.13 * gca * (vdi - eCa) / 0.075;
            ca[i] = caInf + (cai - caInf) * caDecay;
            h[i] = GatingMath.relax(hi, alphaH(us), betaH(us), dt);
            n[i] = GatingMath.relax(ni, alphaN(us), betaN(us), dt);
            s[i] = GatingMath.relax(si, alphaS(ud), betaS(ud), dt);
            c[i] = GatingMath.relax(ci, alphaC(ud), betaC(ud), dt);
            q[i] = GatingMath.relax(qi, alphaQ(cai), BETA_Q, dt);
            double vsNew = expEuler(vsi, as, fs, dt) + jump[i];
            vs[i] = vsNew;
            vd[i] = expEuler(vdi, ad, fd, dt);
            in[i] = 0.0;
            jump[i] = 0.0;
            bad |= vsNew - vsNew == 0.0 ? 0 : 1;
            boolean fire = vsi < th && vsNew >= th;
            spike[i] = fire;
            fired[from + count] = i;
            count += fire ? 1 : 0;
        }
        if (bad != 0) {
            divergence(ctx, "V", vs, from, to);
        }
        return count;
    }

    @Override
    protected boolean clearsInputs() {
        return true;
    }

    @Override
    protected void derivatives(double t, double[] y, double[] dydt) {
        final int z = size;
        final double invC = 1.0 / cm;
        for (int i = 0; i < z; i++) {
            double vsi = y[i];
            double vdi = y[z + i];
            double cai = y[2 * z + i];
            double hi = y[3 * z + i];
            double ni = y[4 * z + i];
            double si = y[5 * z + i];
            double ci = y[6 * z + i];
            double qi = y[7 * z + i];
            double us = vsi + 60.0;
            double ud = vdi + 60.0;
            double m = mInf(us);
            double iCa = gCa * si * si * (vdi - eCa);
            dydt[i] = (-gL * (vsi - eL) - gNa * m * m * hi * (vsi - eNa) - gK * ni * (vsi - eK)
                    + gc / p * (vdi - vsi) + input[i] / p) * invC;
            dydt[z + i] = (-gL * (vdi - eL) - iCa - gAhp * qi * (vdi - eK)
                    - gC * ci * Math.min(cai / 250.0, 1.0) * (vdi - eK) + gc / (1.0 - p) * (vsi - vdi)
                    + id / (1.0 - p)) * invC;
            dydt[2 * z + i] = -0.13 * iCa - 0.075 * cai;
            dydt[3 * z + i] = alphaH(us) * (1.0 - hi) - betaH(us) * hi;
            dydt[4 * z + i] = alphaN(us) * (1.0 - ni) - betaN(us) * ni;
            dydt[5 * z + i] = alphaS(ud) * (1.0 - si) - betaS(ud) * si;
            dydt[6 * z + i] = alphaC(ud) * (1.0 - ci) - betaC(ud) * ci;
            dydt[7 * z + i] = alphaQ(cai) * (1.0 - qi) - BETA_Q * qi;
        }
    }

    @Override
    protected int afterGenericStep(StepContext ctx, double[] previousPotential) {
        return upwardCrossings(ctx, vs, previousPotential, vTh);
    }
}
