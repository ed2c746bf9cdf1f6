package org.brainj.trainers.internal.snn;

import java.util.SplittableRandom;

import org.brainj.api.core.ParameterException;
import org.brainj.trainers.internal.autodiff.Tape;

/**
 * A linear map y = x·(W ⊙ M) with a fixed 0/1 mask M (e.g. a connection probability or Dale's sign pattern kept
 * dense): masked-out weights receive no gradient, so they stay at 0 under any optimizer without weight decay.
 */
public final class MaskedLinear extends Block {

    private final double[] weight;
    private final double[] mask;

    /**
     * @param name   block name
     * @param input  input size
     * @param output output size
     * @param mask   input × output values in {0, 1}, row-major, copied
     * @param gain   initial weight scale, &gt; 0
     * @param random source of the initial weights
     */
    public MaskedLinear(String name, int input, int output, double[] mask, double gain, SplittableRandom random) {
        super(name, input, output);
        if (mask.length != input * output) {
            throw new ParameterException(name + ".mask", mask.length + " values",
                    "must be input x output = " + input + " x " + output + " = " + input * output + " values");
        }
        for (int i = 0; i < mask.length; i++) {
            if (mask[i] != 0.0 && mask[i] != 1.0) {
                throw new ParameterException(name + ".mask[" + i + "]", String.valueOf(mask[i]), "must be 0 or 1");
            }
        }
        this.mask = mask.clone();
        this.weight = new double[input * output];
        Layers.uniform(weight, input, gain, random);
        for (int i = 0; i < weight.length; i++) {
            weight[i] *= mask[i];
        }
    }

    @Override
    public double[][] parameters() {
        return new double[][] {weight};
    }

    @Override
    public String[] parameterNames() {
        return new String[] {name() + ".weight"};
    }

    @Override
    public int[][] parameterShapes() {
        return new int[][] {{inputSize(), outputSize()}};
    }

    @Override
    public int step(Tape tape, int[] params, int pBase, int[] state, int sBase, int input) {
        int m = tape.constant(mask, inputSize(), outputSize());
        return tape.matmul(input, tape.mul(params[pBase], m));
    }
}
