package org.brainj.trainers.internal.reservoir;

import org.brainj.api.core.ParameterException;
import org.brainj.api.train.OnlineTrainable;
import org.brainj.trainers.internal.linear.PolynomialFeatures;

/**
 * A nonlinear vector autoregression (Gauthier et al. 2021, "Next generation reservoir computing"; BrainPy's
 * {@code NVAR(num_in, delay, order, stride, constant)}): no recurrent network, the features are the recent inputs
 * and their monomials,
 * <pre>  linear = [u_t, u_{t−s}, …, u_{t−(k−1)s}]   (k = delay, s = stride; k·num_in values)
 *  features = [1 if constant] ++ linear ++ every monomial of degree 2 … order over linear (with repetition)</pre>
 * Inputs before the sequence start count as 0, as BrainPy's zero-initialised buffer does. The readout (bias last)
 * is trained like an echo-state network's.
 */
public final class Nvar implements OnlineTrainable, SequenceShape {

    private final int in;
    private final int delay;
    private final int stride;
    private final boolean constant;
    private final PolynomialFeatures poly;
    private final int linearSize;
    private final int size;
    private final double[] history; // ring buffer of (delay − 1)·stride + 1 inputs
    private final int slots;
    private final double[] linear;
    private final double[] readout;
    private int head;

    /**
     * @param inputSize  inputs per step
     * @param delay      number of lagged copies k ≥ 1
     * @param order      highest monomial degree, 1 … 10 (1: linear only)
     * @param stride     lag between copies s ≥ 1
     * @param constant   prepend a constant 1 feature
     * @param outputSize readout outputs
     */
    public Nvar(int inputSize, int delay, int order, int stride, boolean constant, int outputSize) {
        if (inputSize < 1) {
            throw new ParameterException("num_in", String.valueOf(inputSize), "must be >= 1");
        }
        if (delay < 1) {
            throw new ParameterException("delay", String.valueOf(delay), "must be >= 1");
        }
        if (stride < 1) {
            throw new ParameterException("stride", String.valueOf(stride), "must be >= 1");
        }
        if (outputSize < 1) {
            throw new ParameterException("output_size", String.valueOf(outputSize), "must be >= 1");
        }
        this.in = inputSize;
        this.delay = delay;
        this.stride = stride;
        this.constant = constant;
        this.linearSize = delay * inputSize;
        this.poly = new PolynomialFeatures(linearSize, order);
        this.size = (constant ? 1 : 0) + poly.size();
        this.slots = (delay - 1) * stride + 1;
        this.history = new double[slots * in];
        this.linear = new double[linearSize];
        this.readout = new double[outputSize * (size + 1)];
    }

    @Override
    public int inputSize() {
        return in;
    }

    @Override
    public int featureSize() {
        return size;
    }

    @Override
    public int outputSize() {
        return readout.length / (size + 1);
    }

    @Override
    public double[] readout() {
        return readout;
    }

    @Override
    public void resetState() {
        java.util.Arrays.fill(history, 0.0);
        head = 0;
    }

    @Override
    public void features(double[] input, int steps, double[] out) {
        if (input.length < (long) steps * in) {
            throw new IllegalArgumentException("NVAR: input has " + input.length
                    + " values, expected steps x num_in = " + steps + " x " + in);
        }
        resetState();
        for (int k = 0; k < steps; k++) {
            push(input, k * in);
            write(out, k * size);
        }
    }

    @Override
    public void step(double[] input, double[] features) {
        if (input.length != in) {
            throw new IllegalArgumentException("NVAR: one step of input has " + input.length + " values, expected "
                    + in);
        }
        push(input, 0);
        write(features, 0);
    }

    private void push(double[] input, int offset) {
        head = (head + 1) % slots;
        System.arraycopy(input, offset, history, head * in, in);
    }

    private void write(double[] out, int offset) {
        for (int lag = 0; lag < delay; lag++) {
            int slot = Math.floorMod(head - lag * stride, slots);
            System.arraycopy(history, slot * in, linear, lag * in, in);
        }
        int o = offset;
        if (constant) {
            out[o++] = 1.0;
        }
        poly.expand(linear, 0, out, o);
    }
}
