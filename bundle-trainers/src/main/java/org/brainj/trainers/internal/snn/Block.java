package org.brainj.trainers.internal.snn;

import java.util.Objects;

import org.brainj.trainers.internal.autodiff.Tape;

/**
 * A trainable building block of a {@link SpikingNetwork}, applied once per time step: a linear map, a spiking
 * layer, a synapse or a readout. A block owns its parameter arrays (shared by all worker threads, read-only during
 * a batch); its per-sample state lives on each worker's {@link Tape} as nodes, so one block serves many threads.
 */
public abstract class Block {

    private final String name;
    private final int inputSize;
    private final int outputSize;

    /**
     * @param name       the block's name, prefix of its parameter names
     * @param inputSize  values per sample in, ≥ 1
     * @param outputSize values per sample out, ≥ 1
     */
    protected Block(String name, int inputSize, int outputSize) {
        this.name = Objects.requireNonNull(name, "name");
        Layers.positive(name, "input size", inputSize);
        Layers.positive(name, "output size", outputSize);
        this.inputSize = inputSize;
        this.outputSize = outputSize;
    }

    /** @return the block's name */
    public final String name() {
        return name;
    }

    /** @return values per sample in */
    public final int inputSize() {
        return inputSize;
    }

    /** @return values per sample out */
    public final int outputSize() {
        return outputSize;
    }

    /** @return its trainable arrays, live (optimizers update them in place); empty when it has none */
    public abstract double[][] parameters();

    /** @return the names of {@link #parameters()}, e.g. {@code hidden.weight} */
    public abstract String[] parameterNames();

    /** @return the shape {rows, cols} of each parameter array, in the order of {@link #parameters()} */
    public abstract int[][] parameterShapes();

    /** @return the names of its state variables (e.g. {@code v}, {@code a}), empty when stateless */
    public String[] stateNames() {
        return new String[0];
    }

    /**
     * @param state index into {@link #stateNames()}
     * @return the value a state variable starts from
     */
    public double initialState(int state) {
        return 0.0;
    }

    /**
     * Records one time step.
     *
     * @param tape   the worker's tape
     * @param params the nodes of {@link #parameters()} on this tape, from {@code pBase}
     * @param pBase  index of this block's first parameter node in {@code params}
     * @param state  the nodes of its state, from {@code sBase}; replaced by the new state's nodes
     * @param sBase  index of its first state node in {@code state}
     * @param input  batch × {@link #inputSize()} node
     * @return the batch × {@link #outputSize()} output node of this step
     */
    public abstract int step(Tape tape, int[] params, int pBase, int[] state, int sBase, int input);

    /**
     * Records one time step knowing the pass (training or predicting); blocks that behave alike in both (all but
     * e.g. {@link Dropout}) keep this default, which calls the six-argument form.
     *
     * @param tape   the worker's tape
     * @param params the parameter nodes
     * @param pBase  index of this block's first parameter node
     * @param state  the state nodes; replaced by the new state's nodes
     * @param sBase  index of its first state node
     * @param input  batch × {@link #inputSize()} node
     * @param phase  training or predicting, and noise keys
     * @return the output node of this step
     */
    public int step(Tape tape, int[] params, int pBase, int[] state, int sBase, int input, Phase phase) {
        return step(tape, params, pBase, state, sBase, input);
    }
}
