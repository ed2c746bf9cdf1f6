package org.brainj.trainers.internal.autodiff;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

/**
 * Compares a tape's reverse-mode gradient with central finite differences of L = Σ w ⊙ out for fixed random w.
 * The error of a leaf is ‖g_reverse − g_numeric‖ / max(‖g_reverse‖, ‖g_numeric‖) (the norm-wise relative error,
 * meaningful also where single entries are ~0).
 */
final class GradientCheck {

    /** Builds a graph from its leaves; returns the output node. */
    interface Graph {
        int build(Tape tape, int[] leaves);
    }

    /** The bound of the issue: relative error ≤ 1e-6 in double precision. */
    static final double TOLERANCE = 1e-6;

    private GradientCheck() {
    }

    static double[] random(SplittableRandom r, int n, double lo, double hi) {
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = lo + (hi - lo) * r.nextDouble();
        }
        return a;
    }

    /** Values with |x| in [0.2, 1.5] and random sign, away from the kinks of relu and abs. */
    static double[] awayFromZero(SplittableRandom r, int n) {
        double[] a = random(r, n, 0.2, 1.5);
        for (int i = 0; i < n; i++) {
            if (r.nextBoolean()) {
                a[i] = -a[i];
            }
        }
        return a;
    }

    private static double objective(Tape tape, Graph g, double[][] inputs, int[][] shapes, double[] w) {
        tape.reset();
        int[] leaves = new int[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            leaves[i] = tape.variable(inputs[i], shapes[i][0], shapes[i][1]);
        }
        int out = g.build(tape, leaves);
        double s = 0.0;
        double[] v = tape.values();
        int o = tape.offset(out);
        for (int i = 0; i < w.length; i++) {
            s += w[i] * v[o + i];
        }
        return s;
    }

    /**
     * @return the largest relative error over the leaves
     */
    static double check(String name, Graph g, double[][] inputs, int[][] shapes) {
        Tape tape = new Tape();
        int[] leaves = new int[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            leaves[i] = tape.variable(inputs[i], shapes[i][0], shapes[i][1]);
        }
        int out = g.build(tape, leaves);
        double[] w = random(new SplittableRandom(99), tape.length(out), -1.0, 1.0);
        tape.seed(out, w, 1.0);
        tape.backward(0);
        double[][] reverse = new double[inputs.length][];
        for (int i = 0; i < inputs.length; i++) {
            reverse[i] = new double[inputs[i].length];
            tape.copyGradient(leaves[i], reverse[i]);
        }
        double worst = 0.0;
        Tape scratch = new Tape();
        for (int i = 0; i < inputs.length; i++) {
            double diff = 0.0;
            double na = 0.0;
            double nn = 0.0;
            for (int k = 0; k < inputs[i].length; k++) {
                double x = inputs[i][k];
                double h = 1e-5 * Math.max(1.0, Math.abs(x));
                inputs[i][k] = x + h;
                double up = objective(scratch, g, inputs, shapes, w);
                inputs[i][k] = x - h;
                double down = objective(scratch, g, inputs, shapes, w);
                inputs[i][k] = x;
                double numeric = (up - down) / (2 * h);
                diff += (numeric - reverse[i][k]) * (numeric - reverse[i][k]);
                na += reverse[i][k] * reverse[i][k];
                nn += numeric * numeric;
            }
            double scale = Math.sqrt(Math.max(na, nn));
            double rel = scale == 0.0 ? 0.0 : Math.sqrt(diff) / scale;
            assertTrue(scale > 0.0, name + ": leaf " + i + " has an all-zero gradient, the check would be empty");
            assertTrue(rel <= TOLERANCE, name + ": leaf " + i + " relative error " + rel + " > " + TOLERANCE);
            worst = Math.max(worst, rel);
        }
        return worst;
    }
}
