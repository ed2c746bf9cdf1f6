package org.brainj.models.zoo;

import java.util.Arrays;
import java.util.List;

import org.brainj.api.core.ParameterException;
import org.brainj.api.core.StateVariable;
import org.brainj.api.core.StepContext;
import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;

/**
 * Generalized integrate-and-fire neurons of Mihalaş &amp; Niebur (2009), BrainPy's {@code Gif}:
 *
 * <pre>
 *   dI1/dt   = −k1 I1
 *   dI2/dt   = −k2 I2
 *   dV_th/dt = a (V − V_rest) − b (V_th − V_th_inf)
 *   τ dV/dt  = −(V − V_rest) + R (I + I1 + I2)
 *   spike when V ≥ V_th, then I1 ← R1 I1 + A1, I2 ← R2 I2 + A2, V_th ← max(V_th_reset, V_th), V ← V_reset
 * </pre>
 *
 * <p>Units: V in mV, times in ms, rates k1, k2, a, b in 1/ms, currents in the unit that R turns into mV. Initial
 * state: V = {@code V0}, V_th = {@code V_th0}, I1 = I2 = 0.
 *
 * <p>Native integration: BrainPy's {@code exp_auto} on the joint equations from the state at the start of the step;
 * every equation is linear in its own variable, so each is the exact relaxation with the others held.
 */
public class Gif extends ResetNeuronGroup {

    /** The model's name, as BrainPy spells it. */
    public static final String MODEL = "Gif";

    static final ParameterSpec V_REST = ParameterSpec.any("V_rest", "mV", -70.0, "resting potential");
    static final ParameterSpec V_RESET = ParameterSpec.any("V_reset", "mV", -70.0, "potential after a spike");
    static final ParameterSpec V_TH_INF = ParameterSpec.any("V_th_inf", "mV", -50.0,
            "value the threshold relaxes to");
    static final ParameterSpec V_TH_RESET = ParameterSpec.any("V_th_reset", "mV", -60.0,
            "lowest threshold after a spike; must be above V_reset");
    static final ParameterSpec R = ParameterSpec.positive("R", "1", 20.0,
            "membrane resistance, in the unit that makes R*I millivolts");
    static final ParameterSpec TAU = ParameterSpec.positive("tau", "ms", 20.0, "membrane time constant");
    static final ParameterSpec A = ParameterSpec.any("a", "1/ms", 0.0, "dependence of V_th on V");
    static final ParameterSpec B = ParameterSpec.nonNegative("b", "1/ms", 0.01, "relaxation rate of V_th");
    static final ParameterSpec K1 = ParameterSpec.nonNegative("k1", "1/ms", 0.2, "decay rate of I1");
    static final ParameterSpec K2 = ParameterSpec.nonNegative("k2", "1/ms", 0.02, "decay rate of I2");
    static final ParameterSpec R1 = ParameterSpec.any("R1", "1", 0.0, "fraction of I1 kept at a spike");
    static final ParameterSpec R2 = ParameterSpec.any("R2", "1", 1.0, "fraction of I2 kept at a spike");
    static final ParameterSpec A1 = ParameterSpec.any("A1", "mV/R", 0.0, "jump of I1 at a spike");
    static final ParameterSpec A2 = ParameterSpec.any("A2", "mV/R", 0.0, "jump of I2 at a spike");
    static final ParameterSpec V0 = ParameterSpec.any("V0", "mV", -70.0, "initial membrane potential");
    static final ParameterSpec V_TH0 = ParameterSpec.any("V_th0", "mV", -50.0, "initial threshold");

    /** The parameters, in BrainPy's order. */
    public static final List<ParameterSpec> PARAMETERS = List.of(V_REST, V_RESET, V_TH_INF, V_TH_RESET, R, TAU, A, B,
            K1, K2, R1, R2, A1, A2, V0, V_TH0);

    /** What model factories list for this model. */
    public static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(MODEL, ModelKind.NEURON,
            "generalized integrate-and-fire (Mihalas-Niebur 2009) with dynamic threshold and two spike currents",
            PARAMETERS);

    private final double vRest;
    private final double vThInf;
    private final double vThReset;
    private final double r;
    private final double tau;
    private final double a;
    private final double b;
    private final double k1;
    private final double k2;
    private final double r1;
    private final double r2;
    private final double a1;
    private final double a2;
    private final double vTh0;
    private final double[] i1;
    private final double[] i2;
    private final double[] th;
    private double decayV;
    private double decay1;
    private double decay2;
    private double decayTh;
    private double phiTh;

    Gif(String name, int size, Parameters p, double tauRef) {
        super(name, size, Double.NaN, p.get(V_RESET), tauRef, p.get(V0));
        this.vRest = p.get(V_REST);
        this.vThInf = p.get(V_TH_INF);
        this.vThReset = p.get(V_TH_RESET);
        this.r = p.get(R);
        this.tau = p.get(TAU);
        this.a = p.get(A);
        this.b = p.get(B);
        this.k1 = p.get(K1);
        this.k2 = p.get(K2);
        this.r1 = p.get(R1);
        this.r2 = p.get(R2);
        this.a1 = p.get(A1);
        this.a2 = p.get(A2);
        this.vTh0 = p.get(V_TH0);
        this.i1 = new double[size];
        this.i2 = new double[size];
        this.th = new double[size];
        declareState(new StateVariable("I1", "mV/R", i1), new StateVariable("I2", "mV/R", i2),
                new StateVariable("V_th", "mV", th));
        reset();
    }

    /**
     * Builds a population from user parameters.
     *
     * @param name   the population's name
     * @param size   number of neurons, ≥ 1
     * @param params parameter values by BrainPy name; missing ones take their defaults
     * @return the population, at its initial state
     * @throws ParameterException for an unknown or out-of-range parameter, or V_th_reset ≤ V_reset
     */
    public static Gif create(String name, int size, Parameters params) {
        params.requireKnown(MODEL, PARAMETERS);
        check(params);
        return new Gif(name, size, params, Double.NaN);
    }

    static void check(Parameters params) {
        double thReset = params.get(V_TH_RESET);
        double vReset = params.get(V_RESET);
        if (!(thReset > vReset)) {
            throw new ParameterException(V_TH_RESET.name(), thReset + " mV",
                    "must be > V_reset = " + vReset + " mV, otherwise a reset neuron can be at threshold");
        }
    }

    @Override
    public String inputUnit() {
        return "mV/R";
    }

    /** @return the dynamic thresholds V_th [mV], live */
    public final double[] threshold() {
        return th;
    }

    @Override
    protected final void resetOthers() {
        Arrays.fill(i1, 0.0);
        Arrays.fill(i2, 0.0);
        Arrays.fill(th, vTh0);
    }

    @Override
    protected final void dtChanged(double dt) {
        decayV = Math.exp(-dt / tau);
        decay1 = Math.exp(-k1 * dt);
        decay2 = Math.exp(-k2 * dt);
        decayTh = Math.exp(-b * dt);
        phiTh = phi(-b, dt);
    }

    @Override
    protected final void advance(double dt, int from, int to) {
        final double[] v = this.v;
        final double[] in = this.input;
        final double[] jump = this.delta;
        final double ev = decayV;
        final double e1 = decay1;
        final double e2 = decay2;
        final double pTh = phiTh;
        for (int i = from; i < to; i++) {
            double vi = v[i];
            double x1 = i1[i];
            double x2 = i2[i];
            double ti = th[i];
            double vInf = vRest + r * (in[i] + x1 + x2);
            v[i] = vInf + (vi - vInf) * ev + jump[i];
            i1[i] = x1 * e1;
            i2[i] = x2 * e2;
            // (e^(-b dt) - 1)/(-b) times the derivative: exact for V held, and dt at b = 0.
            th[i] = ti + pTh * (a * (vi - vRest) - b * (ti - vThInf));
            in[i] = 0.0;
            jump[i] = 0.0;
        }
    }

    @Override
    protected final int detect(StepContext ctx, int from, int to) {
        final double[] v = this.v;
        final double[] th = this.th;
        int n = 0;
        for (int i = from; i < to; i++) {
            if (!(v[i] < th[i])) {
                fire(ctx, i);
                fired[from + n++] = i;
            }
        }
        return n;
    }

    @Override
    protected final void onSpike(int i) {
        i1[i] = r1 * i1[i] + a1;
        i2[i] = r2 * i2[i] + a2;
        th[i] = Math.max(vThReset, th[i]);
    }

    @Override
    protected final void derivatives(double t, double[] y, double[] dydt) {
        final int s = size;
        for (int i = 0; i < s; i++) {
            double vi = y[i];
            double x1 = y[s + i];
            double x2 = y[2 * s + i];
            double ti = y[3 * s + i];
            dydt[i] = (vRest - vi + r * (input[i] + x1 + x2)) / tau;
            dydt[s + i] = -k1 * x1;
            dydt[2 * s + i] = -k2 * x2;
            dydt[3 * s + i] = a * (vi - vRest) - b * (ti - vThInf);
        }
    }
}
