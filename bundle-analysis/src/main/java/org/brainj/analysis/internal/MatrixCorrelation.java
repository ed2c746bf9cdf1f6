package org.brainj.analysis.internal;

import org.brainj.api.analysis.Measure;
import org.brainj.api.model.Parameters;
import org.brainj.api.platform.Provider;
import org.brainj.api.run.RunResult;
import org.brainj.api.run.Trace;
import org.osgi.service.component.annotations.Component;

/**
 * BrainPy's {@code matrix_correlation} applied to a run: the Pearson correlation of the upper triangles (above the
 * diagonal, numpy's {@code triu_indices(n, k=1)}) of two matrices — here the functional connectivities of two traced
 * variables with the same number of members (e.g. {@code E.V,E.g}, or the same variable of two populations), so it
 * says how alike their correlation structures are. {@link #of(double[], double[], int)} gives the same for any two
 * n × n matrices.
 *
 * <p>Target: {@code a.x,b.y}, two traced variables of equal width ≥ 3. Result: length 1.
 */
@Component(service = Measure.class, property = Provider.RANKING + "=" + MatrixCorrelation.RANKING)
public final class MatrixCorrelation extends MeasureProvider {

    static final String NAME = "matrix_correlation";

    /** Creates the measure; it holds no state. */
    public MatrixCorrelation() {
        super(NAME);
    }

    /**
     * @param x n × n row-major
     * @param y n × n row-major
     * @param n the order, ≥ 3
     * @return the Pearson correlation of their entries above the diagonal (0 when either part is constant)
     */
    public static double of(double[] x, double[] y, int n) {
        if (n < 3 || x.length != n * n || y.length != n * n) {
            throw new IllegalArgumentException(NAME + " needs two n x n matrices with n >= 3, got " + x.length
                    + " and " + y.length + " entries for n = " + n);
        }
        return Correlations.pearson(Correlations.upperTriangle(x, n), Correlations.upperTriangle(y, n));
    }

    /**
     * @param result a run's records
     * @param target {@code a.x,b.y}
     * @param params none
     * @return {r}
     */
    @Override
    double[] measure(RunResult result, String target, Parameters params) {
        String[] parts = target.split(",");
        if (parts.length != 2) {
            throw new IllegalArgumentException(NAME + ": target '" + target
                    + "' must name two traced variables, a.x,b.y");
        }
        Trace a = TraceSeries.sized(result, parts[0].strip(), NAME, 2, 3);
        Trace b = TraceSeries.sized(result, parts[1].strip(), NAME, 2, 3);
        if (a.width() != b.width()) {
            throw new IllegalArgumentException(NAME + ": '" + a.target() + "' has " + a.width() + " members and '"
                    + b.target() + "' " + b.width() + "; the matrices must have the same size");
        }
        int n = a.width();
        return new double[] {of(Correlations.columns(a.values(), n, 0, a.times().length),
                Correlations.columns(b.values(), n, 0, b.times().length), n)};
    }
}
