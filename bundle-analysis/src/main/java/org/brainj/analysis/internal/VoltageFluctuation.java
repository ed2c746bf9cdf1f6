package org.brainj.analysis.internal;

import org.brainj.api.analysis.Measure;
import org.brainj.api.model.Parameters;
import org.brainj.api.platform.Provider;
import org.brainj.api.run.RunResult;
import org.brainj.api.run.Trace;
import org.osgi.service.component.annotations.Component;

/**
 * The synchrony measure of BrainPy's {@code measure.voltage_fluctuation} (Golomb &amp; Rinzel 1993; Golomb 2007):
 * <pre>  χ² = Var_t(mean_i V_i(t)) / mean_i Var_t(V_i(t))</pre>
 * over the recorded members i and sample times t, with population variances (divided by the number of samples).
 * χ² is 1 for fully synchronous and about 1/N for asynchronous activity; it is 1 when no member's potential varies.
 *
 * <p>Variances are computed from deviations about the mean (two passes), not as E[x²] − E[x]², so that nearly
 * constant traces do not lose their digits to cancellation.
 *
 * <p>Target: a traced variable, {@code population.variable} (e.g. {@code E.V}). Result: length 1.
 */
@Component(service = Measure.class, property = Provider.RANKING + "=" + VoltageFluctuation.RANKING)
public final class VoltageFluctuation extends MeasureProvider {

    static final String NAME = "voltage_fluctuation";

    /** Creates the measure; it holds no state. */
    public VoltageFluctuation() {
        super(NAME);
    }

    /**
     * @param result a run's records
     * @param target the traced variable, {@code population.variable}
     * @param params none
     * @return {χ²}
     */
    @Override
    double[] measure(RunResult result, String target, Parameters params) {
        Trace trace = result.trace(target);
        int samples = trace.times().length;
        int width = trace.width();
        if (samples == 0 || width == 0) {
            throw new IllegalArgumentException(NAME + " of '" + target + "' needs at least one sample of one "
                    + "member, got " + samples + " samples of " + width + " members");
        }
        double[] values = trace.values();
        double[] columnMean = new double[width];
        double[] rowMean = new double[samples];
        for (int s = 0; s < samples; s++) {
            double row = 0.0;
            int base = s * width;
            for (int c = 0; c < width; c++) {
                double v = values[base + c];
                row += v;
                columnMean[c] += v;
            }
            rowMean[s] = row / width;
        }
        double grandMean = 0.0;
        for (int c = 0; c < width; c++) {
            columnMean[c] /= samples;
            grandMean += columnMean[c];
        }
        grandMean /= width;

        double popVar = 0.0;
        for (int s = 0; s < samples; s++) {
            double d = rowMean[s] - grandMean;
            popVar += d * d;
        }
        popVar /= samples;

        double memberVar = 0.0;
        for (int s = 0; s < samples; s++) {
            int base = s * width;
            for (int c = 0; c < width; c++) {
                double d = values[base + c] - columnMean[c];
                memberVar += d * d;
            }
        }
        memberVar /= (double) samples * width;
        return new double[] {memberVar == 0.0 ? 1.0 : popVar / memberVar};
    }
}
