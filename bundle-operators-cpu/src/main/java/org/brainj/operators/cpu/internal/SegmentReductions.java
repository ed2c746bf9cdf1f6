package org.brainj.operators.cpu.internal;

import java.util.Arrays;
import java.util.Objects;

import org.brainj.api.ops.Reduction;
import org.brainj.api.ops.SegmentOps;

/**
 * Gathers and segment reductions between presynaptic, synaptic and postsynaptic arrays, serial on the calling
 * thread. Synapses may come in any order ({@code indices_are_sorted=False} in BrainPy's terms): each reduction is
 * one pass over the synapses into the per-post output, plus a per-post count where an empty segment must be told
 * apart (PROD, MAX, MIN, MEAN all give 0 there).
 *
 * <p>The counts and the softmax's per-segment maxima and sums live in per-thread scratch arrays that only grow, so a
 * call allocates only when it needs more segments than any earlier call on its thread. They hold JDK array types,
 * so an idle thread does not pin this bundle's class loader. Thread-safe.
 */
final class SegmentReductions implements SegmentOps {

    private final ThreadLocal<int[]> countScratch = new ThreadLocal<>();
    private final ThreadLocal<double[]> maxScratch = new ThreadLocal<>();
    private final ThreadLocal<double[]> sumScratch = new ThreadLocal<>();

    /** Creates the operators with empty scratch. */
    SegmentReductions() {
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException when {@code out} is not as long as {@code preIds}, is {@code pre} itself, or
     *                                  an id is outside [0, pre.length)
     */
    @Override
    public void pre2syn(double[] pre, int[] preIds, double[] out) {
        Objects.requireNonNull(pre, "pre");
        Objects.requireNonNull(preIds, "preIds");
        Shapes.length("out", out, preIds.length);
        Shapes.distinct("out", out, "pre", pre);
        int n = pre.length;
        for (int k = 0; k < preIds.length; k++) {
            int p = preIds[k];
            if (p < 0 || p >= n) {
                throw Shapes.indexOutside("preIds", k, p, n);
            }
            out[k] = pre[p];
        }
    }

    /**
     * {@inheritDoc} Segments are {@code out.length} postsynaptic units, except for SOFTMAX, which has one segment per
     * distinct id; there {@code out} may be {@code syn} itself.
     *
     * @throws IllegalArgumentException when lengths do not match, an id is outside [0, out.length) (negative for
     *                                  SOFTMAX), or {@code out} is {@code syn} for a reduction other than SOFTMAX
     */
    @Override
    public void syn2post(double[] syn, int[] postIds, Reduction how, double[] out) {
        Objects.requireNonNull(syn, "syn");
        Objects.requireNonNull(how, "how");
        Shapes.length("postIds", postIds, syn.length);
        if (how == Reduction.SOFTMAX) {
            Shapes.length("out", out, syn.length);
            softmax(syn, postIds, out);
        } else {
            Objects.requireNonNull(out, "out");
            Shapes.distinct("out", out, "syn", syn);
            reduce(syn, null, postIds, how, out);
        }
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException when {@code how} is SOFTMAX, lengths do not match, an id is out of range, or
     *                                  {@code out} is {@code pre}
     */
    @Override
    public void pre2post(double[] pre, int[] preIds, int[] postIds, Reduction how, double[] out) {
        Objects.requireNonNull(pre, "pre");
        Objects.requireNonNull(preIds, "preIds");
        Objects.requireNonNull(how, "how");
        Objects.requireNonNull(out, "out");
        if (how == Reduction.SOFTMAX) {
            throw new IllegalArgumentException("how = SOFTMAX is not allowed for pre2post (its output is "
                    + "per-synapse: use pre2syn then syn2post); allowed: SUM, PROD, MAX, MIN, MEAN");
        }
        Shapes.length("postIds", postIds, preIds.length);
        Shapes.distinct("out", out, "pre", pre);
        reduce(pre, preIds, postIds, how, out);
    }

    /**
     * Reduces {@code values[gather[k]]} (or {@code values[k]} when {@code gather} is null) into
     * {@code out[postIds[k]]}.
     */
    private void reduce(double[] values, int[] gather, int[] postIds, Reduction how, double[] out) {
        int posts = out.length;
        int n = postIds.length;
        if (how == Reduction.SUM) {
            Arrays.fill(out, 0.0);
            for (int k = 0; k < n; k++) {
                out[postId(postIds, k, posts)] += value(values, gather, k);
            }
            return;
        }
        int[] count = intScratch(countScratch, posts);
        Arrays.fill(count, 0, posts, 0);
        switch (how) {
            case PROD:
                Arrays.fill(out, 1.0);
                for (int k = 0; k < n; k++) {
                    int p = postId(postIds, k, posts);
                    out[p] *= value(values, gather, k);
                    count[p]++;
                }
                break;
            case MAX:
                Arrays.fill(out, Double.NEGATIVE_INFINITY);
                for (int k = 0; k < n; k++) {
                    int p = postId(postIds, k, posts);
                    out[p] = Math.max(out[p], value(values, gather, k));
                    count[p]++;
                }
                break;
            case MIN:
                Arrays.fill(out, Double.POSITIVE_INFINITY);
                for (int k = 0; k < n; k++) {
                    int p = postId(postIds, k, posts);
                    out[p] = Math.min(out[p], value(values, gather, k));
                    count[p]++;
                }
                break;
            case MEAN:
                Arrays.fill(out, 0.0);
                for (int k = 0; k < n; k++) {
                    int p = postId(postIds, k, posts);
                    out[p] += value(values, gather, k);
                    count[p]++;
                }
                for (int p = 0; p < posts; p++) {
                    if (count[p] > 0) {
                        out[p] /= count[p];
                    }
                }
                return;
            default:
                throw new IllegalArgumentException("how = " + how + " is not a segment reduction here; allowed: "
                        + "SUM, PROD, MAX, MIN, MEAN");
        }
        for (int p = 0; p < posts; p++) {
            if (count[p] == 0) {
                out[p] = 0.0;
            }
        }
    }

    private static double value(double[] values, int[] gather, int k) {
        if (gather == null) {
            return values[k];
        }
        int i = gather[k];
        if (i < 0 || i >= values.length) {
            throw Shapes.indexOutside("preIds", k, i, values.length);
        }
        return values[i];
    }

    private static int postId(int[] postIds, int k, int posts) {
        int p = postIds[k];
        if (p < 0 || p >= posts) {
            throw Shapes.indexOutside("postIds", k, p, posts);
        }
        return p;
    }

    /** out<sub>k</sub> = exp(syn<sub>k</sub> − max<sub>seg</sub>) / Σ<sub>seg</sub> exp(syn − max<sub>seg</sub>). */
    private void softmax(double[] syn, int[] postIds, double[] out) {
        int n = syn.length;
        int segments = 0;
        for (int k = 0; k < n; k++) {
            int p = postIds[k];
            if (p < 0 || p == Integer.MAX_VALUE) {
                throw Shapes.indexOutside("postIds", k, p, Integer.MAX_VALUE);
            }
            segments = Math.max(segments, p + 1);
        }
        double[] max = doubleScratch(maxScratch, segments);
        double[] sum = doubleScratch(sumScratch, segments);
        Arrays.fill(max, 0, segments, Double.NEGATIVE_INFINITY);
        Arrays.fill(sum, 0, segments, 0.0);
        for (int k = 0; k < n; k++) {
            int p = postIds[k];
            max[p] = Math.max(max[p], syn[k]);
        }
        // Subtracting the segment maximum keeps every exponent <= 0, so exp cannot overflow; the ratio is unchanged.
        // Each pass reads index k before writing it, which is why out may be syn.
        for (int k = 0; k < n; k++) {
            int p = postIds[k];
            double e = Math.exp(syn[k] - max[p]);
            out[k] = e;
            sum[p] += e;
        }
        for (int k = 0; k < n; k++) {
            out[k] /= sum[postIds[k]];
        }
    }

    private static int[] intScratch(ThreadLocal<int[]> holder, int size) {
        int[] s = holder.get();
        if (s == null || s.length < size) {
            s = new int[size];
            holder.set(s);
        }
        return s;
    }

    private static double[] doubleScratch(ThreadLocal<double[]> holder, int size) {
        double[] s = holder.get();
        if (s == null || s.length < size) {
            s = new double[size];
            holder.set(s);
        }
        return s;
    }
}
