package org.brainj.api.integrate;

import org.brainj.api.core.ParameterException;

/**
 * Settings a stepper is created with. Unused fields are ignored by methods they do not concern.
 *
 * @param seed          seed of the noise of SDE methods
 * @param absTolerance  absolute error tolerance of adaptive methods [state units], &gt; 0
 * @param relTolerance  relative error tolerance of adaptive methods, &gt; 0
 * @param minStep       smallest step an adaptive method may take [ms], &gt; 0
 * @param maxStep       largest step an adaptive method may take [ms], ≥ minStep
 * @param memoryLength  number of past steps a fractional method keeps, ≥ 1
 * @param interpolation how delay methods read between stored steps
 */
public record IntegratorOptions(long seed, double absTolerance, double relTolerance, double minStep, double maxStep,
                                int memoryLength, DelayInterpolation interpolation) {

    /** seed 0, tolerances 1e-6/1e-6, steps 1e-9 .. 10 ms, memory 1000 steps, linear delays. */
    public static final IntegratorOptions DEFAULTS =
            new IntegratorOptions(0L, 1e-6, 1e-6, 1e-9, 10.0, 1000, DelayInterpolation.LINEAR);

    /** Validates every field, naming the one out of range. */
    public IntegratorOptions {
        if (!(absTolerance > 0)) {
            throw new ParameterException("absTolerance", String.valueOf(absTolerance), "must be > 0");
        }
        if (!(relTolerance > 0)) {
            throw new ParameterException("relTolerance", String.valueOf(relTolerance), "must be > 0");
        }
        if (!(minStep > 0)) {
            throw new ParameterException("minStep", minStep + " ms", "must be > 0 ms");
        }
        if (!(maxStep >= minStep)) {
            throw new ParameterException("maxStep", maxStep + " ms", "must be >= minStep (" + minStep + " ms)");
        }
        if (memoryLength < 1) {
            throw new ParameterException("memoryLength", String.valueOf(memoryLength), "must be >= 1");
        }
        if (interpolation == null) {
            throw new ParameterException("interpolation", "null", "one of " + java.util.Arrays.toString(
                    DelayInterpolation.values()));
        }
    }

    /**
     * @param seed the noise seed
     * @return a copy with that seed
     */
    public IntegratorOptions withSeed(long seed) {
        return new IntegratorOptions(seed, absTolerance, relTolerance, minStep, maxStep, memoryLength, interpolation);
    }

    /**
     * @param abs absolute tolerance
     * @param rel relative tolerance
     * @return a copy with those tolerances
     */
    public IntegratorOptions withTolerances(double abs, double rel) {
        return new IntegratorOptions(seed, abs, rel, minStep, maxStep, memoryLength, interpolation);
    }

    /**
     * @param min smallest step [ms]
     * @param max largest step [ms]
     * @return a copy with those step bounds
     */
    public IntegratorOptions withStepBounds(double min, double max) {
        return new IntegratorOptions(seed, absTolerance, relTolerance, min, max, memoryLength, interpolation);
    }

    /**
     * @param length past steps kept
     * @return a copy with that fractional memory length
     */
    public IntegratorOptions withMemoryLength(int length) {
        return new IntegratorOptions(seed, absTolerance, relTolerance, minStep, maxStep, length, interpolation);
    }

    /**
     * @param how delay interpolation
     * @return a copy with it
     */
    public IntegratorOptions withInterpolation(DelayInterpolation how) {
        return new IntegratorOptions(seed, absTolerance, relTolerance, minStep, maxStep, memoryLength, how);
    }
}
