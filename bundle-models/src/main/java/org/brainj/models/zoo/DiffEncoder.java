package org.brainj.models.zoo;

import java.util.Arrays;

import org.brainj.api.core.ParameterException;

/**
 * Delta modulation, the scheme of {@code bp.encoding.DiffEncoder}: a channel spikes when its input has moved by more
 * than a threshold θ from the level its spikes so far encode. Each channel keeps a reference r, starting at the first
 * sample x[0]; in step s ≥ 1, if x[s] − r &gt; θ it emits an ON spike and r += θ, if r − x[s] &gt; θ an OFF spike and r −= θ
 * (at most one spike per channel and step, as a neuron fires at most once per step).
 *
 * <p>So r[s] = x[0] + θ·(ON − OFF spikes up to s) is the reconstruction from the spikes, and it stays within θ of the
 * signal, |x[s] − r[s]| ≤ θ, as long as the signal changes by at most θ per step; faster changes (slope overload)
 * are followed at θ per step and the error recovers once the signal slows down.
 */
public final class DiffEncoder {

    private DiffEncoder() {
    }

    /**
     * The spikes of a series: event k is channel {@code indices[k]} at step {@code steps[k]}, ON ({@code signs[k] =
     * +1}) or OFF (−1), in step order and, within a step, ascending channel.
     *
     * @param indices  the channel of each spike
     * @param steps    the step of each spike
     * @param signs    +1 (ON: the signal rose) or −1 (OFF: it fell)
     * @param initial  the first sample of each channel, the reconstruction's start
     * @param threshold θ
     */
    public record Spikes(int[] indices, int[] steps, int[] signs, double[] initial, double threshold) {

        /** @return how many spikes */
        public int count() {
            return indices.length;
        }

        /**
         * @param numSteps how many steps to reconstruct
         * @return r[s][channel] = initial + θ·(ON − OFF spikes at steps ≤ s)
         */
        public double[][] reconstruct(int numSteps) {
            double[][] r = new double[numSteps][];
            double[] level = initial.clone();
            int k = 0;
            for (int s = 0; s < numSteps; s++) {
                while (k < steps.length && steps[k] == s) {
                    level[indices[k]] += signs[k] * threshold;
                    k++;
                }
                r[s] = level.clone();
            }
            return r;
        }

        /** @return the ON spikes as {indices, steps} (e.g. for {@link SpikeTimeGroup} times step·dt) */
        public int[][] on() {
            return select(1);
        }

        /** @return the OFF spikes as {indices, steps} */
        public int[][] off() {
            return select(-1);
        }

        private int[][] select(int sign) {
            int[] idx = new int[indices.length];
            int[] st = new int[indices.length];
            int n = 0;
            for (int k = 0; k < indices.length; k++) {
                if (signs[k] == sign) {
                    idx[n] = indices[k];
                    st[n++] = steps[k];
                }
            }
            return new int[][] {Arrays.copyOf(idx, n), Arrays.copyOf(st, n)};
        }
    }

    /**
     * @param series    the input, series[step][channel], every row as long as the first, all values finite
     * @param threshold θ &gt; 0
     * @return the ON and OFF spikes
     * @throws ParameterException for θ ≤ 0, an empty series, a ragged row or a non-finite value
     */
    public static Spikes encode(double[][] series, double threshold) {
        if (!(threshold > 0.0) || threshold == Double.POSITIVE_INFINITY) {
            throw new ParameterException("threshold", String.valueOf(threshold), "must be finite and > 0");
        }
        if (series == null || series.length == 0 || series[0].length == 0) {
            throw new ParameterException("series", "empty", "at least one step of at least one channel");
        }
        int channels = series[0].length;
        for (int s = 0; s < series.length; s++) {
            if (series[s].length != channels) {
                throw new ParameterException("series[" + s + "]", "length " + series[s].length,
                        "must have " + channels + " channels like series[0]");
            }
            for (int c = 0; c < channels; c++) {
                if (!Double.isFinite(series[s][c])) {
                    throw new ParameterException("series[" + s + "][" + c + "]", String.valueOf(series[s][c]),
                            "must be finite");
                }
            }
        }
        double[] ref = series[0].clone();
        int cap = 16;
        int[] idx = new int[cap];
        int[] st = new int[cap];
        int[] sg = new int[cap];
        int n = 0;
        for (int s = 1; s < series.length; s++) {
            for (int c = 0; c < channels; c++) {
                double d = series[s][c] - ref[c];
                int sign = d > threshold ? 1 : (-d > threshold ? -1 : 0);
                if (sign == 0) {
                    continue;
                }
                if (n == cap) {
                    cap *= 2;
                    idx = Arrays.copyOf(idx, cap);
                    st = Arrays.copyOf(st, cap);
                    sg = Arrays.copyOf(sg, cap);
                }
                ref[c] += sign * threshold;
                idx[n] = c;
                st[n] = s;
                sg[n++] = sign;
            }
        }
        return new Spikes(Arrays.copyOf(idx, n), Arrays.copyOf(st, n), Arrays.copyOf(sg, n), series[0].clone(),
                threshold);
    }
}
