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
 * Hindmarsh–Rose (1984) bursting neurons, BrainPy's legacy {@code HindmarshRose}:
 *
 * <pre>
 *   dV/dt = y − a V³ + b V² − z + I
 *   dy/dt = c − d V² − y
 *   dz/dt = r (s (V − V_rest) − z)
 *   spike when V_old &lt; V_th ≤ V
 * </pre>
 *
 * <p>The variables are dimensionless, time in ms as BrainPy steps it. The defaults are BrainPy's (Hindmarsh and Rose's
 * a = 1, b = 3, c = 1, d = 5, s = 4, V_rest = −1.6 with r = 0.01); b and I switch between quiescence, tonic spiking
 * and bursting.
 *
 * <p>Initial state: V = {@code V0}, y = {@code y0}, z = {@code z0}: BrainPy's initialisers V = 0, y = −10, z = 0
 * (its docstring table lists V = −1.6, its code initialises 0).
 *
 * <p>Native integration: BrainPy's {@code exp_auto}, every variable from the state at the start of the step with the
 * others and the input held, linearised in itself: V ← V + (e^(A dt) − 1)/A · dV/dt with A = ∂(dV/dt)/∂V =
 * −3aV² + 2bV; y ← y∞ + (y − y∞) e^(−dt) with y∞ = c − dV²; z ← z∞ + (z − z∞) e^(−r dt) with z∞ = s (V − V_rest).
 */
public final class HindmarshRose extends OdeNeuronGroup {

    /** The model's name, as BrainPy spells it. */
    public static final String MODEL = "HindmarshRose";

    static final ParameterSpec A = ParameterSpec.any("a", "1", 1.0, "cubic coefficient of dV/dt");
    static final ParameterSpec B = ParameterSpec.any("b", "1", 3.0,
            "quadratic coefficient of dV/dt (switches spiking and bursting)");
    static final ParameterSpec C = ParameterSpec.any("c", "1", 1.0, "constant of dy/dt");
    static final ParameterSpec D = ParameterSpec.any("d", "1", 5.0, "quadratic coefficient of dy/dt");
    static final ParameterSpec R = ParameterSpec.nonNegative("r", "1/ms", 0.01, "rate of the slow variable z");
    static final ParameterSpec S = ParameterSpec.any("s", "1", 4.0, "adaptation gain of z");
    static final ParameterSpec V_REST = ParameterSpec.any("V_rest", "1", -1.6, "resting value in dz/dt");
    static final ParameterSpec V_TH = ParameterSpec.any("V_th", "1", 1.0, "spike threshold (upward crossing)");
    static final ParameterSpec V0 = ParameterSpec.any("V0", "1", 0.0, "initial V (BrainPy's ZeroInit)");
    static final ParameterSpec Y0 = ParameterSpec.any("y0", "1", -10.0, "initial y");
    static final ParameterSpec Z0 = ParameterSpec.any("z0", "1", 0.0, "initial z");

    /** The parameters, in BrainPy's order (initial values last). */
    public static final List<ParameterSpec> PARAMETERS = List.of(A, B, C, D, R, S, V_REST, V_TH, V0, Y0, Z0);

    /** What model factories list for this model. */
    public static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(MODEL, ModelKind.NEURON,
            "Hindmarsh-Rose 1984 bursting neuron, dimensionless (BrainPy legacy HindmarshRose)", PARAMETERS);

    private final double a;
    private final double b;
    private final double c;
    private final double d;
    private final double r;
    private final double s;
    private final double vRest;
    private final double vTh;
    private final double v0;
    private final double y0;
    private final double z0;

    private final double[] v;
    private final double[] y;
    private final double[] z;

    private HindmarshRose(String name, int size, Parameters p) {
        super(name, size);
        this.a = p.get(A);
        this.b = p.get(B);
        this.c = p.get(C);
        this.d = p.get(D);
        this.r = p.get(R);
        this.s = p.get(S);
        this.vRest = p.get(V_REST);
        this.vTh = p.get(V_TH);
        this.v0 = p.get(V0);
        this.y0 = p.get(Y0);
        this.z0 = p.get(Z0);
        this.v = new double[size];
        this.y = new double[size];
        this.z = new double[size];
        declareState(List.of(new StateVariable("V", "1", v), new StateVariable("y", "1", y),
                new StateVariable("z", "1", z)), v, y, z);
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
    public static HindmarshRose create(String name, int size, Parameters params) {
        params.requireKnown(MODEL, PARAMETERS);
        return new HindmarshRose(name, size, params);
    }

    @Override
    public String inputUnit() {
        return "1";
    }

    @Override
    protected void resetState() {
        Arrays.fill(v, v0);
        Arrays.fill(y, y0);
        Arrays.fill(z, z0);
    }

    @Override
    protected void derivatives(double t, double[] st, double[] dydt) {
        final int n = size;
        for (int i = 0; i < n; i++) {
            double vi = st[i];
            double v2 = vi * vi;
            dydt[i] = st[n + i] - a * v2 * vi + b * v2 - st[2 * n + i] + input[i];
            dydt[n + i] = c - d * v2 - st[n + i];
            dydt[2 * n + i] = r * (s * (vi - vRest) - st[2 * n + i]);
        }
    }

    @Override
    protected int stepNative(StepContext ctx, int from, int to) {
        final double dt = ctx.dt();
        final double ey = Math.exp(-dt);
        final double ez = Math.exp(-r * dt);
        final double[] v = this.v;
        final double[] y = this.y;
        final double[] z = this.z;
        final double[] in = this.input;
        final double[] jump = this.delta;
        final boolean[] spk = this.spike;
        final int[] out = this.fired;
        final double th = vTh;
        int bad = 0;
        int count = 0;
        for (int i = from; i < to; i++) {
            double vi = v[i];
            double yi = y[i];
            double zi = z[i];
            double v2 = vi * vi;
            double yInf = c - d * v2;
            y[i] = yInf + (yi - yInf) * ey;
            double zInf = s * (vi - vRest);
            z[i] = zInf + (zi - zInf) * ez;
            double f = yi - a * v2 * vi + b * v2 - zi + in[i];
            double slope = -3.0 * a * v2 + 2.0 * b * vi;
            double vNew = vi + ExpAuto.phi(slope, dt) * f + jump[i];
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
