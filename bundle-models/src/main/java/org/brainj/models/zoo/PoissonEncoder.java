package org.brainj.models.zoo;

import java.util.Arrays;
import java.util.List;

import org.brainj.api.core.ParameterException;
import org.brainj.api.core.StateVariable;
import org.brainj.api.core.StepContext;
import org.brainj.models.kit.NeuronGroup;

/**
 * Rate coding, after BrainPy's {@code bp.encoding.PoissonEncoder}: one rate per input becomes a spike source whose
 * member i fires in every step with probability p<sub>i</sub> = rate<sub>i</sub>·dt/1000 (rates in Hz, dt in ms; a
 * probability above 1 fires every step). BrainPy's encoder takes the (min–max normalised) input itself as the
 * probability per step; here inputs are rates so that the code does not depend on dt — use
 * {@link #rates(double[], double, double, double)} to map intensities onto rates.
 *
 * <p>The draws are those of {@link PoissonGroup}: member i fires iff u &lt; p<sub>i</sub>, with u from the high (i
 * even) or low (i odd) 32 bits of {@code random().nextLong(stream, i / 2, step, 1)}. An encoder population whose
 * rates all equal f therefore spikes exactly like a {@code PoissonGroup} of rate f on the same seed and stream, and
 * its spikes do not depend on thread count or slicing.
 *
 * <p>A plain Java utility, not a model factory entry: rates are an array, not {@link org.brainj.api.model.Parameters}.
 */
public final class PoissonEncoder {

    private PoissonEncoder() {
    }

    /**
     * @param name  the population's name
     * @param rates the firing rate of each member [Hz], finite and ≥ 0 (copied); its length is the population's size
     * @return the spike source
     * @throws ParameterException for an empty array or a negative or non-finite rate
     */
    public static Source encode(String name, double[] rates) {
        if (rates == null || rates.length == 0) {
            throw new ParameterException(name + ".rates", rates == null ? "null" : "[]", "at least one rate");
        }
        Source s = new Source(name, rates.length);
        s.setRates(rates);
        return s;
    }

    /**
     * Maps intensities linearly onto rates: x = min gives 0 Hz, x = max gives {@code maxRate}; values outside
     * [min, max] are clipped to it (BrainPy's normalisation (x − min)/(max − min), clipped so that the rate stays valid).
     *
     * @param x       the intensities
     * @param min     the intensity of rate 0
     * @param max     the intensity of rate {@code maxRate}, &gt; min
     * @param maxRate the highest rate [Hz], finite and ≥ 0
     * @return the rates [Hz], a new array
     * @throws ParameterException for max ≤ min, a bad maxRate or a non-finite intensity
     */
    public static double[] rates(double[] x, double min, double max, double maxRate) {
        if (!(max > min) || !Double.isFinite(max - min)) {
            throw new ParameterException("max", String.valueOf(max), "must be finite and > min = " + min);
        }
        if (!(maxRate >= 0.0) || maxRate == Double.POSITIVE_INFINITY) {
            throw new ParameterException("maxRate", maxRate + " Hz", "must be finite and >= 0");
        }
        double[] r = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i])) {
                throw new ParameterException("x[" + i + "]", String.valueOf(x[i]), "must be finite");
            }
            double u = (x[i] - min) / (max - min);
            r[i] = maxRate * Math.min(1.0, Math.max(0.0, u));
        }
        return r;
    }

    /**
     * The population an encoder produces: independent Bernoulli spike trains with one rate per member, changeable
     * between steps (e.g. to present the next sample).
     */
    public static final class Source extends NeuronGroup {


        private final double[] rates;

        private Source(String name, int size) {
            super(name, size);
            this.rates = new double[size];
        }

        /**
         * Replaces the rates; takes effect from the next step.
         *
         * @param newRates one rate per member [Hz], finite and ≥ 0
         * @throws ParameterException for a wrong length or a negative or non-finite rate (the rates are then unchanged)
         */
        public void setRates(double[] newRates) {
            if (newRates.length != size) {
                throw new ParameterException(name() + ".rates", "length " + newRates.length,
                        "must have one rate per member (" + size + ")");
            }
            for (int i = 0; i < newRates.length; i++) {
                if (!(newRates[i] >= 0.0) || newRates[i] == Double.POSITIVE_INFINITY) {
                    throw new ParameterException(name() + ".rates[" + i + "]", newRates[i] + " Hz",
                            "must be finite and >= 0");
                }
            }
            System.arraycopy(newRates, 0, rates, 0, size);
        }

        /** @return the rates [Hz] (a copy) */
        public double[] rates() {
            return rates.clone();
        }

        @Override
        public List<StateVariable> state() {
            return List.of();
        }

        @Override
        public double[] potential() {
            return null;
        }

        @Override
        public String inputUnit() {
            return "none";
        }

        @Override
        protected int integrate(StepContext ctx, int from, int to) {
            final double scale = ctx.dt() / 1000.0;
            final long step = ctx.step();
            final boolean[] spk = this.spike;
            final int[] out = this.fired;
            final double[] r = this.rates;
            // Same draw layout as PoissonSource: members 2k and 2k+1 share draw (stream, k, step, 1).
            return PoissonSource.sample(random(), stream(), step, from, to, 0.0, r, scale, spk, out);
        }

        @Override
        protected void resetState() {
        }

        @Override
        public String toString() {
            return "PoissonEncoder '" + name() + "' (" + size + " sources, " + Arrays.stream(rates).min().orElse(0)
                    + ".." + Arrays.stream(rates).max().orElse(0) + " Hz)";
        }
    }
}
