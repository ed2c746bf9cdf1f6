package org.brainj.trainers.internal.autodiff;

import static org.brainj.trainers.internal.autodiff.GradientCheck.awayFromZero;
import static org.brainj.trainers.internal.autodiff.GradientCheck.check;
import static org.brainj.trainers.internal.autodiff.GradientCheck.random;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.brainj.api.ops.CsrMatrix;
import org.brainj.trainers.internal.ArctanSurrogate;
import org.junit.jupiter.api.Test;

/** Every differentiable tape operation against central finite differences (relative error ≤ 1e-6). */
class TapeGradientTest {

    private final SplittableRandom r = new SplittableRandom(7);

    private static int[][] shapes(int[]... s) {
        return s;
    }

    private void binary(String name, GradientCheck.Graph g, double lo, double hi) {
        double[][] in = {random(r, 12, lo, hi), random(r, 12, lo, hi)};
        check(name, g, in, shapes(new int[] {3, 4}, new int[] {3, 4}));
    }

    private void unary(String name, GradientCheck.Graph g, double[] x) {
        check(name, g, new double[][] {x}, shapes(new int[] {3, 4}));
    }

    @Test
    void elementWiseArithmetic() {
        binary("add", (t, l) -> t.add(t.mul(l[0], l[0]), l[1]), -2, 2);
        binary("sub", (t, l) -> t.sub(t.mul(l[0], l[1]), t.square(l[1])), -2, 2);
        binary("mul", (t, l) -> t.mul(l[0], l[1]), -2, 2);
        binary("div", (t, l) -> t.div(l[0], l[1]), 0.5, 2);
        binary("combine", (t, l) -> t.square(t.combine(l[0], l[1], 0.7, -1.3)), -2, 2);
        unary("scale", (t, l) -> t.square(t.scale(l[0], -2.5)), random(r, 12, -2, 2));
        unary("addScalar", (t, l) -> t.square(t.addScalar(l[0], 0.75)), random(r, 12, -2, 2));
        check("addRow", (t, l) -> t.square(t.addRow(l[0], l[1])),
                new double[][] {random(r, 12, -1, 1), random(r, 4, -1, 1)}, shapes(new int[] {3, 4}, new int[] {1, 4}));
        check("mulRow", (t, l) -> t.mulRow(l[0], l[1]),
                new double[][] {random(r, 12, -1, 1), random(r, 4, -1, 1)}, shapes(new int[] {3, 4}, new int[] {1, 4}));
    }

    @Test
    void transcendentalFunctions() {
        unary("exp", (t, l) -> t.exp(l[0]), random(r, 12, -2, 2));
        unary("log", (t, l) -> t.log(l[0]), random(r, 12, 0.3, 3));
        unary("tanh", (t, l) -> t.tanh(l[0]), random(r, 12, -2, 2));
        unary("sigmoid", (t, l) -> t.sigmoid(l[0]), random(r, 12, -3, 3));
        unary("sqrt", (t, l) -> t.sqrt(l[0]), random(r, 12, 0.3, 3));
        unary("square", (t, l) -> t.square(l[0]), random(r, 12, -2, 2));
        unary("sin", (t, l) -> t.sin(l[0]), random(r, 12, -3, 3));
        unary("cos", (t, l) -> t.cos(l[0]), random(r, 12, -3, 3));
        unary("relu", (t, l) -> t.relu(l[0]), awayFromZero(r, 12));
        unary("abs", (t, l) -> t.abs(l[0]), awayFromZero(r, 12));
        unary("pow", (t, l) -> t.pow(l[0], 2.7), random(r, 12, 0.3, 3));
    }

    @Test
    void denseProductsAndTranspose() {
        check("matmul", (t, l) -> t.matmul(l[0], l[1]), new double[][] {random(r, 15, -1, 1), random(r, 20, -1, 1)},
                shapes(new int[] {3, 5}, new int[] {5, 4}));
        check("mat-vec", (t, l) -> t.matmulTransposed(l[0], l[1]),
                new double[][] {random(r, 5, -1, 1), random(r, 20, -1, 1)}, shapes(new int[] {1, 5}, new int[] {4, 5}));
        check("matmulTransposed", (t, l) -> t.matmulTransposed(l[0], l[1]),
                new double[][] {random(r, 15, -1, 1), random(r, 20, -1, 1)},
                shapes(new int[] {3, 5}, new int[] {4, 5}));
        check("transpose", (t, l) -> t.matmul(t.transpose(l[0]), l[1]),
                new double[][] {random(r, 15, -1, 1), random(r, 12, -1, 1)},
                shapes(new int[] {3, 5}, new int[] {3, 4}));
    }

    @Test
    void sparseEventDrivenProduct() {
        // 4 presynaptic x 5 postsynaptic, 9 entries, one empty row.
        CsrMatrix m = new CsrMatrix(4, 5, new int[] {0, 3, 3, 6, 9}, new int[] {0, 2, 4, 1, 2, 3, 0, 3, 4},
                new double[] {1}).validate();
        double[] x = random(r, 8, -1, 1);
        x[1] = 0.0;
        check("csrMatmul", (t, l) -> t.square(t.csrMatmul(l[0], m, l[1])),
                new double[][] {x, random(r, 9, -1, 1)}, shapes(new int[] {2, 4}, new int[] {1, 9}));
        CsrMatrix fixed = new CsrMatrix(4, 5, m.indptr(), m.indices(), random(r, 9, -1, 1));
        check("csrMatmul fixed", (t, l) -> t.square(t.csrMatmul(l[0], fixed, -1)),
                new double[][] {random(r, 8, -1, 1)}, shapes(new int[] {2, 4}));
        CsrMatrix homogeneous = new CsrMatrix(4, 5, m.indptr(), m.indices(), new double[] {0.3});
        check("csrMatmul homogeneous", (t, l) -> t.square(t.csrMatmul(l[0], homogeneous, -1)),
                new double[][] {random(r, 8, -1, 1)}, shapes(new int[] {2, 4}));
        // Against the dense product of the same matrix.
        Tape t = new Tape();
        int xs = t.constant(new double[] {1, 0, 2, 0, 0, 1, 0, 3}, 2, 4);
        int y = t.csrMatmul(xs, fixed, -1);
        double[] dense = new double[20];
        for (int i = 0; i < 4; i++) {
            for (int e = fixed.indptr()[i]; e < fixed.indptr()[i + 1]; e++) {
                dense[i * 5 + fixed.indices()[e]] = fixed.data()[e];
            }
        }
        int yd = t.matmul(xs, t.constant(dense, 4, 5));
        for (int k = 0; k < 10; k++) {
            assertEquals(t.values()[t.offset(yd) + k], t.values()[t.offset(y) + k], 1e-15);
        }
    }

    @Test
    void reductionsGatherScatter() {
        unary("sum", (t, l) -> t.square(t.sum(t.square(l[0]))), random(r, 12, -1, 1));
        unary("mean", (t, l) -> t.exp(t.mean(l[0])), random(r, 12, -1, 1));
        unary("sumCols", (t, l) -> t.square(t.sumCols(l[0])), random(r, 12, -1, 1));
        unary("sumRows", (t, l) -> t.square(t.sumRows(l[0])), random(r, 12, -1, 1));
        int[] index = {3, 0, 0, 2};
        unary("gather", (t, l) -> t.square(t.gather(l[0], index)), random(r, 12, -1, 1));
        check("scatterAdd", (t, l) -> t.square(t.scatterAdd(l[0], index, 5)),
                new double[][] {random(r, 12, -1, 1)}, shapes(new int[] {3, 4}));
    }

    @Test
    void spikeAndResetWithSmoothSpike() {
        SpikeFunction smooth = SpikeFunction.sigmoid(3.0);
        unary("spike", (t, l) -> t.spike(l[0], smooth), random(r, 12, -2, 2));
        binary("reset hard", (t, l) -> t.reset(l[0], t.spike(l[1], smooth), -0.2, false, false), -2, 2);
        binary("reset soft", (t, l) -> t.reset(l[0], t.spike(l[1], smooth), 1.0, true, false), -2, 2);
    }

    @Test
    void heavisideSpikeUsesTheSurrogateBackward() {
        ArctanSurrogate arctan = new ArctanSurrogate();
        SpikeFunction f = SpikeFunction.heaviside(arctan, 2.0);
        Tape t = new Tape();
        double[] x = {-1.0, -1e-9, 0.0, 0.4};
        int v = t.variable(x, 1, 4);
        int s = t.spike(v, f);
        double[] value = new double[4];
        t.copyValue(s, value);
        assertEquals(0.0, value[0]);
        assertEquals(0.0, value[1]);
        assertEquals(1.0, value[2], "H(0) = 1: spike at threshold (BrainPy's x >= 0)");
        assertEquals(1.0, value[3]);
        t.seed(s, new double[] {1, 2, 3, 4}, 1.0);
        t.backward(0);
        double[] g = new double[4];
        t.copyGradient(v, g);
        for (int i = 0; i < 4; i++) {
            assertEquals((i + 1) * arctan.derivative(x[i], 2.0), g[i], 1e-15);
        }
    }

    @Test
    void detachingStopsTheGradient() {
        Tape t = new Tape();
        int v = t.variable(new double[] {0.5, 2.0}, 1, 2);
        int s = t.variable(new double[] {0.3, 0.9}, 1, 2);
        int out = t.reset(v, s, -1.0, false, true);
        t.seed(out, new double[] {1, 1}, 1.0);
        t.backward(0);
        double[] gv = new double[2];
        double[] gs = new double[2];
        t.copyGradient(v, gv);
        t.copyGradient(s, gs);
        assertEquals(0.7, gv[0], 1e-15, "d/dv of v(1-s) + r s is 1 - s");
        assertEquals(0.0, gs[0], "detached: no gradient into the spike");
        t.reset();
        int a = t.variable(new double[] {1.5}, 1, 1);
        int y = t.mul(a, t.detach(a));
        t.seed(y, new double[] {1}, 1.0);
        t.backward(0);
        assertEquals(1.5, t.gradients()[t.offset(a)], 1e-15, "d(a * stop(a))/da = stop(a)");
    }

    @Test
    void segmentsAccumulateIntoEarlierNodesAndReuseBuffers() {
        Tape t = new Tape();
        int w = t.variable(new double[] {2.0}, 1, 1);
        int mark = t.mark();
        t.seed(t.square(w), new double[] {1}, 1.0);
        t.backward(mark);
        int arena = t.arenaSize();
        t.truncate(mark);
        t.seed(t.scale(w, 3.0), new double[] {1}, 1.0);
        t.backward(mark);
        assertEquals(4.0 + 3.0, t.gradients()[t.offset(w)], 0.0, "2w from the first segment + 3 from the second");
        assertEquals(arena, t.arenaSize());
    }

    @Test
    void shapeErrorsNameBothShapes() {
        Tape t = new Tape();
        int a = t.filled(2, 3, 1.0);
        int b = t.filled(3, 2, 1.0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> t.add(a, b));
        assertTrue(e.getMessage().contains("[2 x 3]") && e.getMessage().contains("[3 x 2]"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> t.matmul(a, a));
        assertTrue(e.getMessage().contains("[2 x 3] · [2 x 3]"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> t.addRow(a, b));
        assertTrue(e.getMessage().contains("[1 x 3]"), e.getMessage());
    }
}
