package org.brainj.trainers.internal.snn;

import java.util.Objects;
import java.util.SplittableRandom;

import org.brainj.api.ops.CsrMatrix;
import org.brainj.trainers.internal.autodiff.Tape;

/**
 * A sparse linear map on a fixed CSR connectivity (rows = inputs, columns = outputs) with one trainable weight per
 * stored entry, computed event-driven: the cost per step is active inputs × fan-out. Weights start uniform in
 * ±gain/√(mean fan-in).
 */
public final class SparseLinear extends Block {

    private final CsrMatrix structure;
    private final double[] weight;

    /**
     * @param name      block name
     * @param structure the connectivity; its {@code data} is ignored (the weights are trained), indices checked
     * @param gain      initial weight scale, &gt; 0
     * @param random    source of the initial weights
     */
    public SparseLinear(String name, CsrMatrix structure, double gain, SplittableRandom random) {
        super(name, Objects.requireNonNull(structure, "structure").rows(), structure.cols());
        structure.validate();
        Layers.positive(name, "gain", gain);
        this.structure = structure;
        this.weight = new double[structure.nnz()];
        int meanFanIn = (int) Math.max(1, Math.round((double) structure.nnz() / Math.max(1, structure.cols())));
        Layers.uniform(weight, meanFanIn, gain, random);
    }

    /** @return the connectivity */
    public CsrMatrix structure() {
        return structure;
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
        return new int[][] {{1, structure.nnz()}};
    }

    @Override
    public int step(Tape tape, int[] params, int pBase, int[] state, int sBase, int input) {
        return tape.csrMatmul(input, structure, params[pBase]);
    }
}
