package org.brainj.trainers.internal.reservoir;

import org.brainj.api.core.BrainjException;
import org.brainj.api.random.CounterRandom;
import org.brainj.api.train.OnlineTrainable;

/**
 * An echo-state network (Jaeger 2001; BrainPy's {@code Reservoir} with {@code activation_type='internal'}): a fixed
 * random recurrent network of leaky tanh units whose state is the feature vector of a trained linear readout,
 * <pre>  r ← (1 − a) r + a tanh(W_in u + W_rec r + b + ξ_in + ξ_rec)</pre>
 * with ξ uniform in ±noise_in, ±noise_rec. W_in and W_rec have N(0, scale²) entries present with the given
 * connectivity; W_rec is rescaled to the requested spectral radius when one is given (ρ &lt; 1 with a = 1 gives
 * the echo-state property for small inputs). W_rec is stored dense or as CSR ({@code sparse}).
 *
 * <p>Every draw is a {@link CounterRandom} coordinate (stream, row, column or step), so a seed fixes the network and
 * its noise independently of anything else. The readout is {@link #outputSize()} × ({@link #featureSize()} + 1),
 * bias last, filled by an offline trainer (ridge) or an online one (RLS, LMS).
 */
public final class EchoStateNetwork implements OnlineTrainable, SequenceShape {

    private static final int STREAM_IN = 11;
    private static final int STREAM_REC = 12;
    private static final int STREAM_BIAS = 13;
    private static final int STREAM_NOISE_IN = 14;
    private static final int STREAM_NOISE_REC = 15;

    private final EsnSettings s;
    private final int n;
    private final int in;
    private final double[] win;
    private final double[] bias;
    private final double[] wrec;      // dense n × n, or null when sparse
    private final int[] rowPtr;       // CSR when sparse
    private final int[] colIdx;
    private final double[] values;
    private final double[] readout;
    private final double[] r;
    private final double[] drive;
    private final CounterRandom random;
    private final double scaledBy;
    private long t;

    /** @param settings the network's settings */
    public EchoStateNetwork(EsnSettings settings) {
        this.s = settings;
        this.n = settings.size();
        this.in = settings.inputSize();
        this.random = new CounterRandom(settings.seed());
        this.win = new double[n * in];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < in; j++) {
                if (random.uniform(STREAM_IN, i, j, 0) < settings.inConnectivity()) {
                    win[i * in + j] = settings.inputScale() * random.normal(STREAM_IN, i, j, 1);
                }
            }
        }
        this.bias = new double[n];
        for (int i = 0; i < n; i++) {
            bias[i] = settings.biasScale() == 0.0 ? 0.0 : settings.biasScale() * random.normal(STREAM_BIAS, i, 0, 0);
        }
        double[] dense = new double[n * n];
        int nnz = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (random.uniform(STREAM_REC, i, j, 0) < settings.recConnectivity()) {
                    dense[i * n + j] = settings.recScale() * random.normal(STREAM_REC, i, j, 1);
                    nnz++;
                }
            }
        }
        double factor = 1.0;
        if (!Double.isNaN(settings.spectralRadius())) {
            double rho = SpectralRadius.of(dense, n);
            if (rho == 0.0) {
                throw new BrainjException("echo-state network: W_rec has spectral radius 0 (" + nnz
                        + " connections); raise rec_connectivity to rescale it to " + settings.spectralRadius());
            }
            factor = settings.spectralRadius() / rho;
            for (int k = 0; k < dense.length; k++) {
                dense[k] *= factor;
            }
        }
        this.scaledBy = factor;
        if (settings.sparse()) {
            rowPtr = new int[n + 1];
            colIdx = new int[nnz];
            values = new double[nnz];
            int k = 0;
            for (int i = 0; i < n; i++) {
                rowPtr[i] = k;
                for (int j = 0; j < n; j++) {
                    double v = dense[i * n + j];
                    if (v != 0.0) {
                        colIdx[k] = j;
                        values[k++] = v;
                    }
                }
            }
            rowPtr[n] = k;
            wrec = null;
        } else {
            wrec = dense;
            rowPtr = null;
            colIdx = null;
            values = null;
        }
        this.readout = new double[settings.outputSize() * (featureSize() + 1)];
        this.r = new double[n];
        this.drive = new double[n];
    }

    /** @return the settings */
    public EsnSettings settings() {
        return s;
    }

    /** @return the factor W_rec was multiplied by to reach the spectral radius (1 when not rescaled) */
    public double scaledBy() {
        return scaledBy;
    }

    @Override
    public int inputSize() {
        return in;
    }

    @Override
    public int featureSize() {
        return s.includeInput() ? n + in : n;
    }

    @Override
    public int outputSize() {
        return s.outputSize();
    }

    @Override
    public double[] readout() {
        return readout;
    }

    @Override
    public void resetState() {
        java.util.Arrays.fill(r, 0.0);
        t = 0;
    }

    @Override
    public void features(double[] input, int steps, double[] out) {
        if (input.length < (long) steps * in) {
            throw new IllegalArgumentException("echo-state network: input has " + input.length
                    + " values, expected steps x input_size = " + steps + " x " + in);
        }
        int f = featureSize();
        if (out.length < (long) steps * f) {
            throw new IllegalArgumentException("echo-state network: out has " + out.length
                    + " values, expected steps x features = " + steps + " x " + f);
        }
        resetState();
        for (int k = 0; k < steps; k++) {
            advance(input, k * in);
            writeFeatures(input, k * in, out, k * f);
        }
    }

    @Override
    public void step(double[] input, double[] features) {
        if (input.length != in) {
            throw new IllegalArgumentException("echo-state network: one step of input has " + input.length
                    + " values, expected " + in);
        }
        advance(input, 0);
        writeFeatures(input, 0, features, 0);
    }

    private void writeFeatures(double[] input, int inOffset, double[] out, int offset) {
        System.arraycopy(r, 0, out, offset, n);
        if (s.includeInput()) {
            System.arraycopy(input, inOffset, out, offset + n, in);
        }
    }

    private void advance(double[] input, int offset) {
        double a = s.leak();
        for (int i = 0; i < n; i++) {
            double v = bias[i];
            int wb = i * in;
            for (int j = 0; j < in; j++) {
                v += win[wb + j] * input[offset + j];
            }
            if (wrec != null) {
                int row = i * n;
                for (int j = 0; j < n; j++) {
                    v += wrec[row + j] * r[j];
                }
            } else {
                for (int k = rowPtr[i]; k < rowPtr[i + 1]; k++) {
                    v += values[k] * r[colIdx[k]];
                }
            }
            if (s.noiseIn() > 0.0) {
                v += s.noiseIn() * (2.0 * random.uniform(STREAM_NOISE_IN, i, t, 0) - 1.0);
            }
            if (s.noiseRec() > 0.0) {
                v += s.noiseRec() * (2.0 * random.uniform(STREAM_NOISE_REC, i, t, 0) - 1.0);
            }
            drive[i] = v;
        }
        for (int i = 0; i < n; i++) {
            double next = (1.0 - a) * r[i] + a * Math.tanh(drive[i]);
            if (!Double.isFinite(next)) {
                throw new BrainjException("echo-state network diverged: r[" + i + "] = " + next + " at step " + t
                        + " (input not finite?)");
            }
            r[i] = next;
        }
        t++;
    }

    /** @return the current state r (live; do not modify) */
    public double[] state() {
        return r;
    }
}
