package org.brainj.trainers.internal.snn;

/**
 * A block without trainable parameters (neuron dynamics, filters, dropout): its parameter lists are empty. Blocks
 * that learn extend {@link Block} directly and must declare theirs.
 */
abstract class FixedBlock extends Block {

    private static final double[][] NO_ARRAYS = new double[0][];
    private static final String[] NO_NAMES = new String[0];
    private static final int[][] NO_SHAPES = new int[0][];

    /**
     * @param name       block name
     * @param inputSize  values per sample in, ≥ 1
     * @param outputSize values per sample out, ≥ 1
     */
    FixedBlock(String name, int inputSize, int outputSize) {
        super(name, inputSize, outputSize);
    }

    @Override
    public final double[][] parameters() {
        return NO_ARRAYS;
    }

    @Override
    public final String[] parameterNames() {
        return NO_NAMES;
    }

    @Override
    public final int[][] parameterShapes() {
        return NO_SHAPES;
    }
}
