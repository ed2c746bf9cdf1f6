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
 * FitzHugh–Nagumo (1961) neurons with spike events, BrainPy's legacy {@code FHN}:
 *
 * <pre>
 *   dV/dt = V − V³/3 − w + I
 *   dw/dt = (V + a − b w) / τ
 *   spike when V_old &lt; V_th ≤ V
 * </pre>
 *
 * <p>The variables are dimensionless, time in ms as BrainPy steps it. Defaults are BrainPy's (FitzHugh's a = 0.7,
 * b = 0.8, τ = 12.5). BrainPy spells the threshold {@code Vth}; here it is {@code V_th} like every other model of the
 * zoo. Initial state: V = {@code V0}, w = {@code w0}, both 0 (BrainPy's ZeroInit).
 *
 * <p>Native integration: BrainPy's {@code exp_auto}, each variable linearised in itself with the other and the input
 * held at the start of the step: V ← V + (e^(A dt) − 1)/A · dV/dt with A = 1 − V², and w exactly for held V:
 * w ← w + (e^(−b dt/τ) − 1)/(−b/τ) · dw/dt.
 */
public final class FHN extends OdeNeuronGroup {

    /** The model's name, as BrainPy spells it. */
    public static final String MODEL = "FHN";

    static final ParameterSpec A = ParameterSpec.any("a", "1", 0.7, "offset of dw/dt");
    static final ParameterSpec B = ParameterSpec.any("b", "1", 0.8, "decay coefficient of w");
    static final ParameterSpec TAU = ParameterSpec.positive("tau", "ms", 12.5, "time constant of w");
    static final ParameterSpec V_TH = ParameterSpec.any("V_th", "1", 1.8,
            "spike threshold (upward crossing; BrainPy's Vth)");
    static final ParameterSpec V0 = ParameterSpec.any("V0", "1", 0.0, "initial V");
    static final ParameterSpec W0 = ParameterSpec.any("w0", "1", 0.0, "initial w");

    /** The parameters, in BrainPy's order (initial values last). */
    public static final List<ParameterSpec> PARAMETERS = List.of(A, B, TAU, V_TH, V0, W0);

    /** What model factories list for this model. */
    public static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(MODEL, ModelKind.NEURON,
            "FitzHugh-Nagumo neuron with upward-crossing spikes, dimensionless (BrainPy legacy FHN)", PARAMETERS);

    private final double a;
    private final double b;
    private final double tau;
    private final double vTh;
    private final double v0;
    private final double w0;

    private final double[] v;
    private final double[] w;

    private FHN(String name, int size, Parameters p) {
        super(name, size);
        this.a = p.get(A);
        this.b = p.get(B);
        this.tau = p.get(TAU);
        this.vTh = p.get(V_TH);
        this.v0 = p.get(V0);
        this.w0 = p.get(W0);
        this.v = new double[size];
        this.w = new double[size];
        declareState(List.of(new StateVariable("V", "1", v), new StateVariable("w", "1", w)), v, w);
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
    public static FHN create(String name, int size, Parameters params) {
        params.requireKnown(MODEL, PARAMETERS);
        return new FHN(name, size, params);
    }

    @Override
    public String inputUnit() {
        return "1";
    }

    @Override
    protected void resetState() {
        Arrays.fill(v, v0);
        Arrays.fill(w, w0);
    }

    @Override
    protected void derivatives(double t, double[] y, double[] dydt) {
        final int n = size;
        final double invTau = 1.0 / tau;
        for (int i = 0; i < n; i++) {
            double vi = y[i];
            double wi = y[n + i];
            dydt[i] = vi - vi * vi * vi / 3.0 - wi + input[i];
            dydt[n + i] = (vi + a - b * wi) * invTau;
        }
    }

    @Override
    protected int stepNative(StepContext ctx, int from, int to) {
        final double dt = ctx.dt();
        final double invTau = 1.0 / tau;
        final double phiW = ExpAuto.phi(-b * invTau, dt);
        final double[] v = this.v;
        final double[] w = this.w;
        final double[] in = this.input;
        final double[] jump = this.delta;
        final boolean[] spk = this.spike;
        final int[] out = this.fired;
        final double th = vTh;
        int bad = 0;
        int count = 0;
        for (int i = from; i < to; i++) {
            double vi = v[i];
            double wi = w[i];
            w[i] = wi + phiW * (vi + a - b * wi) * invTau;
            double f = vi - vi * vi * vi / 3.0 - wi + in[i];
            double vNew = vi + ExpAuto.phi(1.0 - vi * vi, dt) * f + jump[i];
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
