package org.brainj.analysis.internal;

import org.brainj.api.analysis.Measure;
import org.brainj.api.core.ParameterException;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;
import org.brainj.api.platform.Provider;
import org.brainj.api.run.RunResult;
import org.brainj.api.run.SpikeRecord;
import org.osgi.service.component.annotations.Component;

/**
 * The Fano factor of each neuron's spike counts, F = Var(N) / E[N], over consecutive windows of {@code int(bin / dt)}
 * steps (population variance, as Elephant's {@code statistics.fanofactor}): 1 for a Poisson process, 0 for a
 * perfectly regular count. Only whole windows count; the remainder of the run after the last whole window is left
 * out, since a shorter window would bias both moments. A neuron that never spikes gets NaN.
 *
 * <p>Target: a population name. Result: one value per neuron, by index.
 */
@Component(service = Measure.class, property = Provider.RANKING + "=" + FanoFactor.RANKING)
public final class FanoFactor extends MeasureProvider {

    static final String NAME = "fano_factor";

    static final ParameterSpec BIN = ParameterSpec.positive("bin", "ms", 100.0,
            "counting window; at least one step, at most half the run");

    /** Creates the measure; it holds no state. */
    public FanoFactor() {
        super(NAME, BIN);
    }

    /**
     * @param result a run's records
     * @param target the population
     * @param params {@code bin} [ms]
     * @return F per neuron, NaN for silent neurons
     */
    @Override
    double[] measure(RunResult result, String target, Parameters params) {
        double bin = params.get(BIN);
        SpikeGrid grid = SpikeGrid.of(result, target);
        int steps = grid.steps();
        long binSteps = grid.stepsPer(bin);
        if (binSteps < 1 || 2 * binSteps > steps) {
            throw new ParameterException(BIN.name(), bin + " ms", "must be in [dt, duration / 2] = [" + grid.dt()
                    + ", " + steps * grid.dt() / 2 + "] ms so that there are at least 2 windows");
        }
        int windows = (int) (steps / binSteps);
        SpikeRecord record = grid.record();
        int n = record.size();
        // One key per spike, (neuron, window), sorted so each run of equal keys is one count; only the non-empty
        // windows are visited, and Σc and Σc² stay exact integers.
        long[] keys = new long[record.count()];
        int m = 0;
        for (int k = 0; k < record.count(); k++) {
            int i = SpikeSteps.checkedNeuron(record.indices()[k], n, k, target);
            long w = grid.stepOf(k) / binSteps;
            if (w < windows) {
                keys[m++] = (long) i * windows + w;
            }
        }
        java.util.Arrays.sort(keys, 0, m);
        long[] total = new long[n];
        long[] squares = new long[n];
        for (int k = 0; k < m; ) {
            int start = k;
            while (k < m && keys[k] == keys[start]) {
                k++;
            }
            long c = k - start;
            int i = (int) (keys[start] / windows);
            total[i] += c;
            squares[i] += c * c;
        }
        // F = Var/mean = (W Σc² − (Σc)²) / (W² mean) = (W Σc² − (Σc)²) / (W Σc).
        double[] fano = new double[n];
        for (int i = 0; i < n; i++) {
            fano[i] = total[i] == 0 ? Double.NaN
                    : ((double) windows * squares[i] - (double) total[i] * total[i]) / ((double) windows * total[i]);
        }
        return fano;
    }
}
