package org.brainj.trainers.internal;

/** The argument checks every update rule shares, done once per call before the element loop. */
final class UpdateArguments {

    private UpdateArguments() {
    }

    /**
     * @param optimizer    the optimizer's name, for messages
     * @param size         the rule's parameter count
     * @param params       the parameters
     * @param gradients    their gradients
     * @param learningRate the learning rate
     * @param step         the update count
     * @throws IllegalArgumentException naming the argument that is wrong
     */
    static void check(String optimizer, int size, double[] params, double[] gradients, double learningRate,
                      long step) {
        if (params.length != size) {
            throw new IllegalArgumentException(optimizer + ": params has " + params.length
                    + " entries, the rule was created for " + size);
        }
        if (gradients.length != size) {
            throw new IllegalArgumentException(optimizer + ": gradients has " + gradients.length
                    + " entries, the rule was created for " + size);
        }
        if (!(learningRate >= 0.0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException(optimizer + ": learning rate " + learningRate
                    + " is out of range: must be >= 0 and finite");
        }
        if (step < 1) {
            throw new IllegalArgumentException(optimizer + ": step " + step + " is out of range: counts from 1");
        }
    }

    /**
     * @param optimizer the optimizer's name, for messages
     * @param size      the requested parameter count
     * @throws IllegalArgumentException when it is negative
     */
    static void checkSize(String optimizer, int size) {
        if (size < 0) {
            throw new IllegalArgumentException(optimizer + ": size = " + size + " is out of range: must be >= 0");
        }
    }

    /**
     * @param optimizer the optimizer's name, for messages
     * @param spec      a decay-rate hyper-parameter allowed in [0, 1)
     * @param value     its value, already checked to lie in [0, 1]
     * @return the value
     * @throws org.brainj.api.core.ParameterException when it is 1, which would freeze its average
     */
    static double belowOne(String optimizer, org.brainj.api.model.ParameterSpec spec, double value) {
        if (!(value < 1.0)) {
            throw new org.brainj.api.core.ParameterException(optimizer + "." + spec.name(), String.valueOf(value),
                    "must be in [0, 1)");
        }
        return value;
    }
}
