package org.brainj.analysis.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.brainj.api.analysis.Measure;
import org.brainj.api.core.ParameterException;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;
import org.brainj.api.platform.Provider;
import org.brainj.api.run.RunResult;
import org.brainj.api.run.SpikeRecord;
import org.osgi.service.component.annotations.Component;

/**
 * The kernel LFP of Telenczuk, Telenczuk &amp; Destexhe (2020), "A kernel-based method to calculate local field
 * potentials from networks of spiking neurons", J. Neurosci. Methods 344:108871, as BrainPy's {@code unitary_LFP}:
 * each spike of neuron i adds a Gaussian unitary LFP
 * <pre>  uLFP_i(t) = A_i exp(−(t − t_spike − δ_i)² / (2σ²)),  A_i = A₀ exp(−d_i / λ),  δ_i = 10.4 ms + d_i / v_a</pre>
 * at an electrode in the centre of an {@code xmax × ymax} mm sheet over which the neurons are placed uniformly at
 * random (seeded), d_i being the neuron's distance to it. The paper's values are the defaults: λ = 0.2 mm,
 * v_a = 0.2 m/s (axonal velocity), σ_i = 2.1 ms for inhibitory and σ_e = 1.5·σ_i = 3.15 ms for excitatory cells,
 * delay 10.4 ms, and A₀ [μV] by recording depth (excitatory / inhibitory): soma layer 0.48 / 3, deep layer
 * −0.16 / −0.2, superficial layer 0.24 / −1.2, surface −0.08 / 0.3.
 *
 * <p>BrainPy takes {@code va=200} and adds d/va with d in mm to a delay in ms, which reads v_a as 200 mm/ms and makes
 * the distance delay about 1000 times too small; here v_a is in m/s (= mm/ms), so d/v_a is in ms as the paper means.
 *
 * <p>Target: one or more populations, comma-separated, each {@code name} or {@code name:exc} (excitatory) or
 * {@code name:inh} (inhibitory); their contributions add. Positions are drawn population by population in that order
 * from one generator ({@code seed}): for each, all x then all y. Result: the LFP [μV] at each step t = s·dt of the run;
 * each Gaussian is summed over ±10σ around its peak (the rest is below e^(−50) of its amplitude).
 */
@Component(service = Measure.class, property = Provider.RANKING + "=" + UnitaryLfp.RANKING)
public final class UnitaryLfp extends MeasureProvider {

    static final String NAME = "unitary_lfp";

    /** Delay of the uLFP peak after the spike at zero distance (Telenczuk et al. 2020) [ms]. */
    static final double DELAY = 10.4;

    static final ParameterSpec XMAX = ParameterSpec.positive("xmax", "mm", 0.2, "width of the sheet of neurons");
    static final ParameterSpec YMAX = ParameterSpec.positive("ymax", "mm", 0.2, "depth of the sheet of neurons");
    static final ParameterSpec VA = ParameterSpec.positive("va", "m/s", 0.2, "axonal conduction velocity");
    static final ParameterSpec LAMBDA = ParameterSpec.positive("lambda", "mm", 0.2,
            "space constant of the amplitude's decay with distance");
    static final ParameterSpec SIG_I = ParameterSpec.positive("sig_i", "ms", 2.1,
            "width (standard deviation) of an inhibitory uLFP");
    static final ParameterSpec SIG_E = ParameterSpec.positive("sig_e", "ms", 3.15,
            "width (standard deviation) of an excitatory uLFP");
    static final ParameterSpec LOCATION = new ParameterSpec("location", "1", 0, 0, 3, false,
            "electrode depth: 0 soma layer, 1 deep layer, 2 superficial layer, 3 surface");
    static final ParameterSpec SEED = ParameterSpec.any("seed", "1", 0, "seed of the neurons' positions");

    /** A₀ [μV] by location: {excitatory, inhibitory} (Telenczuk et al. 2020, as tabulated in BrainPy). */
    private static final double[][] AMPLITUDE = {{0.48, 3.0}, {-0.16, -0.2}, {0.24, -1.2}, {-0.08, 0.3}};

    /** Creates the measure; it holds no state. */
    public UnitaryLfp() {
        super(NAME, XMAX, YMAX, VA, LAMBDA, SIG_I, SIG_E, LOCATION, SEED);
    }

    /**
     * @param result a run's records
     * @param target populations, e.g. {@code E:exc,I:inh}
     * @param params the kernel's settings
     * @return the LFP at each step [μV]
     */
    @Override
    double[] measure(RunResult result, String target, Parameters params) {
        double location = params.get(LOCATION);
        if (location != Math.rint(location)) {
            throw new ParameterException(LOCATION.name(), String.valueOf(location),
                    "must be 0 (soma layer), 1 (deep), 2 (superficial) or 3 (surface)");
        }
        double xmax = params.get(XMAX);
        double ymax = params.get(YMAX);
        double va = params.get(VA);
        double lambda = params.get(LAMBDA);
        double dt = result.dt();
        int steps = SpikeSteps.stepCount(result);
        double[] lfp = new double[steps];
        Random rnd = new Random((long) params.get(SEED));
        List<String[]> sources = new ArrayList<>();
        for (String part : target.split(",")) {
            String[] nameType = part.strip().split(":", -1);
            String type = nameType.length > 1 ? nameType[1].strip() : "exc";
            if (nameType.length > 2 || nameType[0].isBlank() || !(type.equals("exc") || type.equals("inh"))) {
                throw new IllegalArgumentException(NAME + ": target part '" + part.strip()
                        + "' must be a population, optionally followed by :exc or :inh");
            }
            sources.add(new String[] {nameType[0].strip(), type});
        }
        for (String[] source : sources) {
            SpikeGrid grid = new SpikeGrid(result.spikes(source[0]), dt, steps);
            boolean inhibitory = source[1].equals("inh");
            double sigma = params.get(inhibitory ? SIG_I : SIG_E);
            double a0 = AMPLITUDE[(int) location][inhibitory ? 1 : 0];
            int n = grid.record().size();
            double[] px = new double[n];
            for (int i = 0; i < n; i++) {
                px[i] = rnd.nextDouble() * xmax;
            }
            double[] amplitude = new double[n];
            double[] delay = new double[n];
            for (int i = 0; i < n; i++) {
                double dx = px[i] - xmax / 2;
                double dy = rnd.nextDouble() * ymax - ymax / 2;
                double d = Math.sqrt(dx * dx + dy * dy);
                amplitude[i] = a0 * Math.exp(-d / lambda);
                delay[i] = DELAY + d / va;
            }
            addKernels(grid, amplitude, delay, sigma, lfp);
        }
        return lfp;
    }

    private static void addKernels(SpikeGrid grid, double[] amplitude, double[] delay, double sigma, double[] lfp) {
        SpikeRecord record = grid.record();
        double dt = grid.dt();
        int steps = grid.steps();
        double inv = 1.0 / (2.0 * sigma * sigma);
        double reach = 10.0 * sigma;
        int n = record.size();
        for (int k = 0; k < record.count(); k++) {
            int i = SpikeSteps.checkedNeuron(record.indices()[k], n, k, record.population());
            grid.stepOf(k); // rejects spikes outside the run, as every spike measure does
            double peak = record.times()[k] + delay[i];
            int lo = (int) Math.max(0, Math.ceil((peak - reach) / dt));
            int hi = (int) Math.min(steps - 1, Math.floor((peak + reach) / dt));
            double a = amplitude[i];
            for (int s = lo; s <= hi; s++) {
                double u = s * dt - peak;
                lfp[s] += a * Math.exp(-u * u * inv);
            }
        }
    }
}
