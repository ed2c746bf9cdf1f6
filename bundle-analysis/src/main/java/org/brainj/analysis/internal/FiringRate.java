package org.brainj.analysis.internal;

import org.brainj.api.analysis.Measure;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;
import org.brainj.api.platform.Provider;
import org.brainj.api.run.RunResult;
import org.brainj.api.run.SpikeRecord;
import org.osgi.service.component.annotations.Component;

/**
 * The population firing rate [Hz] of BrainPy's {@code measure.firing_rate}: the fraction of the population that
 * spiked at each step, smoothed by a centred box of {@code w = 2·int(width / 2 / dt) + 1} steps and normalised by
 * the box's duration {@code w·dt} [ms] (×1000 for Hz), as {@code numpy.convolve(..., mode='same')}: the box is
 * zero-padded beyond the run's ends, so rates fall off within {@code w/2} steps of them.
 *
 * <p>Normalising by {@code w·dt} (the window actually summed) rather than by {@code width} makes a constant rate
 * come out unbiased when {@code width} is not an odd multiple of {@code dt}; BrainPy's code divides by
 * {@code width} and so reads {@code w·dt / width} times higher.
 *
 * <p>The window length truncates as BrainPy's {@code int(width / 2 / dt)} does, so both pick the same window.
 *
 * <p>Target: a population name. Result: one value per step of the run.
 */
@Component(service = Measure.class, property = Provider.RANKING + "=" + FiringRate.RANKING)
public final class FiringRate extends MeasureProvider {

    static final String NAME = "firing_rate";

    static final ParameterSpec WIDTH = ParameterSpec.positive("width", "ms", 10.0,
            "width of the box window the rate is averaged over");

    /** Creates the measure; it holds no state. */
    public FiringRate() {
        super(NAME, WIDTH);
    }

    /**
     * @param result a run's records
     * @param target the population
     * @param params {@code width} [ms]
     * @return the population rate at each step [Hz]
     */
    @Override
    double[] measure(RunResult result, String target, Parameters params) {
        double width = params.get(WIDTH);
        SpikeGrid grid = SpikeGrid.of(result, target);
        SpikeRecord record = grid.record();
        double dt = grid.dt();
        int steps = grid.steps();
        long[] counts = SpikeSteps.countsPerStep(record, dt, steps);
        // Same expression and truncation as BrainPy, so both pick the same window length.
        long half = grid.stepsPer(width / 2);
        int w = (int) Math.min(2 * half + 1, Integer.MAX_VALUE - 8);
        double[] rate = new double[steps];
        if (record.size() == 0) {
            return rate;
        }
        // prefix[s] = spikes in steps [0, s): each window sum is then exact integer arithmetic.
        long[] prefix = new long[steps + 1];
        for (int s = 0; s < steps; s++) {
            prefix[s + 1] = prefix[s] + counts[s];
        }
        double scale = 1000.0 / ((double) record.size() * w * dt);
        for (int s = 0; s < steps; s++) {
            int lo = (int) Math.max(0, s - half);
            int hi = (int) Math.min(steps, s + half + 1);
            rate[s] = (prefix[hi] - prefix[lo]) * scale;
        }
        return rate;
    }
}
