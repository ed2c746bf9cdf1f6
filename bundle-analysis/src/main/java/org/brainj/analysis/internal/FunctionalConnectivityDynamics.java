package org.brainj.analysis.internal;

import org.brainj.api.analysis.Measure;
import org.brainj.api.core.ParameterException;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;
import org.brainj.api.platform.Provider;
import org.brainj.api.run.RunResult;
import org.brainj.api.run.Trace;
import org.osgi.service.component.annotations.Component;

/**
 * Windowed functional connectivity: the functional connectivity dynamics (FCD) matrix of Hansen et al. (2015,
 * NeuroImage 105:525) with BrainPy's window defaults ({@code window_size = 30}, {@code step_size = 5} samples;
 * BrainPy declares the function but leaves its body empty). Windows of {@code window_size} samples start every
 * {@code step_size} samples while they fit in the trace; in each, the functional connectivity of the members (see
 * {@link FunctionalConnectivity}) is taken and its upper triangle (above the diagonal) flattened; FCD<sub>ab</sub> is
 * the Pearson correlation of windows a and b's vectors (0 when one is constant).
 *
 * <p>Target: a traced variable with at least 3 members. Result: W × W, row-major, for the
 * W = (samples − window_size) / step_size + 1 windows (integer division).
 */
@Component(service = Measure.class, property = Provider.RANKING + "=" + FunctionalConnectivityDynamics.RANKING)
public final class FunctionalConnectivityDynamics extends MeasureProvider {

    static final String NAME = "functional_connectivity_dynamics";

    static final ParameterSpec WINDOW = new ParameterSpec("window_size", "samples", 30, 2, Integer.MAX_VALUE, false,
            "samples per window; an integer");
    static final ParameterSpec STEP = new ParameterSpec("step_size", "samples", 5, 1, Integer.MAX_VALUE, false,
            "samples between window starts; an integer");

    /** Creates the measure; it holds no state. */
    public FunctionalConnectivityDynamics() {
        super(NAME, WINDOW, STEP);
    }

    /**
     * @param result a run's records
     * @param target the traced variable
     * @param params {@code window_size}, {@code step_size} [samples]
     * @return the FCD matrix, row-major
     */
    @Override
    double[] measure(RunResult result, String target, Parameters params) {
        int window = integer(WINDOW, params.get(WINDOW));
        int step = integer(STEP, params.get(STEP));
        Trace trace = TraceSeries.sized(result, target, NAME, 2, 3);
        int samples = trace.times().length;
        if (window > samples) {
            throw new ParameterException(WINDOW.name(), String.valueOf(window),
                    "must be <= the trace's " + samples + " samples");
        }
        int width = trace.width();
        int windows = (samples - window) / step + 1;
        double[][] fc = new double[windows][];
        for (int w = 0; w < windows; w++) {
            int from = w * step;
            fc[w] = Correlations.upperTriangle(Correlations.columns(trace.values(), width, from, from + window),
                    width);
        }
        double[] fcd = new double[windows * windows];
        for (int a = 0; a < windows; a++) {
            for (int b = a; b < windows; b++) {
                double r = Correlations.pearson(fc[a], fc[b]);
                fcd[a * windows + b] = r;
                fcd[b * windows + a] = r;
            }
        }
        return fcd;
    }

    static int integer(ParameterSpec spec, double v) {
        if (v != Math.rint(v)) {
            throw new ParameterException(spec.name(), String.valueOf(v), "must be an integer");
        }
        return (int) v;
    }
}
