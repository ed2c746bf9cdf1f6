package org.brainj.models.zoo;

import java.util.List;

import org.brainj.api.core.ParameterException;
import org.brainj.api.core.StepContext;
import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;

/**
 * The stimulus of the decision-making network (BrainPy's {@code PoissonStim} in its Wang 2002 example): Poisson spike
 * trains whose common rate is redrawn every {@code t_interval} ms as max(0, N(freq_mean, freq_var²)) while the
 * stimulus is on, t ∈ [t_start, t_end), and is 0 outside. Within a step each member fires iff
 * U(0, 1) &lt; rate·dt/1000.
 *
 * <p>The k-th interval (k = ⌊(t − t_start)/t_interval⌋) uses the rate {@code max(0, freq_mean + freq_var ·
 * normal(stream, −1, k))}: index −1 is never a member, so the draw shared by the whole group never coincides with a
 * member's spike draw (see PoissonSource). The rate is a pure function of the seed and the interval, so
 * every slice of a parallel step computes the same one.
 *
 * <p>Differences from BrainPy's example, by design: the window is half-open [t_start, t_end) (BrainPy tests
 * t_start &lt; t &lt; t_end, one step later at the start), and a negative draw is clipped to 0 (BrainPy compares the
 * uniform draw with a negative probability, which never fires: the same).
 */
public final class PoissonStim extends PoissonSource {

    /** The model's name, as BrainPy's example spells it. */
    public static final String MODEL = "PoissonStim";

    static final ParameterSpec FREQ_MEAN = ParameterSpec.nonNegative("freq_mean", "Hz", 40.0,
            "mean of the rate drawn for each interval");
    static final ParameterSpec FREQ_VAR = ParameterSpec.nonNegative("freq_var", "Hz", 10.0,
            "standard deviation of the rate drawn for each interval (BrainPy's name)");
    static final ParameterSpec T_INTERVAL = ParameterSpec.positive("t_interval", "ms", 50.0,
            "the rate is redrawn every t_interval ms");
    static final ParameterSpec T_START = ParameterSpec.any("t_start", "ms", 0.0, "stimulus onset");
    static final ParameterSpec T_END = ParameterSpec.any("t_end", "ms", 1e12, "stimulus offset (exclusive)");

    /** The parameters. */
    public static final List<ParameterSpec> PARAMETERS = List.of(FREQ_MEAN, FREQ_VAR, T_INTERVAL, T_START, T_END);

    /** What model factories list for this model. */
    public static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(MODEL, ModelKind.NEURON,
            "Poisson stimulus whose common rate max(0, N(freq_mean, freq_var)) is redrawn every t_interval ms "
                    + "within [t_start, t_end) (BrainPy decision-making example)",
            PARAMETERS);

    /** Time comparisons tolerate this much accumulated rounding in t = t0 + i·dt [ms]. */
    private static final double EPS = 1e-9;

    private final double freqMean;
    private final double freqVar;
    private final double tInterval;
    private final double tStart;
    private final double tEnd;

    private PoissonStim(String name, int size, Parameters p) {
        super(name, size);
        this.freqMean = p.get(FREQ_MEAN);
        this.freqVar = p.get(FREQ_VAR);
        this.tInterval = p.get(T_INTERVAL);
        this.tStart = p.get(T_START);
        this.tEnd = p.get(T_END);
    }

    /**
     * @param name   the population's name
     * @param size   number of sources, ≥ 1
     * @param params {@code freq_mean}, {@code freq_var} [Hz], {@code t_interval}, {@code t_start}, {@code t_end} [ms]
     * @return the stimulus
     * @throws ParameterException for an unknown or out-of-range parameter, or t_end &lt; t_start
     */
    public static PoissonStim create(String name, int size, Parameters params) {
        params.requireKnown(MODEL, PARAMETERS);
        double start = params.get(T_START);
        double end = params.get(T_END);
        if (!(end >= start)) {
            throw new ParameterException(T_END.name(), end + " ms", "must be >= t_start = " + start + " ms");
        }
        return new PoissonStim(name, size, params);
    }

    /**
     * @param t time [ms]
     * @return the rate of the whole group at t [Hz]: 0 outside [t_start, t_end)
     */
    public double rate(double t) {
        if (!(t >= tStart - EPS && t < tEnd - EPS)) {
            return 0.0;
        }
        long k = (long) Math.floor((t - tStart) / tInterval + EPS);
        return Math.max(0.0, freqMean + freqVar * random().normal(stream(), -1, k, 0));
    }

    @Override
    double probability(StepContext ctx) {
        return rate(ctx.t()) * ctx.dt() / 1000.0;
    }

    @Override
    public String toString() {
        return MODEL + " '" + name() + "' (" + size + " sources, " + freqMean + " +- " + freqVar + " Hz from "
                + tStart + " to " + tEnd + " ms)";
    }
}
