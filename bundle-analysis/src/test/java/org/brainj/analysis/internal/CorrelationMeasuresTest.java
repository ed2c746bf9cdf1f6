package org.brainj.analysis.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.brainj.api.core.ParameterException;
import org.brainj.api.model.Parameters;
import org.junit.jupiter.api.Test;

/** Functional connectivity (static and windowed), matrix and weighted correlation against hand-worked values. */
class CorrelationMeasuresTest {

    /** A trace of the given member columns, one sample per ms. */
    private static RecordedRun traced(RecordedRun run, String target, double[]... columns) {
        int samples = columns[0].length;
        int width = columns.length;
        double[] values = new double[samples * width];
        double[] times = new double[samples];
        int[] idx = new int[width];
        for (int c = 0; c < width; c++) {
            idx[c] = c;
            for (int s = 0; s < samples; s++) {
                values[s * width + c] = columns[c][s];
            }
        }
        for (int s = 0; s < samples; s++) {
            times[s] = s;
        }
        return run.trace(target, idx, times, values);
    }

    @Test
    void staticFunctionalConnectivity() {
        // m1 = 2 m0 (r = 1), m2 reversed (r = -1), m3 constant (NaN -> 0, its diagonal too), m4 = [1, 3, 2, 5]:
        // centred m0 = [-1.5, -0.5, 0.5, 1.5], centred m4 = [-1.75, 0.25, -0.75, 2.25], dot 5.5, norms^2 5 and
        // 8.75, r = 5.5 / sqrt(43.75).
        RecordedRun run = traced(new RecordedRun(4, 1), "E.V", new double[] {1, 2, 3, 4}, new double[] {2, 4, 6, 8},
                new double[] {4, 3, 2, 1}, new double[] {5, 5, 5, 5}, new double[] {1, 3, 2, 5});
        double[] fc = new FunctionalConnectivity().compute(run, "E.V", Parameters.empty());
        assertEquals(25, fc.length);
        double r04 = 5.5 / Math.sqrt(43.75);
        double[] row0 = {1, 1, -1, 0, r04};
        double[] row3 = {0, 0, 0, 0, 0};
        for (int j = 0; j < 5; j++) {
            assertEquals(row0[j], fc[j], 1e-15, "fc[0][" + j + "]");
            assertEquals(row0[j], fc[j * 5], 1e-15, "symmetric");
            assertEquals(row3[j], fc[15 + j], 0.0);
        }
        assertEquals(-r04, fc[2 * 5 + 4], 1e-15);
    }

    @Test
    void functionalConnectivityDynamics() {
        // Window 3, step 1 over 4 samples: windows [0, 3) and [1, 4).
        // A: m0 = [0,1,2], m1 = [0,1,2], m2 = [2,1,0] -> upper triangle (r01, r02, r12) = (1, -1, -1).
        // B: m0 = [1,2,3], m1 = [1,2,1], m2 = [1,0,1]: centred m0 = [-1,0,1] is orthogonal to both centred m1 and m2,
        // and m1 = -m2 after centring -> (0, 0, -1).
        // r(A, B): centred A = [4/3, -2/3, -2/3], centred B = [1/3, 1/3, -2/3], dot 2/3, norms^2 24/9 and 6/9,
        // r = (2/3) / (12/9) = 1/2.
        RecordedRun run = traced(new RecordedRun(4, 1), "E.V", new double[] {0, 1, 2, 3}, new double[] {0, 1, 2, 1},
                new double[] {2, 1, 0, 1});
        double[] fcd = new FunctionalConnectivityDynamics().compute(run, "E.V",
                Parameters.empty().with("window_size", 3).with("step_size", 1));
        assertArrayEquals(new double[] {1, 0.5, 0.5, 1}, fcd, 1e-15);
        // Step 2 leaves one window (start 2 would not fit): a 1 x 1 matrix.
        assertArrayEquals(new double[] {1}, new FunctionalConnectivityDynamics().compute(run, "E.V",
                Parameters.empty().with("window_size", 3).with("step_size", 2)), 1e-15);
        assertEquals("window_size", assertThrows(ParameterException.class,
                () -> new FunctionalConnectivityDynamics().compute(run, "E.V",
                        Parameters.empty().with("window_size", 5))).parameter());
        assertEquals("step_size", assertThrows(ParameterException.class,
                () -> new FunctionalConnectivityDynamics().compute(run, "E.V",
                        Parameters.empty().with("window_size", 3).with("step_size", 1.5))).parameter());
    }

    @Test
    void matrixCorrelationOfUpperTriangles() {
        // Upper triangles (k = 1) x = [1, 2, 3], y = [2, 4, 7]; diagonals and lower triangles differ and are ignored.
        // centred x = [-1, 0, 1], centred y = [-7/3, -1/3, 8/3], dot 5, norms^2 2 and 114/9: r = 15 / sqrt(228).
        double[] x = {9, 1, 2, 0, 9, 3, 5, 5, 9};
        double[] y = {0, 2, 4, 1, 0, 7, 1, 1, 0};
        assertEquals(15 / Math.sqrt(228), MatrixCorrelation.of(x, y, 3), 1e-15);
        // On a run: E.g = 3 E.V - 2 member by member has the same functional connectivity, so r = 1; against the
        // reversed-order members of I.V the triangle (r01, r02, r12) = (a, b, c) becomes (c, b, a).
        double[] m0 = {1, 2, 3, 4};
        double[] m1 = {1, 3, 2, 5};
        double[] m2 = {2, 1, 1, 0};
        RecordedRun run = traced(new RecordedRun(4, 1), "E.V", m0, m1, m2);
        traced(run, "E.g", scaled(m0), scaled(m1), scaled(m2));
        traced(run, "I.V", m2, m1, m0);
        assertArrayEquals(new double[] {1.0}, new MatrixCorrelation().compute(run, "E.V,E.g", Parameters.empty()),
                1e-15);
        double a = Correlations.pearson(m0, m1);
        double b = Correlations.pearson(m0, m2);
        double c = Correlations.pearson(m1, m2);
        assertEquals(Correlations.pearson(new double[] {a, b, c}, new double[] {c, b, a}),
                new MatrixCorrelation().compute(run, "E.V, I.V", Parameters.empty())[0], 1e-15);
        traced(run, "J.V", m0, m1);
        assertThrows(IllegalArgumentException.class,
                () -> new MatrixCorrelation().compute(run, "E.V,J.V", Parameters.empty()));
    }

    private static double[] scaled(double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = 3 * v[i] - 2;
        }
        return out;
    }

    @Test
    void weightedCorrelation() {
        // x = [1, 2, 3], y = [1, 3, 2], w = [1, 1, 2]. Sum w = 4; mean_w x = 9/4, mean_w y = 2;
        // dx = [-5/4, -1/4, 3/4], dy = [-1, 1, 0]; cov = (5/4 - 1/4)/4 = 1/4; var x = (25 + 1 + 18)/16/4 = 11/16;
        // var y = 2/4 = 1/2; r_w = (1/4) / sqrt(11/32). Without weights: centred [-1,0,1] and [-1,1,0], r = 1/2.
        RecordedRun run = traced(new RecordedRun(3, 1), "E.V", new double[] {1, 2, 3}, new double[] {1, 3, 2});
        traced(run, "E.g", new double[] {1, 1, 2});
        WeightedCorrelation m = new WeightedCorrelation();
        assertEquals(0.25 / Math.sqrt(11.0 / 32.0),
                m.compute(run, "E.V[0],E.V[1],E.g[0]", Parameters.empty())[0], 1e-15);
        assertEquals(0.5, m.compute(run, "E.V[0],E.V[1]", Parameters.empty())[0], 1e-15);
        // The whole trace E.V (6 values) against itself: 1.
        assertEquals(1.0, m.compute(run, "E.V,E.V", Parameters.empty())[0], 1e-15);
        assertThrows(IllegalArgumentException.class, () -> m.compute(run, "E.V[0],E.V", Parameters.empty()));
        assertThrows(IllegalArgumentException.class, () -> m.compute(run, "E.V[0],E.V[7]", Parameters.empty()));
        traced(run, "E.w", new double[] {1, -1, 2});
        assertThrows(IllegalArgumentException.class,
                () -> m.compute(run, "E.V[0],E.V[1],E.w[0]", Parameters.empty()));
    }
}
