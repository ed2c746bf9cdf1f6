package org.brainj.trainers.internal.reservoir;

import org.brainj.api.core.BrainjException;
import org.brainj.api.core.ParameterException;
import org.brainj.api.random.CounterRandom;
import org.brainj.api.train.OnlineTrainable;

/**
 * The generator network of FORCE learning (Sussillo &amp; Abbott 2009, eq. 1 and Fig. 1A; the network of their
 * supplementary MATLAB code): N rate units with sparse random recurrent weights J scaled by the gain g, feeding
 * back the linear readout z = w·[r, 1] through fixed weights w_f,
 * <pre>  τ dx/dt = −x + g J r + w_f z + W_in u,   r = tanh(x)</pre>
 * integrated with forward Euler at step dt. J has each entry present with probability p and N(0, 1/(pN)) when
 * present, so g &gt; 1 makes the network without feedback chaotic (Sompolinsky, Crisanti &amp; Sommers 1988);
 * w_f and W_in are uniform in [−1, 1]; the initial state is x ~ N(0, 0.5²) and the first fed-back z ~ N(0, 0.5²),
 * as in the published code. The features are r; the readout (bias last) is trained by FORCE (RLS) through the
 * {@link OnlineTrainable} role while the feedback closes the loop.
 */
public final class RateNetwork implements OnlineTrainable, SequenceShape {

    private static final int STREAM_J = 21;
    private static final int STREAM_FEEDBACK = 22;
    private static final int STREAM_INPUT = 23;
    private static final int STREAM_INIT = 24;

    private final int n;
    private final int in;
    private final double decay;       // dt/τ
    private final int[] rowPtr;
    private final int[] colIdx;
    private final double[] values;
    private final double[] feedback;
    private final double[] win;
    private final double[] x;
    private final double[] r;
    private final double[] readout;
    private final CounterRandom random;
    private double z;
    private long t;

    /**
     * @param n      units N ≥ 1
     * @param gain   g ≥ 0 (1.5 in the paper)
     * @param p      connection probability in (0, 1] (0.1)
     * @param dtOverTau dt/τ in (0, 1] (0.1: τ = 10 ms, dt = 1 ms)
     * @param inputs external inputs per step, ≥ 1 (weights uniform in [−1, 1]; feed zeros for none)
     * @param seed   seed of J, w_f, W_in and the initial state
     */
    public RateNetwork(int n, double gain, double p, double dtOverTau, int inputs, long seed) {
        if (n < 1) {
            throw new ParameterException("neurons", String.valueOf(n), "must be >= 1");
        }
        if (!(gain >= 0.0) || Double.isInfinite(gain)) {
            throw new ParameterException("g", String.valueOf(gain), "must be >= 0 and finite");
        }
        if (!(p > 0.0 && p <= 1.0)) {
            throw new ParameterException("p", String.valueOf(p), "must be in (0, 1]");
        }
        if (!(dtOverTau > 0.0 && dtOverTau <= 1.0)) {
            throw new ParameterException("dt/tau", String.valueOf(dtOverTau), "must be in (0, 1]");
        }
        if (inputs < 1) {
            throw new ParameterException("inputs", String.valueOf(inputs), "must be >= 1");
        }
        this.n = n;
        this.in = inputs;
        this.decay = dtOverTau;
        this.random = new CounterRandom(seed);
        double scale = gain / Math.sqrt(p * n);
        int[] ptr = new int[n + 1];
        int[] cols = new int[Math.max(16, (int) Math.min((long) n * n, (long) (p * n * n * 1.2) + 16))];
        double[] vals = new double[cols.length];
        int k = 0;
        for (int i = 0; i < n; i++) {
            ptr[i] = k;
            for (int j = 0; j < n; j++) {
                if (random.uniform(STREAM_J, i, j, 0) < p) {
                    if (k == cols.length) {
                        cols = java.util.Arrays.copyOf(cols, cols.length * 2);
                        vals = java.util.Arrays.copyOf(vals, vals.length * 2);
                    }
                    cols[k] = j;
                    vals[k++] = scale * random.normal(STREAM_J, i, j, 1);
                }
            }
        }
        ptr[n] = k;
        this.rowPtr = ptr;
        this.colIdx = java.util.Arrays.copyOf(cols, k);
        this.values = java.util.Arrays.copyOf(vals, k);
        this.feedback = new double[n];
        this.win = new double[n * in];
        for (int i = 0; i < n; i++) {
            feedback[i] = 2.0 * random.uniform(STREAM_FEEDBACK, i, 0, 0) - 1.0;
            for (int j = 0; j < in; j++) {
                win[i * in + j] = 2.0 * random.uniform(STREAM_INPUT, i, j, 0) - 1.0;
            }
        }
        this.x = new double[n];
        this.r = new double[n];
        this.readout = new double[n + 1];
        resetState();
    }

    /** @return recurrent connections stored */
    public int connections() {
        return values.length;
    }

    @Override
    public int inputSize() {
        return in;
    }

    @Override
    public int featureSize() {
        return n;
    }

    @Override
    public int outputSize() {
        return 1;
    }

    @Override
    public double[] readout() {
        return readout;
    }

    /** @return the last output z fed back */
    public double output() {
        return z;
    }

    @Override
    public void resetState() {
        for (int i = 0; i < n; i++) {
            x[i] = 0.5 * random.normal(STREAM_INIT, i, 0, 0);
            r[i] = Math.tanh(x[i]);
        }
        z = 0.5 * random.normal(STREAM_INIT, n, 0, 0);
        t = 0;
    }

    @Override
    public void features(double[] input, int steps, double[] out) {
        resetState();
        double[] one = new double[in];
        double[] f = new double[n];
        for (int k = 0; k < steps; k++) {
            System.arraycopy(input, k * in, one, 0, in);
            step(one, f);
            System.arraycopy(f, 0, out, k * n, n);
        }
    }

    @Override
    public void step(double[] input, double[] features) {
        double a = decay;
        for (int i = 0; i < n; i++) {
            double drive = feedback[i] * z;
            for (int k = rowPtr[i]; k < rowPtr[i + 1]; k++) {
                drive += values[k] * r[colIdx[k]];
            }
            int wb = i * in;
            for (int j = 0; j < in; j++) {
                drive += win[wb + j] * input[j];
            }
            x[i] += a * (drive - x[i]);
        }
        double out = readout[n];
        for (int i = 0; i < n; i++) {
            double ri = Math.tanh(x[i]);
            r[i] = ri;
            out += readout[i] * ri;
        }
        if (!Double.isFinite(out)) {
            throw new BrainjException("rate network diverged: readout z = " + out + " at step " + t);
        }
        // z uses the readout as it is now; the trainer's correction after this step reaches the next step's z.
        z = out;
        t++;
        System.arraycopy(r, 0, features, 0, n);
    }
}
