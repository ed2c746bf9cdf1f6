package org.brainj.models.kit;

import java.util.Arrays;

import org.brainj.api.core.ModelException;
import org.brainj.api.core.ParameterException;
import org.brainj.api.core.StepContext;

/**
 * Delayed coupling of rate nodes over a connectivity matrix, for whole-brain models: BrainPy's
 * {@code bp.synapses.DiffusiveCoupling} and {@code AdditiveCoupling} with their argument names. For every pair
 * (j → i) with conn_mat[j, i] ≠ 0 and delay D_ji steps, added each step to the target's input (BrainPy's
 * {@code var_to_output}, e.g. a rate model's {@code x_ext}):
 *
 * <pre>
 *   diffusive: input_i += Σ_j conn_mat[j, i] · (var1_j(t − D_ji·dt) − var2_i(t))
 *   additive:  input_i += Σ_j conn_mat[j, i] · var1_j(t − D_ji·dt)
 * </pre>
 *
 * <p>var1 ({@code coupling_var1}) is a variable of the source population, var2 ({@code coupling_var2}) one of the
 * target; conn_mat is pre × post (rows = source), as in BrainPy. var1's history is a ring of max(D) + 1 rows of the
 * source's size; before enough history exists the past value is {@code initial_delay_data} (BrainPy's default 0).
 * A drive runs at the start of a step, before projections and populations, so var1(t) is the state the step starts
 * from and a delay of D steps reads the state D steps before it. Cost per step: O(non-zero pairs + source size).
 */
public final class DelayCoupling extends InputDrive {

    private final boolean diffusive;
    private final NeuronGroup source;
    private final String var1;
    private final String var2;
    private final int pre;
    private final int post;
    private final int[] postPtr;
    private final int[] from;
    private final int[] lag;
    private final double[] weight;
    private final double[][] ring;
    private final double initial;
    private double[] x1;
    private double[] x2;
    private long n;

    private DelayCoupling(boolean diffusive, NeuronGroup source, String var1, String var2, int post, double[] connMat,
                          int[] delaySteps, double initialDelayData) {
        this.diffusive = diffusive;
        this.source = source;
        this.var1 = var1;
        this.var2 = var2;
        this.pre = source.size();
        this.post = post;
        if ((long) pre * post != connMat.length) {
            throw new ParameterException("conn_mat", connMat.length + " values", "must be pre x post = " + pre + " x "
                    + post + " (rows = source)");
        }
        if (delaySteps != null && delaySteps.length != connMat.length) {
            throw new ParameterException("delay_steps", delaySteps.length + " values", "must be pre x post = " + pre
                    + " x " + post + ", like conn_mat");
        }
        if (!Double.isFinite(initialDelayData)) {
            throw new ParameterException("initial_delay_data", String.valueOf(initialDelayData), "must be finite");
        }
        if (source.variable(var1) == null) {
            throw new ModelException("coupling_var1: '" + var1 + "' is not a variable of " + source);
        }
        int nnz = 0;
        int maxLag = 0;
        for (int k = 0; k < connMat.length; k++) {
            if (!Double.isFinite(connMat[k])) {
                throw new ParameterException("conn_mat[" + k / post + "][" + k % post + "]",
                        String.valueOf(connMat[k]), "must be finite");
            }
            int d = delaySteps == null ? 0 : delaySteps[k];
            if (d < 0) {
                throw new ParameterException("delay_steps[" + k / post + "][" + k % post + "]", String.valueOf(d),
                        "must be >= 0");
            }
            if (connMat[k] != 0) {
                nnz++;
                maxLag = Math.max(maxLag, d);
            }
        }
        this.postPtr = new int[post + 1];
        this.from = new int[nnz];
        this.lag = new int[nnz];
        this.weight = new double[nnz];
        int e = 0;
        for (int i = 0; i < post; i++) {
            for (int j = 0; j < pre; j++) {
                double w = connMat[j * post + i];
                if (w != 0) {
                    from[e] = j;
                    lag[e] = delaySteps == null ? 0 : delaySteps[j * post + i];
                    weight[e++] = w;
                }
            }
            postPtr[i + 1] = e;
        }
        this.ring = new double[maxLag + 1][pre];
        this.initial = initialDelayData;
        reset();
    }

    /**
     * BrainPy's {@code DiffusiveCoupling(coupling_var1, coupling_var2, var_to_output, conn_mat, delay_steps,
     * initial_delay_data)}; the target (whose input receives the coupling and whose {@code var2} is subtracted) is
     * the population the drive is added to with {@code Network.input(drive, target)}.
     *
     * @param source           the source population
     * @param var1             its coupled variable (e.g. {@code x})
     * @param var2             the target's variable subtracted (e.g. {@code x})
     * @param postSize         the target's size
     * @param connMat          pre × post weights, row-major
     * @param delaySteps       pre × post delays in steps, or null for none
     * @param initialDelayData var1 before the start
     * @return the drive
     */
    public static DelayCoupling diffusive(NeuronGroup source, String var1, String var2, int postSize,
                                          double[] connMat, int[] delaySteps, double initialDelayData) {
        return new DelayCoupling(true, source, var1, var2, postSize, connMat, delaySteps, initialDelayData);
    }

    /**
     * BrainPy's {@code AdditiveCoupling(coupling_var, var_to_output, conn_mat, delay_steps, initial_delay_data)}.
     *
     * @param source           the source population
     * @param var1             its coupled variable
     * @param postSize         the target's size
     * @param connMat          pre × post weights, row-major
     * @param delaySteps       pre × post delays in steps, or null for none
     * @param initialDelayData var1 before the start
     * @return the drive
     */
    public static DelayCoupling additive(NeuronGroup source, String var1, int postSize, double[] connMat,
                                         int[] delaySteps, double initialDelayData) {
        return new DelayCoupling(false, source, var1, null, postSize, connMat, delaySteps, initialDelayData);
    }

    /**
     * Delays in ms to whole steps, each rounded to the nearest (as projection delays are).
     *
     * @param delaysMs delays [ms], ≥ 0
     * @param dt       the step [ms]
     * @return the delays in steps
     */
    public static int[] steps(double[] delaysMs, double dt) {
        if (!(dt > 0 && Double.isFinite(dt))) {
            throw new ParameterException("dt", String.valueOf(dt), "must be finite and > 0 ms");
        }
        int[] out = new int[delaysMs.length];
        for (int k = 0; k < out.length; k++) {
            if (!(delaysMs[k] >= 0 && delaysMs[k] / dt < Integer.MAX_VALUE)) {
                throw new ParameterException("delay[" + k + "]", delaysMs[k] + " ms", "must be >= 0 and finite");
            }
            out[k] = (int) Math.round(delaysMs[k] / dt);
        }
        return out;
    }

    @Override
    public void bind(NeuronGroup group) {
        if (group.size() != post) {
            throw new ModelException(model() + ": conn_mat has " + post + " columns but " + group + " has "
                    + group.size() + " members");
        }
        if (diffusive && group.variable(var2) == null) {
            throw new ModelException("coupling_var2: '" + var2 + "' is not a variable of " + group);
        }
        super.bind(group);
    }

    @Override
    public String model() {
        return diffusive ? "DiffusiveCoupling" : "AdditiveCoupling";
    }

    /** @return the largest delay [steps] */
    public int maxDelay() {
        return ring.length - 1;
    }

    @Override
    public void update(StepContext ctx) {
        if (x1 == null) {
            x1 = source.variable(var1);
            x2 = diffusive ? target().variable(var2) : null;
        }
        int slots = ring.length;
        System.arraycopy(x1, 0, ring[(int) (n % slots)], 0, pre);
        double[] in = target().input();
        for (int i = 0; i < post; i++) {
            double sum = 0;
            double self = diffusive ? x2[i] : 0.0;
            for (int e = postPtr[i]; e < postPtr[i + 1]; e++) {
                double past = ring[(int) Math.floorMod(n - lag[e], (long) slots)][from[e]];
                sum += weight[e] * (past - self);
            }
            in[i] += sum;
        }
        n++;
    }

    @Override
    public void reset() {
        for (double[] row : ring) {
            Arrays.fill(row, initial);
        }
        n = 0;
        x1 = null;
        x2 = null;
    }
}
