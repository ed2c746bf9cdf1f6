package org.brainj.models.zoo;

import java.util.Arrays;
import java.util.List;

import org.brainj.api.core.StepContext;
import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;

/**
 * Ermentrout–Kopell theta neurons (the phase form of the quadratic integrate-and-fire neuron; BrainPy's
 * {@code ThetaNeuron} is an empty placeholder):
 *
 * <pre>
 *   dθ/dt = 1 − cos θ + (1 + cos θ)(η + I)
 *   spike when θ crosses π; θ is kept in (−π, π] by subtracting 2π there
 * </pre>
 *
 * <p>Time in ms. For η + I &gt; 0 the neuron fires with period π/√(η + I) ms (θ = 2 arctan v maps it onto the QIF
 * dv/dt = v² + η + I); for η + I &lt; 0 it rests at θ = −arccos((1 + η + I)/(1 − η − I)). {@link #input()} is the
 * drive I, added to η (so it acts on dθ/dt through the factor 1 + cos θ); {@link #potential()} is θ. Unlike the other
 * rate models it reports spikes. Initial state θ = 0 ({@code --init theta=uniform(-3.14159,3.14159)} spreads it).
 *
 * <p>Native integration: BrainPy's {@code exp_auto}, θ linearised in itself: slope sin θ (1 − η − I).
 */
public final class ThetaNeuron extends RateGroup {

    /** The model's name. */
    public static final String MODEL = "ThetaNeuron";

    private static final double TWO_PI = 2.0 * Math.PI;

    static final ParameterSpec ETA = ParameterSpec.any("eta", "1", 1.0,
            "excitability: the neuron fires when eta + I > 0");

    /** The parameters. */
    public static final List<ParameterSpec> PARAMETERS = List.of(ETA);

    /** What model factories list for this model. */
    public static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(MODEL, ModelKind.RATE,
            "Ermentrout-Kopell theta neuron, spikes when theta crosses pi; input adds to eta", PARAMETERS);

    private final double eta;

    private ThetaNeuron(String name, int size, Parameters p) {
        super(name, size, MODEL, "1", new String[] {"theta"}, new String[] {"rad"}, new double[] {0.0},
                new double[] {0.0}, new String[0], new String[0]);
        this.eta = p.get(ETA);
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
    public static ThetaNeuron create(String name, int size, Parameters params) {
        params.requireKnown(MODEL, PARAMETERS);
        return new ThetaNeuron(name, size, params);
    }

    @Override
    protected void derivatives(double t, double[] yy, double[] dydt) {
        for (int i = 0; i < size; i++) {
            double c = Math.cos(yy[i]);
            dydt[i] = 1.0 - c + (1.0 + c) * (eta + input[i]);
        }
    }

    @Override
    protected int stepNative(StepContext ctx, int from, int to) {
        final double dt = ctx.dt();
        final double[] th = vars[0];
        final double[] in = input;
        final double[] jump = delta;
        final boolean[] spk = spike;
        final int[] out = fired;
        int bad = 0;
        int count = 0;
        for (int i = from; i < to; i++) {
            double theta = th[i];
            double drive = eta + in[i];
            double c = Math.cos(theta);
            double f = 1.0 - c + (1.0 + c) * drive;
            double next = theta + ExpAuto.phi(Math.sin(theta) * (1.0 - drive), dt) * f + jump[i];
            in[i] = 0.0;
            jump[i] = 0.0;
            bad |= next - next == 0.0 ? 0 : 1;
            boolean fire = next > Math.PI;
            th[i] = wrap(next);
            spk[i] = fire;
            out[from + count] = i;
            count += fire ? 1 : 0;
        }
        if (bad != 0) {
            checkFinite(ctx, from, to);
        }
        return count;
    }

    @Override
    protected void afterInitialization() {
        // User initial values may lie anywhere; the step assumes (−π, π].
        double[] th = vars[0];
        for (int i = 0; i < size; i++) {
            th[i] = wrap(Math.IEEEremainder(th[i], TWO_PI));
        }
    }

    /** Brings θ back into (−π, π]; a step never moves it by 2π, so one correction is enough. */
    private static double wrap(double theta) {
        if (theta > Math.PI) {
            return theta - TWO_PI;
        }
        return theta <= -Math.PI ? theta + TWO_PI : theta;
    }

    @Override
    protected int afterGenericStep(StepContext ctx, double[] previousPotential) {
        final double[] th = vars[0];
        int count = 0;
        for (int i = 0; i < size; i++) {
            double next = th[i] + delta[i];
            if (!Double.isFinite(next)) {
                th[i] = next;
                checkFinite(ctx, i, i + 1);
            }
            boolean fire = next > Math.PI;
            th[i] = wrap(next);
            spike[i] = fire;
            fired[count] = i;
            count += fire ? 1 : 0;
        }
        Arrays.fill(input, 0.0);
        Arrays.fill(delta, 0.0);
        return count;
    }
}
