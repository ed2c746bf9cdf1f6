package org.brainj.trainers.internal.snn;

import java.util.SplittableRandom;

import org.brainj.trainers.internal.autodiff.Tape;

/**
 * A dense linear map y = x·W + b, W input × output (so a spike vector x selects rows of W: the product skips
 * silent inputs). Weights start uniform in ±gain/√input (PyTorch's {@code nn.Linear} default for gain 1),
 * the bias at 0.
 */
public final class Dense extends Block {

    private final double[] weight;
    private final double[] bias;

    /**
     * @param name   block name
     * @param input  input size
     * @param output output size
     * @param bias   whether it has a trainable bias
     * @param gain   initial weight scale, &gt; 0
     * @param random source of the initial weights
     */
    public Dense(String name, int input, int output, boolean bias, double gain, SplittableRandom random) {
        super(name, input, output);
        Layers.positive(name, "gain", gain);
        this.weight = new double[input * output];
        Layers.uniform(weight, input, gain, random);
        this.bias = bias ? new double[output] : null;
    }

    @Override
    public double[][] parameters() {
        return bias == null ? new double[][] {weight} : new double[][] {weight, bias};
    }

    @Override
    public String[] parameterNames() {
        return bias == null ? new String[] {name() + ".weight"} : new String[] {name() + ".weight", name() + ".bias"};
    }

    @Override
    public int[][] parameterShapes() {
        int[] w = {inputSize(), outputSize()};
        return bias == null ? new int[][] {w} : new int[][] {w, {1, outputSize()}};
    }

    @Override
    public int step(Tape tape, int[] params, int pBase, int[] state, int sBase, int input) {
        int y = tape.matmul(input, params[pBase]);
        return bias == null ? y : tape.addRow(y, params[pBase + 1]);
    }
}
