package org.brainj.analysis.internal;

import java.util.Arrays;

import org.brainj.api.analysis.Measure;
import org.brainj.api.core.ParameterException;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;
import org.brainj.api.platform.Provider;
import org.brainj.api.run.RunResult;
import org.brainj.api.run.SpikeRecord;
import org.osgi.service.component.annotations.Component;

/**
 * The Wang–Buzsáki (1996) coherence of BrainPy's {@code measure.cross_correlation}: the run is cut into bins of
 * {@code int(bin / dt)} steps (the last one zero-padded, which changes no sum), each neuron's train becomes a binary sequence X_l (spiked
 * in bin l or not), and for every pair i &lt; j
 * <pre>  κ_ij = Σ_l X_il X_jl / √(Σ_l X_il · Σ_l X_jl)   (0 when a neuron never spikes)</pre>
 * The result is the mean of κ_ij over the N(N−1)/2 pairs of the whole population.
 *
 * <p>Rather than visiting every pair (O(N²·bins)), the sum over pairs is regrouped by bin: with
 * a_i = 1/√n_i for the n_i bins neuron i spikes in, Σ_{i&lt;j} κ_ij = ½ Σ_l [(Σ_{i active in l} a_i)² −
 * Σ_{i active in l} a_i²], which costs O(spikes·log spikes + bins) and gives the same value.
 *
 * <p>The bin length truncates as BrainPy's {@code int(bin / dt)} does, so pick {@code bin} a little above a multiple of
 * dt where the division is inexact (0.3 / 0.1 = 2.999… gives 2 steps).
 *
 * <p>Target: a population name, with at least 2 neurons. Result: length 1.
 */
@Component(service = Measure.class, property = Provider.RANKING + "=" + CrossCorrelation.RANKING)
public final class CrossCorrelation extends MeasureProvider {

    static final String NAME = "cross_correlation";

    static final ParameterSpec BIN = ParameterSpec.positive("bin", "ms", 1.0,
            "time bin in which spikes count as coincident; at least one step");

    /** Creates the measure; it holds no state. */
    public CrossCorrelation() {
        super(NAME, BIN);
    }

    /**
     * @param result a run's records
     * @param target the population
     * @param params {@code bin} [ms], at least the run's dt
     * @return {κ}, the mean coherence over pairs, in [0, 1]
     */
    @Override
    double[] measure(RunResult result, String target, Parameters params) {
        double bin = params.get(BIN);
        SpikeGrid grid = SpikeGrid.of(result, target);
        long binSteps = grid.stepsPer(bin);
        if (binSteps < 1) {
            throw new ParameterException(BIN.name(), bin + " ms", "must be >= dt = " + grid.dt() + " ms (one step)");
        }
        SpikeRecord record = grid.record();
        int n = record.size();
        if (n < 2) {
            throw new IllegalArgumentException(NAME + " of '" + target + "' needs a population of at least 2 "
                    + "neurons to form pairs, got " + n);
        }

        // One key per spike, (bin, neuron) packed so that sorting groups a bin's active neurons and makes repeated
        // spikes of one neuron in one bin adjacent (the binary sequence counts them once).
        int count = record.count();
        long[] keys = new long[count];
        int[] idx = record.indices();
        for (int k = 0; k < count; k++) {
            int i = SpikeSteps.checkedNeuron(idx[k], n, k, target);
            long b = grid.stepOf(k) / binSteps;
            keys[k] = b * n + i;
        }
        Arrays.sort(keys);

        int[] activeBins = new int[n];
        int distinct = 0;
        for (int k = 0; k < count; k++) {
            if (k == 0 || keys[k] != keys[k - 1]) {
                activeBins[(int) (keys[k] % n)]++;
                keys[distinct++] = keys[k];
            }
        }
        double sum = 0.0;
        int k = 0;
        while (k < distinct) {
            long b = keys[k] / n;
            double s = 0.0;
            double q = 0.0;
            for (; k < distinct && keys[k] / n == b; k++) {
                double inv = 1.0 / activeBins[(int) (keys[k] % n)];
                s += Math.sqrt(inv);
                q += inv;
            }
            sum += s * s - q;
        }
        // Σ_l (S_l² − Q_l) = 2 Σ_{i<j} κ_ij, over N(N−1)/2 pairs.
        return new double[] {sum / ((double) n * (n - 1))};
    }
}
