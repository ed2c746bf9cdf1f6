package org.brainj.models.zoo;

import java.util.Arrays;

import org.brainj.api.core.ParameterException;

/**
 * Latency (time-to-first-spike) coding, BrainPy's {@code bp.encoding.LatencyEncoder}: each input fires one spike,
 * earlier for larger values. With x the input normalised by (x − min)/(max − min) (min = 0, max = 1 by default,
 * i.e. inputs used as they are) and T = tau, or the window length when {@code normalize} is set:
 * <ul>
 * <li>{@link Method#LINEAR}: t = (T − first_spk_time − dt)·(1 − x) + first_spk_time, so x = 1 fires at
 * first_spk_time and x = 0 at T − dt, the last step of a window of length T;</li>
 * <li>{@link Method#LOG} (BrainPy's default): t = (T − first_spk_time − dt)·ln(x / (x − threshold)) + first_spk_time
 * with x raised to at least threshold + 10⁻⁷ (inputs below the threshold saturate: they all fire at the latest
 * time, usually beyond the window). This is an RC charging time: larger x, earlier spike.</li>
 * </ul>
 * With {@code clip}, inputs with x &lt; threshold do not fire. The spike goes into step round(t/dt), as BrainPy's
 * {@code round(spike_time/dt)}; a step outside [0, ⌊window/dt⌋) means no spike (BrainPy's one-hot of an index out of
 * range). Times are in ms.
 *
 * <p>Difference from BrainPy, by design: {@code clip} compares the normalised input with the threshold (BrainPy
 * compares the raw data; the two agree without min/max).
 *
 * <p>Instances are immutable; configure with the {@code with…} methods, e.g.
 * {@code LatencyEncoder.linear().withTau(20).withFirstSpikeTime(1)}.
 */
public final class LatencyEncoder {

    /** How the input becomes a spike time. */
    public enum Method {
        /** t decreases linearly in x. */
        LINEAR,
        /** t = ln(x/(x − threshold)), BrainPy's default. */
        LOG
    }

    /** Lower bound added to the threshold for the log method, BrainPy's {@code epsilon}. */
    public static final double EPSILON = 1e-7;

    private final Method method;
    private final double min;
    private final double max;
    private final double threshold;
    private final boolean clip;
    private final double tau;
    private final boolean normalize;
    private final double firstSpikeTime;

    private LatencyEncoder(Method method, double min, double max, double threshold, boolean clip, double tau,
            boolean normalize, double firstSpikeTime) {
        this.method = method;
        this.min = min;
        this.max = max;
        this.threshold = threshold;
        this.clip = clip;
        this.tau = tau;
        this.normalize = normalize;
        this.firstSpikeTime = firstSpikeTime;
    }

    /** @return an encoder with BrainPy's defaults: log method, threshold 0.01, tau 1 ms, no clip, no normalize */
    public static LatencyEncoder log() {
        return new LatencyEncoder(Method.LOG, 0.0, 1.0, 0.01, false, 1.0, false, 0.0);
    }

    /** @return the defaults of {@link #log()} with the linear method */
    public static LatencyEncoder linear() {
        return log().withMethod(Method.LINEAR);
    }

    /**
     * @param m the method
     * @return a copy with that method
     */
    public LatencyEncoder withMethod(Method m) {
        if (m == null) {
            throw new ParameterException("method", "null", "LINEAR or LOG");
        }
        return new LatencyEncoder(m, min, max, threshold, clip, tau, normalize, firstSpikeTime);
    }

    /**
     * @param minVal the input that normalises to 0
     * @param maxVal the input that normalises to 1, &gt; minVal
     * @return a copy with that input range
     */
    public LatencyEncoder withRange(double minVal, double maxVal) {
        if (!Double.isFinite(minVal) || !(maxVal > minVal) || !Double.isFinite(maxVal - minVal)) {
            throw new ParameterException("max_val", String.valueOf(maxVal), "must be finite and > min_val = " + minVal);
        }
        return new LatencyEncoder(method, minVal, maxVal, threshold, clip, tau, normalize, firstSpikeTime);
    }

    /**
     * @param t the threshold, in [0, 1]
     * @return a copy with that threshold
     */
    public LatencyEncoder withThreshold(double t) {
        if (!(t >= 0.0 && t <= 1.0)) {
            throw new ParameterException("threshold", String.valueOf(t), "must be in [0, 1]");
        }
        return new LatencyEncoder(method, min, max, t, clip, tau, normalize, firstSpikeTime);
    }

    /**
     * @param c whether inputs below the threshold stay silent
     * @return a copy with that setting
     */
    public LatencyEncoder withClip(boolean c) {
        return new LatencyEncoder(method, min, max, threshold, c, tau, normalize, firstSpikeTime);
    }

    /**
     * @param t the time scale T [ms] when not normalising, &gt; 0
     * @return a copy with that tau
     */
    public LatencyEncoder withTau(double t) {
        if (!(t > 0.0) || t == Double.POSITIVE_INFINITY) {
            throw new ParameterException("tau", t + " ms", "must be finite and > 0");
        }
        return new LatencyEncoder(method, min, max, threshold, clip, t, normalize, firstSpikeTime);
    }

    /**
     * @param n whether T is the window length instead of tau
     * @return a copy with that setting
     */
    public LatencyEncoder withNormalize(boolean n) {
        return new LatencyEncoder(method, min, max, threshold, clip, tau, n, firstSpikeTime);
    }

    /**
     * @param t the spike time of the largest input [ms], finite and ≥ 0
     * @return a copy with that first spike time
     */
    public LatencyEncoder withFirstSpikeTime(double t) {
        if (!(t >= 0.0) || t == Double.POSITIVE_INFINITY) {
            throw new ParameterException("first_spk_time", t + " ms", "must be finite and >= 0");
        }
        return new LatencyEncoder(method, min, max, threshold, clip, tau, normalize, t);
    }

    /**
     * The continuous spike time of one input, before rounding to a step.
     *
     * @param x      the input
     * @param dt     the step [ms], &gt; 0
     * @param window the encoding window [ms] (BrainPy's {@code n_time}), used as T when normalising
     * @return the spike time [ms], or +∞ when the input is clipped
     */
    public double spikeTime(double x, double dt, double window) {
        check(dt, window);
        if (!Double.isFinite(x)) {
            throw new ParameterException("x", String.valueOf(x), "must be finite");
        }
        double t = normalize ? window : tau;
        double u = (x - min) / (max - min);
        if (clip && u < threshold) {
            return Double.POSITIVE_INFINITY;
        }
        double span = t - firstSpikeTime - dt;
        if (method == Method.LINEAR) {
            return span * (1.0 - u) + firstSpikeTime;
        }
        double v = Math.max(u, threshold + EPSILON);
        return span * Math.log(v / (v - threshold)) + firstSpikeTime;
    }

    /**
     * @param x      the input
     * @param dt     the step [ms]
     * @param window the encoding window [ms]
     * @return the step of the input's spike, round(t/dt), or −1 when it does not fire within the window
     */
    public int spikeStep(double x, double dt, double window) {
        double t = spikeTime(x, dt, window);
        double steps = Math.rint(t / dt);
        // int(window/dt) as BrainPy, with a tolerance for decimal windows (0.3/0.1 = 2.9999999999999996).
        long n = (long) Math.floor(window / dt + 1e-9);
        return steps >= 0 && steps < n ? (int) steps : -1;
    }

    /**
     * Encodes one input per member as a spike source: member i fires once, at step {@link #spikeStep} of x[i], i.e.
     * at time step·dt (or never).
     *
     * @param name   the population's name
     * @param x      the inputs, one per member
     * @param dt     the step the source will run with [ms]
     * @param window the encoding window [ms]
     * @return the spike source
     */
    public SpikeTimeGroup encode(String name, double[] x, double dt, double window) {
        int[] idx = new int[x.length];
        double[] times = new double[x.length];
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            int s = spikeStep(x[i], dt, window);
            if (s >= 0) {
                idx[n] = i;
                times[n++] = s * dt;
            }
        }
        return SpikeTimeGroup.of(name, Math.max(1, x.length), Arrays.copyOf(idx, n), Arrays.copyOf(times, n));
    }

    private static void check(double dt, double window) {
        if (!(dt > 0.0) || dt == Double.POSITIVE_INFINITY) {
            throw new ParameterException("dt", dt + " ms", "must be finite and > 0");
        }
        if (!(window > 0.0) || window == Double.POSITIVE_INFINITY) {
            throw new ParameterException("window", window + " ms", "must be finite and > 0");
        }
    }

    @Override
    public String toString() {
        return "LatencyEncoder(" + method + ", range [" + min + ", " + max + "], threshold " + threshold + ", clip "
                + clip + ", tau " + tau + " ms, normalize " + normalize + ", first_spk_time " + firstSpikeTime + " ms)";
    }
}
