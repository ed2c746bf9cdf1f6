package org.brainj.analysis.internal.slowpoints;

import java.util.AbstractList;
import java.util.List;
import java.util.Random;

import org.brainj.api.analysis.AnalyzableModel;
import org.brainj.api.core.ParameterException;

/**
 * A vanilla rate RNN as an {@link AnalyzableModel}, the system slow points are usually sought in (Sussillo &amp; Barak
 * 2013):
 * <ul>
 *   <li>continuous: dx/dt = −x + W tanh(x) + b, with J = −I + W diag(1 − tanh²x);</li>
 *   <li>discrete: x ↦ tanh(W x + b), with J = diag(1 − tanh²(Wx + b)) W.</li>
 * </ul>
 * W is dense, n × n, row-major (W<sub>ij</sub> is the weight from unit j to unit i). It gives its Jacobian
 * analytically and the product Jᵀv in O(n²) without forming J. Variables are named {@code x0 … x<n−1>}; it has no
 * parameters. Safe to share between threads (scratch buffers are per thread).
 */
public final class RateRnn implements AnalyzableModel, VectorJacobianProduct {

    private final int n;
    private final double[] w;
    private final double[] b;
    private final boolean discrete;
    private final ThreadLocal<double[]> scratch;

    /**
     * @param weights  W, n × n row-major (not copied: the caller must not change it afterwards)
     * @param bias     b, length n (not copied)
     * @param discrete true for the map x ↦ tanh(Wx + b), false for the flow
     * @throws ParameterException when the sizes disagree or a value is not finite
     */
    public RateRnn(double[] weights, double[] bias, boolean discrete) {
        this.n = bias.length;
        if (n < 1 || (long) n * n != weights.length) {
            throw new ParameterException("weights", weights.length + " values",
                    "must hold size × size = " + ((long) n * n) + " values for a bias of size " + n);
        }
        requireFinite("weights", weights);
        requireFinite("bias", bias);
        this.w = weights;
        this.b = bias;
        this.discrete = discrete;
        this.scratch = ThreadLocal.withInitial(() -> new double[n]);
    }

    /**
     * A random network with b = 0 and {@link #randomWeights} W.
     *
     * @param size     n ≥ 1
     * @param gain     g ≥ 0
     * @param seed     random seed
     * @param discrete map or flow
     * @return the network
     */
    public static RateRnn random(int size, double gain, long seed, boolean discrete) {
        return new RateRnn(randomWeights(size, gain, seed), new double[size], discrete);
    }

    /**
     * Random weights W<sub>ij</sub> ~ N(0, gain²/n), so that the spectral radius of W is about {@code gain}: below
     * gain 1 the flow with b = 0 has the single stable fixed point x = 0; above it, many unstable fixed points and
     * chaos (Sompolinsky, Crisanti &amp; Sommers 1988).
     *
     * @param size n ≥ 1
     * @param gain g ≥ 0
     * @param seed random seed
     * @return W, n × n row-major
     */
    public static double[] randomWeights(int size, double gain, long seed) {
        if (size < 1 || size > 100_000) {
            throw new ParameterException("size", String.valueOf(size), "must be in [1, 100000]");
        }
        if (!(gain >= 0.0) || !Double.isFinite(gain)) {
            throw new ParameterException("gain", String.valueOf(gain), "must be finite and >= 0");
        }
        Random rnd = new Random(seed);
        double sd = gain / Math.sqrt(size);
        double[] weights = new double[size * size];
        for (int k = 0; k < weights.length; k++) {
            weights[k] = sd * rnd.nextGaussian();
        }
        return weights;
    }

    private static void requireFinite(String name, double[] values) {
        for (int k = 0; k < values.length; k++) {
            if (!Double.isFinite(values[k])) {
                throw new ParameterException(name + "[" + k + "]", String.valueOf(values[k]), "must be finite");
            }
        }
    }

    /** @return n, the number of units */
    public int size() {
        return n;
    }

    /** @return true for the map, false for the flow */
    public boolean discrete() {
        return discrete;
    }

    @Override
    public List<String> variables() {
        return new AbstractList<>() {
            @Override
            public String get(int index) {
                if (index < 0 || index >= n) {
                    throw new IndexOutOfBoundsException(index);
                }
                return "x" + index;
            }

            @Override
            public int size() {
                return n;
            }
        };
    }

    @Override
    public List<String> parameters() {
        return List.of();
    }

    @Override
    public double[] defaultParameters() {
        return new double[0];
    }

    /**
     * out = W·v + b (row-major dot products). Four partial sums let the JIT keep four multiply-adds in flight (a single
     * running sum serialises on its own latency, since floating-point addition may not be reordered).
     */
    private void affine(double[] v, double[] out) {
        int end4 = n & ~3;
        for (int i = 0; i < n; i++) {
            int row = i * n;
            double s0 = 0.0;
            double s1 = 0.0;
            double s2 = 0.0;
            double s3 = 0.0;
            int j = 0;
            for (; j < end4; j += 4) {
                s0 += w[row + j] * v[j];
                s1 += w[row + j + 1] * v[j + 1];
                s2 += w[row + j + 2] * v[j + 2];
                s3 += w[row + j + 3] * v[j + 3];
            }
            for (; j < n; j++) {
                s0 += w[row + j] * v[j];
            }
            out[i] = b[i] + ((s0 + s1) + (s2 + s3));
        }
    }

    @Override
    public void derivatives(double[] x, double[] params, double[] dxdt) {
        if (discrete) {
            affine(x, dxdt);
            for (int i = 0; i < n; i++) {
                dxdt[i] = Math.tanh(dxdt[i]);
            }
        } else {
            double[] t = scratch.get();
            for (int j = 0; j < n; j++) {
                t[j] = Math.tanh(x[j]);
            }
            affine(t, dxdt);
            for (int i = 0; i < n; i++) {
                dxdt[i] -= x[i];
            }
        }
    }

    @Override
    public boolean jacobian(double[] x, double[] params, double[] jacobian) {
        double[] t = scratch.get();
        if (discrete) {
            affine(x, t);
            for (int i = 0; i < n; i++) {
                double y = Math.tanh(t[i]);
                double d = 1.0 - y * y;
                int row = i * n;
                for (int j = 0; j < n; j++) {
                    jacobian[row + j] = d * w[row + j];
                }
            }
        } else {
            for (int j = 0; j < n; j++) {
                double y = Math.tanh(x[j]);
                t[j] = 1.0 - y * y;
            }
            for (int i = 0; i < n; i++) {
                int row = i * n;
                for (int j = 0; j < n; j++) {
                    jacobian[row + j] = w[row + j] * t[j];
                }
                jacobian[row + i] -= 1.0;
            }
        }
        return true;
    }

    @Override
    public void vectorJacobian(double[] x, double[] params, double[] v, double[] out) {
        double[] u = scratch.get();
        if (discrete) {
            affine(x, u);
            for (int i = 0; i < n; i++) {
                double y = Math.tanh(u[i]);
                u[i] = (1.0 - y * y) * v[i];
            }
            transposeTimes(u, out);
        } else {
            transposeTimes(v, out);
            for (int j = 0; j < n; j++) {
                double y = Math.tanh(x[j]);
                out[j] = (1.0 - y * y) * out[j] - v[j];
            }
        }
    }

    /** out = Wᵀv, visiting W row by row so that memory is read in order. */
    private void transposeTimes(double[] v, double[] out) {
        java.util.Arrays.fill(out, 0.0);
        for (int i = 0; i < n; i++) {
            double vi = v[i];
            int row = i * n;
            for (int j = 0; j < n; j++) {
                out[j] += w[row + j] * vi;
            }
        }
    }
}
