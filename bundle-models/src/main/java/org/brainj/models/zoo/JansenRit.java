package org.brainj.models.zoo;

import java.util.List;

import org.brainj.api.core.StepContext;
import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;

/**
 * The Jansen and Rit (1995) cortical column: pyramidal cells with excitatory and inhibitory interneurons, six
 * variables (BrainPy has it only as an example notebook; its {@code JansenRitModel} is an empty placeholder):
 *
 * <pre>
 *   dy0/dt = y3    dy3/dt = A a S(y1 − y2)                 − 2a y3 − a² y0
 *   dy1/dt = y4    dy4/dt = A a (p + I + C2 S(C1 y0))      − 2a y4 − a² y1
 *   dy2/dt = y5    dy5/dt = B b C4 S(C3 y0)                − 2b y5 − b² y2
 *   S(v) = 2 e0 / (1 + e^(r (v0 − v))),   C1 = C, C2 = 0.8 C, C3 = C4 = 0.25 C
 * </pre>
 *
 * <p>Units: potentials in mV, <b>time in ms</b> like the rest of the platform, so Jansen and Rit's rates are divided
 * by 1000: a = 100/s → 0.1 /ms, b = 50/s → 0.05 /ms, e0 = 2.5/s → 0.0025 /ms, and the input p (120–320 pulses/s in the
 * paper) → 0.12–0.32 /ms; y3, y4, y5 are in mV/ms. The other defaults are the paper's: A 3.25 mV, B 22 mV, C 135,
 * v0 6 mV, r 0.56 /mV. With constant p between about 0.15 and 0.32 /ms the column oscillates at 10–11 Hz (the
 * alpha rhythm of the paper); near p = 0.12 /ms it can also settle on a slower, large "spike-wave" cycle.
 *
 * <p>{@link #input()} is added to p [1/ms], the pyramidal cells' external pulse density (where the paper puts its
 * noise). {@link #potential()} and the state variable {@code V} are y1 − y2, the pyramidal membrane potential that
 * the model's EEG reads; it is derived after every step (an initializer for it is overwritten). Initial state: all
 * y = 0. Delta jumps are added to y1.
 *
 * <p>Native integration: exponential Euler on the linear part of each second-order pair, with the sigmoid terms and
 * the input held over the step: (y0, y3), (y1, y4) with rate a and (y2, y5) with rate b are critically damped
 * oscillators y'' + 2k y' + k² y = F, solved exactly, u(t) = (u + (y' + k u) t) e^(−kt) for u = y − F/k². BrainPy's
 * per-variable {@code exp_auto} would advance the potentials by forward Euler (their own equations do not contain
 * them); at dt = 0.1 ms that puts the alpha period 1–4 % long, the exact pairs 0.3–0.8 %.
 */
public final class JansenRit extends RateGroup {

    /** The model's name, in BrainPy's spelling. */
    public static final String MODEL = "JansenRitModel";

    static final ParameterSpec A = ParameterSpec.positive("A", "mV", 3.25, "maximal excitatory PSP amplitude");
    static final ParameterSpec B = ParameterSpec.positive("B", "mV", 22.0, "maximal inhibitory PSP amplitude");
    static final ParameterSpec A_RATE = ParameterSpec.positive("a", "1/ms", 0.1,
            "excitatory synaptic rate constant (100/s)");
    static final ParameterSpec B_RATE = ParameterSpec.positive("b", "1/ms", 0.05,
            "inhibitory synaptic rate constant (50/s)");
    static final ParameterSpec C = ParameterSpec.nonNegative("C", "1", 135.0,
            "connectivity constant: C1 = C, C2 = 0.8 C, C3 = C4 = 0.25 C");
    static final ParameterSpec E0 = ParameterSpec.nonNegative("e0", "1/ms", 0.0025,
            "half the maximal firing rate of the sigmoid (2.5/s)");
    static final ParameterSpec V0 = ParameterSpec.any("v0", "mV", 6.0, "potential at half the maximal rate");
    static final ParameterSpec R = ParameterSpec.any("r", "1/mV", 0.56, "steepness of the sigmoid");
    static final ParameterSpec P = ParameterSpec.any("p", "1/ms", 0.22,
            "external pulse density onto the pyramidal cells (220/s)");

    /** The parameters. */
    public static final List<ParameterSpec> PARAMETERS = List.of(A, B, A_RATE, B_RATE, C, E0, V0, R, P);

    /** What model factories list for this model. */
    public static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(MODEL, ModelKind.RATE,
            "Jansen-Rit 1995 cortical column (time in ms, rates in 1/ms); input adds to p, V = y1 - y2",
            PARAMETERS);

    private final double amp;
    private final double bmp;
    private final double a;
    private final double b;
    private final double c1;
    private final double c2;
    private final double c3;
    private final double c4;
    private final double e0;
    private final double v0;
    private final double r;
    private final double p;

    private JansenRit(String name, int size, Parameters params) {
        super(name, size, MODEL, "1/ms", new String[] {"y0", "y1", "y2", "y3", "y4", "y5"},
                new String[] {"mV", "mV", "mV", "mV/ms", "mV/ms", "mV/ms"}, new double[6], new double[6],
                new String[] {"V"}, new String[] {"mV"});
        this.amp = params.get(A);
        this.bmp = params.get(B);
        this.a = params.get(A_RATE);
        this.b = params.get(B_RATE);
        double c = params.get(C);
        this.c1 = c;
        this.c2 = 0.8 * c;
        this.c3 = 0.25 * c;
        this.c4 = 0.25 * c;
        this.e0 = params.get(E0);
        this.v0 = params.get(V0);
        this.r = params.get(R);
        this.p = params.get(P);
        reset();
    }

    /**
     * Builds a population from user parameters.
     *
     * @param name   the population's name
     * @param size   number of columns, ≥ 1
     * @param params parameter values by name; missing ones take their defaults
     * @return the population, at its initial state
     * @throws org.brainj.api.core.ParameterException for an unknown or out-of-range parameter
     */
    public static JansenRit create(String name, int size, Parameters params) {
        params.requireKnown(MODEL, PARAMETERS);
        return new JansenRit(name, size, params);
    }

    @Override
    public double[] potential() {
        return extra[0];
    }

    @Override
    int jumpTarget() {
        return 1;
    }

    private double sigmoid(double v) {
        return 2.0 * e0 / (1.0 + Math.exp(r * (v0 - v)));
    }

    @Override
    protected void afterInitialization() {
        derive(0, size);
    }

    private void derive(int from, int to) {
        double[] y1 = vars[1];
        double[] y2 = vars[2];
        double[] v = extra[0];
        for (int i = from; i < to; i++) {
            v[i] = y1[i] - y2[i];
        }
    }

    @Override
    protected void derivatives(double t, double[] yy, double[] dydt) {
        final int n = size;
        final double aa = a * a;
        final double bb = b * b;
        for (int i = 0; i < n; i++) {
            double y0 = yy[i];
            double y1 = yy[n + i];
            double y2 = yy[2 * n + i];
            double y3 = yy[3 * n + i];
            double y4 = yy[4 * n + i];
            double y5 = yy[5 * n + i];
            dydt[i] = y3;
            dydt[n + i] = y4;
            dydt[2 * n + i] = y5;
            dydt[3 * n + i] = amp * a * sigmoid(y1 - y2) - 2.0 * a * y3 - aa * y0;
            dydt[4 * n + i] = amp * a * (p + input[i] + c2 * sigmoid(c1 * y0)) - 2.0 * a * y4 - aa * y1;
            dydt[5 * n + i] = bmp * b * c4 * sigmoid(c3 * y0) - 2.0 * b * y5 - bb * y2;
        }
    }

    @Override
    protected int stepNative(StepContext ctx, int from, int to) {
        final double dt = ctx.dt();
        final double ea = Math.exp(-a * dt);
        final double eb = Math.exp(-b * dt);
        final double invAa = 1.0 / (a * a);
        final double invBb = 1.0 / (b * b);
        final double[] s0 = vars[0];
        final double[] s1 = vars[1];
        final double[] s2 = vars[2];
        final double[] s3 = vars[3];
        final double[] s4 = vars[4];
        final double[] s5 = vars[5];
        final double[] v = extra[0];
        final double[] in = input;
        final double[] jump = delta;
        int bad = 0;
        for (int i = from; i < to; i++) {
            double y0 = s0[i];
            double y1 = s1[i];
            double y2 = s2[i];
            // Forcings held over the step; each pair then relaxes exactly to its shifted rest y* = forcing / rate².
            double f0 = amp * a * sigmoid(y1 - y2) * invAa;
            double f1 = amp * a * (p + in[i] + c2 * sigmoid(c1 * y0)) * invAa;
            double f2 = bmp * b * c4 * sigmoid(c3 * y0) * invBb;
            double u0 = y0 - f0;
            double u1 = y1 - f1;
            double u2 = y2 - f2;
            double k0 = s3[i] + a * u0;
            double k1 = s4[i] + a * u1;
            double k2 = s5[i] + b * u2;
            s0[i] = f0 + (u0 + k0 * dt) * ea;
            double y1New = f1 + (u1 + k1 * dt) * ea + jump[i];
            double y2New = f2 + (u2 + k2 * dt) * eb;
            s1[i] = y1New;
            s2[i] = y2New;
            double y3New = (s3[i] - a * k0 * dt) * ea;
            double y4New = (s4[i] - a * k1 * dt) * ea;
            double y5New = (s5[i] - b * k2 * dt) * eb;
            s3[i] = y3New;
            s4[i] = y4New;
            s5[i] = y5New;
            double vNew = y1New - y2New;
            v[i] = vNew;
            in[i] = 0.0;
            jump[i] = 0.0;
            // The input reaches y1 and y4 first: check the velocities as well as V.
            bad |= vNew - vNew + (y3New - y3New) + (y4New - y4New) + (y5New - y5New) == 0.0 ? 0 : 1;
        }
        if (bad != 0) {
            checkFinite(ctx, from, to);
        }
        return 0;
    }

    @Override
    protected int afterGenericStep(StepContext ctx, double[] previousPotential) {
        int n = super.afterGenericStep(ctx, previousPotential);
        derive(0, size);
        return n;
    }
}
