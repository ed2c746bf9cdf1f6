package org.brainj.trainers.internal.reservoir;

import org.brainj.api.core.ParameterException;

/**
 * Settings of an {@link EchoStateNetwork} (BrainPy's {@code Reservoir}, FEATURES §6.4).
 *
 * @param inputSize        input values per step
 * @param size             reservoir units
 * @param outputSize       readout outputs
 * @param leak             leaky rate a in (0, 1] (BrainPy default 0.3)
 * @param spectralRadius   ρ to rescale W_rec to, or NaN to keep W_rec as drawn
 * @param inputScale       standard deviation of W_in entries (BrainPy: Normal(scale=0.1))
 * @param recScale         standard deviation of W_rec entries before any rescaling (BrainPy: 0.1)
 * @param biasScale        standard deviation of the bias b (BrainPy: ZeroInit, 0)
 * @param inConnectivity   probability that an input reaches a unit (BrainPy 0.1)
 * @param recConnectivity  probability of a recurrent connection (BrainPy 0.1)
 * @param sparse           store W_rec as CSR (work ∝ connections) instead of dense
 * @param noiseIn          amplitude of uniform noise on the input drive, ±noiseIn
 * @param noiseRec         amplitude of uniform noise on the recurrent drive, ±noiseRec
 * @param includeInput     append the step's input to the features (the classic ESN readout [x; u])
 * @param seed             seed of every draw (weights and noise), via CounterRandom
 */
public record EsnSettings(int inputSize, int size, int outputSize, double leak, double spectralRadius,
                          double inputScale, double recScale, double biasScale, double inConnectivity,
                          double recConnectivity, boolean sparse, double noiseIn, double noiseRec,
                          boolean includeInput, long seed) {

    /** Checks every field, naming the one out of range. */
    public EsnSettings {
        positiveInt("input_size", inputSize);
        positiveInt("size", size);
        positiveInt("output_size", outputSize);
        if (!(leak > 0.0 && leak <= 1.0)) {
            throw new ParameterException("leaky_rate", String.valueOf(leak), "must be in (0, 1]");
        }
        if (!Double.isNaN(spectralRadius) && !(spectralRadius > 0.0 && spectralRadius < 100.0)) {
            throw new ParameterException("spectral_radius", String.valueOf(spectralRadius),
                    "must be in (0, 100), or NaN for no rescaling");
        }
        nonNegative("input_scale", inputScale);
        nonNegative("rec_scale", recScale);
        nonNegative("bias_scale", biasScale);
        nonNegative("noise_in", noiseIn);
        nonNegative("noise_rec", noiseRec);
        probability("in_connectivity", inConnectivity);
        probability("rec_connectivity", recConnectivity);
    }

    /**
     * BrainPy's defaults for the given shape: leak 0.3, no spectral rescaling, N(0, 0.1²) weights at connectivity
     * 0.1, no bias, no noise, dense, features = state only.
     *
     * @param inputSize  inputs per step
     * @param size       units
     * @param outputSize readout outputs
     * @param seed       seed
     * @return the settings
     */
    public static EsnSettings defaults(int inputSize, int size, int outputSize, long seed) {
        return new EsnSettings(inputSize, size, outputSize, 0.3, Double.NaN, 0.1, 0.1, 0.0, 0.1, 0.1, false, 0.0,
                0.0, false, seed);
    }

    private static void positiveInt(String name, int v) {
        if (v < 1) {
            throw new ParameterException(name, String.valueOf(v), "must be >= 1");
        }
    }

    private static void nonNegative(String name, double v) {
        if (!(v >= 0.0) || Double.isInfinite(v)) {
            throw new ParameterException(name, String.valueOf(v), "must be >= 0 and finite");
        }
    }

    private static void probability(String name, double v) {
        if (!(v > 0.0 && v <= 1.0)) {
            throw new ParameterException(name, String.valueOf(v), "must be in (0, 1]");
        }
    }
}
