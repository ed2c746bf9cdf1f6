package org.brainj.analysis.internal;

import org.brainj.api.analysis.Measure;
import org.brainj.api.model.Parameters;
import org.brainj.api.platform.Provider;
import org.brainj.api.run.RunResult;
import org.brainj.api.run.SpikeRecord;
import org.osgi.service.component.annotations.Component;

/**
 * The coefficient of variation of each neuron's inter-spike intervals, CV = σ(ISI) / mean(ISI), with the population
 * standard deviation (as Elephant's {@code statistics.cv} and Softky &amp; Koch 1993): 0 for a regular train, 1 for
 * a Poisson process. A neuron with fewer than 3 spikes (fewer than 2 intervals) gets NaN.
 *
 * <p>Target: a population name. Result: one value per neuron, by index.
 */
@Component(service = Measure.class, property = Provider.RANKING + "=" + CvIsi.RANKING)
public final class CvIsi extends MeasureProvider {

    static final String NAME = "cv_isi";

    /** Creates the measure; it holds no state. */
    public CvIsi() {
        super(NAME);
    }

    /**
     * @param result a run's records
     * @param target the population
     * @param params none
     * @return CV per neuron, NaN where undefined
     */
    @Override
    double[] measure(RunResult result, String target, Parameters params) {
        SpikeRecord record = result.spikes(target);
        int n = record.size();
        int[] idx = record.indices();
        double[] t = record.times();
        // Per neuron: last spike time, interval count and interval sum, then the centred sum of squares.
        double[] last = new double[n];
        int[] intervals = new int[n];
        double[] sum = new double[n];
        int[] seen = new int[n];
        for (int k = 0; k < t.length; k++) {
            int i = SpikeSteps.checkedNeuron(idx[k], n, k, target);
            if (seen[i]++ > 0) {
                double isi = t[k] - last[i];
                if (isi < 0) {
                    throw new IllegalArgumentException("spikes of '" + target + "' are not in time order at spike "
                            + k + " (t = " + t[k] + " ms)");
                }
                intervals[i]++;
                sum[i] += isi;
            }
            last[i] = t[k];
        }
        double[] mean = new double[n];
        for (int i = 0; i < n; i++) {
            mean[i] = intervals[i] > 0 ? sum[i] / intervals[i] : 0.0;
        }
        double[] ss = new double[n];
        java.util.Arrays.fill(seen, 0);
        for (int k = 0; k < t.length; k++) {
            int i = idx[k];
            if (seen[i]++ > 0) {
                double d = t[k] - last[i] - mean[i];
                ss[i] += d * d;
            }
            last[i] = t[k];
        }
        double[] cv = new double[n];
        for (int i = 0; i < n; i++) {
            cv[i] = intervals[i] < 2 || mean[i] == 0.0 ? Double.NaN : Math.sqrt(ss[i] / intervals[i]) / mean[i];
        }
        return cv;
    }
}
