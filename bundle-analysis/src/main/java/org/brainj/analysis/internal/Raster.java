package org.brainj.analysis.internal;

import org.brainj.api.analysis.Measure;
import org.brainj.api.model.Parameters;
import org.brainj.api.platform.Provider;
import org.brainj.api.run.RunResult;
import org.brainj.api.run.SpikeRecord;
import org.osgi.service.component.annotations.Component;

/**
 * BrainPy's {@code raster_plot}: the (neuron index, spike time) pairs of a population, in time order (ties by
 * index, as numpy's {@code where} on a time × neuron matrix gives them).
 *
 * <p>Target: a population name. Result: length 2·spikes, the neuron indices first, then the times [ms] in the same
 * order ({@code result[k]} and {@code result[spikes + k]} are spike k).
 */
@Component(service = Measure.class, property = Provider.RANKING + "=" + Raster.RANKING)
public final class Raster extends MeasureProvider {

    static final String NAME = "raster";

    /** Creates the measure; it holds no state. */
    public Raster() {
        super(NAME);
    }

    /**
     * @param result a run's records
     * @param target the population
     * @param params none
     * @return indices then times
     */
    @Override
    double[] measure(RunResult result, String target, Parameters params) {
        SpikeGrid grid = SpikeGrid.of(result, target);
        SpikeRecord record = grid.record();
        int count = record.count();
        int n = record.size();
        // Records are in time order; within one step the indices need not be, so each step's group is sorted by
        // index (insertion sort: groups are as small as the number of neurons firing together).
        int[] order = new int[count];
        int[] step = new int[count];
        int[] idx = record.indices();
        for (int k = 0; k < count; k++) {
            SpikeSteps.checkedNeuron(idx[k], n, k, target);
            step[k] = grid.stepOf(k);
            if (k > 0 && step[k] < step[k - 1]) {
                throw new IllegalArgumentException("spikes of '" + target + "' are not in time order at spike " + k
                        + " (t = " + record.times()[k] + " ms)");
            }
            order[k] = k;
            int j = k;
            while (j > 0 && step[order[j - 1]] == step[k] && idx[order[j - 1]] > idx[k]) {
                order[j] = order[j - 1];
                j--;
            }
            order[j] = k;
        }
        double[] out = new double[2 * count];
        for (int k = 0; k < count; k++) {
            int original = order[k];
            out[k] = record.indices()[original];
            out[count + k] = record.times()[original];
        }
        return out;
    }
}
