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
import org.brainj.models.kit.SynapseDynamics;

/**
 * Dual-exponential synapse as the difference of two independent exponentials, BrainPy's {@code DualExponV2}:
 *
 * <pre>
 *   dg_rise/dt = −g_rise/τ_rise,   dg_decay/dt = −g_decay/τ_decay,   each arriving weight w is added to both
 *   value = A·(g_decay − g_rise)
 * </pre>
 *
 * <p><b>Peak normalisation.</b> After one arrival of weight w at t = 0 the value is A·w·(e^(−t/τ_d) − e^(−t/τ_r)),
 * which peaks at t_peak = τ_rτ_d/(τ_d − τ_r)·ln(τ_d/τ_r). Unless A is given, it is the factor that makes that peak
 * equal to w:
 *
 * <pre>
 *   A = 1/(e^(−t_peak/τ_d) − e^(−t_peak/τ_r)) = τ_d/(τ_d − τ_r) · (τ_d/τ_r)^(τ_r/(τ_d − τ_r))
 * </pre>
 *
 * (A = 10/9·10^(1/9) ≈ 1.4307 for the defaults τ_d 10, τ_r 1 ms). The formula is symmetric in the two time
 * constants: with τ_r &gt; τ_d, A is negative and the response is the same positive curve. When τ_r = τ_d the two
 * exponentials are equal, the difference is identically 0 and no finite A normalises it, so equal time constants
 * are rejected (use {@link DualExpon}, whose limit is the alpha function, or {@link Alpha}). An explicit
 * {@code A} is the factor of the difference as given; where a script follows DualExpon's convention for an explicit
 * A (a = (τ_d − τ_r)/(τ_rτ_d)·A, see FEATURES §4.3), pass that a here.
 *
 * <p><b>Arrivals.</b> Projections add weights to one buffer ({@link #arrivals()}), which {@link #integrate} splits:
 * it adds each member's pending weight to both g_rise and g_decay and clears the buffer. One buffer keeps the
 * single-array arrival contract of {@link SynapseDynamics} (and costs one add per projection per spike instead of
 * two); between steps it is 0, so it is not a state variable.
 *
 * <p><b>Integration.</b> Both equations are linear and decoupled and are integrated exactly over each step,
 * g ← (g + w)·e^(−dt/τ), the factors computed once per dt. As in BrainPy, a weight arriving in a step is integrated
 * once before it acts: after the step of an arrival at t the value is the closed form at t + dt.
 */
public final class DualExponV2 extends SynapseDynamics {

    /** The model's name, as BrainPy spells it. */
    public static final String MODEL = "DualExponV2";

    static final ParameterSpec TAU_DECAY = ParameterSpec.positive("tau_decay", "ms", 10.0, "decay time constant");
    static final ParameterSpec TAU_RISE = ParameterSpec.positive("tau_rise", "ms", 1.0, "rise time constant");
    static final ParameterSpec A = ParameterSpec.any("A", "1", peakNormalisation(10.0, 1.0),
            "scale of g_decay - g_rise; when not given, the factor that makes a single arrival of weight w peak at w "
                    + "(the default shown is that for the default time constants)");

    /** The parameters, in BrainPy's order. */
    public static final List<ParameterSpec> PARAMETERS = List.of(TAU_DECAY, TAU_RISE, A);

    /** What model factories list for this model. */
    public static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(MODEL, ModelKind.SYNAPSE,
            "dual-exponential synapse as two exponentials: dg_rise/dt = -g_rise/tau_rise, dg_decay/dt = "
                    + "-g_decay/tau_decay, both += w per spike, value A (g_decay - g_rise), A normalises the peak to "
                    + "w unless given (BrainPy DualExponV2)",
            PARAMETERS);

    private final double tauDecay;
    private final double tauRise;
    private final double a;
    private final double[] pending;
    private final double[] gRise;
    private final double[] gDecay;
    private final double[] g;
    private final List<StateVariable> state;

    private double cachedDt = Double.NaN;
    private double decayRise;
    private double decayDecay;

    /**
     * A synapse whose peak is normalised to the arriving weight.
     *
     * @param size     number of synapses (the aligned population's size)
     * @param tauDecay decay time constant [ms], &gt; 0
     * @param tauRise  rise time constant [ms], &gt; 0 and ≠ tauDecay
     */
    public DualExponV2(int size, double tauDecay, double tauRise) {
        this(size, tauDecay, tauRise, peakNormalisation(TAU_DECAY.validate(tauDecay), TAU_RISE.validate(tauRise)));
    }

    /**
     * @param size     number of synapses (the aligned population's size)
     * @param tauDecay decay time constant [ms], &gt; 0
     * @param tauRise  rise time constant [ms], &gt; 0 and ≠ tauDecay
     * @param a        scale A of g_decay − g_rise, finite
     */
    public DualExponV2(int size, double tauDecay, double tauRise, double a) {
        super(size);
        this.tauDecay = TAU_DECAY.validate(tauDecay);
        this.tauRise = TAU_RISE.validate(tauRise);
        requireDistinct(tauDecay, tauRise);
        this.a = A.validate(a);
        this.pending = new double[size];
        this.gRise = new double[size];
        this.gDecay = new double[size];
        this.g = new double[size];
        this.state = List.of(new StateVariable("g_rise", "1", gRise), new StateVariable("g_decay", "1", gDecay),
                new StateVariable("g", "1", g));
    }

    /**
     * @param name   ignored (synapses are named by their projection)
     * @param size   number of synapses
     * @param params {@code tau_decay}, {@code tau_rise}, {@code A} (when absent: the peak normalisation)
     * @return the synapse
     */
    public static DualExponV2 create(String name, int size, Parameters params) {
        params.requireKnown(MODEL, PARAMETERS);
        double tauDecay = params.get(TAU_DECAY);
        double tauRise = params.get(TAU_RISE);
        return params.asMap().containsKey(A.name())
                ? new DualExponV2(size, tauDecay, tauRise, params.get(A))
                : new DualExponV2(size, tauDecay, tauRise);
    }

    private static void requireDistinct(double tauDecay, double tauRise) {
        if (tauDecay == tauRise) {
            throw new ParameterException(TAU_RISE.name(), tauRise + " ms",
                    "must differ from tau_decay = " + tauDecay + " ms (g_decay - g_rise would be identically 0)");
        }
    }

    /**
     * @param tauDecay decay time constant [ms], &gt; 0
     * @param tauRise  rise time constant [ms], &gt; 0 and ≠ tauDecay
     * @return A = τ_d/(τ_d − τ_r)·(τ_d/τ_r)^(τ_r/(τ_d − τ_r)), which makes the peak of A(e^(−t/τ_d) − e^(−t/τ_r))
     *     equal to 1
     * @throws ParameterException naming tau_rise when the two are equal or A is not finite
     */
    public static double peakNormalisation(double tauDecay, double tauRise) {
        requireDistinct(tauDecay, tauRise);
        double value = tauDecay / (tauDecay - tauRise) * Math.pow(tauDecay / tauRise, tauRise / (tauDecay - tauRise));
        if (!Double.isFinite(value) || value == 0.0) {
            throw new ParameterException(TAU_RISE.name(), tauRise + " ms",
                    "must be comparable with tau_decay = " + tauDecay + " ms (the peak normalisation overflows)");
        }
        return value;
    }

    /**
     * @param tauDecay decay time constant [ms]
     * @param tauRise  rise time constant [ms], ≠ tauDecay
     * @return the time of the peak after a single arrival, τ_rτ_d/(τ_d − τ_r)·ln(τ_d/τ_r) [ms]
     */
    public static double peakTime(double tauDecay, double tauRise) {
        return tauRise * tauDecay / (tauDecay - tauRise) * Math.log(tauDecay / tauRise);
    }

    /** @return the scale A */
    public double a() {
        return a;
    }

    @Override
    public String model() {
        return MODEL;
    }

    @Override
    public String identity() {
        return MODEL + "(tau_decay=" + tauDecay + ", tau_rise=" + tauRise + ", A=" + a + ")";
    }

    @Override
    public double[] arrivals() {
        return pending;
    }

    @Override
    public void integrate(StepContext ctx, int from, int to) {
        final double dt = ctx.dt();
        if (dt != cachedDt) {
            decayRise = Math.exp(-dt / tauRise);
            decayDecay = Math.exp(-dt / tauDecay);
            cachedDt = dt;
        }
        final double er = decayRise;
        final double ed = decayDecay;
        final double scale = a;
        final double[] w = pending;
        final double[] gr = gRise;
        final double[] gd = gDecay;
        final double[] out = g;
        for (int i = from; i < to; i++) {
            double wi = w[i];
            w[i] = 0.0;
            double r = (gr[i] + wi) * er;
            double d = (gd[i] + wi) * ed;
            gr[i] = r;
            gd[i] = d;
            out[i] = scale * (d - r);
        }
    }

    @Override
    public double[] value() {
        return g;
    }

    @Override
    public List<StateVariable> state() {
        return state;
    }

    @Override
    public void reset() {
        Arrays.fill(pending, 0.0);
        Arrays.fill(gRise, 0.0);
        Arrays.fill(gDecay, 0.0);
        Arrays.fill(g, 0.0);
    }
}
