package org.brainj.analysis.internal;

import org.brainj.api.analysis.Measure;
import org.brainj.api.model.Parameters;
import org.brainj.api.platform.Provider;
import org.brainj.api.run.RunResult;
import org.osgi.service.component.annotations.Component;

/**
 * BrainPy's {@code weighted_correlation(x, y, w)}: the weighted Pearson correlation
 * cov_w(x, y) / √(cov_w(x, x)·cov_w(y, y)), mean_w(x) = Σ w x / Σ w, cov_w(x, y) = Σ w (x − mean_w x)(y − mean_w
 * y) / Σ w, of two recorded series, weighted by a third (equal weights when it is left out, giving Pearson's r).
 *
 * <p>Target: {@code x,y} or {@code x,y,w}, each {@code population.variable} (all recorded members, sample by sample)
 * or {@code population.variable[i]} (member i), all of one length; weights ≥ 0 with a positive sum. Result: length 1,
 * 0 when x or y has no weighted variance.
 */
@Component(service = Measure.class, property = Provider.RANKING + "=" + WeightedCorrelation.RANKING)
public final class WeightedCorrelation extends MeasureProvider {

    static final String NAME = "weighted_correlation";

    /** Creates the measure; it holds no state. */
    public WeightedCorrelation() {
        super(NAME);
    }

    /**
     * @param result a run's records
     * @param target {@code x,y[,w]}
     * @param params none
     * @return {r_w}
     */
    @Override
    double[] measure(RunResult result, String target, Parameters params) {
        String[] parts = target.split(",");
        if (parts.length < 2 || parts.length > 3) {
            throw new IllegalArgumentException(NAME + ": target '" + target
                    + "' must be x,y or x,y,w (traced variables, optionally [member])");
        }
        double[] x = TraceSeries.of(result, parts[0], NAME);
        double[] y = TraceSeries.of(result, parts[1], NAME);
        double[] w = parts.length == 3 ? TraceSeries.of(result, parts[2], NAME) : null;
        if (y.length != x.length || (w != null && w.length != x.length) || x.length < 2) {
            throw new IllegalArgumentException(NAME + ": '" + target + "' names series of lengths " + x.length
                    + ", " + y.length + (w == null ? "" : ", " + w.length) + "; they must be equal and >= 2");
        }
        if (w != null) {
            double sum = 0.0;
            for (int k = 0; k < w.length; k++) {
                if (!(w[k] >= 0.0) || Double.isInfinite(w[k])) {
                    throw new IllegalArgumentException(NAME + ": weight " + k + " of '" + parts[2].strip()
                            + "' is " + w[k] + "; weights must be finite and >= 0");
                }
                sum += w[k];
            }
            if (!(sum > 0.0)) {
                throw new IllegalArgumentException(NAME + ": the weights '" + parts[2].strip() + "' sum to 0");
            }
        }
        return new double[] {Correlations.weighted(x, y, w)};
    }
}
